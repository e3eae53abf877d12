package org.newsmetrics.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The sample page files the tests read, in name order. */
public final class SamplePages {
  private SamplePages() {}

  /** The hand-made test pages: {@code src/test/resources/pages/*.txt}. */
  public static List<Path> testPages() {
    return txt(Path.of("src/test/resources/pages"));
  }

  /** The seed pages: {@code seeds/*.txt}. */
  public static List<Path> seedPages() {
    return txt(Path.of("seeds"));
  }

  private static List<Path> txt(Path dir) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
  }
}
