package org.newsmetrics.metrics;

import java.util.ArrayList;
import java.util.List;

/** Sentences and clauses of a text as offset ranges. */
final class Spans {
  record Span(int start, int end) {
    String of(String text) {
      return text.substring(start, end);
    }

    boolean contains(int pos) {
      return pos >= start && pos < end;
    }
  }

  private Spans() {}

  static boolean isSentenceEnd(char c) {
    if (isHan(c)) return false; // most characters: one range check instead of the list below
    return c == '。' || c == '！' || c == '？' || c == '；' || c == ';' || c == '!' || c == '?' || c == '\n'
        || c == '…';
  }

  /** A CJK unified ideograph: never a break. */
  private static boolean isHan(char c) {
    return c >= '\u4E00' && c <= '\u9FFF';
  }

  static boolean isClauseEnd(char c) {
    return isSentenceEnd(c) || c == '，' || c == ',' || c == '：' || c == ':';
  }

  static List<Span> sentences(String text) {
    return split(text, true);
  }

  static List<Span> clauses(String text) {
    return split(text, false);
  }

  /**
   * Longest span before a break is forced: at the next comma past the soft limit, anywhere past the
   * hard one. Real sentences stay below them; text without sentence ends (OCR runs, lists glued
   * together) would otherwise make one sentence of a whole page, and the per-figure look-arounds
   * over it quadratic.
   */
  static final int SOFT_LIMIT = 400, HARD_LIMIT = 1000;

  private static List<Span> split(String text, boolean sentence) {
    List<Span> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean end = sentence ? isSentenceEnd(c) : isClauseEnd(c);
      int length = i - start;
      if (!end && (length >= HARD_LIMIT || (length >= SOFT_LIMIT && isClauseEnd(c)))) end = true;
      // a line break inside a sentence (a column break the layout did not mend) does not end it
      if (c == '\n' && softBreak(text, i)) end = false;
      // a comma between digits (1,000) does not end a clause
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

  /** A line break after a character that cannot end a paragraph, before more text. */
  static boolean softBreak(String text, int i) {
    int j = i - 1;
    while (j >= 0 && (text.charAt(j) == ' ' || text.charAt(j) == '\u3000')) j--;
    if (j < 0 || i + 1 >= text.length()) return false;
    char p = text.charAt(j);
    return "。！？；;!?…”\"）)】".indexOf(p) < 0;
  }

  /** The span holding {@code pos} (spans are sorted and disjoint), or -1. */
  static int indexAt(List<Span> spans, int pos) {
    int lo = 0, hi = spans.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      Span s = spans.get(mid);
      if (pos < s.start()) hi = mid - 1;
      else if (pos >= s.end()) lo = mid + 1;
      else return mid;
    }
    return -1;
  }
}
