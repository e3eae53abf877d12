package org.newsmetrics.layout;

import java.util.BitSet;
import java.util.List;

/**
 * The {@link RegexPrefilter}s of an ordered list of rules, checked together: one pass over a line
 * marks every required char set that occurs in it, so a line costs one scan instead of one regex
 * search per rule. Each required set of each rule has a bit; a rule stays a candidate when all its
 * bits are marked. Immutable once built; safe to share between threads.
 */
final class PrefilterScan {
  private final RegexPrefilter[] filters;
  private final int words;
  /** For char c, {@code masks[c * words + w]} has the bits of the required sets holding c. */
  private final long[] masks;
  /** For rule r, {@code ruleBits[r * words + w]} has the bits of its required sets. */
  private final long[] ruleBits;
  /**
   * Bit c is set when char c is in some required set: an 8 KB bitmap that stays in the first-level
   * cache answers most chars of a line, where {@link #masks} (half a megabyte) would not.
   */
  private final long[] present = new long[0x10000 / 64];

  PrefilterScan(List<RegexPrefilter> filters) {
    this.filters = filters.toArray(new RegexPrefilter[0]);
    int bits = 0;
    for (RegexPrefilter f : this.filters) bits += f.required.size();
    this.words = Math.max(1, (bits + 63) / 64);
    this.masks = new long[0x10000 * words];
    this.ruleBits = new long[this.filters.length * words];
    int bit = 0;
    for (int r = 0; r < this.filters.length; r++) {
      for (BitSet req : this.filters[r].required) {
        long b = 1L << (bit & 63);
        int w = bit >>> 6;
        ruleBits[r * words + w] |= b;
        for (int c = req.nextSetBit(0); c >= 0 && c < 0x10000; c = req.nextSetBit(c + 1)) {
          masks[c * words + w] |= b;
          present[c >>> 6] |= 1L << c;
        }
        bit++;
      }
    }
  }

  /** The required sets that occur in {@code s}, as bits (a fresh array). */
  long[] candidates(String s) {
    long[] seen = new long[words];
    if (words == 1) {
      long m = 0;
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if ((present[c >>> 6] & (1L << c)) != 0) m |= masks[c];
      }
      seen[0] = m;
    } else {
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if ((present[c >>> 6] & (1L << c)) == 0) continue;
        int base = c * words;
        for (int w = 0; w < words; w++) seen[w] |= masks[base + w];
      }
    }
    return seen;
  }

  /** Whether rule {@code r} may match {@code s}, given {@code candidates(s)}. */
  boolean mayMatch(long[] seen, int r, String s) {
    int base = r * words;
    for (int w = 0; w < words; w++) {
      long need = ruleBits[base + w];
      if ((seen[w] & need) != need) return false;
    }
    return filters[r].endsOk(s);
  }
}
