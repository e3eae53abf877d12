package org.newsmetrics.layout;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A compiled regex with its {@link RegexPrefilter}: an input the prefilter rules out is answered
 * "no match" without creating a matcher or searching. Results are those of the plain pattern.
 * Immutable; safe to share between threads.
 */
final class PrefilteredPattern {
  private final Pattern pattern;
  private final RegexPrefilter filter;

  private PrefilteredPattern(Pattern pattern) {
    this.pattern = pattern;
    this.filter = RegexPrefilter.of(pattern.pattern());
  }

  static PrefilteredPattern compile(String regex) {
    return new PrefilteredPattern(Pattern.compile(regex));
  }

  Pattern pattern() {
    return pattern;
  }

  /** False only when the pattern certainly finds nothing in {@code s}. */
  boolean mayMatch(String s) {
    return filter.mayMatch(s);
  }

  /** A matcher on the first match in {@code s} ({@link Matcher#find}), or null when there is none. */
  Matcher find(String s) {
    if (!filter.mayMatch(s)) return null;
    Matcher m = pattern.matcher(s);
    return filter.find(m, s) ? m : null;
  }

  /**
   * Every match in {@code s}, in order, as a loop of {@link Matcher#find()} gives them, trying
   * only the positions where one can start; none when the prefilter rules {@code s} out.
   */
  Finder finder(String s) {
    return new Finder(s);
  }

  /** The state of a {@link #finder} loop: {@code while (f.find()) … f.matcher().group(1) …}. */
  final class Finder {
    private final String s;
    private final Matcher m;
    private int from;
    private boolean done;

    private Finder(String s) {
      this.s = s;
      this.done = !filter.mayMatch(s);
      this.m = done ? null : pattern.matcher(s);
    }

    /** Moves to the next match; false when there is none. */
    boolean find() {
      if (done || !filter.findFrom(m, s, from)) {
        done = true;
        return false;
      }
      // after an empty match the next search starts one further, as find() does
      from = m.end() > m.start() ? m.end() : m.end() + 1;
      return true;
    }

    /** The matcher on the current match. */
    Matcher matcher() {
      return m;
    }
  }

  /** A matcher on {@code s} when the whole of it matches ({@link Matcher#matches}), else null. */
  Matcher matches(String s) {
    if (!filter.mayMatch(s)) return null; // a whole-input match is also one find would see
    Matcher m = pattern.matcher(s);
    return m.matches() ? m : null;
  }

  @Override
  public String toString() {
    return pattern.pattern();
  }
}
