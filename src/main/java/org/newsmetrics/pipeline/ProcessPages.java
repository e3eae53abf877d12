package org.newsmetrics.pipeline;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.newsmetrics.core.PageProcessor;
import org.newsmetrics.core.StageTimes;
import org.newsmetrics.io.PageLimits;
import org.newsmetrics.model.DocumentInfo;
import org.newsmetrics.model.PageResult;
import org.newsmetrics.report.ReportData;
import org.newsmetrics.tables.TableRows;

/**
 * Reads, processes and writes each page group: every page of the group goes through
 * {@link PageProcessor} (clean, split, extract — a failing stage makes an error row, never a failed
 * run) and its rows straight into the group's Parquet files ({@link TableFiles}); the group's report
 * summary and input list go to {@link GroupParts}. The output is each page's documents row when
 * asked for ({@link #withDocuments}), for tests; a run asks for none, because the DirectRunner keeps
 * every element of a PCollection nothing reads until the run ends, which made a run's memory grow
 * with the number of pages (about 400 bytes a page, 33 000 pages' rows held after a minute).
 *
 * <p>One step rather than one per stage, so that no page, clean page or result is ever a
 * PCollection element: runners that fuse steps (Flink, Spark) would run the stages together anyway,
 * and the DirectRunner, which does not, would hold every group's intermediate results in memory
 * and pay its per-bundle cost once per stage and table. Here memory is bounded by a group's size
 * and the output of a group depends on nothing but its pages.
 */
final class ProcessPages extends PTransform<PCollection<KV<Integer, Iterable<KV<String, Boolean>>>>, PCollection<DocumentInfo>> {
  private final String outputDir;
  private final PageLimits limits;
  private final boolean documents;

  ProcessPages(String outputDir, PageLimits limits) {
    this(outputDir, limits, false);
  }

  private ProcessPages(String outputDir, PageLimits limits, boolean documents) {
    this.outputDir = outputDir;
    this.limits = limits;
    this.documents = documents;
  }

  /** The same step, emitting each page's documents row. */
  ProcessPages withDocuments() {
    return new ProcessPages(outputDir, limits, true);
  }

  @Override
  public PCollection<DocumentInfo> expand(PCollection<KV<Integer, Iterable<KV<String, Boolean>>>> groups) {
    return groups.apply("Process", ParDo.of(new ProcessFn(outputDir, limits, documents)))
        .setCoder(SerializableCoder.of(DocumentInfo.class));
  }

  static final class ProcessFn extends DoFn<KV<Integer, Iterable<KV<String, Boolean>>>, DocumentInfo> {
    static final String NAMESPACE = "news-metrics";
    private final String outputDir;
    private final PageLimits limits;
    private final boolean documents;
    private transient PageProcessor processor;
    private transient Map<String, Counter> counters;

    ProcessFn(String outputDir, PageLimits limits, boolean documents) {
      this.outputDir = outputDir;
      this.limits = limits;
      this.documents = documents;
    }

    @Setup
    public void setup() {
      processor = new PageProcessor();
      counters = new HashMap<>();
    }

    @ProcessElement
    public void process(@Element KV<Integer, Iterable<KV<String, Boolean>>> group, OutputReceiver<DocumentInfo> out)
        throws IOException {
      Map<String, Boolean> forReport = new TreeMap<>();
      group.getValue().forEach(p -> forReport.put(p.getKey(), p.getValue()));
      List<String> paths = new ArrayList<>(forReport.keySet());
      Tally tally = new Tally();
      StageTimes times = new StageTimes();
      ReportData report = ReportData.empty();
      List<InputFile> inputs = new ArrayList<>();
      try (TableFiles files = new TableFiles(outputDir, group.getKey())) {
        for (String path : paths) {
          long t0 = times.now();
          PageFiles.Read read = PageFiles.read(path, limits);
          tally.add(PageFiles.STAGE + "_micros", (times.now() - t0) / 1000);
          inputs.add(read.input());
          PageResult result = read.page() != null ? processor.process(read.page(), times) : read.failed();
          tally.count(read, result);
          report.add(result, forReport.get(path));
          long t1 = times.now();
          List<TableRows.Row> rows = TableRows.rows(result);
          for (TableRows.Row row : rows) tally.add("rows_" + row.table().folder(), 1);
          files.write(rows);
          tally.add("write_micros", (times.now() - t1) / 1000);
          if (documents) out.output(result.document());
        }
        long t2 = times.now();
        files.close(); // footers: part of writing (closing again below does nothing)
        tally.add("write_micros", (times.now() - t2) / 1000);
      }
      GroupParts.write(outputDir, new GroupParts.Part(group.getKey(), inputs, report));
      tally.add(PageProcessor.STAGE_CLEAN + "_micros", times.cleanNanos() / 1000);
      tally.add(PageProcessor.STAGE_SPLIT + "_micros", times.splitNanos() / 1000);
      tally.add(PageProcessor.STAGE_METRICS + "_micros", times.metricsNanos() / 1000);
      // counters once per group, not per row: the runner's metric updates are not free
      tally.counts.forEach((name, n) -> counters.computeIfAbsent(name, k -> Metrics.counter(NAMESPACE, k)).inc(n));
    }
  }

  /** The counters of one group, summed before they reach the runner. */
  private static final class Tally {
    final Map<String, Long> counts = new TreeMap<>();

    void add(String name, long n) {
      counts.merge(name, n, Long::sum);
    }

    void count(PageFiles.Read read, PageResult result) {
      add("pages_read", 1);
      if (read.input().sizeBytes() > 0) add("bytes_read", read.input().sizeBytes());
      boolean ok = DocumentInfo.OK.equals(result.document().status());
      add(ok ? "pages_ok" : "pages_error", 1);
      if (!ok && !result.errors().isEmpty()) add(result.errors().get(0).stage() + "_failures", 1);
      add("articles", result.articles().size());
      add("removed_blocks", result.removed().size());
      result.metrics().forEach(m -> add("metric_" + m.metric(), 1));
    }
  }
}
