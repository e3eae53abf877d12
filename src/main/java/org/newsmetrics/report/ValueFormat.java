package org.newsmetrics.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Figures for people: 亿元/万元 for CNY, bn/m for other currencies, integers for counts. */
final class ValueFormat {
  private ValueFormat() {}

  static final double YI = 1e8;
  static final double WAN = 1e4;
  static final double WAN_YI = 1e12;

  /** A figure with its unit, e.g. {@code 113.86亿元}, {@code 5–10亿元}, {@code USD 6.7 bn}, {@code 12}. */
  static String display(double value, Double valueMax, String unit) {
    if (Double.isNaN(value) || Double.isInfinite(value)) return String.valueOf(value);
    String u = unit == null ? "" : unit;
    boolean range = valueMax != null && !valueMax.isNaN() && !valueMax.isInfinite() && valueMax != value;
    if ("count".equals(u)) {
      return range ? grouped(value, 0) + "–" + grouped(valueMax, 0) : grouped(value, 0);
    }
    if ("CNY".equals(u)) {
      double ref = Math.abs(value);
      if (ref >= WAN_YI) return zh(value / WAN_YI) + (range ? "–" + zh(valueMax / WAN_YI) : "") + "万亿元";
      if (ref >= YI) return zh(value / YI) + (range ? "–" + zh(valueMax / YI) : "") + "亿元";
      if (ref >= WAN) return zh(value / WAN) + (range ? "–" + zh(valueMax / WAN) : "") + "万元";
      return zh(value) + (range ? "–" + zh(valueMax) : "") + "元";
    }
    String code = u.isEmpty() ? "" : u + " ";
    return code + western(value) + (range ? "–" + western(valueMax) : "");
  }

  /** A chart value: 亿元 for CNY, integers for counts. */
  static String chartValue(BigDecimal value, boolean money) {
    if (money) {
      double v = value.doubleValue();
      return Math.abs(v) >= WAN_YI ? zh(v / WAN_YI) + "万亿元" : zh(v / YI) + "亿元";
    }
    return grouped(value.doubleValue(), 0);
  }

  private static String western(double v) {
    double a = Math.abs(v);
    if (a >= 1e9) return num(v / 1e9) + " bn";
    if (a >= 1e6) return num(v / 1e6) + " m";
    return grouped(v, 2);
  }

  /** Up to 2 decimals, trailing zeros dropped, no grouping (as Chinese amounts are written: 2074亿元). */
  static String zh(double v) {
    String s = ZH.get().format(v);
    return "-0".equals(s) ? "0" : s;
  }

  /** Up to 2 decimals, trailing zeros dropped, grouped thousands. */
  static String num(double v) {
    return grouped(v, 2);
  }

  private static final ThreadLocal<DecimalFormat> ZH = ThreadLocal.withInitial(() -> format("0.##"));
  private static final ThreadLocal<DecimalFormat> INT = ThreadLocal.withInitial(() -> format("#,##0"));
  private static final ThreadLocal<DecimalFormat> DEC = ThreadLocal.withInitial(() -> format("#,##0.##"));

  private static DecimalFormat format(String pattern) {
    DecimalFormat f = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT));
    f.setRoundingMode(RoundingMode.HALF_UP);
    return f;
  }

  private static String grouped(double v, int decimals) {
    String s = (decimals == 0 ? INT : DEC).get().format(v);
    return "-0".equals(s) ? "0" : s;
  }
}
