package org.newsmetrics.text;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Groups the lines of one block (lines without a blank line between them) into paragraphs. A hard
 * wrap is a line about as long as the block's usual line width; a paragraph ends at a short line
 * that closes a sentence, before a line that opens one (a dateline, an indent), and around a short
 * unpunctuated line (a headline deck) or one much wider than the column (a headline across columns).
 * The widths come from the block itself, never from a fixed number.
 */
public final class LineRejoiner {
  private LineRejoiner() {}

  /**
   * Whether {@code l} holds sentence punctuation: what {@code .*[。，,、；;！？!?].*} matches (whose
   * dots match no line terminator), without the regex engine's backtracking.
   */
  static boolean sentencePunctuated(String l) {
    boolean punct = false;
    for (int i = 0; i < l.length(); i++) {
      char c = l.charAt(i);
      if (TextNorm.isLineTerminator(c)) return false;
      if ("。，,、；;！？!?".indexOf(c) >= 0) punct = true;
    }
    return punct;
  }

  /** Whether a (simplified) line starts or ends with a function word, as no deck does. */
  private static boolean functionWordAtAnEnd(String simplified) {
    return TextNorm.FUNCTION_END.indexOf(simplified.charAt(simplified.length() - 1)) >= 0
        || TextNorm.FUNCTION_START.indexOf(simplified.charAt(0)) >= 0;
  }

  /**
   * @param lines          display text of each line (not blank)
   * @param indent         whether each line was indented in the source
   * @param opensParagraph whether a line's text must start a paragraph (a dateline, a marker)
   * @param headlineLike   whether a line's text has the shape of a headline deck
   * @return groups of line indexes, one group per paragraph, in order
   */
  public static List<List<Integer>> group(List<String> lines, List<Boolean> indent,
      Predicate<String> opensParagraph, Predicate<String> headlineLike) {
    return group(lines, lines, indent, opensParagraph, headlineLike, Simplifier.ANY_TEXT);
  }

  /**
   * As above, with the source lines (before any cleaning) to measure the printed widths, and the
   * simplifier of the page's texts.
   */
  public static List<List<Integer>> group(List<String> lines, List<String> source, List<Boolean> indent,
      Predicate<String> opensParagraph, Predicate<String> headlineLike, Simplifier simplifier) {
    List<List<Integer>> out = new ArrayList<>();
    int n = lines.size();
    if (n == 0) return out;
    int[] len = new int[n];
    for (int i = 0; i < n; i++) len[i] = columns(source.get(i));
    // the column width: the most common line width (the widest of equally common ones), unless
    // longer lines dominate (then the upper quartile): a block of full-width wrapped lines has one
    // width, a block of web paragraphs has many
    int[] sorted = len.clone();
    java.util.Arrays.sort(sorted);
    int width = 0;
    int best = 0;
    for (int i = 0, j; i < n; i = j) {
      for (j = i + 1; j < n && sorted[j] == sorted[i]; j++) { }
      if (j - i >= best) {
        best = j - i;
        width = sorted[i];
      }
    }
    int upper = sorted[Math.min(n - 1, (n * 3) / 4)];
    if (best == 1) width = sorted[n / 2];
    else if (best * 4 <= n && upper > width * 1.3) width = upper;
    // a few lines without any sentence punctuation: headline decks, one paragraph each
    boolean decks = n <= 4;
    for (int i = 0; i < n && decks; i++) {
      String l = lines.get(i);
      // the costly headline shape last
      decks = !l.isEmpty() && !sentencePunctuated(l) && !functionWordAtAnEnd(simplifier.simplified(l))
          && headlineLike.test(l);
    }
    // a deck above a subheadline that has a comma (华虹无锡二期项目加快建设 / 总投资67亿美元，预计…):
    // the first line, unpunctuated, is three or more characters short of the second, which no wrap leaves
    if (!decks && n == 2) {
      String a = lines.get(0);
      String b = lines.get(1);
      decks = !indent.get(0) && b.length() - a.length() >= 3 && len[1] - len[0] >= 6
          && !sentencePunctuated(a) && !TextNorm.endsSentence(b)
          && headlineLike.test(a) && headlineLike.test(b);
    }
    if (decks) {
      for (int i = 0; i < n; i++) out.add(new ArrayList<>(List.of(i)));
      return out;
    }
    List<Integer> cur = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      cur.add(i);
      if (i == n - 1) break;
      String a = lines.get(i);
      String b = lines.get(i + 1);
      boolean brk = false;
      // the shape tests come last: a hard-wrapped line, as wide as the column, skips them
      if (indent.get(i + 1) || opensParagraph.test(b)) brk = true;
      else if (!TextNorm.endsSentence(a) && (len[i] < width - (cur.size() == 1 ? 8 : 6) || len[i] > width * 1.15)
          && headlineLike.test(a)) brk = true;
      else if (TextNorm.endsSentence(a) && (len[i] <= width - 4 || width >= 80)) brk = true;
      else if (len[i + 1] > width * 1.15 && !TextNorm.endsSentence(b) && headlineLike.test(b)) brk = true;
      else if (width >= 60 && len[i + 1] < width * 0.6 && !b.endsWith("。") && headlineLike.test(b)) {
        brk = true; // long web lines: a short unpunctuated line is a headline, not a wrap
      }
      if (brk) {
        out.add(cur);
        cur = new ArrayList<>();
      }
    }
    out.add(cur);
    return out;
  }

  /** Joins two pieces of a hard-wrapped line: no space, except between two Latin words. */
  public static String joint(CharSequence before, String after) {
    if (before.isEmpty() || after.isEmpty()) return "";
    char a = before.charAt(before.length() - 1);
    char b = after.charAt(0);
    return (isLatin(a) && isLatin(b)) ? " " : "";
  }

  /** Print width in columns: two for a Chinese character or full-width sign, one for ASCII and a space. */
  public static int columns(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (cp == '\t') continue;
      n += (cp < 0x1100 && "“”‘’—…".indexOf(cp) < 0) ? 1 : 2;
    }
    return n;
  }

  private static boolean isLatin(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  }
}
