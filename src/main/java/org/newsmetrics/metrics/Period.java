package org.newsmetrics.metrics;

import java.time.LocalDate;
import java.time.YearMonth;

/** A resolved period: its label ({@code 2024}, {@code 2025-Q1}, {@code 2024-06}, {@code 2023-01/2023-05}) and dates. */
record Period(String label, LocalDate start, LocalDate end) {

  static Period year(int y) {
    return new Period(Integer.toString(y), LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31));
  }

  static Period month(int y, int m) {
    YearMonth ym = YearMonth.of(y, m);
    return new Period(ym.toString(), ym.atDay(1), ym.atEndOfMonth());
  }

  static Period quarter(int y, int q) {
    YearMonth first = YearMonth.of(y, 3 * q - 2);
    YearMonth last = YearMonth.of(y, 3 * q);
    return new Period(y + "-Q" + q, first.atDay(1), last.atEndOfMonth());
  }

  static Period months(int y, int from, int to) {
    if (from == to) return month(y, from);
    if (from == 1 && to == 12) return year(y);
    YearMonth a = YearMonth.of(y, from);
    YearMonth b = YearMonth.of(y, to);
    return new Period(a + "/" + b, a.atDay(1), b.atEndOfMonth());
  }
}
