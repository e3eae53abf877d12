package org.newsmetrics.report;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Cuts a text into segments at every figure's start and end (and at line breaks), so that
 * overlapping or duplicate figure spans become flat, non-nested segments, each knowing which
 * figures cover it. Spans outside the text, empty or reversed are left out (and reported).
 */
final class Highlights {
  private Highlights() {}

  /** A figure's span in a text; {@code ref} is what the caller wants back (an index). */
  record Span(int start, int end, int ref) {}

  /** A piece of the text; {@code refs} are the spans that cover it (empty: plain text). */
  record Segment(int start, int end, List<Integer> refs) {
    boolean marked() {
      return !refs.isEmpty();
    }
  }

  /** Whether a span can be placed in a text of length {@code length}. */
  static boolean valid(Span s, int length) {
    return s.start() >= 0 && s.end() <= length && s.start() < s.end();
  }

  /**
   * The segments of {@code text}: consecutive, covering it from 0 to its length, never empty,
   * cut at each valid span's bounds and around every {@code '\n'} (a line break is a segment of its
   * own, never inside a mark). Bounds that fall inside a surrogate pair are moved outwards.
   */
  static List<Segment> segments(String text, List<Span> spans) {
    int n = text.length();
    TreeSet<Integer> cuts = new TreeSet<>();
    cuts.add(0);
    cuts.add(n);
    List<Span> ok = new ArrayList<>();
    for (Span s : spans) {
      if (!valid(s, n)) continue;
      Span w = new Span(widenStart(text, s.start()), widenEnd(text, s.end()), s.ref());
      ok.add(w);
      cuts.add(w.start());
      cuts.add(w.end());
    }
    for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
      cuts.add(i);
      cuts.add(i + 1);
    }
    List<Segment> out = new ArrayList<>();
    Integer prev = null;
    for (int cut : cuts) {
      if (prev != null && cut > prev) {
        List<Integer> refs = new ArrayList<>();
        boolean newline = cut - prev == 1 && text.charAt(prev) == '\n';
        if (!newline) {
          for (Span s : ok) {
            if (s.start() <= prev && s.end() >= cut && !refs.contains(s.ref())) refs.add(s.ref());
          }
        }
        out.add(new Segment(prev, cut, List.copyOf(refs)));
      }
      prev = cut;
    }
    return out;
  }

  private static int widenStart(String t, int i) {
    return i > 0 && i < t.length() && Character.isLowSurrogate(t.charAt(i)) && Character.isHighSurrogate(t.charAt(i - 1))
        ? i - 1 : i;
  }

  private static int widenEnd(String t, int i) {
    return i > 0 && i < t.length() && Character.isLowSurrogate(t.charAt(i)) && Character.isHighSurrogate(t.charAt(i - 1))
        ? i + 1 : i;
  }
}
