package org.newsmetrics.pipeline;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.metrics.MetricNameFilter;
import org.apache.beam.sdk.metrics.MetricResult;
import org.apache.beam.sdk.metrics.MetricsFilter;
import org.joda.time.Duration;

/** Waits for a run and prints, at a steady interval, how many pages it has processed and how fast. */
final class Progress {
  private Progress() {}

  static PipelineResult.State waitReporting(PipelineResult result, int intervalSeconds, Instant start) {
    if (intervalSeconds <= 0) return result.waitUntilFinish();
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    PipelineResult.State state = result.waitUntilFinish(Duration.standardSeconds(intervalSeconds));
    while (state == null || !state.isTerminal()) {
      report(result, start, err);
      state = result.waitUntilFinish(Duration.standardSeconds(intervalSeconds));
    }
    return state;
  }

  private static void report(PipelineResult result, Instant start, PrintStream err) {
    long pages = 0, bytes = 0;
    try {
      MetricsFilter filter = MetricsFilter.builder()
          .addNameFilter(MetricNameFilter.named("news-metrics", "pages_read"))
          .addNameFilter(MetricNameFilter.named("news-metrics", "bytes_read")).build();
      for (MetricResult<Long> c : result.metrics().queryMetrics(filter).getCounters()) {
        if (c.getName().getName().equals("pages_read")) pages += c.getAttempted();
        else bytes += c.getAttempted();
      }
    } catch (RuntimeException e) {
      return; // a runner that cannot report metrics while running
    }
    double seconds = Math.max(0.001, java.time.Duration.between(start, Instant.now()).toMillis() / 1000.0);
    err.printf("progress: %d pages read, %.1f MB, %.2f MB/s, %.0f s%n", pages, bytes / 1e6, bytes / 1e6 / seconds, seconds);
  }
}
