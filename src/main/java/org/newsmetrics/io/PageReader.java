package org.newsmetrics.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.newsmetrics.model.Page;

/** Turns a file's bytes into a {@link Page}; the Beam layer and the CLI share it. */
public final class PageReader {

  /** Thrown for a file with no text at all (empty or only white space). */
  public static final class EmptyPageException extends RuntimeException {
    public EmptyPageException(String message) {
      super(message);
    }
  }

  private PageReader() {}

  /** The file name without directories and without its last extension. */
  public static String docId(String path) {
    String name = path.replace('\\', '/');
    if (name.endsWith("/")) name = name.substring(0, name.length() - 1);
    name = name.substring(name.lastIndexOf('/') + 1);
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  public static Page fromBytes(String sourcePath, byte[] bytes) {
    return fromBytes(sourcePath, bytes, PageLimits.DEFAULT);
  }

  /**
   * Decodes a page and checks it against the limits. Control characters other than tab, line
   * ends and form feed (NUL bytes from broken converters, for instance) are dropped: they carry no
   * text and would otherwise split words.
   */
  public static Page fromBytes(String sourcePath, byte[] bytes, PageLimits limits) {
    limits.checkSize(bytes.length);
    TextDecoder.Decoded decoded = TextDecoder.decode(bytes);
    String text = withoutControlChars(decoded.text());
    if (!text.isEmpty() && text.charAt(0) == '\uFEFF') text = text.substring(1);
    if (text.isBlank()) {
      throw new EmptyPageException(bytes.length == 0 ? "empty file: no text to read"
          : "the file holds only white space (" + bytes.length + " bytes)");
    }
    limits.checkLines(text);
    return new Page(docId(sourcePath), sourcePath, text, decoded.charset(), bytes.length);
  }

  public static Page read(Path path) throws IOException {
    return read(path, PageLimits.DEFAULT);
  }

  public static Page read(Path path, PageLimits limits) throws IOException {
    if (Files.isDirectory(path)) throw new IOException("is a directory, not a page");
    if (!Files.exists(path)) {
      throw new NoSuchFileException(path.toString(), null, "the file is gone (deleted or a broken link since it was listed)");
    }
    limits.checkSize(Files.size(path));
    return fromBytes(path.toString(), Files.readAllBytes(path), limits);
  }

  static String withoutControlChars(String s) {
    int i = 0;
    while (i < s.length() && !isDroppedControl(s.charAt(i))) i++;
    if (i == s.length()) return s;
    StringBuilder b = new StringBuilder(s.length());
    b.append(s, 0, i);
    for (; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!isDroppedControl(c)) b.append(c);
    }
    return b.toString();
  }

  private static boolean isDroppedControl(char c) {
    return (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7F;
  }
}
