package org.newsmetrics.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.newsmetrics.bench.CorpusGenerator;
import org.newsmetrics.core.PageProcessor;
import org.newsmetrics.io.PageReader;
import org.newsmetrics.model.Article;
import org.newsmetrics.model.LaidOutPage;
import org.newsmetrics.model.Metric;
import org.newsmetrics.model.Page;

/**
 * The extractor asks HanLP only when its tokens can change a figure's subject, and only for a
 * sentence's words up to the clause of its last figure. The figures must be exactly those of an
 * extractor that segments every subject's whole sentence, as it did before.
 */
class LazySegmentationTest {

  private static List<Metric> metrics(MetricExtractor extractor, LaidOutPage laid) {
    PageContext context = new PageContext(laid.clean().page().docId(), laid.clean().publicationDate(),
        laid.clean().publication(), laid.articles());
    List<Metric> out = new ArrayList<>();
    for (Article a : laid.articles()) out.addAll(extractor.extract(a, context));
    return out;
  }

  private static int assertSameFigures(List<Page> pages) {
    PageProcessor processor = new PageProcessor();
    MetricExtractor lazy = new MetricExtractor();
    MetricExtractor always = new MetricExtractor(true);
    int n = 0;
    for (Page page : pages) {
      LaidOutPage laid = processor.split(processor.clean(page));
      List<Metric> expected = metrics(always, laid);
      assertEquals(expected, metrics(lazy, laid), page.sourcePath());
      n += expected.size();
    }
    return n;
  }

  private static List<Page> read(Path dir) throws IOException {
    List<Page> out = new ArrayList<>();
    try (Stream<Path> s = Files.list(dir)) {
      for (Path f : s.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) out.add(PageReader.read(f));
    }
    return out;
  }

  @Test
  void seedAndTestPagesGiveTheSameFigures() throws IOException {
    List<Page> pages = new ArrayList<>(read(Path.of("seeds")));
    pages.addAll(read(Path.of("src/test/resources/pages")));
    assertTrue(assertSameFigures(pages) > 100);
  }

  /**
   * HanLP reads a window only from the clause of the candidate found without it (or of the first
   * word that may end a firm's name, for money): places it finds in earlier clauses, names split by
   * a digit group's comma, firms that beat a region wherever they stand.
   */
  @Test
  void clausesBeforeTheSubjectAreNotSegmented() {
    String text = String.join("\n",
        "各地项目建设提速",
        "",
        "本报讯 今年以来，温州新签约项目38个，锡山区新签约项目25个，总投资120亿元。",
        "1-10月，成都规上工业总产值达1,200亿元，同比增长8.5%；义乌完成固定资产投资320亿元。",
        "位于萧山的华丰精密电气，去年实现营业收入12亿元，利润总额1.5亿元。",
        "据统计，在青岛举办的推介会上，共签约项目16个，协议投资额86亿元。",
        "");
    Page page = new Page("clauses", "clauses.txt", text, "UTF-8", text.length());
    assertTrue(assertSameFigures(List.of(page)) >= 8);
  }

  @Test
  void generatedPagesGiveTheSameFigures(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
    new CorpusGenerator(7).write(dir, 0.3);
    assertTrue(assertSameFigures(read(dir)) > 100);
  }
}
