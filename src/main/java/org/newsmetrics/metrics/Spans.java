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

  /** The sentences and the clauses of a text, each in order. */
  record Parts(List<Span> sentences, List<Span> clauses) {}

  static List<Span> sentences(String text) {
    return split(text).sentences();
  }

  static List<Span> clauses(String text) {
    return split(text).clauses();
  }

  /**
   * Longest span before a break is forced: at the next comma past the soft limit, anywhere past the
   * hard one. Real sentences stay below them; text without sentence ends (OCR runs, lists glued
   * together) would otherwise make one sentence of a whole page, and the per-figure look-arounds
   * over it quadratic.
   */
  static final int SOFT_LIMIT = 400, HARD_LIMIT = 1000;

  /** The sentences and the clauses of {@code text}, found in one pass. */
  static Parts split(String text) {
    List<Span> sentences = new ArrayList<>(), clauses = new ArrayList<>();
    int sentenceStart = 0, clauseStart = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isHan(c) && i - sentenceStart < SOFT_LIMIT && i - clauseStart < SOFT_LIMIT) continue; // never a break
      boolean clauseEnd = isClauseEnd(c);
      boolean sentenceEnd = clauseEnd && isSentenceEnd(c);
      // a line break inside a sentence (a column break the layout did not mend) does not end it
      boolean soft = c == '\n' && softBreak(text, i);
      // a comma between digits (1,000) does not end a clause
      boolean digitComma = c == ',' && i > 0 && i + 1 < text.length() && Character.isDigit(text.charAt(i - 1))
          && Character.isDigit(text.charAt(i + 1));
      if (ends(sentenceEnd, i - sentenceStart, clauseEnd, soft, digitComma)) {
        if (i > sentenceStart) sentences.add(new Span(sentenceStart, i));
        sentenceStart = i + 1;
      }
      if (ends(clauseEnd, i - clauseStart, clauseEnd, soft, digitComma)) {
        if (i > clauseStart) clauses.add(new Span(clauseStart, i));
        clauseStart = i + 1;
      }
    }
    if (text.length() > sentenceStart) sentences.add(new Span(sentenceStart, text.length()));
    if (text.length() > clauseStart) clauses.add(new Span(clauseStart, text.length()));
    return new Parts(sentences, clauses);
  }

  /**
   * Whether a span of {@code length} chars ends at a char that is a break of its kind ({@code end})
   * or a clause break ({@code clauseEnd}): a break, else forced at a clause break past the soft
   * limit or anywhere past the hard one; never at a soft line break or a digit group's comma.
   */
  private static boolean ends(boolean end, int length, boolean clauseEnd, boolean soft, boolean digitComma) {
    if (!end && (length >= HARD_LIMIT || (length >= SOFT_LIMIT && clauseEnd))) end = true;
    if (soft) end = false;
    if (end && digitComma) end = false;
    return end;
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
