package org.newsmetrics.metrics;

import java.util.Collection;
import org.newsmetrics.amounts.Words;

/** Finds the longest listed word starting at a position (longest first, then listed order). Immutable. */
final class WordIndex {
  private final Words words;

  WordIndex(Collection<String> list) {
    words = new Words(list.stream().filter(w -> !w.isEmpty()).toArray(String[]::new));
  }

  /** The longest word at {@code pos} of {@code text}, or null. */
  String at(String text, int pos) {
    return words.at(text, pos);
  }
}
