package org.newsmetrics.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/** Writes the run report next to the tables. */
public final class ReportFiles {
  public static final String FILE_NAME = "report.html";

  private ReportFiles() {}

  /**
   * Renders {@code data} and writes {@code <outputDir>/report.html} (UTF-8), through a temporary
   * file in the same folder so that a reader never sees half a report. Creates the folder.
   *
   * @return the written file
   */
  public static Path write(Path outputDir, ReportData data, String jobName, String generatedAt) throws IOException {
    Files.createDirectories(outputDir);
    String html = ReportHtml.render(data, jobName, generatedAt);
    Path target = outputDir.resolve(FILE_NAME);
    Path tmp = outputDir.resolve("." + FILE_NAME + "." + ProcessHandle.current().pid() + "."
        + Long.toHexString(System.nanoTime()) + ".tmp");
    try {
      Files.writeString(tmp, html, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
      try {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
    return target;
  }
}
