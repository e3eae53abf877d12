package org.newsmetrics.layout;

import java.util.HashMap;
import java.util.Map;

/**
 * The layout rules' verdicts on the texts of one page, each worked out once: cleaning asks about
 * the same lines and paragraphs many times (line grouping, zone ends, cuts, column breaks). The
 * verdicts are pure functions of the text, so a remembered one is the one the rule would give.
 * One instance per page being cleaned; not shared between threads.
 */
final class PageVerdicts {
  private final LayoutRules rules;
  private final Map<String, Boolean> headline = new HashMap<>();
  private final Map<String, Integer> dateline = new HashMap<>();
  private final Map<String, Boolean> bylineOnly = new HashMap<>();
  private final Map<String, Integer> bylineEnd = new HashMap<>();
  private final Map<String, Boolean> bylineTop = new HashMap<>();

  PageVerdicts(LayoutRules rules) {
    this.rules = rules;
  }

  /** {@link LayoutRules#headlineLike}. */
  boolean headlineLike(String text) {
    Boolean v = headline.get(text);
    if (v == null) headline.put(text, v = rules.headlineLike(text));
    return v;
  }

  /** {@link LayoutRules#datelineLength}. */
  int datelineLength(String text) {
    Integer v = dateline.get(text);
    if (v == null) dateline.put(text, v = rules.datelineLength(text));
    return v;
  }

  /** {@code LayoutRules.bylineOnly(text) != null}. */
  boolean bylineOnly(String text) {
    Boolean v = bylineOnly.get(text);
    if (v == null) bylineOnly.put(text, v = LayoutRules.bylineOnly(text) != null);
    return v;
  }

  /** {@link LayoutRules#bylineEnd}. */
  int bylineEnd(String text) {
    Integer v = bylineEnd.get(text);
    if (v == null) bylineEnd.put(text, v = LayoutRules.bylineEnd(text));
    return v;
  }

  /** {@link LayoutRules#bylineTop}. */
  boolean bylineTop(String text) {
    Boolean v = bylineTop.get(text);
    if (v == null) bylineTop.put(text, v = LayoutRules.bylineTop(text));
    return v;
  }
}
