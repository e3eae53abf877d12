package org.newsmetrics.amounts;

import static org.newsmetrics.amounts.ChineseNumerals.arabic;
import static org.newsmetrics.amounts.ChineseNumerals.chineseDigit;
import static org.newsmetrics.amounts.ChineseNumerals.isBigUnit;
import static org.newsmetrics.amounts.ChineseNumerals.isWan;
import static org.newsmetrics.amounts.ChineseNumerals.isYi;
import static org.newsmetrics.amounts.ChineseNumerals.isZero;
import static org.newsmetrics.amounts.ChineseNumerals.smallUnit;

import java.math.BigDecimal;

/**
 * Reads one figure — a numeral with its scale and an attached 多/余 — from a start position, in a
 * single left-to-right pass with constant lookahead. The caller always continues after
 * {@link Figure#end()}, also for rejected figures, so every character is read a bounded number of
 * times and the whole parse stays linear (a wall of 100 000 digits is one rejected figure).
 */
final class FigureScanner {
  private FigureScanner() {}

  /** How far a figure reaches into the units: none (12), only 十百千 (三百), or 万/亿 (5亿). */
  enum Level { NONE, SMALL, BIG }

  /**
   * A scanned figure.
   *
   * @param clean    the numeral without separators, line breaks and 多/余 (input to the parser)
   * @param value    the value, or null if the run is not a valid numeral or must be ignored
   * @param rangeMax upper bound of a two-digit range (八九亿, 三五家), else null
   * @param over     a 多/余/几 is attached (60多, 十余, 5000多万)
   */
  record Figure(int start, int end, String clean, BigDecimal value, BigDecimal rangeMax, boolean over,
      Level level) {}

  private enum Prev { START, ARABIC, CN_DIGIT, ZERO, SMALL, WAN, YI, INFIX }

  /**
   * Whether a figure may start at {@code i}: a digit or 十; 百/千/万 only directly before 余/多
   * (百余名) or as 百亿元/千万元 with a currency. Elsewhere they are words (千万不要, 万达, 百姓).
   */
  static boolean startsFigure(String s, int i) {
    char c = s.charAt(i);
    if (arabic(c) >= 0 || chineseDigit(c) > 0 || smallUnit(c) == 10) return true;
    if ((smallUnit(c) > 0 || isWan(c)) && i + 1 < s.length()) {
      char d = s.charAt(i + 1);
      if (d == '余' || d == '多' || d == '餘') return true;
      return smallUnit(c) > 0 && isBigUnit(d) && Lexicon.CURRENCY_AFTER_WORDS.at(s, i + 2) != null;
    }
    return false;
  }

