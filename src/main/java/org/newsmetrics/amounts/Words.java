package org.newsmetrics.amounts;

import java.util.Arrays;
import java.util.Comparator;

/**
 * A small fixed word list matched at a text position, longest word first, so that 不超过 wins over
 * 超过 and 批次 over 批. Matching costs O(words × length), a constant: the scanner stays linear.
 */
final class Words {
  private final String[] words;

  Words(String... words) {
    this.words = words.clone();
    Arrays.sort(this.words, Comparator.comparingInt(String::length).reversed());
  }

  /** The longest word starting at {@code pos}, or null. */
  String at(CharSequence s, int pos) {
    for (String w : words) {
      if (regionMatches(s, pos, w)) return w;
    }
    return null;
  }

  /** The longest word ending just before {@code end}, or null. */
  String endingAt(CharSequence s, int end) {
    for (String w : words) {
      int from = end - w.length();
      if (from >= 0 && regionMatches(s, from, w)) return w;
    }
    return null;
  }

  /** Whether any word occurs inside {@code s[from, to)}. */
  boolean occursIn(CharSequence s, int from, int to) {
    for (int i = from; i < to; i++) {
      for (String w : words) {
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
