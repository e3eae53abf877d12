package org.newsmetrics.pipeline;

import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

/** What a run did, from the pipeline's counters: printed at the end of every run. */
public record RunSummary(String job, String output, Map<String, Long> counters, Duration wallTime) {

  public long count(String name) {
    return counters.getOrDefault(name, 0L);
  }

  /** Metrics found, by type. */
  public Map<String, Long> metricsByType() {
    return counters.entrySet().stream().filter(e -> e.getKey().startsWith("metric_"))
        .collect(Collectors.toMap(e -> e.getKey().substring("metric_".length()), Map.Entry::getValue,
            Long::sum, java.util.TreeMap::new));
  }

  /** CPU time spent in each stage's code, in milliseconds, from the stages' timers. */
  public Map<String, Long> stageMillis() {
    return counters.entrySet().stream().filter(e -> e.getKey().endsWith("_micros"))
        .collect(Collectors.toMap(e -> e.getKey().substring(0, e.getKey().length() - "_micros".length()),
            e -> e.getValue() / 1000, Long::sum, java.util.TreeMap::new));
  }

  public String format() {
    long metrics = metricsByType().values().stream().mapToLong(Long::longValue).sum();
    return String.format(
        "job %s → %s%n  pages: %d read, %d ok, %d error%n  articles: %d%n  metrics: %d %s%n"
            + "  removed blocks: %d%n  wall time: %.1f s",
        job, output, count("pages_read"), count("pages_ok"), count("pages_error"), count("articles"),
        metrics, metricsByType(), count("removed_blocks"), wallTime.toMillis() / 1000.0);
  }
}
