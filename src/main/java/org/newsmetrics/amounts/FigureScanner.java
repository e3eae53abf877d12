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
   * @param rangeMax upper bound of a digit-pair range (八九亿, 三五家, 十五六个), else null
   * @param over     a 多/余/几 is attached (60多, 十余, 5000多万)
   */
  record Figure(int start, int end, String clean, BigDecimal value, BigDecimal rangeMax, boolean over,
      Level level) {}

  private enum Prev { START, ARABIC, CN_DIGIT, ZERO, SMALL, WAN, YI, INFIX }

  /**
   * Whether a figure may start at {@code i}: a digit or 十; 百/千/万 only directly before 余/多
   * (百余名), after a qualifier (近百家) or as 百亿元/千万元 with a currency. Elsewhere they are words
   * (千万不要, 万达, 百姓).
   */
  static boolean startsFigure(String s, int i) {
    char c = s.charAt(i);
    if (!mayStartFigure(c)) return false;
    if (arabic(c) >= 0 || chineseDigit(c) > 0 || smallUnit(c) == 10) return true;
    if ((smallUnit(c) > 0 || isWan(c)) && i + 1 < s.length()) {
      // 近百家, 超千亿元, 逾万人: after a qualifier the bare unit is a round number
      if (i > 0 && "近超逾过破约".indexOf(s.charAt(i - 1)) >= 0) return true;
      char d = s.charAt(i + 1);
      if (d == '余' || d == '多' || d == '餘') return true;
      return smallUnit(c) > 0 && isBigUnit(d) && Lexicon.CURRENCY_AFTER_WORDS.at(s, i + 2) != null;
    }
    return false;
  }

  /**
   * Bit {@code c} is set for the characters {@link #startsFigure} can accept: digits, Chinese digits,
   * 十百千 and 万. The parser asks at every character of every text, and almost none is one.
   */
  private static final long[] FIGURE_STARTS = figureStarts();

  private static long[] figureStarts() {
    long[] bits = new long[(Character.MAX_VALUE + 1) / 64];
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      char ch = (char) c;
      if (arabic(ch) >= 0 || chineseDigit(ch) > 0 || smallUnit(ch) > 0 || isWan(ch)) bits[c >>> 6] |= 1L << c;
    }
    return bits;
  }

  private static boolean mayStartFigure(char c) {
    return (FIGURE_STARTS[c >>> 6] & (1L << c)) != 0;
  }

  static Figure scan(String s, int start) {
    int n = s.length();
    StringBuilder clean = new StringBuilder();
    boolean tooLong = false;
    boolean over = false;
    boolean dotInLiteral = false;
    boolean sawSmall = false;
    boolean sawBig = false;
    boolean sawChinese = false; // the figure's literals are Chinese (一千五) …
    boolean sawArabic = false; // … or Arabic (1.5千): one figure never mixes both
    Prev prev = Prev.START;
    int i = start;
    int end = start;
    while (i < n) {
      char c = s.charAt(i);
      Prev next = null;
      char out = c;
      if (arabic(c) >= 0) {
        // Arabic digits may follow units of an Arabic figure (1亿8千万, 3千5百), never a Chinese
        // numeral (十8, 二5) or 多. After 万/亿 they must lead to another unit: in 3亿5个项目 the
        // 5 is the next figure, not 3.5亿.
        if (prev == Prev.CN_DIGIT || prev == Prev.ZERO || prev == Prev.INFIX || sawChinese) break;
        if ((prev == Prev.WAN || prev == Prev.YI) && !digitsLeadToUnit(s, i)) break;
        if (prev != Prev.ARABIC) dotInLiteral = false;
        next = Prev.ARABIC;
        sawArabic = true;
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
        if (prev == Prev.ARABIC || prev == Prev.INFIX || sawArabic) break; // 6千万两: 两 starts a word
        next = Prev.CN_DIGIT;
        sawChinese = true;
      } else if (isZero(c) || (c == 'O' || c == 'o') && sawChinese && prev != Prev.INFIX
          && i + 1 < n && (chineseDigit(s.charAt(i + 1)) > 0 || isZero(s.charAt(i + 1)))) {
        // the letter O stands for 〇 in typed text (二O二三, 一千O五), only between Chinese numerals
        if (prev == Prev.ARABIC || prev == Prev.INFIX || prev == Prev.START || sawArabic) break;
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
        if (!sawArabic) sawChinese = true; // 十五 is Chinese; 3千 stays Arabic
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
      } else if ((c == '个' || c == '個') && i + 1 < n && isYi(s.charAt(i + 1))
          && (prev == Prev.ARABIC || prev == Prev.CN_DIGIT || prev == Prev.SMALL)) {
        // colloquial 3个亿, 两个亿: the 个 is only a filler before the scale
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
        boolean toBig = isBigUnit(d) && (prev == Prev.ARABIC || prev == Prev.CN_DIGIT || prev == Prev.SMALL
            || prev == Prev.INFIX);
        // digits join only across pure line breaks: 6 942431 300011 (spaces) is a bar code
        boolean digitsJoin = prev == Prev.ARABIC && arabic(d) >= 0 && onlyLineBreaks(s, i, j);
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
      i++;
      end = i;
    }
    if (end == start) end = start + 1; // defensive: always make progress
    String c = clean.toString();
    Level level = sawBig ? Level.BIG : sawSmall ? Level.SMALL : Level.NONE;
    if (tooLong || c.isEmpty()) return new Figure(start, end, c, null, null, over, level);
    BigDecimal rangeMax = null;
    BigDecimal value;
    int k = twoDigitRangeAt(c);
    if (k >= 0) {
      String head = c.substring(0, k);
      String rest = c.substring(k + 2);
      value = ChineseNumerals.tryParse(head + c.charAt(k) + rest);
      rangeMax = ChineseNumerals.tryParse(head + c.charAt(k + 1) + rest);
      if (value == null || rangeMax == null) value = rangeMax = null;
    } else {
      BigDecimal single = c.length() == 1 ? SINGLE_CHAR_VALUES.get(c) : null;
      value = single != null ? single : ChineseNumerals.tryParse(c);
    }
    return new Figure(start, end, c, value, rangeMax, over, level);
  }

  /**
   * {@link ChineseNumerals#tryParse} of each one-char numeral, worked out once: most figures in a
   * text are a lone 一 (一批, 进一步, 统一) or digit, and parsing each anew cost a BigDecimal's
   * arithmetic. Immutable.
   */
  private static final java.util.Map<String, BigDecimal> SINGLE_CHAR_VALUES = singleCharValues();

  private static java.util.Map<String, BigDecimal> singleCharValues() {
    java.util.Map<String, BigDecimal> out = new java.util.HashMap<>();
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      if (!mayStartFigure((char) c) && !isZero((char) c)) continue;
      BigDecimal v = ChineseNumerals.tryParse(String.valueOf((char) c));
      if (v != null) out.put(String.valueOf((char) c), v);
    }
    return java.util.Map.copyOf(out);
  }

  /**
   * Where two rising Chinese digits stand for a range — 八九亿, 三五家, 两三万, 十五六个, 三十七八万,
   * 一千七八百 — or -1. The pair opens the figure or follows a unit, and only units may follow it;
   * the rest of the figure applies to both digits.
   */
  private static int twoDigitRangeAt(String c) {
    for (int k = 0; k + 1 < c.length(); k++) {
      int a = chineseDigit(c.charAt(k));
      int b = chineseDigit(c.charAt(k + 1));
      if (a <= 0 || b <= 0) continue;
      if (a >= b) return -1;
      if (k > 0 && smallUnit(c.charAt(k - 1)) == 0 && !isBigUnit(c.charAt(k - 1))) return -1;
      for (int j = k + 2; j < c.length(); j++) {
        if (smallUnit(c.charAt(j)) == 0 && !isBigUnit(c.charAt(j))) return -1;
      }
      return k;
    }
    return -1;
  }

  /** Whether the Arabic literal at {@code from} is followed by a unit (the 8千 of 1亿8千万). */
  private static boolean digitsLeadToUnit(String s, int from) {
    int j = from;
    while (j < s.length() && (arabic(s.charAt(j)) >= 0 || s.charAt(j) == '.')) j++;
    return j < s.length() && (smallUnit(s.charAt(j)) > 0 || isWan(s.charAt(j)));
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
