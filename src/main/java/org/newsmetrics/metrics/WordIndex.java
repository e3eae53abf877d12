package org.newsmetrics.metrics;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the longest listed word starting at a position, by the word's first character. Immutable.
 *
 * <p>The extractor asks at every position of every article, and almost every position starts no
 * word: a bitmap of the first characters answers those with one array read, without boxing the
 * character for a map lookup. Only positions that pass it try the (few) words with that first
 * character, longest first.
 */
final class WordIndex {
  /** Bit {@code c} is set when some word starts with char {@code c}. */
  private final long[] firstChars = new long[(Character.MAX_VALUE + 1) / 64];
  private final Map<Character, String[]> byFirst = new HashMap<>();

  WordIndex(Collection<String> words) {
    Map<Character, List<String>> lists = new HashMap<>();
    for (String w : words) {
      if (w.isEmpty()) continue;
      lists.computeIfAbsent(w.charAt(0), k -> new ArrayList<>()).add(w);
    }
    lists.forEach((first, l) -> {
      // longest first (a stable sort: equal lengths keep the order they were listed in)
      l.sort(Comparator.comparingInt(String::length).reversed());
      byFirst.put(first, l.toArray(String[]::new));
      firstChars[first >>> 6] |= 1L << first;
    });
  }

  /** Whether some word starts with {@code c}. */
  boolean mayStartWith(char c) {
    return (firstChars[c >>> 6] & (1L << c)) != 0;
  }

  /** The longest word at {@code pos} of {@code text}, or null. */
  String at(String text, int pos) {
    char c = text.charAt(pos);
    if (!mayStartWith(c)) return null;
    for (String w : byFirst.get(c)) {
      if (text.startsWith(w, pos)) return w;
    }
    return null;
  }
}
