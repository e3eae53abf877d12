package org.newsmetrics.amounts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A small fixed word list matched at a text position, longest word first, so that 不超过 wins over
 * 超过 and 批次 over 批. Words are indexed by their first and last character, so a lookup only
 * tries the few words that can match there: O(1) per call, which keeps the scanner linear and fast.
 */
final class Words {
  private final Map<Character, String[]> byFirst;
  private final Map<Character, String[]> byLast;

  Words(String... words) {
    this.byFirst = index(words, true);
    this.byLast = index(words, false);
  }

  private static Map<Character, String[]> index(String[] words, boolean first) {
    Map<Character, List<String>> m = new HashMap<>();
    for (String w : words) {
      char key = first ? w.charAt(0) : w.charAt(w.length() - 1);
      m.computeIfAbsent(key, k -> new ArrayList<>()).add(w);
    }
    Map<Character, String[]> out = new HashMap<>();
    m.forEach((k, list) -> {
      list.sort(Comparator.comparingInt(String::length).reversed());
      out.put(k, list.toArray(String[]::new));
    });
    return Map.copyOf(out);
  }

  /** The longest word starting at {@code pos}, or null. */
  String at(CharSequence s, int pos) {
    if (pos < 0 || pos >= s.length()) return null;
    String[] candidates = byFirst.get(s.charAt(pos));
    if (candidates == null) return null;
    for (String w : candidates) {
      if (regionMatches(s, pos, w)) return w;
    }
    return null;
  }

  /** The longest word ending just before {@code end}, or null. */
  String endingAt(CharSequence s, int end) {
    if (end <= 0 || end > s.length()) return null;
    String[] candidates = byLast.get(s.charAt(end - 1));
    if (candidates == null) return null;
    for (String w : candidates) {
      if (regionMatches(s, end - w.length(), w)) return w;
    }
    return null;
  }

  /** Whether any word lies entirely inside {@code s[from, to)}. */
  boolean occursIn(CharSequence s, int from, int to) {
    for (int i = from; i < to; i++) {
      String[] candidates = byFirst.get(s.charAt(i));
      if (candidates == null) continue;
      for (String w : candidates) {
        if (i + w.length() <= to && regionMatches(s, i, w)) return true;
      }
    }
    return false;
  }

  static boolean regionMatches(CharSequence s, int pos, String w) {
    if (pos < 0 || pos + w.length() > s.length()) return false;
    for (int k = 0; k < w.length(); k++) {
      if (s.charAt(pos + k) != w.charAt(k)) return false;
    }
    return true;
  }
}
