package org.newsmetrics.metrics;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the longest listed word starting at a position, by the word's first character. Immutable.
 *
 * <p>The extractor asks at every position of every article, and almost every position starts no
 * word: a bitmap of the first characters answers those with one array read. The positions that
 * pass it find the words with that first character (longest first) in a small open-addressing
 * table keyed by the bare {@code char}, without boxing it for a map lookup.
 */
final class WordIndex {
  /** Bit {@code c} is set when some word starts with char {@code c}. */
  private final long[] firstChars = new long[(Character.MAX_VALUE + 1) / 64];
  /** Open-addressing table: slot of a first character, its words longest first; null slots are free. */
  private final char[] keys;
  private final String[][] words;
  private final int mask;

  WordIndex(Collection<String> list) {
    Map<Character, List<String>> lists = new LinkedHashMap<>();
    for (String w : list) {
      if (w.isEmpty()) continue;
      lists.computeIfAbsent(w.charAt(0), k -> new ArrayList<>()).add(w);
    }
    int size = Integer.highestOneBit(Math.max(4, lists.size() * 4) - 1) << 1; // load factor ≤ 1/4
    keys = new char[size];
    words = new String[size][];
    mask = size - 1;
    lists.forEach((first, l) -> {
      // longest first (a stable sort: equal lengths keep the order they were listed in)
      l.sort(Comparator.comparingInt(String::length).reversed());
      int slot = slot(first);
      while (words[slot] != null) slot = (slot + 1) & mask;
      keys[slot] = first;
      words[slot] = l.toArray(String[]::new);
      firstChars[first >>> 6] |= 1L << first;
    });
  }

  private int slot(char c) {
    return (c * 0x9E3779B1) >>> 16 & mask;
  }

  /** The words starting with {@code c}, longest first, or null. */
  private String[] startingWith(char c) {
    if ((firstChars[c >>> 6] & (1L << c)) == 0) return null;
    int slot = slot(c);
    while (keys[slot] != c || words[slot] == null) slot = (slot + 1) & mask;
    return words[slot];
  }

  /** The longest word at {@code pos} of {@code text}, or null. */
  String at(String text, int pos) {
    String[] candidates = startingWith(text.charAt(pos));
    if (candidates == null) return null;
    for (String w : candidates) {
      if (text.startsWith(w, pos)) return w;
    }
    return null;
  }
}
