package org.newsmetrics.amounts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.newsmetrics.amounts.FigureScanner.Figure;
import org.newsmetrics.amounts.FigureScanner.Level;

/**
 * Finds every amount and counted number in a text. Thread-safe and stateless.
 *
 * <p>A hand-written scanner, not a regex: {@link FigureScanner} reads a figure, then this class
 * looks a few characters around it — a unit (currency or measure word), a range connector and a
 * second figure, suffix qualifiers (左右, 以上), prefix qualifiers and currency (约, 超, 人民币), and
 * the words that make a figure something else (第, %, 项目 after a money class, 千瓦时). All
 * lookarounds are bounded, and scanning always resumes after the figure, so the parse is linear.
 *
 * <p>What is reported: money (a currency, or a 万/亿-scaled number after a money cue such as 投资),
 * counts (a number with a measure word), and other 万/亿-scaled bare numbers as NUMBER. Plain
 * unscaled numbers without a unit (years, dates, codes, phone numbers) are not amounts.
 */
public final class AmountParser {
  /** How far back a money cue (投资, 产值 …) may stand from the number, within one clause. */
  private static final int CUE_WINDOW = 16;
  /** Whitespace tolerated between a figure and its unit (德企 487\n家, 12 个). */
  private static final int MAX_GAP = 3;

  private static final Words CONNECTORS = new Words("-", "－", "~", "～", "〜", "—", "–", "至", "到", "―");
  private static final String CLAUSE_END = "。，,；;！!？?：:、\"“”（）()【】《》";

  private AmountParser() {}

  /** The qualifier words the grammar reads before a figure (约, 超过, 不少于, 最高 …). */
  public static java.util.Set<String> prefixQualifierWords() {
    return Lexicon.PREFIX_QUALIFIER.keySet();
  }

  public static List<Amount> findAll(String text) {
    List<Amount> out = new ArrayList<>();
    if (text == null) return out;
    int n = text.length();
    int i = 0;
    while (i < n) {
      if (!FigureScanner.startsFigure(text, i)) {
        i++;
        continue;
      }
      int next = matchAt(text, i, out);
      i = Math.max(next, i + 1);
    }
    return out;
  }

  /** Reads the amount starting at {@code p}, appends it if it is one; returns where to continue. */
  private static int matchAt(String s, int p, List<Amount> out) {
    Figure f1 = FigureScanner.scan(s, p);
    if (f1.value() == null || !leftContextAllows(s, f1) || percentAfter(s, f1.end())) return f1.end();
    Unit u1 = Unit.at(s, f1.end());
    if (isLoneFinancialDigit(f1) && (u1 == null || u1.currency() == null)) return f1.end(); // 陆家嘴, 伍佰

    if (f1.rangeMax() != null) {
      return finish(s, out, f1.start(), f1.end(), f1.value(), f1.rangeMax(), false, u1, f1.level());
    }
    int afterFirst = u1 != null ? u1.end() : f1.end();
    int c = skipSpaces(s, afterFirst);
    String conn = CONNECTORS.at(s, c);
    if (conn != null) {
      int p2 = skipSpaces(s, c + conn.length());
      if (p2 < s.length() && FigureScanner.startsFigure(s, p2)) {
        Figure f2 = FigureScanner.scan(s, p2);
        Integer done = tryRange(s, out, f1, u1, f2);
        if (done != null) return done;
      }
    }
    return finish(s, out, f1.start(), f1.end(), f1.value(), null, f1.over(), u1, f1.level());
  }

  /** 3-5亿元, 5亿至10亿元, 5亿元到10亿元, 两到三万元: returns the end, or null if it is no range. */
  private static Integer tryRange(String s, List<Amount> out, Figure f1, Unit u1, Figure f2) {
    if (f2.value() == null || f2.rangeMax() != null || !leftContextAllows(s, f2) || percentAfter(s, f2.end())) {
      return null;
    }
    Unit u2 = Unit.at(s, f2.end());
    if (u1 != null) {
      if (u2 == null || !u1.sameAs(u2)) return null;
    } else if (u2 == null && f2.level() != Level.BIG) {
      return null;
    }
    BigDecimal lower = f1.value().multiply(scaleFromUpper(f1, f2));
    if (lower.compareTo(f2.value()) >= 0) return null;
    Level level = f1.level() == Level.BIG || f2.level() == Level.BIG ? Level.BIG : f2.level();
    return finish(s, out, f1.start(), f2.end(), lower, f2.value(), false, u2 != null ? u2 : u1, level);
  }

