package org.newsmetrics.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.metrics.MetricQueryResults;
import org.apache.beam.sdk.metrics.MetricResult;
import org.apache.beam.sdk.metrics.MetricsFilter;
import org.apache.beam.sdk.values.PCollection;
import org.newsmetrics.core.PageProcessor;
import org.newsmetrics.io.PageLimits;
import org.newsmetrics.model.DocumentInfo;
import org.newsmetrics.report.ReportFiles;

/**
 * The news-metrics pipeline: GroupPages (list the input, spread the pages over groups of bounded
 * size) → ProcessPages (read, clean, split, extract and write each group's rows). When the run has
 * finished, the driver merges the groups' report summaries and input lists into {@code report.html}
 * and {@code _manifest.json}. Every input file reaches the documents table, failures included.
 */
public final class NewsMetricsPipeline {
  private NewsMetricsPipeline() {}

  /**
   * Adds the whole flow to {@code pipeline}, writing the tables into {@code outputDir}.
   *
   * @return every input file's documents row (status ok or error), as written to the documents table
   */
  public static PCollection<DocumentInfo> build(Pipeline pipeline, NewsMetricsOptions options, String outputDir) {
    return build(pipeline, options, outputDir, true);
  }

  /** The flow; a run asks for no documents rows, which only tests read (see {@link ProcessPages}). */
  private static PCollection<DocumentInfo> build(Pipeline pipeline, NewsMetricsOptions options, String outputDir,
      boolean documents) {
    long maxGroupBytes = Math.max(1, options.getGroupMegabytes()) * 1_000_000L;
    ProcessPages process = new ProcessPages(outputDir,
        new PageLimits(options.getMaxPageBytes(), options.getMaxLineChars()));
    return pipeline
        .apply("GroupPages", new GroupPages(options.getInput(), options.getPageGroups(), maxGroupBytes))
        .apply("ProcessPages", documents ? process.withDocuments() : process);
  }

  /**
   * Loads what processing and writing pages needs (dictionaries, lexicons, Parquet) by processing
   * and writing a small page into nowhere. Runs where pages are processed in this JVM call it on
   * another thread while Beam builds the pipeline; failures are left for the run to report.
   */
  public static void warmUp() {
    try {
      TableFiles.warmUp(PageProcessor.warmUp());
    } catch (IOException | RuntimeException e) {
      // the run itself meets the same problem and reports it where it belongs
    }
  }

  /** Builds and runs the pipeline to completion; returns what the run did. */
  public static RunSummary run(NewsMetricsOptions options) {
    Instant start = Instant.now();
    boolean atomic = options.getAtomicOutput() && OutputFolder.isLocal(options.getOutput());
    OutputFolder out = atomic ? OutputFolder.staged(options.getOutput()) : null;
    String writeTo = out != null ? out.writeLocation() : options.getOutput();
    Pipeline pipeline = Pipeline.create(options);
    build(pipeline, options, writeTo, false);
    try {
      if (out != null) out.begin();
      if (options.getRunner().getSimpleName().equals("DirectRunner")) {
        // return from run() at once, so the progress loop below can report while it works
        options.as(org.apache.beam.runners.direct.DirectOptions.class).setBlockOnRun(false);
      }
      PipelineResult result = pipeline.run();
      PipelineResult.State state = Progress.waitReporting(result, options.getProgressSeconds(), start);
      if (state != PipelineResult.State.DONE) {
        throw new IllegalStateException("the pipeline ended in state " + state);
      }
      Map<String, Long> counters = counters(result);
      if (out == null && OutputFolder.isLocal(options.getOutput())) out = OutputFolder.direct(options.getOutput());
      if (out != null) {
        GroupParts.Merged parts = GroupParts.mergeAndDelete(out.staging());
        ReportFiles.write(out.staging(), parts.report(), options.getJobName(), start.toString());
        out.completeTables();
        RunManifest.write(out.staging(), options, counters, parts.inputs(), start, Instant.now());
        new RunSummary(options.getJobName(), options.getOutput(), counters, Duration.between(start, Instant.now()))
            .writeJson(out.staging().resolve(RunSummary.FILE));
        out.commit();
      }
      return new RunSummary(options.getJobName(), options.getOutput(), counters, Duration.between(start, Instant.now()));
    } catch (IOException e) {
      if (out != null && atomic) out.abandon();
      throw new UncheckedIOException("cannot finish the output in " + options.getOutput(), e);
    } catch (RuntimeException e) {
      if (out != null) out.abandon();
      throw e;
    }
  }

  private static Map<String, Long> counters(PipelineResult result) {
    Map<String, Long> counters = new TreeMap<>();
    try {
      MetricQueryResults metrics = result.metrics().queryMetrics(MetricsFilter.builder().build());
      for (MetricResult<Long> c : metrics.getCounters()) {
        if (!c.getName().getNamespace().equals("news-metrics")) continue;
        counters.merge(c.getName().getName(), c.getAttempted(), Long::sum);
      }
    } catch (UnsupportedOperationException e) {
      // a runner without metrics support: the summary shows what it can
    }
    return counters;
  }
}
