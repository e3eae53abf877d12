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
    return c == '。' || c == '！' || c == '？' || c == '；' || c == ';' || c == '!' || c == '?' || c == '\n'
        || c == '…';
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

  private static List<Span> split(String text, boolean sentence) {
    List<Span> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean end = sentence ? isSentenceEnd(c) : isClauseEnd(c);
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

  static int indexAt(List<Span> spans, int pos) {
    for (int i = 0; i < spans.size(); i++) {
      if (spans.get(i).contains(pos)) return i;
    }
    return -1;
  }
}
