package org.newsmetrics.testing;

import java.util.Random;

/** Random strings over a small alphabet, for tests that compare a fast path with a plain one. */
public final class RandomText {
  private RandomText() {}

  /** A string of 0 to {@code maxLength - 1} chars drawn from {@code alphabet}. */
  public static String of(Random random, String alphabet, int maxLength) {
    StringBuilder sb = new StringBuilder();
    for (int n = random.nextInt(maxLength); n > 0; n--) sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
    return sb.toString();
  }
}
