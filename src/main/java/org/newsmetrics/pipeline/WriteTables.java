package org.newsmetrics.pipeline;

import java.util.List;
import java.util.Map;
import org.apache.avro.generic.GenericRecord;
import org.apache.beam.sdk.extensions.avro.coders.AvroCoder;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.PDone;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.newsmetrics.model.PageResult;
import org.newsmetrics.tables.AvroTables;
import org.newsmetrics.tables.Table;
import org.newsmetrics.tables.TableRows;

/** Writes every page's rows into the five Parquet tables under one output folder. */
final class WriteTables extends PTransform<PCollection<PageResult>, PDone> {
  /** Standard three-level LISTs, which every reader maps to a list column. */
  static final Map<String, String> PARQUET_CONFIG = Map.of("parquet.avro.write-old-list-structure", "false");

  private final String outputDir;
  private final int shards;

  /**
   * @param shards files per table; 0 lets the runner decide (one file per bundle, no shuffle of the
   *     rows — what the DirectRunner needs to keep memory flat)
   */
  WriteTables(String outputDir, int shards) {
    this.outputDir = outputDir.endsWith("/") ? outputDir : outputDir + "/";
    this.shards = shards;
  }

  @Override
  public PDone expand(PCollection<PageResult> results) {
    List<Table> tables = List.of(Table.values());
    TupleTag<GenericRecord> first = tag(tables.get(0));
    TupleTagList others = TupleTagList.empty();
    for (Table t : tables.subList(1, tables.size())) others = others.and(tag(t));
    PCollectionTuple rows = results.apply("ToRows", ParDo.of(new ToRowsFn()).withOutputTags(first, others));
    for (Table t : tables) {
      FileIO.Write<Void, GenericRecord> write = FileIO.<GenericRecord>write()
          .via(new ParquetSink(AvroTables.schema(t)))
          .to(outputDir + t.folder())
          .withPrefix("part")
          .withSuffix(".parquet");
      if (shards > 0) write = write.withNumShards(shards);
      rows.get(tag(t)).setCoder(AvroCoder.of(AvroTables.schema(t))).apply("Write " + t.folder(), write);
    }
    return PDone.in(results.getPipeline());
  }

  /** One tag per table; equal tags for equal tables, so the DoFn and the expansion agree. */
  static TupleTag<GenericRecord> tag(Table t) {
    return new TupleTag<>(t.folder());
  }

  static final class ToRowsFn extends DoFn<PageResult, GenericRecord> {
    private final Counter ok = Metrics.counter("news-metrics", "pages_ok");
    private final Counter failed = Metrics.counter("news-metrics", "pages_error");
    private final Counter articles = Metrics.counter("news-metrics", "articles");
    private final Counter removed = Metrics.counter("news-metrics", "removed_blocks");

    @ProcessElement
    public void process(@Element PageResult result, MultiOutputReceiver out) {
      if ("ok".equals(result.document().status())) ok.inc(); else failed.inc();
      articles.inc(result.articles().size());
      removed.inc(result.removed().size());
      result.metrics().forEach(m -> Metrics.counter("news-metrics", "metric_" + m.metric()).inc());
      for (TableRows.Row row : TableRows.rows(result)) {
        Metrics.counter("news-metrics", "rows_" + row.table().folder()).inc();
        out.get(tag(row.table())).output(AvroTables.toRecord(row.table(), row.values()));
      }
    }
  }
}
