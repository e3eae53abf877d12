package org.newsmetrics.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.apache.beam.sdk.io.FileSystems;
import org.newsmetrics.io.PageLimits;
import org.newsmetrics.io.PageReader;
import org.newsmetrics.model.DocumentInfo;
import org.newsmetrics.model.Page;
import org.newsmetrics.model.PageError;
import org.newsmetrics.model.PageResult;

/**
 * Reads one listed path as a page. Whatever cannot be read (a directory, a file gone since it was
 * listed, binary data, a page over a limit) becomes an error result — a documents row with status
 * {@code error} and an errors row — never an exception.
 */
final class PageFiles {
  static final String STAGE = "read";

  private PageFiles() {}

  /** What reading a path gave: its manifest entry, and the page or the error result. */
  record Read(InputFile input, Page page, PageResult failed) {}

  static Read read(String path, PageLimits limits) {
    byte[] bytes;
    try {
      bytes = readAll(path, limits);
    } catch (IOException | RuntimeException | OutOfMemoryError e) {
      return failed(path, new InputFile(path, -1, null), e);
    }
    InputFile input = new InputFile(path, bytes.length, sha256(bytes));
    try {
      return new Read(input, PageReader.fromBytes(path, bytes, limits), null);
    } catch (RuntimeException | OutOfMemoryError e) {
      return failed(path, input, e);
    }
  }

  private static Read failed(String path, InputFile input, Throwable e) {
    PageError error = PageError.of(PageReader.docId(path), path, STAGE, e);
    String why = e instanceof NoSuchFileException
        ? "the file is gone (deleted, moved or a broken link since it was listed)" : error.message();
    error = new PageError(error.docId(), path, STAGE, error.errorClass(), why);
    DocumentInfo doc = DocumentInfo.failed(error.docId(), path, null, 0, STAGE + ": " + why);
    return new Read(input, null, PageResult.failed(doc, error));
  }

  private static byte[] readAll(String path, PageLimits limits) throws IOException {
    if (OutputFolder.isLocal(path)) {
      Path p = Path.of(path);
      if (Files.isDirectory(p)) throw new IOException("is a directory, not a page");
      limits.checkSize(Files.size(p));
      return Files.readAllBytes(p);
    }
    try (InputStream in = Channels.newInputStream(FileSystems.open(FileSystems.matchNewResource(path, false)))) {
      return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxPageBytes() + 1));
    }
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
