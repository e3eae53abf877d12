package org.newsmetrics.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.metrics.MetricQueryResults;
import org.apache.beam.sdk.metrics.MetricResult;
import org.apache.beam.sdk.metrics.MetricsFilter;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.newsmetrics.io.PageLimits;
import org.newsmetrics.model.PageResult;

/**
 * The news-metrics pipeline: ReadPages → CleanPages → SplitArticles → ExtractMetrics → WriteTables.
 * Every stage's failures join the results, so each input file reaches the documents table.
 */
public final class NewsMetricsPipeline {
  private NewsMetricsPipeline() {}

  /**
   * Adds the whole flow to {@code pipeline}, writing the tables into {@code outputDir}.
   *
   * @return every page's result, failures included (one per input file)
   */
  public static PCollection<PageResult> build(Pipeline pipeline, NewsMetricsOptions options, String outputDir) {
    PCollectionTuple read = pipeline.apply("ReadPages", new ReadPages(options.getInput(),
        new PageLimits(options.getMaxPageBytes(), options.getMaxLineChars()), options.getPageGroups()));
    PCollectionTuple clean = read.get(ReadPages.PAGES).apply("CleanPages", new Stages.CleanPages());
    PCollectionTuple split = clean.get(Stages.CLEAN).apply("SplitArticles", new Stages.SplitArticles());
    PCollectionTuple extracted = split.get(Stages.LAID_OUT).apply("ExtractMetrics", new Stages.ExtractMetrics());
    PCollection<PageResult> all = PCollectionList.of(extracted.get(Stages.RESULTS))
        .and(read.get(FailSafeStageFn.FAILED))
        .and(clean.get(FailSafeStageFn.FAILED))
        .and(split.get(FailSafeStageFn.FAILED))
        .and(extracted.get(FailSafeStageFn.FAILED))
        .apply("AllPages", Flatten.pCollections())
        .setCoder(SerializableCoder.of(PageResult.class));
    all.apply("WriteTables", new WriteTables(outputDir, tableShards(options)));
    read.get(ReadPages.INPUTS).apply("WriteInputList", new WriteInputList(outputDir));
    all.apply("WriteReport", new WriteReport(outputDir, options.getJobName(), java.time.Instant.now().toString()));
    return all;
  }

  /**
   * Files per table. The DirectRunner writes one file per bundle (no shuffle, flat memory); other
   * runners get a fixed number: with runner-determined sharding the Spark runner finalizes each
   * partition's files under the same names, and all but one partition's rows were lost.
   */
  static int tableShards(NewsMetricsOptions options) {
    if (options.getTableShards() > 0) return options.getTableShards();
    return options.getRunner().getSimpleName().equals("DirectRunner") ? 0 : 4;
  }

  /** Builds and runs the pipeline to completion; returns what the run did. */
  public static RunSummary run(NewsMetricsOptions options) {
    Instant start = Instant.now();
    boolean atomic = options.getAtomicOutput() && OutputFolder.isLocal(options.getOutput());
    OutputFolder out = atomic ? OutputFolder.staged(options.getOutput()) : null;
    String writeTo = out != null ? out.writeLocation() : options.getOutput();
    Pipeline pipeline = Pipeline.create(options);
    build(pipeline, options, writeTo);
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
        out.completeTables();
        RunManifest.write(out.staging(), options, counters, start, Instant.now());
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
