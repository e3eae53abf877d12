package org.newsmetrics.amounts;

import java.math.BigDecimal;

/**
 * Parses one numeral as written in Chinese text into an exact {@link BigDecimal}: Arabic
 * ({@code 1,100}, {@code １２３}, {@code 143.3}), Chinese 小写 ({@code 一千八百}, {@code 两万零五百},
 * {@code 三点五}), 大写 ({@code 壹佰壹拾万贰仟陆佰壹拾肆}), traditional ({@code 兩億}, {@code 萬}) and mixed
 * ({@code 1.5万亿}, {@code 3千万}, {@code 1亿8千万}).
 *
 * <p>The grammar is split at the big units: the last 亿 separates "how many 亿" from the rest, the
 * last 万 inside a part does the same for 万, and what is left is a section below 万 built from
 * literals and 十/百/千. This handles 万亿 (the part before 亿 may itself contain 万) without a
 * special case. Colloquial abbreviations are accepted where they are unambiguous: 一万五 = 15000,
 * 一千五 = 1500, 三亿五 = 350000000.
 *
 * <p>Positional Chinese digit strings (二〇二三) are rejected: in news text they are years or codes,
 * never amounts. The input length is capped so that parsing is O(1) per call; the scanner never
 * hands over longer strings.
 */
public final class ChineseNumerals {
  /** Longest numeral the parser accepts; longer runs are junk (digit walls, 亿亿亿…). */
  static final int MAX_LENGTH = 64;

  private static final BigDecimal WAN = BigDecimal.valueOf(10_000L);
  private static final BigDecimal YI = BigDecimal.valueOf(100_000_000L);

  private ChineseNumerals() {}

  /**
   * Parses a whole string as one numeral.
   *
   * @throws NumberFormatException if the string is not a numeral
   */
  public static BigDecimal parse(String s) {
    BigDecimal v = tryParse(s);
    if (v == null) throw new NumberFormatException("not a numeral: " + s);
    return v;
  }

  /** Parses a whole string as one numeral, or returns null; never throws. */
  public static BigDecimal tryParse(String s) {
    if (s == null || s.isEmpty() || s.length() > MAX_LENGTH) return null;
    String n = normalize(s);
    if (n == null || mixesArabicAndChinese(n)) return null;
    BigDecimal v = parseYi(n);
    return v == null ? null : Decimals.plain(v);
  }

  // ---- character classes (shared with the scanner) ----

