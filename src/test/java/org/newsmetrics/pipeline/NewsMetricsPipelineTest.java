package org.newsmetrics.pipeline;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.File;
import java.util.HashSet;
import java.util.Set;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.values.PCollection;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.newsmetrics.model.PageResult;

/** The whole pipeline on {@code seeds/} with {@link TestPipeline} and {@link PAssert}. */
public class NewsMetricsPipelineTest {
  @Rule public final transient TestPipeline pipeline = TestPipeline.create();
  @Rule public final transient TemporaryFolder tmp = new TemporaryFolder();

  @Test
  public void everySeedPageIsReadSplitAndWritten() throws Exception {
    NewsMetricsOptions options = PipelineOptionsFactory.as(NewsMetricsOptions.class);
    options.setInput("seeds/*.txt");
    options.setMaxPageBytes(64L << 20);
    File out = tmp.newFolder("out");
    PCollection<PageResult> results = NewsMetricsPipeline.build(pipeline, options, out.getPath());

    PAssert.that(results).satisfies(all -> {
      Set<String> docs = new HashSet<>();
      for (PageResult r : all) {
        docs.add(r.document().docId());
        assertEquals(r.document().docId() + " status", "ok", r.document().status());
        assertTrue(r.document().docId() + " has articles", !r.articles().isEmpty());
        assertEquals(r.articles().size(), r.document().nArticles());
        assertEquals(r.metrics().size(), r.document().nMetrics());
        r.articles().forEach(a -> assertTrue(a.articleId().startsWith(a.docId() + "#")));
        r.metrics().forEach(m -> assertTrue(m.metricId().startsWith(m.articleId() + "/m")));
      }
      assertEquals(Set.of("000_9fc27b00f039a992", "001_caea3869aa00dcb1", "002_743f83fd17175aa3",
          "003_791e4569c83e3c52", "004_10460282b4d5cf09"), docs);
      return null;
    });
    pipeline.run().waitUntilFinish();

    for (String table : new String[] {"documents", "articles", "metrics", "removed", "errors"}) {
      File[] files = new File(out, table).listFiles((d, n) -> n.endsWith(".parquet"));
      assertTrue(table + " written", (files != null && files.length > 0) || table.equals("removed") || table.equals("errors"));
    }
  }
}
