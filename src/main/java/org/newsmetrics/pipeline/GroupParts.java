package org.newsmetrics.pipeline;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.nio.channels.Channels;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.beam.sdk.io.FileSystems;
import org.newsmetrics.model.Metric;
import org.newsmetrics.report.ReportData;

/**
 * What each page group contributes to the run's report and manifest (its report summary and its
 * input files), written by the group's worker as {@code _parts/group-<n>.bin} and merged by the
 * driver when the run has finished. The driver merges files rather than the pipeline combining
 * elements: the DirectRunner's global combine copies all accumulators gathered so far for every
 * bundle it receives, a cost that grows with the square of the number of groups.
 *
 * <p>A part file holds the part with its report's metric rows detached, then those rows one by one
 * in the report's order. The report keeps only the first rows of the run (by doc id), so once it
 * holds its cap the driver reads a part's rows only up to the first that cannot be kept: reading
 * every row of every part took seconds at the end of a 1 GB run, and grew with the corpus.
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
      ReportData counts = part.report().copy();
      List<Metric> rows = counts.detachMetrics();
      out.writeObject(new Part(part.group(), part.inputs(), counts));
      out.writeInt(rows.size());
      for (Metric row : rows) out.writeObject(row);
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
    List<InputFile> inputs = new ArrayList<>();
    ReportData report = null;
    for (Path file : files) report = mergePart(file, report, inputs);
    inputs.sort(Comparator.comparing(InputFile::path));
    OutputFolder.deleteRecursively(parts);
    return new Merged(inputs, report != null ? report : ReportData.empty());
  }

  /**
   * Merges one part file into {@code report} (null before the first: the report then takes the
   * part's caps) and {@code inputs}, reading only the metric rows the report can keep.
   */
  private static ReportData mergePart(Path file, ReportData report, List<InputFile> inputs) throws IOException {
    try (ObjectInputStream in = new ObjectInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
      Part part = (Part) in.readObject();
      ReportData counts = part.report();
      if (report == null) report = new ReportData(counts.maxMetrics(), counts.maxPages(), counts.maxErrors());
      inputs.addAll(part.inputs());
      report.merge(counts);
      Metric cutoff = report.metricsCutoff();
      int n = in.readInt();
      List<Metric> rows = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        Metric row = (Metric) in.readObject();
        if (cutoff != null && ReportData.METRIC_ORDER.compare(row, cutoff) >= 0) break; // the rest come later still
        rows.add(row);
      }
      return report.attachMetrics(rows);
    } catch (ClassNotFoundException | ClassCastException e) {
      throw new IOException("not a group part: " + file, e);
    }
  }
}