  /**
   * The scale of the upper bound that the lower bound shares when it has none: 3-5亿 (亿), 3-5千万
   * (千万), 两到三万 (万), 十到二十万 (only 万: 十 already is the lower's own unit).
   */
  private static BigDecimal scaleFromUpper(Figure f1, Figure f2) {
    if (f1.level() == Level.BIG) return BigDecimal.ONE;
    String c = f2.clean();
    int k = c.length();
    while (k > 0 && ChineseNumerals.isUnit(c.charAt(k - 1))) k--;
    int big = c.length();
    while (big > 0 && ChineseNumerals.isBigUnit(c.charAt(big - 1))) big--;
    String tail = f1.level() == Level.NONE && k > 0 ? c.substring(k) : c.substring(big);
    BigDecimal m = BigDecimal.ONE;
    for (int i = 0; i < tail.length(); i++) {
      char u = tail.charAt(i);
      long f = ChineseNumerals.isWan(u) ? 10_000L : ChineseNumerals.isYi(u) ? 100_000_000L
          : ChineseNumerals.smallUnit(u);
      m = m.multiply(BigDecimal.valueOf(f));
    }
    return m;
  }

  /**
   * Completes an amount whose figure ends at {@code figEnd}: 元 tails, suffix qualifier, kind,
   * class-label and non-money-unit checks, prefix qualifier. Returns where to continue.
   */
  private static int finish(String s, List<Amount> out, int start, int figEnd, BigDecimal value,
      BigDecimal valueMax, boolean infixOver, Unit unit, Level level) {
    int end = unit != null ? unit.end() : figEnd;
    if (unit != null && unit.isYuan()) {
      YuanTail tail = YuanTail.read(s, end);
      end = tail.end();
      value = value.add(tail.extra());
    }
    String suffix = Lexicon.SUFFIX_QUALIFIER_WORDS.at(s, end);
    if ("上下".equals(suffix) && end + 2 < s.length() && s.charAt(end + 2) == '游') suffix = null;
    if (suffix != null) end += suffix.length();

    Behind behind = Behind.read(s, start);
    AmountKind kind;
    String iso = null;
    String measure = null;
    if (unit != null && unit.currency() != null) {
      kind = AmountKind.MONEY;
      iso = unit.currency();
    } else if (unit != null) {
      kind = AmountKind.COUNT;
      measure = unit.word();
    } else if (behind.currency() != null) {
      kind = AmountKind.MONEY;
      iso = behind.currency();
    } else if (level != Level.BIG || nonMoneyUnitAfter(s, figEnd)) {
      return end;
    } else if (moneyCueBefore(s, behind.anchor(), start)) {
      kind = AmountKind.MONEY;
      iso = "CNY";
    } else {
      kind = AmountKind.NUMBER;
    }
    if (kind != AmountKind.COUNT && isClassLabel(s, end, suffix)) return end;

    Qualifier q;
    if (valueMax != null) q = Qualifier.OVER; // the project's rule for ranges
    else if (suffix != null) q = Lexicon.SUFFIX_QUALIFIER.get(suffix);
    else if (infixOver) q = Qualifier.OVER;
    else if (behind.qualifier() != null) q = behind.qualifier();
    else q = Qualifier.EXACT;

    out.add(new Amount(s.substring(start, end), start, end, Decimals.plain(value), Decimals.plain(valueMax),
        kind, kind == AmountKind.COUNT ? "count" : iso, measure, q));
    return end;
  }

  // ---- context checks ----