  static Figure scan(String s, int start) {
    int n = s.length();
    StringBuilder clean = new StringBuilder();
    boolean tooLong = false;
    boolean over = false;
    boolean dotInLiteral = false;
    boolean sawSmall = false;
    boolean sawBig = false;
    Prev prev = Prev.START;
    int i = start;
    int end = start;
    while (i < n) {
      char c = s.charAt(i);
      Prev next = null;
      char out = c;
      int width = 1;
      if (arabic(c) >= 0) {
        // Arabic digits may follow units (1亿8千万, 3千5百) but not Chinese digits (二5) or 多.
        if (prev == Prev.CN_DIGIT || prev == Prev.ZERO || prev == Prev.INFIX) break;
        if (prev != Prev.ARABIC) dotInLiteral = false;
        next = Prev.ARABIC;
        out = (char) ('0' + arabic(c));
      } else if ((c == '.' || c == '．') && prev == Prev.ARABIC && !dotInLiteral && i + 1 < n
          && arabic(s.charAt(i + 1)) >= 0) {
        dotInLiteral = true;
        next = Prev.ARABIC;
        out = '.';
      } else if (c == ',' && prev == Prev.ARABIC && !dotInLiteral && threeDigitsThenEnd(s, i + 1)) {
        next = Prev.ARABIC;
        out = 0; // dropped
      } else if (chineseDigit(c) > 0) {
        if (prev == Prev.ARABIC || prev == Prev.INFIX) break;
        next = Prev.CN_DIGIT;
      } else if (isZero(c) || (c == 'O' || c == 'o') && (prev == Prev.CN_DIGIT || prev == Prev.ZERO)
          && i + 1 < n && (chineseDigit(s.charAt(i + 1)) > 0 || isZero(s.charAt(i + 1)))) {
        if (prev == Prev.ARABIC || prev == Prev.INFIX || prev == Prev.START) break;
        next = Prev.ZERO;
        out = isZero(c) ? c : '〇';
      } else if (c == '点' && (prev == Prev.CN_DIGIT || prev == Prev.ZERO) && i + 1 < n
          && (chineseDigit(s.charAt(i + 1)) > 0 || isZero(s.charAt(i + 1)))) {
        next = Prev.CN_DIGIT;
      } else if (smallUnit(c) > 0) {
        // 十百千 follow a digit (or open the figure: 十五, 百余). After 万/亿 they would start a
        // physical unit (60亿千瓦时, 5万千米), never a numeral.
        if (!(prev == Prev.START || prev == Prev.ARABIC || prev == Prev.CN_DIGIT)) break;
        next = Prev.SMALL;
        sawSmall = true;
      } else if (isWan(c)) {
        if (prev == Prev.WAN || prev == Prev.ZERO) break;
        next = Prev.WAN;
        sawBig = true;
      } else if (isYi(c)) {
        if (prev == Prev.YI || prev == Prev.ZERO || prev == Prev.START) break;
        next = Prev.YI;
        sawBig = true;
      } else if ((c == '多' || c == '余' || c == '餘') && prev != Prev.START && prev != Prev.INFIX
          && prev != Prev.ZERO) {
        over = true;
        next = Prev.INFIX;
        out = 0;
      } else if (c == '几' && prev == Prev.SMALL) {
        over = true;
        next = Prev.INFIX;
        out = 0;
      } else if (Character.isWhitespace(c) || c == '\u3000') {
        // Hard-wrapped pages split figures: 143.3\n亿元, 人民币 138 亿元, 2\n025年.
        int j = i;
        while (j < n && j - i < 4 && (Character.isWhitespace(s.charAt(j)) || s.charAt(j) == '\u3000')) j++;
        if (j >= n) break;
        char d = s.charAt(j);
        boolean lineBreak = s.substring(i, j).indexOf('\n') >= 0;
        boolean toBig = isBigUnit(d) && (prev == Prev.ARABIC || prev == Prev.CN_DIGIT || prev == Prev.SMALL
            || prev == Prev.INFIX);
        boolean digitsJoin = lineBreak && onlyLineBreaks(s, i, j)
            && (prev == Prev.ARABIC && arabic(d) >= 0);
        if (!toBig && !digitsJoin) break;
        i = j;
        continue;
      } else {
        break;
      }
      if (out != 0) {
        if (clean.length() < ChineseNumerals.MAX_LENGTH) clean.append(out);
        else tooLong = true;
      }
      prev = next;
      i += width;
      end = i;
    }
    if (end == start) end = start + 1; // defensive: always make progress
    String c = clean.toString();
    Level level = sawBig ? Level.BIG : sawSmall ? Level.SMALL : Level.NONE;
    if (tooLong || c.isEmpty()) return new Figure(start, end, c, null, null, over, level);
    BigDecimal rangeMax = null;
    BigDecimal value;
    if (isTwoDigitRange(c)) {
      String rest = c.substring(2);
      value = ChineseNumerals.tryParse(c.charAt(0) + rest);
      rangeMax = ChineseNumerals.tryParse(c.charAt(1) + rest);
      if (value == null || rangeMax == null) value = rangeMax = null;
    } else {
      value = ChineseNumerals.tryParse(c);
    }
    return new Figure(start, end, c, value, rangeMax, over, level);
  }

  /** 八九亿, 三五家, 两三万: two rising Chinese digits followed by units (or nothing). */
  private static boolean isTwoDigitRange(String c) {
    if (c.length() < 2) return false;
    int a = chineseDigit(c.charAt(0));
    int b = chineseDigit(c.charAt(1));
    if (a <= 0 || b <= 0 || a >= b) return false;
    if (c.length() == 2) return true;
    char third = c.charAt(2);
    return smallUnit(third) > 0 || isBigUnit(third);
  }

  /** A thousands separator: exactly three digits follow, then a non-digit. */
  private static boolean threeDigitsThenEnd(String s, int from) {
    if (from + 3 > s.length()) return false;
    for (int k = from; k < from + 3; k++) if (arabic(s.charAt(k)) < 0) return false;
    return from + 3 == s.length() || arabic(s.charAt(from + 3)) < 0;
  }

  private static boolean onlyLineBreaks(String s, int from, int to) {
    for (int k = from; k < to; k++) {
      char c = s.charAt(k);
      if (c != '\n' && c != '\r') return false;
    }
    return true;
  }
}
