package org.newsmetrics.metrics;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Finds the longest listed word starting at a position, by the word's first character. Immutable. */
final class WordIndex {
  private final Map<Character, List<String>> byFirst = new HashMap<>();

  WordIndex(Collection<String> words) {
    for (String w : words) {
      if (w.isEmpty()) continue;
      byFirst.computeIfAbsent(w.charAt(0), k -> new ArrayList<>()).add(w);
    }
    for (List<String> l : byFirst.values()) l.sort(Comparator.comparingInt(String::length).reversed());
  }

  /** The longest word at {@code pos} of {@code text}, or null. */
  String at(String text, int pos) {
    List<String> l = byFirst.get(text.charAt(pos));
    if (l == null) return null;
    for (String w : l) {
      if (text.startsWith(w, pos)) return w;
    }
    return null;
  }
}
