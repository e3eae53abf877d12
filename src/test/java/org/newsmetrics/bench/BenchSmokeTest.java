package org.newsmetrics.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmark as a smoke test: a small corpus, the pipeline and the plain loop agree on the rows,
 * and the JSON line has its fields. Times are printed, never asserted.
 */
class BenchSmokeTest {
  @TempDir Path tmp;

  @Test
  void aSmallBenchmarkRunsEndToEnd() throws Exception {
    Map<String, Object> r = BenchCommand.run(List.of("--size-mb=1", "--corpus=" + tmp.resolve("corpus"),
        "--output=" + tmp.resolve("out"), "--progressSeconds=0"));
    System.out.println("bench smoke: " + BenchCommand.json(r));
    for (String k : List.of("corpus_mb", "pages", "wall_seconds", "mb_per_s", "pages_per_s", "peak_heap_mb",
        "stages", "loop_seconds", "beam_over_loop")) {
      assertTrue(r.containsKey(k), k);
    }
    assertTrue(((Number) r.get("corpus_mb")).doubleValue() >= 1.0);
    assertEquals(r.get("loop_rows"), r.get("rows"), "the pipeline and the plain loop produce the same number of rows");
    assertTrue(Files.exists(tmp.resolve("out").resolve("_SUCCESS")));
  }

  @Test
  void theCorpusIsDeterministic() {
    CorpusGenerator a = new CorpusGenerator(42), b = new CorpusGenerator(42);
    for (int i = 0; i < 20; i++) assertEquals(a.page(i), b.page(i));
    assertTrue(!a.page(0).equals(a.page(1)) || !a.page(1).equals(a.page(2)), "pages vary");
  }
}
