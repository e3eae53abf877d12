package org.newsmetrics.pipeline;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.beam.sdk.io.FileSystems;
import org.newsmetrics.report.ReportData;

/**
 * What each page group contributes to the run's report and manifest (its report summary and its
 * input files), written by the group's worker as {@code _parts/group-<n>.bin} and merged by the
 * driver when the run has finished. The driver merges files rather than the pipeline combining
 * elements: the DirectRunner's global combine copies all accumulators gathered so far for every
 * bundle it receives, a cost that grows with the square of the number of groups.
 */
final class GroupParts {
  static final String FOLDER = "_parts";

  private GroupParts() {}

  /** One group's part; replaced, not added to, when a group is processed again. */
  record Part(int group, List<InputFile> inputs, ReportData report) implements Serializable {}

  /** The merge of all parts: input files by path, one report. */
  record Merged(List<InputFile> inputs, ReportData report) {}

  static void write(String outputDir, Part part) throws IOException {
    String dir = outputDir.endsWith("/") ? outputDir : outputDir + "/";
    String name = dir + FOLDER + "/" + String.format("group-%05d.bin", part.group());
    String temp = dir + FOLDER + "/." + String.format("group-%05d.bin", part.group()) + ".tmp";
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(part);
    }
    try (OutputStream out = Channels.newOutputStream(
        FileSystems.create(FileSystems.matchNewResource(temp, false), "application/octet-stream"))) {
      bytes.writeTo(out);
    }
    FileSystems.rename(List.of(FileSystems.matchNewResource(temp, false)), List.of(FileSystems.matchNewResource(name, false)));
  }

  /** Reads and merges the parts under {@code folder} (in group order), then deletes them. */
  static Merged mergeAndDelete(Path folder) throws IOException {
    Path parts = folder.resolve(FOLDER);
    List<Path> files = new ArrayList<>();
    if (Files.isDirectory(parts)) {
      try (Stream<Path> s = Files.list(parts)) {
        s.filter(p -> p.getFileName().toString().endsWith(".bin")).sorted().forEach(files::add);
      }
    }
    // Reading is most of the cost (a part holds its group's kept pages and metrics): a few parts
    // at a time on all cores, merged in group order and dropped, so memory stays bounded.
    int batch = 2 * Runtime.getRuntime().availableProcessors();
    List<InputFile> inputs = new ArrayList<>();
    ReportData report = ReportData.empty();
    for (int from = 0; from < files.size(); from += batch) {
      List<Part> read;
      try {
        read = files.subList(from, Math.min(files.size(), from + batch)).parallelStream()
            .map(GroupParts::readPartUnchecked).toList();
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
      for (Part part : read) {
        inputs.addAll(part.inputs());
        report.merge(part.report());
      }
    }
    inputs.sort(Comparator.comparing(InputFile::path));
    OutputFolder.deleteRecursively(parts);
    return new Merged(inputs, report);
  }

  private static Part readPartUnchecked(Path f) {
    try {
      return readPart(f);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Part readPart(Path f) throws IOException {
    try (InputStream in = new ByteArrayInputStream(Files.readAllBytes(f));
        ObjectInputStream objects = new ObjectInputStream(in)) {
      return (Part) objects.readObject();
    } catch (ClassNotFoundException | ClassCastException e) {
      throw new IOException("not a group part: " + f, e);
    }
  }
}
