package org.newsmetrics.pipeline;

import java.io.IOException;
import java.nio.channels.WritableByteChannel;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.newsmetrics.model.PageResult;
import org.newsmetrics.tables.Table;
import org.newsmetrics.tables.TableRows;

/**
 * The Parquet files of one page group: {@code <table>/part-<group>.parquet} for each table that
 * gets rows. A file is written under a hidden temporary name and renamed when complete, so a reader
 * never sees half a file, and a group processed again (a retried bundle) replaces its own files
 * instead of adding rows twice.
 */
final class TableFiles implements AutoCloseable {
  private final String outputDir;
  private final int group;
  private final Map<Table, Open> open = new EnumMap<>(Table.class);

  private record Open(ParquetSink sink, WritableByteChannel channel, ResourceId temp, ResourceId target) {}

  TableFiles(String outputDir, int group) {
    this.outputDir = outputDir.endsWith("/") ? outputDir : outputDir + "/";
    this.group = group;
  }

  /**
   * Writes {@code result}'s rows as Parquet into nowhere: loads and initialises the Parquet and Avro
   * classes ahead of a run, in parallel with other start-up work.
   */
  static void warmUp(PageResult result) throws IOException {
    Map<Table, ParquetSink> sinks = new EnumMap<>(Table.class);
    for (TableRows.Row row : TableRows.rows(result)) {
      ParquetSink sink = sinks.get(row.table());
      if (sink == null) {
        sink = new ParquetSink(row.table());
        sink.open(new Discard());
        sinks.put(row.table(), sink);
      }
      sink.write(row.values());
    }
    for (ParquetSink sink : sinks.values()) sink.finish();
  }

  /** A channel that takes every byte and keeps none. */
  private static final class Discard implements WritableByteChannel {
    @Override
    public int write(java.nio.ByteBuffer src) {
      int n = src.remaining();
      src.position(src.limit());
      return n;
    }

    @Override
    public boolean isOpen() {
      return true;
    }

    @Override
    public void close() {}
  }

  static String fileName(int group) {
    return String.format("part-%05d.parquet", group);
  }

  void write(List<TableRows.Row> rows) throws IOException {
    for (TableRows.Row row : rows) {
      file(row.table()).sink().write(row.values());
    }
  }

  private Open file(Table table) throws IOException {
    Open f = open.get(table);
    if (f != null) return f;
    String folder = outputDir + table.folder() + "/";
    ResourceId target = FileSystems.matchNewResource(folder + fileName(group), false);
    ResourceId temp = FileSystems.matchNewResource(folder + "." + fileName(group) + ".tmp", false);
    WritableByteChannel channel = FileSystems.create(temp, "application/octet-stream");
    ParquetSink sink = new ParquetSink(table);
    sink.open(channel);
    f = new Open(sink, channel, temp, target);
    open.put(table, f);
    return f;
  }

  /** Completes every file: footer written, channel closed, renamed to its final name. */
  @Override
  public void close() throws IOException {
    IOException first = null;
    for (Open f : open.values()) {
      try {
        f.sink().finish();
        f.channel().close();
        FileSystems.rename(List.of(f.temp()), List.of(f.target()));
      } catch (IOException e) {
        if (first == null) first = e;
      }
    }
    open.clear();
    if (first != null) throw first;
  }
}
