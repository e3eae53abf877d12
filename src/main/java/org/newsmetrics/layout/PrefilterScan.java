package org.newsmetrics.layout;

import java.util.BitSet;
import java.util.List;

/**
 * The {@link RegexPrefilter}s of an ordered list of rules, checked together: one pass over a line
 * marks every rule whose required chars occur in it, so a line costs one scan instead of one
 * regex search per rule. Immutable once built; safe to share between threads.
 */
final class PrefilterScan {
  private final RegexPrefilter[] filters;
  private final int words;
  /** For char c, {@code masks[c * words + w]} has bit b set when c is required by rule 64w+b. */
  private final long[] masks;
  /** Rules without required chars: candidates for every line. */
  private final long[] always;

  PrefilterScan(List<RegexPrefilter> filters) {
    this.filters = filters.toArray(new RegexPrefilter[0]);
    this.words = Math.max(1, (this.filters.length + 63) / 64);
    this.masks = new long[0x10000 * words];
    this.always = new long[words];
    for (int r = 0; r < this.filters.length; r++) {
      BitSet req = this.filters[r].required;
      long bit = 1L << (r & 63);
      if (req == null) {
        always[r >>> 6] |= bit;
        continue;
      }
      for (int c = req.nextSetBit(0); c >= 0 && c < 0x10000; c = req.nextSetBit(c + 1)) {
        masks[c * words + (r >>> 6)] |= bit;
      }
    }
  }

  /** The rules that may match {@code s}, as a bit set over rule indexes (a fresh array). */
  long[] candidates(String s) {
    long[] cand = always.clone();
    if (words == 1) {
      long m = cand[0];
      for (int i = 0; i < s.length(); i++) m |= masks[s.charAt(i)];
      cand[0] = m;
    } else {
      for (int i = 0; i < s.length(); i++) {
        int base = s.charAt(i) * words;
        for (int w = 0; w < words; w++) cand[w] |= masks[base + w];
      }
    }
    return cand;
  }

  /** Whether rule {@code r} may match {@code s}, given {@code candidates(s)}. */
  boolean mayMatch(long[] cand, int r, String s) {
    return (cand[r >>> 6] & (1L << (r & 63))) != 0 && filters[r].startOk(s);
  }
}
