package org.newsmetrics.pipeline;

import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

/** What a run did, from the pipeline's counters: printed at the end of every run. */
public record RunSummary(String job, String output, Map<String, Long> counters, Duration wallTime) {
  /** The summary of a finished run, beside its tables. */
  public static final String FILE = "_summary.json";

  /** The summary as the JSON written to {@link #FILE}. */
  public Map<String, Object> toMap() {
    Map<String, Object> m = new java.util.LinkedHashMap<>();
    m.put("job", job);
    m.put("output", output);
    m.put("pages_read", count("pages_read"));
    m.put("pages_ok", count("pages_ok"));
    m.put("pages_error", count("pages_error"));
    m.put("articles", count("articles"));
    m.put("metrics", metricsByType().values().stream().mapToLong(Long::longValue).sum());
    m.put("metrics_by_type", metricsByType());
    m.put("removed_blocks", count("removed_blocks"));
    m.put("bytes_read", count("bytes_read"));
    m.put("wall_seconds", wallTime.toMillis() / 1000.0);
    m.put("stage_cpu_ms", stageMillis());
    return m;
  }

  void writeJson(java.nio.file.Path file) throws java.io.IOException {
    new com.fasterxml.jackson.databind.ObjectMapper().enable(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT)
        .writeValue(file.toFile(), toMap());
  }

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
