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
    return headline.computeIfAbsent(text, rules::headlineLike);
  }

  /** {@link LayoutRules#datelineLength}. */
  int datelineLength(String text) {
    return dateline.computeIfAbsent(text, rules::datelineLength);
  }

  /** {@code LayoutRules#bylineOnly(text) != null}. */
  boolean bylineOnly(String text) {
    return bylineOnly.computeIfAbsent(text, t -> rules.bylineOnly(t) != null);
  }

  /** {@link LayoutRules#bylineEnd}. */
  int bylineEnd(String text) {
    return bylineEnd.computeIfAbsent(text, rules::bylineEnd);
  }

  /** {@link LayoutRules#bylineTop}. */
  boolean bylineTop(String text) {
    return bylineTop.computeIfAbsent(text, rules::bylineTop);
  }
}
