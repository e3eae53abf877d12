package org.newsmetrics.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.newsmetrics.core.PageProcessor;
import org.newsmetrics.io.PageReader;
import org.newsmetrics.model.PageResult;
import org.newsmetrics.pipeline.NewsMetricsOptions;
import org.newsmetrics.pipeline.NewsMetricsPipeline;
import org.newsmetrics.pipeline.RunSummary;
import org.newsmetrics.pipeline.RunnerDefaults;
import org.newsmetrics.tables.TableRows;

/**
 * {@code bench --size-mb=N [--runner=…] [--corpus=DIR] [--keep]}: generates a deterministic corpus,
 * runs the pipeline on it, runs the plain-Java core over the same files in a simple loop on all
 * cores (the practical limit of this machine), and prints one JSON line with both.
 */
public final class BenchCommand {
  private BenchCommand() {}

  public static Map<String, Object> run(List<String> args) throws Exception {
    double sizeMb = 5;
    Path corpus = null, output = null;
    boolean keep = false;
    List<String> beamArgs = new ArrayList<>();
    for (String a : args) {
      if (a.startsWith("--size-mb=")) sizeMb = Double.parseDouble(a.substring("--size-mb=".length()));
      else if (a.startsWith("--corpus=")) corpus = Path.of(a.substring("--corpus=".length()));
      else if (a.startsWith("--output=")) output = Path.of(a.substring("--output=".length()));
      else if (a.equals("--keep")) keep = true;
      else beamArgs.add(a);
    }
    Path work = Files.createTempDirectory("news-metrics-bench");
    if (corpus == null) corpus = work.resolve("corpus");
    if (output == null) output = work.resolve("out");
    int pages;
    try (Stream<Path> existing = Files.isDirectory(corpus) ? Files.list(corpus) : Stream.empty()) {
      long have = existing.count();
      pages = have > 0 ? (int) have : new CorpusGenerator(42).write(corpus, sizeMb);
    }
    long bytes = sizeOf(corpus);
    double mb = bytes / 1e6;

    Map<String, Object> out = new LinkedHashMap<>();
    out.put("corpus_mb", round(mb));
    out.put("pages", pages);

    beamArgs.add("--input=" + corpus + "/*.txt");
    beamArgs.add("--output=" + output);
    Map<String, String> named = new LinkedHashMap<>();
    List<String> flags = new ArrayList<>();
    for (String a : beamArgs) {
      int eq = a.indexOf('=');
      if (a.startsWith("--") && eq > 2) named.put(a.substring(2, eq), a.substring(eq + 1));
      else flags.add(a);
    }
    named.putIfAbsent("runner", "DirectRunner");
    RunnerDefaults.addTo(named);
    beamArgs.clear();
    beamArgs.addAll(flags);
    named.forEach((k, v) -> beamArgs.add("--" + k + "=" + v));
    PipelineOptionsFactory.register(NewsMetricsOptions.class);
    NewsMetricsOptions options = PipelineOptionsFactory.fromArgs(beamArgs.toArray(String[]::new)).as(NewsMetricsOptions.class);
    if (options.getJobName() == null || options.getJobName().isEmpty()) options.setJobName("bench");

    // Every class either side loads (Avro, Parquet, Beam's options) is loaded before either is
    // timed. A class loaded later that subclasses a JDK collection (Avro's Schema$LockableArrayList
    // extends ArrayList) invalidates every method the JIT compiled on the assumption that it had no
    // subclass: loaded after the loop, it made the pipeline recompile the whole core again. The
    // run command loads them the same way, on its warm-up thread, before any page.
    NewsMetricsPipeline.warmUp();
    // The plain-Java loop first: it shares no objects with the pipeline, only the compiled code.
    long t0 = System.nanoTime();
    long loopRows = loop(corpus);
    double loopSeconds = (System.nanoTime() - t0) / 1e9;

    RunSummary summary = NewsMetricsPipeline.run(options);
    double seconds = summary.wallTime().toNanos() / 1e9;

    out.put("runner", options.getRunner().getSimpleName());
    out.put("wall_seconds", round(seconds));
    out.put("mb_per_s", round(mb / seconds));
    out.put("pages_per_s", round(pages / seconds));
    out.put("peak_heap_mb", round(peakHeapBytes() / 1e6));
    Map<String, Object> stages = new LinkedHashMap<>();
    summary.stageMillis().forEach((k, v) -> stages.put(k + "_cpu_s", round(v / 1000.0)));
    out.put("stages", stages);
    out.put("rows", summary.count("rows_documents") + summary.count("rows_articles") + summary.count("rows_metrics")
        + summary.count("rows_removed") + summary.count("rows_errors"));
    out.put("loop_seconds", round(loopSeconds));
    out.put("loop_mb_per_s", round(mb / loopSeconds));
    out.put("loop_rows", loopRows);
    out.put("beam_over_loop", round(seconds / loopSeconds));
    out.put("cores", Runtime.getRuntime().availableProcessors());
    out.put("max_heap_mb", round(Runtime.getRuntime().maxMemory() / 1e6));
    if (!keep) deleteRecursively(work);
    return out;
  }

  /** Reads and processes every page on all cores, building the table rows, writing nothing. */
  static long loop(Path corpus) throws Exception {
    List<Path> files;
    try (Stream<Path> s = Files.list(corpus)) {
      files = s.sorted().toList();
    }
    int threads = Runtime.getRuntime().availableProcessors();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    AtomicLong rows = new AtomicLong();
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int first = t;
        futures.add(pool.submit(() -> {
          PageProcessor processor = new PageProcessor();
          for (int i = first; i < files.size(); i += threads) {
            PageResult r;
            try {
              r = processor.process(PageReader.read(files.get(i)));
            } catch (IOException | RuntimeException e) {
              continue;
            }
            rows.addAndGet(TableRows.rows(r).size());
          }
          return null;
        }));
      }
      for (Future<?> f : futures) f.get();
    } finally {
      pool.shutdownNow();
    }
    return rows.get();
  }

  public static String json(Map<String, Object> result) throws IOException {
    return new ObjectMapper().writeValueAsString(result);
  }

  private static long sizeOf(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.mapToLong(p -> p.toFile().length()).sum();
    }
  }

  private static long peakHeapBytes() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) peak += pool.getPeakUsage().getUsed();
    }
    return peak;
  }

  private static double round(double v) {
    return Math.round(v * 100) / 100.0;
  }

  private static void deleteRecursively(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}
