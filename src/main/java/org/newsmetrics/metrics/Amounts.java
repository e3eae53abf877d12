package org.newsmetrics.metrics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsmetrics.amounts.Amount;
import org.newsmetrics.amounts.AmountKind;
import org.newsmetrics.amounts.AmountParser;
import org.newsmetrics.amounts.Qualifier;

/**
 * The amounts of a text, from {@link AmountParser}, with two defensive additions that keep the
 * metrics core working whatever grammar version is on the classpath: counts written with a space
 * before the measure word ({@code 12 个}) when the parser gave none there, and the qualifier read
 * from the words next to the figure when the parser said exact.
 */
final class Amounts {
  private static final Pattern SPACED_COUNT = Pattern.compile("(?<!\\d)(\\d++)\\s++(个|家|项|户)");
  private static final String[] OVER_BEFORE = {"超过", "突破", "逾", "超", "多于", "高于"};
  private static final String[] UNDER_BEFORE = {"不超过", "不到", "不足", "最高", "最多", "高达最高", "近", "低于"};
  private static final String[] APPROX_BEFORE = {"约", "大约", "大概", "预计约"};
  private static final String[] OVER_AFTER = {"以上", "多", "余"};
  private static final String[] APPROX_AFTER = {"左右", "上下"};
  private static final String[] UNDER_AFTER = {"以内", "以下"};

  private Amounts() {}

  static List<Amount> findAll(String text) {
    List<Amount> out = new ArrayList<>();
    for (Amount a : AmountParser.findAll(text)) out.add(withQualifier(text, a));
    int parsed = out.size();
    int next = 0; // the parser's amounts come in order of start: one forward scan finds overlaps
    Matcher m = SPACED_COUNT.matcher(digitThenSpace(text) ? text : "");
    while (m.find()) {
      int s = m.start();
      int e = m.end();
      while (next < parsed && out.get(next).end() <= s) next++;
      if (next < parsed && out.get(next).start() < e) continue;
      out.add(withQualifier(text, new Amount(m.group(), s, e, new BigDecimal(m.group(1)), null,
          AmountKind.COUNT, "count", m.group(2), Qualifier.EXACT)));
    }
    out.sort(Comparator.comparingInt(Amount::start));
    return out;
  }

  /**
   * Whether an ASCII digit stands right before white space somewhere in {@code text}: what every
   * {@link #SPACED_COUNT} match holds. Most texts hold none, and this loop is cheaper than the regex.
   */
  private static boolean digitThenSpace(String text) {
    for (int i = 0; i + 1 < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9' && isRegexSpace(text.charAt(i + 1))) return true;
    }
    return false;
  }

  /** The characters of the regex class {@code \s} (without UNICODE_CHARACTER_CLASS). */
  private static boolean isRegexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  private static Amount withQualifier(String text, Amount a) {
    if (a.valueMax() != null && a.qualifier() == Qualifier.EXACT) return with(a, Qualifier.OVER);
    if (a.qualifier() != Qualifier.EXACT) return a;
    String raw = a.text();
    if (raw.contains("多") || raw.contains("余")) return with(a, Qualifier.OVER);
    String before = text.substring(Math.max(0, a.start() - 4), a.start()).replaceAll("\\s", "");
    for (String w : UNDER_BEFORE) if (before.endsWith(w)) return with(a, Qualifier.UNDER);
    for (String w : OVER_BEFORE) if (before.endsWith(w)) return with(a, Qualifier.OVER);
    for (String w : APPROX_BEFORE) if (before.endsWith(w)) return with(a, Qualifier.APPROX);
    String after = text.substring(a.end(), Math.min(text.length(), a.end() + 3));
    for (String w : APPROX_AFTER) if (after.startsWith(w)) return with(a, Qualifier.APPROX);
    for (String w : OVER_AFTER) if (after.startsWith(w)) return with(a, Qualifier.OVER);
    for (String w : UNDER_AFTER) if (after.startsWith(w)) return with(a, Qualifier.UNDER);
    return a;
  }

  private static Amount with(Amount a, Qualifier q) {
    return new Amount(a.text(), a.start(), a.end(), a.value(), a.valueMax(), a.kind(), a.unit(), a.measureWord(), q);
  }
}
