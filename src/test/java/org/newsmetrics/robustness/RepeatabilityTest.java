package org.newsmetrics.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmetrics.pipeline.NewsMetricsOptions;
import org.newsmetrics.pipeline.NewsMetricsPipeline;
import org.newsmetrics.tables.Table;

/** The same input gives identical rows, run after run, in every table. */
class RepeatabilityTest {
  @TempDir Path tmp;

  @Test
  void twoRunsWriteIdenticalRows() throws Exception {
    Path a = tmp.resolve("a"), b = tmp.resolve("b");
    for (Path out : new Path[] {a, b}) {
      NewsMetricsPipeline.run(PipelineOptionsFactory.fromArgs("--input=seeds/*.txt", "--output=" + out,
          "--targetParallelism=2").as(NewsMetricsOptions.class));
    }
    for (Table t : Table.values()) {
      // source_path is the same file in both runs; every column is compared
      var rowsA = Tables.rows("SELECT * FROM " + Tables.table(a, t.folder()) + " ORDER BY ALL");
      var rowsB = Tables.rows("SELECT * FROM " + Tables.table(b, t.folder()) + " ORDER BY ALL");
      assertEquals(rowsA, rowsB, t.folder());
      if (t == Table.ARTICLES || t == Table.DOCUMENTS) assertFalse(rowsA.isEmpty(), t.folder());
    }
  }
}
