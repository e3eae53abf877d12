package org.newsmetrics.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;
import org.newsmetrics.tables.Table;

/**
 * The output folder of a run on the local file system. A run writes into a hidden staging folder
 * beside the target; only a finished run replaces the target, so a failed or killed run leaves the
 * previous tables intact and an analyst never reads half-written tables.
 */
final class OutputFolder {
  private final Path target;
  private final Path staging;

  private OutputFolder(Path target, Path staging) {
    this.target = target;
    this.staging = staging;
  }

  /** Whether {@code output} names a local folder (no URI scheme such as hdfs:// or gs://). */
  static boolean isLocal(String output) {
    return !output.matches("^[a-zA-Z][a-zA-Z0-9+.-]+://.*");
  }

  static OutputFolder staged(String output) {
    Path target = Path.of(output).toAbsolutePath().normalize();
    Path staging = target.resolveSibling("." + target.getFileName() + ".staging-" + UUID.randomUUID());
    return new OutputFolder(target, staging);
  }

  static OutputFolder direct(String output) {
    Path target = Path.of(output).toAbsolutePath().normalize();
    return new OutputFolder(target, target);
  }

  /** Where the pipeline writes. */
  String writeLocation() {
    return staging.toString();
  }

  Path target() {
    return target;
  }

  /** Creates the staging folder, so that a run in progress is visible beside its target. */
  void begin() throws IOException {
    Files.createDirectories(staging);
  }

  /** The folder being written, where the manifest goes before {@link #commit}. */
  Path staging() {
    return staging;
  }

  /**
   * Completes the written tables (an empty Parquet file for a table without rows, so every table
   * opens by its folder), removes Beam's temporary folders, and moves the result into place.
   */
  void commit() {
    try {
      completeTables();
      if (staging.equals(target)) return;
      Files.createDirectories(target.getParent());
      Path old = target.resolveSibling("." + target.getFileName() + ".old-" + UUID.randomUUID());
      if (Files.exists(target)) Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
      Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
      deleteRecursively(old);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot move the finished tables into " + target, e);
    }
  }

  /** Adds empty files for tables without rows and drops Beam's temporary folders. */
  void completeTables() throws IOException {
    for (Table t : Table.values()) ensureTable(staging.resolve(t.folder()), t);
    deleteTempFolders(staging);
  }

  /** Drops the staging folder of a run that did not finish. */
  void abandon() {
    if (!staging.equals(target)) deleteRecursively(staging);
  }

  private static void ensureTable(Path folder, Table table) throws IOException {
    Files.createDirectories(folder);
    try (Stream<Path> files = Files.list(folder)) {
      if (files.anyMatch(p -> p.getFileName().toString().endsWith(".parquet"))) return;
    }
    // The pipeline's own sink, with no rows: the file carries the schema only.
    ParquetSink sink = new ParquetSink(table);
    try (FileChannel channel = FileChannel.open(folder.resolve("part-empty.parquet"),
        StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
      sink.open(channel);
      sink.finish();
    }
  }

  private static void deleteTempFolders(Path root) throws IOException {
    if (!Files.isDirectory(root)) return;
    try (Stream<Path> walk = Files.walk(root)) {
      walk.filter(p -> isTemporary(p.getFileName().toString())).toList().forEach(OutputFolder::deleteRecursively);
    }
  }

  /** Beam's temporary folders, and the hidden files a group writes before renaming them. */
  private static boolean isTemporary(String name) {
    return name.startsWith(".temp-beam") || (name.startsWith(".") && name.endsWith(".tmp"));
  }

  static void deleteRecursively(Path root) {
    if (!Files.exists(root)) return;
    try (Stream<Path> walk = Files.walk(root)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
