package org.newsmetrics.amounts;

import java.util.Map;

/**
 * Values by a key character, without boxing the character on lookup: a bitmap answers the (most)
 * characters that key nothing, a small open-addressing table finds the rest. The text scans ask at
 * every character, and almost none is a key. Immutable once built; safe to share between threads.
 */
public final class CharTable<V> {
  private final long[] present = new long[(Character.MAX_VALUE + 1) / 64];
  private final char[] keys;
  private final Object[] values;
  private final int mask;

  public CharTable(Map<Character, V> byChar) {
    int size = Integer.highestOneBit(Math.max(4, byChar.size() * 4) - 1) << 1; // load factor <= 1/4
    keys = new char[size];
    values = new Object[size];
    mask = size - 1;
    byChar.forEach((c, v) -> {
      int slot = slot(c);
      while (values[slot] != null) slot = (slot + 1) & mask;
      keys[slot] = c;
      values[slot] = v;
      present[c >>> 6] |= 1L << c;
    });
  }

  private int slot(char c) {
    return (c * 0x9E3779B1) >>> 16 & mask;
  }

  /** The value keyed by {@code c}, or null. */
  @SuppressWarnings("unchecked")
  public V get(char c) {
    if ((present[c >>> 6] & (1L << c)) == 0) return null;
    int slot = slot(c);
    while (keys[slot] != c || values[slot] == null) slot = (slot + 1) & mask;
    return (V) values[slot];
  }
}
