package org.newsmetrics.layout;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.newsmetrics.core.PageProcessor;
import org.newsmetrics.jmh.Samples;
import org.newsmetrics.model.Page;
import org.newsmetrics.text.TextNorm;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Furniture classification per line, and the whole cleaning stage per page. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class FurnitureBench {
  private List<String> forms;
  private List<Page> pages;
  private final PageProcessor processor = new PageProcessor();

  @Setup
  public void load() {
    forms = Samples.lines().stream().map(TextNorm::match).toList();
    pages = Samples.pageRecords();
    LayoutRules.get();
  }

  @Benchmark
  public int classifySampleLines() {
    int n = 0;
    for (String f : forms) if (LayoutRules.get().furniture(f) != null) n++;
    return n;
  }

  @Benchmark
  public int cleanSamplePages() {
    int n = 0;
    for (Page p : pages) n += processor.clean(p).paragraphs().size();
    return n;
  }
}
