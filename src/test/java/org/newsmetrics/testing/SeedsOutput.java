package org.newsmetrics.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.newsmetrics.pipeline.NewsMetricsOptions;
import org.newsmetrics.pipeline.NewsMetricsPipeline;
import org.newsmetrics.pipeline.RunSummary;

/**
 * The default job's output on {@code seeds/}, produced once per test JVM and shared by the tests
 * that only read it (the contract test, the quickstart test), so the suite runs the pipeline once.
 */
public final class SeedsOutput {
  private static Path output;
  private static RunSummary summary;

  private SeedsOutput() {}

  public static synchronized Path path() {
    if (output == null) {
      try {
        Path dir = Files.createTempDirectory("news-metrics-seeds");
        dir.toFile().deleteOnExit();
        Path out = dir.resolve("seeds");
        NewsMetricsOptions options = PipelineOptionsFactory.fromArgs("--input=seeds/*.txt", "--output=" + out,
            "--jobName=seeds").as(NewsMetricsOptions.class);
        summary = NewsMetricsPipeline.run(options);
        output = out;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return output;
  }

  public static synchronized RunSummary summary() {
    path();
    return summary;
  }
}
