package org.newsmetrics.layout;

import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsmetrics.amounts.CharTable;
import org.newsmetrics.text.TextNorm;

/**
 * The {@link RegexPrefilter}s of an ordered list of rules, checked together: one pass over a line
 * marks every required char set that occurs in it, so a line costs one scan instead of one regex
 * search per rule. Each required set of each rule has a bit; a rule stays a candidate when all its
 * bits are marked. The rules a line's first and last chars allow are looked up as a set of rule
 * bits, so a line is only checked against the few rules its ends leave. Immutable once built; safe
 * to share between threads.
 */
final class PrefilterScan {
  private final RegexPrefilter[] filters;
  private final int words;
  /** Longs in a set of rules (bit r for rule r). */
  private final int ruleWords;
  /** Rules with no condition on the first char, and those whose start set holds a char. */
  private final long[] anyStart;
  private final CharTable<long[]> byStart;
  /** The same for the last char. */
  private final long[] anyEnd;
  private final CharTable<long[]> byEnd;
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
    ruleWords = Math.max(1, (this.filters.length + 63) / 64);
    anyStart = new long[ruleWords];
    anyEnd = new long[ruleWords];
    Map<Character, long[]> starts = new HashMap<>(), ends = new HashMap<>();
    for (int r = 0; r < this.filters.length; r++) {
      RegexPrefilter f = this.filters[r];
      if (f.start == null) anyStart[r >>> 6] |= 1L << r;
      else addRule(starts, f.start, r);
      if (f.end == null) {
        anyEnd[r >>> 6] |= 1L << r;
      } else {
        BitSet last = (BitSet) f.end.clone();
        // $ also matches before a final line terminator: the char before it is not checked
        for (char c : TextNorm.LINE_TERMINATORS.toCharArray()) last.set(c);
        addRule(ends, last, r);
      }
    }
    byStart = new CharTable<>(starts);
    byEnd = new CharTable<>(ends);
  }

  private void addRule(Map<Character, long[]> masks, BitSet chars, int r) {
    for (int c = chars.nextSetBit(0); c >= 0 && c < 0x10000; c = chars.nextSetBit(c + 1)) {
      masks.computeIfAbsent((char) c, k -> new long[ruleWords])[r >>> 6] |= 1L << r;
    }
  }

  /**
   * The rules that may match {@code s}, as a set of rule bits (a fresh array): those its first and
   * last chars allow and whose required sets all occur in it. The same as asking each rule's
   * {@link RegexPrefilter#mayMatch}.
   */
  long[] rules(String s) {
    long[] out = new long[ruleWords];
    long[] first = s.isEmpty() ? null : byStart.get(s.charAt(0));
    long[] last = s.isEmpty() ? null : byEnd.get(s.charAt(s.length() - 1));
    boolean left = false;
    for (int w = 0; w < ruleWords; w++) {
      out[w] = (anyStart[w] | (first == null ? 0 : first[w])) & (anyEnd[w] | (last == null ? 0 : last[w]));
      left |= out[w] != 0;
    }
    if (!left) return out;
    long[] seen = candidates(s);
    for (int w = 0; w < ruleWords; w++) {
      for (long bits = out[w]; bits != 0; bits &= bits - 1) {
        int r = (w << 6) + Long.numberOfTrailingZeros(bits);
        if (!requiredSeen(seen, r)) out[w] &= ~(1L << r);
      }
    }
    return out;
  }

  private boolean requiredSeen(long[] seen, int r) {
    int base = r * words;
    for (int w = 0; w < words; w++) {
      long need = ruleBits[base + w];
      if ((seen[w] & need) != need) return false;
    }
    return true;
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
    return requiredSeen(seen, r) && filters[r].endsOk(s);
  }
}
