package org.newsmetrics.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.newsmetrics.testing.SamplePages;

/**
 * A page's simplifier gives every text made of the page's lines (parts of them, joins of parts)
 * the form {@link TextNorm#simplified} gives it, on every test and seed page, simplified or
 * traditional; most pages have no character to simplify, and then it scans nothing.
 */
class SimplifierTest {
  private static final List<List<String>> PAGES = pages();

  private static List<List<String>> pages() {
    List<List<String>> out = new ArrayList<>();
    List<Path> files = new ArrayList<>(SamplePages.testPages());
    files.addAll(SamplePages.seedPages());
    for (Path p : files) {
      String text;
      try {
        text = new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      out.add(Arrays.stream(TextNorm.lines(text)).map(l -> TextNorm.display(l).strip()).toList());
    }
    return out;
  }

  @Property(tries = 1500)
  void aPagesTextsSimplifyAsTheyDoAlone(@ForAll @IntRange(min = 0, max = 10_000) int page, @ForAll long seed) {
    List<String> lines = PAGES.get(page % PAGES.size());
    Simplifier simplifier = Simplifier.forTexts(lines);
    Random rnd = new Random(seed);
    StringBuilder text = new StringBuilder();
    for (int parts = 1 + rnd.nextInt(4); parts > 0; parts--) {
      String line = lines.get(rnd.nextInt(lines.size()));
      int from = line.isEmpty() ? 0 : rnd.nextInt(line.length());
      int to = from + rnd.nextInt(line.length() - from + 1);
      text.append(line, from, to);
      if (rnd.nextBoolean()) text.append(rnd.nextBoolean() ? "\n" : " ");
    }
    String t = text.toString();
    assertEquals(TextNorm.simplified(t), simplifier.simplified(t));
    assertEquals(TextNorm.match(t), simplifier.match(t));
  }

  @Test
  void onlyAPageWithTraditionalCharactersIsConverted() {
    int traditional = 0;
    int plain = 0;
    for (List<String> lines : PAGES) {
      boolean has = lines.stream().anyMatch(l -> !TextNorm.simplified(l).equals(l));
      boolean converts = Simplifier.forTexts(lines).converts();
      if (has) assertTrue(converts, "a page with a line that simplifying changes");
      if (has) traditional++;
      if (!converts) plain++;
    }
    assertTrue(traditional > 0 && plain > PAGES.size() / 2, traditional + " traditional, " + plain + " left alone");
    Simplifier none = Simplifier.forTexts(List.of("无锡高新区签约项目12个", "总投资56亿元"));
    assertFalse(none.converts());
    String s = "无锡高新区签约项目12个";
    assertSame(s, none.simplified(s));
    assertEquals("无锡签约项目", Simplifier.forTexts(List.of("無錫簽約項目")).simplified("無錫簽約項目"));
  }
}
