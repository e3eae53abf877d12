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
import org.newsmetrics.io.PageLimits;
import org.newsmetrics.model.DocumentInfo;

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
    PCollection<DocumentInfo> documents = NewsMetricsPipeline.build(pipeline, options, out.getPath());

    PAssert.that(documents).satisfies(all -> {
      Set<String> docs = new HashSet<>();
      for (DocumentInfo d : all) {
        assertTrue(d.docId() + " read once", docs.add(d.docId()));
        assertEquals(d.docId() + " status", "ok", d.status());
        assertTrue(d.docId() + " has articles", d.nArticles() > 0);
        assertTrue(d.docId() + " has metrics", d.nMetrics() > 0);
      }
      assertEquals(Set.of("000_9fc27b00f039a992", "001_caea3869aa00dcb1", "002_743f83fd17175aa3",
          "003_791e4569c83e3c52", "004_10460282b4d5cf09"), docs);
      return null;
    });
    pipeline.run().waitUntilFinish();

    for (String table : new String[] {"documents", "articles", "metrics", "removed"}) {
      File[] files = new File(out, table).listFiles((d, n) -> n.matches("part-\\d{5}\\.parquet"));
      assertTrue(table + " written", files != null && files.length > 0);
    }
    File[] parts = new File(out, "_parts").listFiles((d, n) -> n.matches("group-\\d{5}\\.bin"));
    assertTrue("group summaries written for the driver", parts != null && parts.length > 0);
  }

  /**
   * A run's step emits nothing: the DirectRunner would hold every element of a PCollection that no
   * step reads until the run ends, so per-page rows there made memory grow with the corpus.
   */
  @Test
  public void aRunsProcessingStepWritesTheTablesAndEmitsNoElements() throws Exception {
    File out = tmp.newFolder("out");
    PCollection<DocumentInfo> emitted = pipeline
        .apply(new GroupPages("seeds/*.txt", 2, 1_000_000))
        .apply(new ProcessPages(out.getPath(), PageLimits.DEFAULT));
    PAssert.that(emitted).empty();
    pipeline.run().waitUntilFinish();

    File[] documents = new File(out, "documents").listFiles((d, n) -> n.endsWith(".parquet"));
    assertTrue("documents written", documents != null && documents.length == 2);
  }
}
