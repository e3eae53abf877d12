package org.newsmetrics.pipeline;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.WritableByteChannel;
import java.util.Map;
import org.newsmetrics.tables.Table;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.OutputFile;
import org.apache.parquet.io.PositionOutputStream;

/**
 * Writes one table's rows as a Parquet file into a channel the caller opened and closes.
 * Not ParquetIO's sink: that one carries a serialized Hadoop {@code Configuration} that loads
 * Hadoop's default XML resources every time a worker deserializes it (per bundle on the
 * DirectRunner), which alone made small-file runs hundreds of times slower than the processing.
 * This one builds a bare configuration (no default resources) when it opens a file, holding only
 * what the writer needs: standard three-level LISTs and SNAPPY compression.
 */
final class ParquetSink {
  /** Standard three-level LISTs, which every reader maps to a list column. */
  static final java.util.Map<String, String> PARQUET_CONFIG = java.util.Map.of("parquet.avro.write-old-list-structure", "false");

  private final Table table;
  private ParquetWriter<Map<String, Object>> writer;

  ParquetSink(Table table) {
    this.table = table;
  }

  void open(WritableByteChannel channel) throws IOException {
    Configuration conf = new Configuration(false);
    PARQUET_CONFIG.forEach(conf::set);
    Builder builder = new Builder(new ChannelOutputFile(channel), table)
        .withConf(conf)
        .withCompressionCodec(CompressionCodecName.SNAPPY)
        .withWriteMode(ParquetFileWriter.Mode.OVERWRITE);
    // A dictionary of values that rarely repeat is built and then dropped for every row group;
    // plain encoding plus Snappy is what such a column ends up with anyway, sooner.
    for (Table.Column c : table.columns()) {
      if (c.freeText()) builder = builder.withDictionaryEncoding(c.name(), false);
    }
    // Opening writers on several threads at once sometimes lost a column's dictionary setting
    // (the seeds job wrote a dictionary for evidence in about half its runs): some state parquet
    // shares while building a writer is not thread-safe. A group opens a writer per table, so
    // taking turns costs nothing; ParquetContractTest checks the setting holds.
    synchronized (ParquetSink.class) {
      writer = builder.build();
    }
  }

  void write(Map<String, Object> row) throws IOException {
    writer.write(row);
  }

  /** Writes the footer; the channel stays open, for its owner to close. */
  void finish() throws IOException {
    writer.close();
  }

  /** A writer of one table's rows. */
  private static final class Builder extends ParquetWriter.Builder<Map<String, Object>, Builder> {
    private final Table table;

    Builder(OutputFile file, Table table) {
      super(file);
      this.table = table;
    }

    @Override
    protected Builder self() {
      return this;
    }

    @Override
    protected WriteSupport<Map<String, Object>> getWriteSupport(Configuration conf) {
      return new RowWriteSupport(table);
    }
  }

  /** A Parquet output file over a channel its caller opened. */
  private static final class ChannelOutputFile implements OutputFile {
    private final WritableByteChannel channel;

    ChannelOutputFile(WritableByteChannel channel) {
      this.channel = channel;
    }

    @Override
    public PositionOutputStream create(long blockSizeHint) {
      return new ChannelStream(channel);
    }

    @Override
    public PositionOutputStream createOrOverwrite(long blockSizeHint) {
      return new ChannelStream(channel);
    }

    @Override
    public boolean supportsBlockSize() {
      return false;
    }

    @Override
    public long defaultBlockSize() {
      return 0;
    }
  }

  private static final class ChannelStream extends PositionOutputStream {
    private final WritableByteChannel channel;
    private long position;

    ChannelStream(WritableByteChannel channel) {
      this.channel = channel;
    }

    @Override
    public long getPos() {
      return position;
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      ByteBuffer buf = ByteBuffer.wrap(b, off, len);
      while (buf.hasRemaining()) channel.write(buf);
      position += len;
    }

    @Override
    public void close() {
      // the channel belongs to the caller
    }
  }

}
