package org.newsmetrics.amounts;

import java.util.Locale;

/** How a figure relates to the number written: exactly, about, more than, or at most. */
public enum Qualifier {
  EXACT, APPROX, OVER, UNDER;

  /** The value written to the tables. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
