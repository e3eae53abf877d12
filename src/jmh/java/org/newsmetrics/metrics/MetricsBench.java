package org.newsmetrics.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.newsmetrics.core.PageProcessor;
import org.newsmetrics.jmh.Samples;
import org.newsmetrics.model.Article;
import org.newsmetrics.model.LaidOutPage;
import org.newsmetrics.model.Page;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Cue-word matching and attribution (the metric extractor over the sample pages' articles), and
 * HanLP segmentation with place/organisation recognition on the sentences that hold figures.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class MetricsBench {
  private final List<LaidOutPage> pages = new ArrayList<>();
  private final List<String> figureSentences = new ArrayList<>();
  private final MetricExtractor extractor = new MetricExtractor();

  @Setup
  public void load() {
    PageProcessor processor = new PageProcessor();
    for (Page p : Samples.pageRecords()) pages.add(processor.split(processor.clean(p)));
    for (LaidOutPage lp : pages) {
      for (Article a : lp.articles()) {
        for (String s : a.body().split("[。！？\\n]")) if (s.matches(".*\\d.*")) figureSentences.add(s);
      }
    }
    Places.segment("预热");
  }

  @Benchmark
  public int extractSampleArticles() {
    int n = 0;
    for (LaidOutPage lp : pages) {
      PageContext ctx = new PageContext(lp.clean().page().docId(), lp.clean().publicationDate(), lp.clean().publication(),
          lp.articles());
      for (Article a : lp.articles()) n += extractor.extract(a, ctx).size();
    }
    return n;
  }

  @Benchmark
  public int hanlpOnFigureSentences() {
    int n = 0;
    for (String s : figureSentences) n += Places.segment(s).size();
    return n;
  }
}
