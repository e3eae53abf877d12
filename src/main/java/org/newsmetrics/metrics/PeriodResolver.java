package org.newsmetrics.metrics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsmetrics.amounts.Words;

/**
 * Finds time expressions in text and resolves them against the page's publication date.
 * Stateless and thread-safe.
 */
final class PeriodResolver {

  /** A time expression found at [start, end); {@code current} marks 目前/截至目前 (a stock now). */
  record TimeExpr(int start, int end, Period period, boolean current, boolean until) {}

  private static final String YEAR = "((?:19|20)\\d{2}\\s*年|今年|去年|前年|明年|本年|当年|上年)";
  private static final String NUM = "(\\d{1,2}|[一二两三四五六七八九十]{1,3})";
  private static final Pattern MONTH_RANGE = Pattern.compile(
      YEAR + "?\\s*" + NUM + "\\s*(?:月份?)?\\s*[~～〜\\-—－–至到]\\s*" + NUM + "\\s*月(?:份)?(?:末|底)?");
  private static final Pattern FIRST_MONTHS = Pattern.compile(YEAR + "?\\s*前\\s*" + NUM + "\\s*个?月");
  private static final Pattern QUARTER = Pattern.compile(YEAR + "?\\s*(?:第)?([一二三四1-4])\\s*季度");
  private static final Pattern FIRST_QUARTERS = Pattern.compile(YEAR + "?\\s*前([二三两23])季度");
  private static final Pattern HALF = Pattern.compile(YEAR + "?\\s*(上|下)半年");
  private static final Pattern UNTIL_MONTH = Pattern.compile(
      "(?:截至|截止|截止到|到|至)\\s*" + YEAR + "?\\s*" + NUM + "\\s*月(?:份)?(?:末|底)?(?!\\s*\\d{1,2}\\s*日)");
  private static final Pattern UNTIL_YEAR_END = Pattern.compile(
      "(?:截至|截止|截止到|到|至)\\s*" + YEAR + "\\s*(?:年)?(?:末|底)");
  private static final Pattern YEAR_MONTH = Pattern.compile(YEAR + "\\s*" + NUM + "\\s*月(?:份)?(?!\\s*\\d{1,2}\\s*[日号])");
  private static final Pattern CURRENT = Pattern.compile("截至目前|截止目前|目前|如今|至今|现已|当前");
  /** CURRENT's words: a text holding none of them is not searched. */
  private static final Words CURRENT_WORDS = new Words(Words.alternatives(CURRENT.pattern()));
  private static final Pattern YEAR_ONLY = Pattern.compile(
      YEAR + "(?:以来|全年|上半年)?(?!\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日)(?!度(?:省|市|区|重大|重点))");
  private static final Pattern YEAR_IN = Pattern.compile("(?<![0-9一二三四五六七八九十两几])(?:年内|年底前|年底|全年)");
  private static final Pattern FIVE_YEAR_PLAN = Pattern.compile("(十[一二三四五六七])五");
  private static final Pattern THIS_MONTH = Pattern.compile("本月|当月|上月|上个月");
  private static final Pattern FULL_DATE = Pattern.compile(
      "(?:(?:19|20)\\d{2}\\s*年)?\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*[日号]");

  private static final Pattern SPACE = Pattern.compile("\\s");
  private static final Pattern FULL_YEAR = Pattern.compile("\\d{4}年");

  private PeriodResolver() {}

