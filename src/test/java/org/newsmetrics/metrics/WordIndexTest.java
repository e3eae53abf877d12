package org.newsmetrics.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** {@link WordIndex} finds what a plain scan of the word list finds: the longest word at a position. */
class WordIndexTest {

  /** The reference: every word tried at the position, the longest match kept. */
  private static String linearAt(List<String> words, String text, int pos) {
    String best = null;
    for (String w : words) {
      if (!w.isEmpty() && text.startsWith(w, pos) && (best == null || w.length() > best.length())) best = w;
    }
    return best;
  }

  private static void assertAgrees(List<String> words, String text) {
    WordIndex index = new WordIndex(words);
    for (int i = 0; i < text.length(); i++) {
      assertEquals(linearAt(words, text, i), index.at(text, i), "at " + i + " of " + text);
    }
  }

  private static List<String> industryWords() {
    List<String> out = new ArrayList<>();
    for (Map.Entry<String, String> e : Lexicon.get().industries) out.add(e.getKey());
    return out;
  }

  /** Text made of the words themselves, cut and glued at random, with other characters between. */
  private static String shuffled(List<String> words, long seed) {
    Random r = new Random(seed);
    StringBuilder sb = new StringBuilder();
    String filler = "的在和，。市区县新增项目12个亿元 \n";
    for (int k = 0; k < 3000; k++) {
      String w = words.get(r.nextInt(words.size()));
      switch (r.nextInt(4)) {
        case 0 -> sb.append(w);
        case 1 -> sb.append(w, 0, 1 + r.nextInt(w.length()));
        case 2 -> sb.append(w, r.nextInt(w.length()), w.length());
        default -> sb.append(filler.charAt(r.nextInt(filler.length())));
      }
    }
    return sb.toString();
  }

  @Test
  void industryLexiconAgreesWithLinearLookup() {
    List<String> words = industryWords();
    assertAgrees(words, String.join("", words));
    assertAgrees(words, shuffled(words, 1));
  }

  @Test
  void placeLexiconAgreesWithLinearLookup() {
    List<String> words = Lexicon.get().places;
    assertAgrees(words, String.join("", words));
    assertAgrees(words, shuffled(words, 2));
  }

  @Test
  void lexiconsAgreeOnTheSeedPages() throws IOException {
    List<String> industries = industryWords();
    List<String> places = Lexicon.get().places;
    try (Stream<Path> files = Files.list(Path.of("seeds"))) {
      for (Path f : files.sorted().toList()) {
        String text = Files.readString(f);
        assertAgrees(industries, text);
        assertAgrees(places, text);
      }
    }
  }

  @Test
  void longestWordWins() {
    WordIndex index = new WordIndex(List.of("无锡", "无锡高新区", "无", "锡山"));
    assertEquals("无锡高新区", index.at("在无锡高新区", 1));
    assertEquals("无锡", index.at("无锡市", 0));
    assertEquals("无", index.at("无为", 0));
    assertEquals("锡山", index.at("锡山区", 0));
    assertNull(index.at("江阴", 0));
  }

  @Test
  void emptyIndexAndEmptyWords() {
    WordIndex index = new WordIndex(List.of("", ""));
    assertNull(index.at("无锡", 0));
  }

  @Test
  void manyFirstCharactersAllFound() {
    // more first characters than a small table holds: the open addressing must find every one
    List<String> words = new ArrayList<>();
    for (char c = '\u4E00'; c < '\u4E00' + 2000; c += 3) words.add(c + "区");
    words.add("\u0000x");
    words.add("\uFFFFy");
    StringBuilder text = new StringBuilder();
    for (String w : words) text.append(w).append('。');
    assertAgrees(words, text.toString());
  }
}
