package org.newsmetrics.io;

import java.io.Serializable;

/**
 * Limits a user can set so that one monstrous file becomes a clear error row rather than an
 * out-of-memory crash or a worker stuck for minutes.
 *
 * @param maxPageBytes largest file read, in bytes
 * @param maxLineChars longest line accepted, in characters
 */
public record PageLimits(long maxPageBytes, int maxLineChars) implements Serializable {
  public static final PageLimits DEFAULT = new PageLimits(64L * 1024 * 1024, 1_000_000);

  /** Thrown for a page over a limit; its message says which limit and how to raise it. */
  public static final class LimitExceededException extends RuntimeException {
    public LimitExceededException(String message) {
      super(message);
    }
  }

  public void checkSize(long bytes) {
    if (bytes > maxPageBytes) {
      throw new LimitExceededException("page too large: " + bytes + " bytes, over the limit of " + maxPageBytes
          + " bytes (raise it with --maxPageBytes)");
    }
  }

  /** Checks every line's length in one pass over the text. */
  public void checkLines(String text) {
    int line = 1, length = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        line += c == '\n' || i + 1 >= text.length() || text.charAt(i + 1) != '\n' ? 1 : 0;
        length = 0;
      } else if (++length > maxLineChars) {
        throw new LimitExceededException("line " + line + " is longer than the limit of " + maxLineChars
            + " characters (raise it with --maxLineChars)");
      }
    }
  }
}
