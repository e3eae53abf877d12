package org.newsmetrics.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Predicate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class LineRejoinerTest {

  private static final Predicate<String> DATELINE = s -> s.startsWith("本报讯");
  private static final Predicate<String> HEAD = s -> s.length() <= 30 && !s.contains("。") && !s.endsWith("，");

  private static List<List<Integer>> group(String... lines) {
    return LineRejoiner.group(List.of(lines), Collections.nCopies(lines.length, false), DATELINE, HEAD);
  }

  @Test
  void hardWrapsOfANarrowColumnJoinShortSentenceEndBreaks() {
    var g = group(
        "本报讯（记者 王硕）昨日，太",
        "仓市生物医药产业创新集群融合",
        "发展推进会举行，举全市之力、汇",
        "各方之智。",
        "市委书记汪香元出席会议并讲",
        "话。他强调，太仓市委、市政府发",
        "展生物医药产业的信心无比坚定。");
    assertEquals(List.of(List.of(0, 1, 2, 3), List.of(4, 5, 6)), g);
  }

  @Test
  void aHeadlineWiderThanTheColumnStandsAlone() {
    var g = group(
        "太仓市生物医药产业创新集群融合发展推进会举行",
        "本报讯（记者 顾嘉乐）德国当地时",
        "间6月20日上午，国务院总理李强在",
        "邀赴德国举行第七轮中德政府磋商");
    assertEquals(List.of(List.of(0), List.of(1, 2, 3)), g);
  }

  @Test
  void headlineDecksWithoutPunctuationAreOneParagraphEach() {
    assertEquals(List.of(List.of(0), List.of(1)), group("新吴区前两月工业投资", "同比增长21.3%"));
    // a cut-off prose line ending with a function word is not a deck
    assertEquals(List.of(List.of(0, 1)), group("苏州恒度生物科技有限公司", "是苏州为度生物技术有限公司的"));
  }

  @Test
  void latinWordsKeepASpaceAcrossAWrap() {
    assertEquals(" ", LineRejoiner.joint("Vidda", "Music"));
    assertEquals("", LineRejoiner.joint("生物", "医药"));
  }

  @Property(tries = 200)
  void groupsPartitionTheLinesInOrder(@ForAll @Size(min = 1, max = 30) List<@StringLength(min = 1, max = 40) String> lines) {
    var g = LineRejoiner.group(lines, Collections.nCopies(lines.size(), false), DATELINE, HEAD);
    List<Integer> flat = new ArrayList<>();
    g.forEach(flat::addAll);
    List<Integer> expected = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) expected.add(i);
    assertEquals(expected, flat);
  }

  /** The punctuation test agrees with the regex it replaced, line terminators included. */
  @Test
  void sentencePunctuationAgreesWithTheRegex() {
    java.util.regex.Pattern regex = java.util.regex.Pattern.compile(".*[。，,、；;！？!?].*");
    String alphabet = "全市a。，,、；;！？!?\n\r\u2028 ";
    java.util.Random random = new java.util.Random(3);
    for (int round = 0; round < 5000; round++) {
      String s = org.newsmetrics.testing.RandomText.of(random, alphabet, 8);
      org.junit.jupiter.api.Assertions.assertEquals(regex.matcher(s).matches(), LineRejoiner.sentencePunctuated(s), s);
    }
  }
}
