package org.newsmetrics.layout;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The page's publication and date. {@code explicit}: the page states its date (a web page's
 * time stamp, a masthead date). {@code inferred}: the day after the latest dated event the stories
 * report, in the year the text points to. Otherwise {@code none}.
 */
final class PageDate {
  private PageDate() {}

  record Result(String publication, LocalDate date, String source) {}

  static final PrefilteredPattern STAMP = PrefilteredPattern.compile("(20\\d{2}|19\\d{2})[-/.年](\\d{1,2})[-/.月](\\d{1,2})日?");
  static final PrefilteredPattern SOURCE = PrefilteredPattern.compile("[来來]源[:：]\\s*([\\p{IsHan}A-Za-z]{2,12})");
  static final PrefilteredPattern SITE = PrefilteredPattern.compile("^([\\p{IsHan}]{2,8}(?:网|报|在线|新闻网|日报|晚报))");
  static final PrefilteredPattern MASTHEAD_DATE = PrefilteredPattern.compile(
      "^(?:[\\p{IsHan}]{2,8}报\\s*)?(20\\d{2})年(\\d{1,2})月(\\d{1,2})日\\s*(?:星期|周)[一二三四五六日天]");
  static final PrefilteredPattern PAGE_HEADER_DATE = PrefilteredPattern.compile("(20\\d{2})年(\\d{1,2})月(\\d{1,2})日\\s*(?:星期|周)[一二三四五六日天]");
  static final PrefilteredPattern YEAR = PrefilteredPattern.compile("(?<![0-9])(20[0-3]\\d)(?=年|赛季|年度|[\\p{IsHan}])");
  private static final Pattern YEAR_NOT_BEFORE = Pattern.compile("(到|至|预计|力争|计划|截至|于|—|-|~|～|在|前|后|自|从)$");
  static final PrefilteredPattern MONTH_DAY = PrefilteredPattern.compile(
      "(?<![0-9])(\\d{1,2})月(\\d{1,2})日(?:(?:至|-|—|~|～)(\\d{1,2})日)?");
  static final PrefilteredPattern DAY_ONLY = PrefilteredPattern.compile(
      "(?<![0-9月])([1-3]?\\d)日(?=上午|下午|晚|就|在|召开|举行|电|，|,)");
  private static final Pattern FUTURE_BEFORE = Pattern.compile("(将于|将在|定于|计划于|计划|预计|拟于|力争|有望|将|于|到|截至)\\s*$");
  private static final Pattern FUTURE_AFTER = Pattern.compile("^(前|以前|之前|起|开始|上映|开唱|登陆|截止|开幕前)");

  private static final Pattern FUTURE_DATE_AFTER_YEAR = Pattern.compile("^年\\d{1,2}月\\d{1,2}日前.*");
  private static final Pattern YEAR_PREFIX = Pattern.compile("\\d{4}年");

  static Result find(String[] rawLines, String[] disp, String[] kind, List<String> paragraphs, String zonePublication) {
    String publication = zonePublication != null ? zonePublication : sourceNamed(disp, kind);
    if (publication == null) publication = siteNamed(disp, kind);
    LocalDate explicit = statedDate(disp, kind);
    if (explicit != null) return new Result(publication, explicit, "explicit");

    // inferred
    int year = latestYear(paragraphs);
    int[] monthDay = latestMonthDay(paragraphs, year);
    int bestM = monthDay[0];
    int bestD = monthDay[1];
    if (bestM > 0) bestD = laterDayOfMonth(paragraphs, bestD);
    if (year > 0 && bestM > 0) {
      LocalDate d = date(String.valueOf(year), String.valueOf(bestM), String.valueOf(bestD));
      if (d != null) return new Result(publication, d.plusDays(1), "inferred");
    }
    return new Result(publication, null, "none");
  }

  /** The source a furniture line names (来源：…), else null. */
  private static String sourceNamed(String[] disp, String[] kind) {
    for (int i = 0; i < disp.length; i++) {
      if (disp[i].isEmpty() || kind[i] == null) continue;
      Matcher src = SOURCE.find(disp[i]);
      if (src != null) return src.group(1);
    }
    return null;
  }

