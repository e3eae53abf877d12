package org.newsmetrics.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.channels.Channels;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.generic.GenericRecord;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.avro.AvroParquetReader;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.io.DelegatingSeekableInputStream;
import org.apache.parquet.io.InputFile;
import org.apache.parquet.io.SeekableInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmetrics.core.PageProcessor;
import org.newsmetrics.io.PageReader;
import org.newsmetrics.tables.Table;
import org.newsmetrics.tables.TableRows;
import org.newsmetrics.testing.SamplePages;

/**
 * The tables written without Avro records read back, with parquet-avro's reader (as Avro-based
 * tools such as Spark's do, from the schema in the footer), as exactly the rows that were written:
 * every column of every table, nulls, dates and lists included.
 */
class RowWriteSupportTest {
  @TempDir Path out;

  @Test
  void anAvroReaderReadsBackTheRowsWritten() throws Exception {
    List<Path> pages = SamplePages.testPages();
    PageProcessor processor = new PageProcessor();
    Map<Table, List<Map<String, Object>>> written = new EnumMap<>(Table.class);
    try (TableFiles files = new TableFiles(out.toString(), 0)) {
      for (Path page : pages) {
        List<TableRows.Row> rows = TableRows.rows(processor.process(PageReader.read(page)));
        for (TableRows.Row row : rows) written.computeIfAbsent(row.table(), t -> new ArrayList<>()).add(row.values());
        files.write(rows);
      }
    }
    assertTrue(written.keySet().containsAll(List.of(Table.DOCUMENTS, Table.ARTICLES, Table.METRICS, Table.REMOVED)));
    boolean sawNull = false;
    boolean sawList = false;
    for (Map.Entry<Table, List<Map<String, Object>>> e : written.entrySet()) {
      Table table = e.getKey();
      List<GenericRecord> read = read(out.resolve(table.folder()).resolve(TableFiles.fileName(0)));
      assertEquals(e.getValue().size(), read.size(), table + " rows");
      for (int i = 0; i < read.size(); i++) {
        Map<String, Object> row = e.getValue().get(i);
        for (Table.Column c : table.columns()) {
          Object expected = row.get(c.name());
          Object actual = read.get(i).get(c.name());
          sawNull |= expected == null;
          if (expected instanceof List<?> list) {
            sawList |= !list.isEmpty();
            List<String> items = new ArrayList<>();
            for (Object item : (List<?>) actual) items.add(item.toString());
            assertEquals(list, items, table + "." + c.name());
          } else if (expected instanceof LocalDate d) {
            assertEquals((int) d.toEpochDay(), actual, table + "." + c.name());
          } else {
            assertEquals(expected, actual == null ? null : actual instanceof CharSequence cs ? cs.toString() : actual,
                table + "." + c.name() + " of row " + i);
          }
        }
      }
    }
    assertTrue(sawNull && sawList, "the pages give null columns and non-empty lists");
  }

  private static List<GenericRecord> read(Path file) throws IOException {
    List<GenericRecord> out = new ArrayList<>();
    try (ParquetReader<GenericRecord> reader = AvroParquetReader.<GenericRecord>builder(local(file))
        .withConf(new Configuration(false)).build()) {
      for (GenericRecord r; (r = reader.read()) != null; ) out.add(r);
    }
    return out;
  }

  /** A local file as Parquet's input, without Hadoop's file systems. */
  private static InputFile local(Path file) {
    return new InputFile() {
      @Override
      public long getLength() throws IOException {
        return Files.size(file);
      }

      @Override
      public SeekableInputStream newStream() throws IOException {
        RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r");
        InputStream in = Channels.newInputStream(raf.getChannel());
        return new DelegatingSeekableInputStream(in) {
          @Override
          public long getPos() throws IOException {
            return raf.getFilePointer();
          }

          @Override
          public void seek(long newPos) throws IOException {
            raf.seek(newPos);
          }
        };
      }
    };
  }
}