  /** Every time expression in {@code text}, resolved against {@code pub} (may be null). */
  static List<TimeExpr> find(String text, LocalDate pub) {
    List<TimeExpr> out = new ArrayList<>();
    List<int[]> taken = new ArrayList<>();
    // Each pattern below needs a word the text may lack (月, 年, 季度 …); a pattern whose word is
    // missing cannot match, and gets no matcher at all (most clauses have no 月, and a matcher
    // allocates its group arrays).
    boolean month = text.indexOf('月') >= 0;
    boolean year = text.indexOf('年') >= 0;
    Matcher m = month ? FULL_DATE.matcher(text) : null;
    while (m != null && m.find()) taken.add(new int[] {m.start(), m.end()});
    m = month ? MONTH_RANGE.matcher(text) : null;
    while (m != null && m.find()) {
      Integer y = year(m.group(1), pub);
      int a = num(m.group(2));
      int b = num(m.group(3));
      if (y == null || a < 1 || b > 12 || a > b) continue;
      add(out, taken, m, Period.months(y, a, b), false);
    }
    m = month && text.indexOf('前') >= 0 ? FIRST_MONTHS.matcher(text) : null;
    while (m != null && m.find()) {
      Integer y = year(m.group(1), pub);
      int n = num(m.group(2));
      if (y == null || n < 1 || n > 12) continue;
      add(out, taken, m, Period.months(y, 1, n), false);
    }
    m = text.contains("季度") ? FIRST_QUARTERS.matcher(text) : null;
    while (m != null && m.find()) {
      Integer y = year(m.group(1), pub);
      if (y == null) continue;
      int q = num(m.group(2).replace('两', '二'));
      add(out, taken, m, Period.months(y, 1, 3 * q), false);
    }
    m = text.contains("季度") ? QUARTER.matcher(text) : null;
    while (m != null && m.find()) {
      Integer y = year(m.group(1), pub);
      if (y == null) continue;
      add(out, taken, m, Period.quarter(y, num(m.group(2))), false);
    }
    m = text.contains("半年") ? HALF.matcher(text) : null;
    while (m != null && m.find()) {
      Integer y = year(m.group(1), pub);
      if (y == null) continue;
      add(out, taken, m, m.group(2).equals("上") ? Period.months(y, 1, 6) : Period.months(y, 7, 12), false);
    }
    m = text.indexOf('末') >= 0 || text.indexOf('底') >= 0 ? UNTIL_YEAR_END.matcher(text) : null;
    while (m != null && m.find()) {
      Integer y = year(m.group(1), pub);
      if (y == null) continue;
      add(out, taken, m, Period.year(y), false);
    }
    m = month ? UNTIL_MONTH.matcher(text) : null;
    while (m != null && m.find()) {
      Integer y = year(m.group(1), pub);
      int mo = num(m.group(2));
      if (y == null || mo < 1 || mo > 12) continue;
      boolean fromYearStart = text.contains("今年以来") || text.contains("年初以来") || text.contains("今年累计");
      add(out, taken, m, fromYearStart ? Period.months(y, 1, mo) : Period.month(y, mo), false, !fromYearStart);
    }
    m = month ? YEAR_MONTH.matcher(text) : null;
    while (m != null && m.find()) {
      Integer y = year(m.group(1), pub);
      int mo = num(m.group(2));
      if (y == null || mo < 1 || mo > 12) continue;
      add(out, taken, m, Period.month(y, mo), false);
    }
    m = CURRENT_WORDS.occursIn(text, 0, text.length()) ? CURRENT.matcher(text) : null;
    while (m != null && m.find()) {
      if (pub == null) continue;
      add(out, taken, m, Period.month(pub.getYear(), pub.getMonthValue()), true);
    }
    m = year ? YEAR_ONLY.matcher(text) : null;
    while (m != null && m.find()) {
      Integer y = year(m.group(1), pub);
      if (y == null) continue;
      add(out, taken, m, Period.year(y), false);
    }
    m = text.indexOf('五') >= 0 ? FIVE_YEAR_PLAN.matcher(text) : null;
    while (m != null && m.find()) {
      // the N-th five-year plan: 十四五 = 2021-2025
      int n = 10 + "一二三四五六七".indexOf(m.group(1).charAt(1)) + 1;
      int first = 2021 + (n - 14) * 5;
      add(out, taken, m, new Period(first + "-01/" + (first + 4) + "-12", LocalDate.of(first, 1, 1),
          LocalDate.of(first + 4, 12, 31)), false);
    }
    m = month ? THIS_MONTH.matcher(text) : null;
    while (m != null && m.find()) {
      if (pub == null) continue;
      LocalDate d = m.group().startsWith("上") ? pub.minusMonths(1) : pub;
      add(out, taken, m, Period.month(d.getYear(), d.getMonthValue()), false);
    }
    m = year ? YEAR_IN.matcher(text) : null;
    while (m != null && m.find()) {
      if (pub == null) continue;
      add(out, taken, m, Period.year(pub.getYear()), false);
    }
    out.sort((x, y) -> Integer.compare(x.start(), y.start()));
    return out;
  }

  /** Whether {@code text} starts (after white space) with a time expression. */
  static boolean startsWithTime(String text, LocalDate pub) {
    String t = text.stripLeading();
    int lead = text.length() - t.length();
    for (TimeExpr e : find(text, pub)) {
      if (e.start() <= lead + 1) return true;
    }
    return false;
  }

  private static void add(List<TimeExpr> out, List<int[]> taken, Matcher m, Period p, boolean current) {
    add(out, taken, m, p, current, false);
  }

  private static void add(List<TimeExpr> out, List<int[]> taken, Matcher m, Period p, boolean current,
      boolean until) {
    for (int[] t : taken) {
      if (m.start() < t[1] && t[0] < m.end()) return;
    }
    taken.add(new int[] {m.start(), m.end()});
    out.add(new TimeExpr(m.start(), m.end(), p, current, until));
  }

  private static Integer year(String g, LocalDate pub) {
    if (g == null) return pub == null ? null : pub.getYear();
    String s = SPACE.matcher(g).replaceAll("");
    if (FULL_YEAR.matcher(s).matches()) return Integer.parseInt(s.substring(0, 4));
    if (pub == null) return null;
    int y = pub.getYear();
    return switch (s) {
      case "去年", "上年" -> y - 1;
      case "前年" -> y - 2;
      case "明年" -> y + 1;
      default -> y;
    };
  }

  static int num(String s) {
    if (s.chars().allMatch(Character::isDigit)) return Integer.parseInt(s);
    s = s.replace('两', '二'); // 前两个月
    String d = "零一二三四五六七八九";
    if (s.equals("十")) return 10;
    if (s.startsWith("十")) return 10 + d.indexOf(s.charAt(1));
    if (s.endsWith("十")) return 10 * d.indexOf(s.charAt(0));
    if (s.length() == 3 && s.charAt(1) == '十') return 10 * d.indexOf(s.charAt(0)) + d.indexOf(s.charAt(2));
    return d.indexOf(s.charAt(0));
  }
}