  /** Ordinals (第4家), percentages (百分之五), codes (CN32, G20), vague 几十/数十, idioms (统一个). */
  private static boolean leftContextAllows(String s, Figure f) {
    int p = f.start();
    char first = s.charAt(p);
    int q = p;
    while (q > 0 && p - q < 2 && (s.charAt(q - 1) == ' ' || s.charAt(q - 1) == '\u3000')) q--;
    if (q > 0 && s.charAt(q - 1) == '第') return false;
    if (p >= 2 && s.charAt(p - 1) == '之' && s.charAt(p - 2) == '分') return false;
    if (p > 0) {
      char b = s.charAt(p - 1);
      if (b < 128 && Character.isLetter(b)) return false;
      if (ChineseNumerals.chineseDigit(first) < 0 && "几数若".indexOf(b) >= 0) return false;
      if ((b == '.' || b == '．') && p >= 2 && ChineseNumerals.arabic(s.charAt(p - 2)) >= 0) return false;
      if (f.clean().equals("一") && "同每唯统逐某任哪这那之万单".indexOf(b) >= 0) return false;
    }
    return true;
  }

  /** A single 大写 digit is a numeral only before a currency (伍元); else a word (陆家嘴). */
  private static boolean isLoneFinancialDigit(Figure f) {
    return f.clean().length() == 1 && ChineseNumerals.isFinancialDigit(f.clean().charAt(0));
  }

  private static boolean percentAfter(String s, int end) {
    if (end >= s.length()) return false;
    char c = s.charAt(end);
    return c == '%' || c == '％' || c == '‰';
  }

  /** 60亿千瓦时, 24.2万立方米, 3万kW: a measure, not money. */
  private static boolean nonMoneyUnitAfter(String s, int figEnd) {
    int q = skipSpaces(s, figEnd);
    if (q >= s.length()) return false;
    char c = s.charAt(q);
    if (c < 128 && Character.isLetter(c)) return true;
    return Lexicon.NON_MONEY_UNIT.at(s, q) != null;
  }

  /**
   * A money cue in the same clause, at most {@link #CUE_WINDOW} characters before the prefix words;
   * the prefix words themselves count too (最高给予 holds the cue 给予).
   */
  private static boolean moneyCueBefore(String s, int anchor, int figureStart) {
    int from = anchor;
    while (from > 0 && anchor - from < CUE_WINDOW && CLAUSE_END.indexOf(s.charAt(from - 1)) < 0) from--;
    return Lexicon.MONEY_CUES.occursIn(s, from, figureStart);
  }

  /**
   * 亿元项目, 超100亿元级, 10亿元以上的工业项目: the money figure names a size class of projects or
   * firms, it is not an amount of anything.
   */
  private static boolean isClassLabel(String s, int end, String suffix) {
    if (Lexicon.CLASS_HEADS.at(s, end) != null) return true;
    if (suffix == null || !(suffix.contains("以上") || suffix.contains("以下"))) return false;
    int j = end;
    if (j < s.length() && s.charAt(j) == '的') j++;
    for (int k = 0; k < 4 && j + k < s.length(); k++) {
      if (Lexicon.CLASS_HEADS.at(s, j + k) != null) return true;
      if (!Character.isIdeographic(s.charAt(j + k))) return false;
    }
    return false;
  }

  private static int skipSpaces(String s, int i) {
    int j = i;
    while (j < s.length() && j - i < MAX_GAP && (s.charAt(j) == ' ' || s.charAt(j) == '\u3000')) j++;
    return j;
  }

  static boolean isGap(char c) {
    return c == ' ' || c == '\u3000' || c == '\t' || c == '\n' || c == '\r';
  }

  // ---- small value types ----

  /** A unit after the figure: a currency (ISO code set) or a measure word. */
  record Unit(String word, String currency, int end) {
    static Unit at(String s, int figEnd) {
      int q = figEnd;
      while (q < s.length() && q - figEnd < MAX_GAP && isGap(s.charAt(q))) q++;
      String cur = Lexicon.CURRENCY_AFTER_WORDS.at(s, q);
      if (cur != null && isYuanWord(cur) && Lexicon.NOT_YUAN.at(s, q) != null) cur = null;
      if (cur != null) return new Unit(cur, Lexicon.CURRENCY_AFTER.get(cur), q + cur.length());
      String m = Lexicon.MEASURE.at(s, q);
      if (m != null && Lexicon.NOT_MEASURE.at(s, q) == null) return new Unit(m, null, q + m.length());
      return null;
    }

