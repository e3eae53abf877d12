package org.newsmetrics.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.newsmetrics.metrics.Spans.Span;

class SpansTest {

  @Test
  void splitsAtSentenceAndClauseBreaks() {
    String t = "全市签约项目12个，总投资1,200亿元。其中：工业项目8个\n下半年开工；";
    // the line break after 个 is a column break inside the sentence; 1,200 is one number
    assertEquals(List.of(new Span(0, 20), new Span(21, 36)), Spans.sentences(t));
    assertEquals(List.of(new Span(0, 9), new Span(10, 20), new Span(21, 23), new Span(24, 36)), Spans.clauses(t));
  }

  /**
   * The one-pass split gives what splitting each kind on its own gives: breaks, soft line breaks,
   * digit groups, and the forced breaks of text that runs past the limits without one.
   */
  @Test
  void onePassAgreesWithSplittingEachKindAlone() {
    Random random = new Random(11);
    String[] pieces = {"全", "市", "1", ",", "，", "。", "：", ";", "\n", "！", " ", "”", "…", "a"};
    for (int round = 0; round < 300; round++) {
      StringBuilder sb = new StringBuilder();
      int n = random.nextInt(2) == 0 ? random.nextInt(60) : random.nextInt(2600);
      for (int i = 0; i < n; i++) {
        // mostly Han text, so some runs pass the soft and hard limits
        sb.append(random.nextInt(10) < 8 ? "全" : pieces[random.nextInt(pieces.length)]);
      }
      String s = sb.toString();
      Spans.Parts both = Spans.split(s);
      assertEquals(reference(s, true), both.sentences(), s);
      assertEquals(reference(s, false), both.clauses(), s);
      assertEquals(both.sentences(), Spans.sentences(s));
      assertEquals(both.clauses(), Spans.clauses(s));
    }
  }

  /** Spans of one kind, split the plain way: every char asks every rule. */
  private static List<Span> reference(String text, boolean sentence) {
    List<Span> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean end = sentence ? Spans.isSentenceEnd(c) : Spans.isClauseEnd(c);
      int length = i - start;
      if (!end && (length >= Spans.HARD_LIMIT || (length >= Spans.SOFT_LIMIT && Spans.isClauseEnd(c)))) end = true;
      if (c == '\n' && Spans.softBreak(text, i)) end = false;
      if (end && c == ',' && i > 0 && i + 1 < text.length() && Character.isDigit(text.charAt(i - 1))
          && Character.isDigit(text.charAt(i + 1))) {
        end = false;
      }
      if (end) {
        if (i > start) out.add(new Span(start, i));
        start = i + 1;
      }
    }
    if (text.length() > start) out.add(new Span(start, text.length()));
    return out;
  }
}