  /** Value of an Arabic digit (ASCII or full-width), else -1. */
  static int arabic(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= '０' && c <= '９') return c - '０';
    return -1;
  }

  /** Value of a non-zero Chinese digit, 小写/大写/traditional, else -1. */
  static int chineseDigit(char c) {
    return switch (c) {
      case '一', '壹', '弌' -> 1;
      case '二', '两', '兩', '贰', '貳', '弍' -> 2;
      case '三', '叁', '參', '弎' -> 3;
      case '四', '肆' -> 4;
      case '五', '伍' -> 5;
      case '六', '陆', '陸' -> 6;
      case '七', '柒' -> 7;
      case '八', '捌' -> 8;
      case '九', '玖' -> 9;
      default -> -1;
    };
  }

  /** 大写 digits and units are also ordinary words (陆家嘴, 拾金不昧): the scanner wants to know. */
  static boolean isFinancialDigit(char c) {
    return "壹贰貳叁參肆伍陆陸柒捌玖拾佰仟".indexOf(c) >= 0;
  }

  static boolean isZero(char c) {
    return c == '零' || c == '〇' || c == '○';
  }

  /** 10, 100 or 1000 for 十/百/千 (and 大写 拾/佰/仟), else 0. */
  static int smallUnit(char c) {
    return switch (c) {
      case '十', '拾' -> 10;
      case '百', '佰' -> 100;
      case '千', '仟' -> 1000;
      default -> 0;
    };
  }

  static boolean isWan(char c) {
    return c == '万' || c == '萬';
  }

  static boolean isYi(char c) {
    return c == '亿' || c == '億';
  }

  static boolean isBigUnit(char c) {
    return isWan(c) || isYi(c);
  }

  static boolean isUnit(char c) {
    return smallUnit(c) > 0 || isBigUnit(c);
  }

  // ---- parsing ----

  /**
   * Maps full-width digits and points to ASCII and drops thousands separators, checking that every
   * comma stands between a digit and exactly three digits.
   */
  private static String normalize(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      int a = arabic(c);
      if (a >= 0) {
        b.append((char) ('0' + a));
      } else if (c == '．') {
        b.append('.');
      } else if (c == ',' || c == '，') {
        boolean ok = i > 0 && arabic(s.charAt(i - 1)) >= 0 && threeDigits(s, i + 1);
        if (!ok) return null;
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  private static boolean threeDigits(String s, int from) {
    if (from + 3 > s.length()) return false;
    for (int k = from; k < from + 3; k++) if (arabic(s.charAt(k)) < 0) return false;
    return from + 3 == s.length() || arabic(s.charAt(from + 3)) < 0;
  }

  /** Number = [part-before-亿 亿] rest; the part before 亿 may contain 万 (万亿), not another 亿. */
  private static BigDecimal parseYi(String s) {
    int idx = lastIndexOf(s, '亿', '億');
    if (idx < 0) return parseWan(s);
    String left = s.substring(0, idx);
    String right = s.substring(idx + 1);
    if (lastIndexOf(left, '亿', '億') >= 0) return null;
    BigDecimal l = left.isEmpty() ? BigDecimal.ONE : parseWan(left);
    if (l == null) return null;
    BigDecimal r = parseRest(right, YI);
    if (r == null) return null;
    return l.multiply(YI).add(r);
  }

  private static BigDecimal parseWan(String s) {
    int idx = lastIndexOf(s, '万', '萬');
    if (idx < 0) return parseSection(s);
    String left = s.substring(0, idx);
    String right = s.substring(idx + 1);
    if (lastIndexOf(left, '万', '萬') >= 0) return null;
    BigDecimal l = left.isEmpty() ? BigDecimal.ONE : parseSection(left);
    if (l == null) return null;
    BigDecimal r = parseRest(right, WAN);
    if (r == null) return null;
    return l.multiply(WAN).add(r);
  }

  /**
   * The part after a big unit: empty, a lone digit meaning a tenth of the unit (一万五), or a
   * smaller number that must stay below the unit.
   */
  private static BigDecimal parseRest(String right, BigDecimal unit) {
    if (right.isEmpty()) return BigDecimal.ZERO;
    if (right.length() == 1 && arabic(right.charAt(0)) < 0) {
      int d = digitValue(right.charAt(0)); // 一万五, 三亿五 (Chinese only: 1万2 is not written)
      if (d > 0) return unit.multiply(BigDecimal.valueOf(d)).divide(BigDecimal.TEN);
    }
    if (arabic(right.charAt(right.length() - 1)) >= 0 && right.chars().noneMatch(ch -> isUnit((char) ch))) {
      return null; // 1万2: a bare Arabic literal after 万/亿 is another figure
    }
    BigDecimal r = unit == YI ? parseWan(right) : parseSection(right);
    if (r == null || r.compareTo(unit) >= 0) return null;
    return r;
  }

  /** A value below 万: literals joined by 十/百/千 in falling order, 零 as a gap marker. */
  private static BigDecimal parseSection(String s) {
    BigDecimal total = BigDecimal.ZERO;
    BigDecimal pending = null;
    boolean pendingSingleDigit = false;
    boolean pendingArabic = false;
    int lastUnit = Integer.MAX_VALUE;
    boolean zeroGap = false;
    boolean anything = false;
    int i = 0;
    int n = s.length();
    while (i < n) {
      char c = s.charAt(i);
      boolean zeroPoint = isZero(c) && i + 2 < n && (s.charAt(i + 1) == '点' || s.charAt(i + 1) == '.')
          && digitValue(s.charAt(i + 2)) >= 0;
      if (isZero(c) && !zeroPoint) {
        if (pending != null) return null; // 二〇: a positional string, not a numeral
        zeroGap = true;
        anything = true;
        i++;
      } else if (c >= '0' && c <= '9') {
        if (pending != null) return null;
        int j = i;
        while (j < n && s.charAt(j) >= '0' && s.charAt(j) <= '9') j++;
        if (j + 1 < n && s.charAt(j) == '.' && s.charAt(j + 1) >= '0' && s.charAt(j + 1) <= '9') {
          j++;
          while (j < n && s.charAt(j) >= '0' && s.charAt(j) <= '9') j++;
        }
        pending = new BigDecimal(s.substring(i, j));
        pendingSingleDigit = j - i == 1;
        pendingArabic = true;
        anything = true;
        i = j;
      } else if (chineseDigit(c) > 0 || zeroPoint) {
        if (pending != null) return null;
        int j = i + 1;
        StringBuilder lit = new StringBuilder().append((char) ('0' + digitValue(c)));
        if (j + 1 < n && (s.charAt(j) == '点' || s.charAt(j) == '.') && digitValue(s.charAt(j + 1)) >= 0) {
          lit.append('.');
          j++;
          while (j < n && digitValue(s.charAt(j)) >= 0) lit.append((char) ('0' + digitValue(s.charAt(j++))));
        }
        pending = new BigDecimal(lit.toString());
        pendingSingleDigit = j == i + 1;
        pendingArabic = false;
        anything = true;
        i = j;
      } else if (smallUnit(c) > 0) {
        int u = smallUnit(c);
        if (u >= lastUnit) return null; // 百千, 十十: units must fall
        BigDecimal m;
        if (pending != null) m = pending;
        else if (i == 0) m = BigDecimal.ONE; // 十五, 百余
        else return null;
        total = total.add(m.multiply(BigDecimal.valueOf(u)));
        lastUnit = u;
        pending = null;
        zeroGap = false;
        anything = true;
        i++;
      } else {
        return null;
      }
    }
    if (!anything) return null;
    if (pending != null) {
      if (lastUnit == Integer.MAX_VALUE) return pending; // a bare literal
      if (pendingArabic) return null; // 3千5: Arabic figures write every unit (3千5百)
      if (lastUnit >= 100 && !zeroGap && pendingSingleDigit) {
        // 一千五 = 1500, 一百五 = 150
        return total.add(pending.multiply(BigDecimal.valueOf(lastUnit / 10)));
      }
      if (pending.compareTo(BigDecimal.valueOf(lastUnit)) >= 0) return null;
      total = total.add(pending);
    }
    return total;
  }

  /**
   * One numeral uses either Arabic or Chinese literals (1.5万亿, 一千五百万), never both: 6千万两 is
   * 6千万 followed by the word 两…
   */
  private static boolean mixesArabicAndChinese(String n) {
    boolean arabicSeen = false;
    boolean chineseSeen = false;
    for (int i = 0; i < n.length(); i++) {
      char c = n.charAt(i);
      if (c >= '0' && c <= '9') arabicSeen = true;
      else if (chineseDigit(c) > 0 || isZero(c)) chineseSeen = true;
    }
    return arabicSeen && chineseSeen;
  }

  /** Digit value of an Arabic digit, a Chinese digit or a zero, else -1. */
  static int digitValue(char c) {
    int a = arabic(c);
    if (a >= 0) return a;
    if (isZero(c)) return 0;
    return chineseDigit(c);
  }

  private static int lastIndexOf(String s, char a, char b) {
    return Math.max(s.lastIndexOf(a), s.lastIndexOf(b));
  }
}