  /** The site or paper a navigation or masthead line starts with, else null. */
  private static String siteNamed(String[] disp, String[] kind) {
    for (int i = 0; i < disp.length; i++) {
      if ("navigation".equals(kind[i]) || "masthead".equals(kind[i])) {
        Matcher m = SITE.find(disp[i]);
        if (m != null) return m.group(1);
      }
    }
    return null;
  }

  /** The date the page states: a masthead date, a page header's, a web page's time stamp. */
  private static LocalDate statedDate(String[] disp, String[] kind) {
    for (int i = 0; i < disp.length; i++) {
      String t = disp[i];
      if (t.isEmpty()) continue;
      LocalDate d = null;
      Matcher md = MASTHEAD_DATE.find(t);
      Matcher anyDate;
      if (md != null) d = date(md.group(1), md.group(2), md.group(3));
      else if ("masthead".equals(kind[i]) && (anyDate = PAGE_HEADER_DATE.find(t)) != null) {
        d = date(anyDate.group(1), anyDate.group(2), anyDate.group(3));
      } else if ("navigation".equals(kind[i])) {
        Matcher m = STAMP.find(t);
        if (m != null) d = date(m.group(1), m.group(2), m.group(3));
      }
      if (d != null) return d;
    }
    return null;
  }

  /** The latest year the stories mention as a year of events (not 到2025年, not a deadline); 0 if none. */
  private static int latestYear(List<String> paragraphs) {
    int year = 0;
    for (String p : paragraphs) {
      // only where a match can start: the regex engine tries every position of every paragraph
      PrefilteredPattern.Finder f = YEAR.finder(p);
      while (f.find()) {
        Matcher m = f.matcher();
        String before = p.substring(Math.max(0, m.start() - 3), m.start());
        if (YEAR_NOT_BEFORE.matcher(before).find()) continue;
        String after = p.substring(m.end(), Math.min(p.length(), m.end() + 8));
        if (FUTURE_DATE_AFTER_YEAR.matcher(after).matches()) continue;
        year = Math.max(year, Integer.parseInt(m.group(1)));
      }
    }
    return year;
  }

  /** The latest month and day of a reported (not announced) event, in {@code year} if one is given; {0, 0} if none. */
  private static int[] latestMonthDay(List<String> paragraphs, int year) {
    int bestM = 0;
    int bestD = 0;
    for (String p : paragraphs) {
      PrefilteredPattern.Finder f = MONTH_DAY.finder(p);
      while (f.find()) {
        Matcher m = f.matcher();
        String before = p.substring(Math.max(0, m.start() - 4), m.start());
        String y5 = p.substring(Math.max(0, m.start() - 5), m.start());
        if (YEAR_PREFIX.matcher(y5).matches() && !y5.startsWith(String.valueOf(year))) continue;
        if (FUTURE_BEFORE.matcher(before).find()) continue;
        String after = p.substring(m.end(), Math.min(p.length(), m.end() + 4));
        if (FUTURE_AFTER.matcher(after).find()) continue;
        int mo = Integer.parseInt(m.group(1));
        int d = Integer.parseInt(m.group(3) != null ? m.group(3) : m.group(2));
        if (mo < 1 || mo > 12 || d < 1 || d > 31) continue;
        if (mo > bestM || (mo == bestM && d > bestD)) {
          bestM = mo;
          bestD = d;
        }
      }
    }
    return new int[] {bestM, bestD};
  }

  /** A later day of the same month a story reports with the day alone (…18日上午), within a week; else {@code day}. */
  private static int laterDayOfMonth(List<String> paragraphs, int day) {
    int bestD = day;
    for (String p : paragraphs) {
      PrefilteredPattern.Finder f = DAY_ONLY.finder(p);
      while (f.find()) {
        Matcher m = f.matcher();
        int d = Integer.parseInt(m.group(1));
        String before = p.substring(Math.max(0, m.start() - 4), m.start());
        if (FUTURE_BEFORE.matcher(before).find()) continue;
        if (d > bestD && d <= 31 && d - bestD <= 7) bestD = d;
      }
    }
    return bestD;
  }

  private static LocalDate date(String y, String m, String d) {
    try {
      return LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
  }
}
