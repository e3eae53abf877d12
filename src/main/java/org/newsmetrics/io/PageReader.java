package org.newsmetrics.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.newsmetrics.model.Page;

/** Turns a file's bytes into a {@link Page}; the Beam layer and the CLI share it. */
public final class PageReader {
  /** Pages larger than this are refused with an error row rather than risking the worker's memory. */
  public static final long DEFAULT_MAX_BYTES = 64L * 1024 * 1024;

  private PageReader() {}

  /** The file name without directories and without its last extension. */
  public static String docId(String path) {
    String name = path.replace('\\', '/');
    name = name.substring(name.lastIndexOf('/') + 1);
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  public static Page fromBytes(String sourcePath, byte[] bytes) {
    TextDecoder.Decoded decoded = TextDecoder.decode(bytes);
    String text = decoded.text();
    if (!text.isEmpty() && text.charAt(0) == '\uFEFF') text = text.substring(1);
    return new Page(docId(sourcePath), sourcePath, text, decoded.charset(), bytes.length);
  }

  public static Page read(Path path) throws IOException {
    long size = Files.size(path);
    if (size > DEFAULT_MAX_BYTES) {
      throw new IOException("page too large: " + size + " bytes (limit " + DEFAULT_MAX_BYTES + ")");
    }
    return fromBytes(path.toString(), Files.readAllBytes(path));
  }
}
