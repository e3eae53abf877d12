package org.newsmetrics.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmetrics.pipeline.NewsMetricsOptions;
import org.newsmetrics.pipeline.NewsMetricsPipeline;

/**
 * A run replaces the output only when it finishes: a run killed midway leaves the previous tables,
 * manifest and marker exactly as they were.
 */
class AtomicOutputTest {
  @TempDir Path tmp;

  @Test
  void aKilledRunLeavesThePreviousOutputIntact() throws Exception {
    Path out = tmp.resolve("out");
    NewsMetricsPipeline.run(PipelineOptionsFactory.fromArgs("--input=seeds/*.txt", "--output=" + out)
        .as(NewsMetricsOptions.class));
    assertTrue(Files.exists(out.resolve("_SUCCESS")));
    assertTrue(Files.exists(out.resolve("_manifest.json")));
    Map<String, Long> before = snapshot(out);

    // A corpus big enough that the run is still going when it is killed.
    Path corpus = Files.createDirectories(tmp.resolve("corpus"));
    String page = Files.readString(Path.of("seeds", "002_743f83fd17175aa3.txt"));
    for (int i = 0; i < 400; i++) Files.writeString(corpus.resolve("p" + i + ".txt"), page.replace("6月", (i % 12 + 1) + "月"));
    Process run = new ProcessBuilder(javaBin(), "-cp", System.getProperty("java.class.path"),
        "org.newsmetrics.cli.Main", "--input=" + corpus + "/*.txt", "--output=" + out)
        .redirectErrorStream(true).redirectOutput(tmp.resolve("run.log").toFile()).start();
    try {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
      while (!stagingExists(tmp) && run.isAlive() && System.nanoTime() < deadline) Thread.sleep(50);
      assertTrue(stagingExists(tmp) || !run.isAlive(), "the run never started");
      Thread.sleep(1500); // well into reading and writing
    } finally {
      run.destroyForcibly();
      assertTrue(run.waitFor(30, TimeUnit.SECONDS));
    }
    org.junit.jupiter.api.Assumptions.assumeTrue(run.exitValue() != 0, "the run finished before it could be killed");
    assertEquals(before, snapshot(out), "the previous output changed");
  }

  @Test
  void aRunThatFailsLeavesThePreviousOutputIntactAndNoStagingBehind() throws Exception {
    Path out = tmp.resolve("out");
    NewsMetricsPipeline.run(PipelineOptionsFactory.fromArgs("--input=seeds/*.txt", "--output=" + out)
        .as(NewsMetricsOptions.class));
    Map<String, Long> before = snapshot(out);
    // An input glob that cannot be expanded fails the run after it started.
    assertThrows(RuntimeException.class, () -> NewsMetricsPipeline.run(PipelineOptionsFactory
        .fromArgs("--input=seeds/[*.txt", "--output=" + out).as(NewsMetricsOptions.class)));
    assertEquals(before, snapshot(out));
    assertFalse(stagingExists(tmp), "the failed run's staging folder was left behind");
  }

  private static boolean stagingExists(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) return false;
    try (Stream<Path> s = Files.list(dir)) {
      return s.anyMatch(p -> p.getFileName().toString().startsWith(".out.staging-"));
    }
  }

  /** Every file under the folder with its size and modification time. */
  private static Map<String, Long> snapshot(Path root) throws IOException {
    Map<String, Long> m = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        m.put(root.relativize(p) + " size", Files.size(p));
        m.put(root.relativize(p) + " mtime", Files.getLastModifiedTime(p).toMillis());
      }
    }
    return m;
  }

  private static String javaBin() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

}
