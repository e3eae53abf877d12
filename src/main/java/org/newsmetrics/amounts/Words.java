package org.newsmetrics.amounts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small fixed word list matched at a text position, longest word first, so that 不超过 wins over
 * 超过 and 批次 over 批. Words are indexed by their first and last character, so a lookup only
 * tries the few words that can match there: O(1) per call, which keeps the scanner linear and fast.
 * Also the metrics lexicons' index (places, industries), which asks at every position of an article.
 */
public final class Words {
  private final CharTable<Keyed> byFirst;
  private final CharTable<Keyed> byLast;

  public Words(String... words) {
    this.byFirst = index(words, true);
    this.byLast = index(words, false);
  }

  /**
   * The words of a regex that is nothing but an alternation of plain words, in at most one group
   * ({@code (分享到|打印本页)}), else null. Such a regex finds a match exactly where one of its words
   * occurs, which {@link #occursIn} answers in one pass, where the regex engine tries every word at
   * every position.
   */
  public static String[] alternatives(String regex) {
    String body = regex;
    if (body.startsWith("(?:") && body.endsWith(")")) body = body.substring(3, body.length() - 1);
    else if (body.startsWith("(") && body.endsWith(")") && !body.startsWith("(?")) body = body.substring(1, body.length() - 1);
    String[] words = body.split("\\|", -1);
    for (String w : words) {
      if (w.isEmpty()) return null;
      for (int i = 0; i < w.length(); i++) if ("\\^$.|?*+()[]{}".indexOf(w.charAt(i)) >= 0) return null;
    }
    return words;
  }

  private static CharTable<Keyed> index(String[] words, boolean first) {
    Map<Character, List<String>> m = new LinkedHashMap<>();
    for (String w : words) {
      char key = first ? w.charAt(0) : w.charAt(w.length() - 1);
      m.computeIfAbsent(key, k -> new ArrayList<>()).add(w);
    }
    Map<Character, Keyed> out = new LinkedHashMap<>();
    m.forEach((k, list) -> {
      list.sort(Comparator.comparingInt(String::length).reversed());
      out.put(k, new Keyed(list.toArray(String[]::new), first));
    });
    return new CharTable<>(out);
  }

  /**
   * The words of one key character, longest first, with the character next to the key in each
   * ({@link #NONE} for a one-character word): most candidates fail on it, without a call.
   */
  private static final class Keyed {
    final String[] words;
    final char[] next;

    Keyed(String[] words, boolean first) {
      this.words = words;
      this.next = new char[words.length];
      for (int k = 0; k < words.length; k++) {
        String w = words[k];
        next[k] = w.length() < 2 ? NONE : first ? w.charAt(1) : w.charAt(w.length() - 2);
      }
    }
  }

  /** A noncharacter: no text holds it, so it stands for "no character next to the key". */
  private static final char NONE = '\uFFFF';

  /** The longest word starting at {@code pos}, or null. */
  public String at(CharSequence s, int pos) {
    if (pos < 0 || pos >= s.length()) return null;
    Keyed keyed = byFirst.get(s.charAt(pos));
    if (keyed == null) return null;
    char next = pos + 1 < s.length() ? s.charAt(pos + 1) : NONE;
    String[] words = keyed.words;
    for (int k = 0; k < words.length; k++) {
      String w = words[k];
      if (w.length() == 1) return w;
      if (keyed.next[k] == next && regionMatches(s, pos, w)) return w;
    }
    return null;
  }

  /** The longest word ending just before {@code end}, or null. */
  String endingAt(CharSequence s, int end) {
    if (end <= 0 || end > s.length()) return null;
    Keyed keyed = byLast.get(s.charAt(end - 1));
    if (keyed == null) return null;
    char before = end >= 2 ? s.charAt(end - 2) : NONE;
    String[] words = keyed.words;
    for (int k = 0; k < words.length; k++) {
      String w = words[k];
      if (w.length() == 1) return w;
      if (keyed.next[k] == before && regionMatches(s, end - w.length(), w)) return w;
    }
    return null;
  }

  /** Whether any word lies entirely inside {@code s[from, to)}. */
  public boolean occursIn(CharSequence s, int from, int to) {
    for (int i = from; i < to; i++) {
      Keyed keyed = byFirst.get(s.charAt(i));
      if (keyed == null) continue;
      char next = i + 1 < to ? s.charAt(i + 1) : NONE;
      String[] words = keyed.words;
      for (int k = 0; k < words.length; k++) {
        String w = words[k];
        if (w.length() == 1) return true;
        if (keyed.next[k] == next && i + w.length() <= to && regionMatches(s, i, w)) return true;
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