    boolean isYuan() {
      return isYuanWord(word);
    }

    boolean sameAs(Unit o) {
      return currency != null ? currency.equals(o.currency) : o.currency == null && word.equals(o.word);
    }

    private static boolean isYuanWord(String w) {
      return w.equals("元") || w.equals("圆") || w.equals("圓");
    }
  }

  /** What follows 元: 人民币, 大写 角 and 分 (陆角), 整. */
  record YuanTail(int end, BigDecimal extra) {
    static YuanTail read(String s, int i) {
      int j = i;
      BigDecimal extra = BigDecimal.ZERO;
      if (Words.regionMatches(s, j, "人民币")) j += 3;
      if (j + 1 < s.length() && ChineseNumerals.digitValue(s.charAt(j)) >= 0 && s.charAt(j + 1) == '角') {
        extra = extra.add(BigDecimal.valueOf(ChineseNumerals.digitValue(s.charAt(j)), 1));
        j += 2;
      }
      if (j + 1 < s.length() && ChineseNumerals.digitValue(s.charAt(j)) >= 0 && s.charAt(j + 1) == '分'
          && (j + 2 >= s.length() || "钟之".indexOf(s.charAt(j + 2)) < 0)) {
        extra = extra.add(BigDecimal.valueOf(ChineseNumerals.digitValue(s.charAt(j)), 2));
        j += 2;
      }
      // 整 ("exactly") closes a written-out sum (壹万元整。); 元整体, 元整合 are other words
      if (j < s.length() && s.charAt(j) == '整' && (j + 1 == s.length() || !Character.isIdeographic(s.charAt(j + 1)))) {
        j++;
      }
      return new YuanTail(j, extra);
    }
  }

  /**
   * What stands just before a figure: a prefix qualifier (约, 超过 …), a currency (人民币, ￥), and
   * the anchor where the money-cue window ends.
   */
  record Behind(Qualifier qualifier, String currency, int anchor) {
    static Behind read(String s, int start) {
      int j = skipBack(s, start);
      Qualifier q = null;
      String cur = null;
      for (int round = 0; round < 2; round++) {
        if (q == null) {
          String w = Lexicon.PREFIX_QUALIFIER_WORDS.endingAt(s, j);
          if (w != null && !blocked(s, j - w.length(), w)) {
            q = Lexicon.PREFIX_QUALIFIER.get(w);
            j = skipBack(s, j - w.length());
          }
        }
        if (cur == null) {
          String w = Lexicon.CURRENCY_BEFORE_WORDS.endingAt(s, j);
          if (w != null) {
            cur = Lexicon.CURRENCY_BEFORE.get(w);
            j = skipBack(s, j - w.length());
          }
        }
      }
      return new Behind(q, cur, j);
    }

    /** One-character qualifiers that are really the end of another word: 签约, 通过, 最近, 赶超. */
    private static boolean blocked(String s, int wordStart, String w) {
      if (wordStart <= 0 || w.length() != 1) return false;
      char b = s.charAt(wordStart - 1);
      return switch (w) {
        case "约", "約" -> "签簽预預制节節契邀相违違履公和条條特婚集守践踐赴失解毁爽誓".indexOf(b) >= 0;
        case "过", "過" -> Lexicon.NOT_BEFORE_GUO.indexOf(b) >= 0;
        case "近" -> "最附邻鄰靠贴親亲".indexOf(b) >= 0;
        case "超" -> "赶趕高".indexOf(b) >= 0;
        default -> false;
      };
    }

    private static int skipBack(String s, int j) {
      int k = j;
      while (k > 0 && j - k < MAX_GAP && isGap(s.charAt(k - 1))) k--;
      return k;
    }
  }
}
