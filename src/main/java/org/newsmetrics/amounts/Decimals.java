package org.newsmetrics.amounts;

import java.math.BigDecimal;

/** Output form of every value: exact, no trailing zeros, and never in scientific notation. */
final class Decimals {
  private Decimals() {}

  /**
   * Strips trailing zeros but keeps the scale non-negative: {@code stripTrailingZeros()} alone
   * turns 1000000000 into 1E+9, which {@code toString()} would print in scientific notation.
   */
  static BigDecimal plain(BigDecimal v) {
    if (v == null) return null;
    BigDecimal s = v.stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0) : s;
  }
}
