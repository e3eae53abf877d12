package org.newsmetrics.core;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.newsmetrics.layout.ArticleSplitter;
import org.newsmetrics.layout.PageCleaner;
import org.newsmetrics.metrics.MetricExtractor;
import org.newsmetrics.metrics.PageContext;
import org.newsmetrics.model.Article;
import org.newsmetrics.model.CleanPage;
import org.newsmetrics.model.DocumentInfo;
import org.newsmetrics.model.LaidOutPage;
import org.newsmetrics.model.Metric;
import org.newsmetrics.model.Page;
import org.newsmetrics.model.PageError;
import org.newsmetrics.model.PageResult;

/**
 * The plain-Java pipeline for one page: clean, split, extract. The Beam pipeline, the
 * {@code extract} command and the benchmark's plain loop all call {@link #process}. A stage that throws turns the page into an error row; it never stops a run.
 */
public final class PageProcessor implements Serializable {
  public static final String STAGE_CLEAN = "clean";
  public static final String STAGE_SPLIT = "split";
  public static final String STAGE_METRICS = "metrics";

  private transient PageCleaner cleaner;
  private transient ArticleSplitter splitter;
  private transient MetricExtractor extractor;

  public CleanPage clean(Page page) {
    if (cleaner == null) cleaner = new PageCleaner();
    return cleaner.clean(page);
  }

  public LaidOutPage split(CleanPage clean) {
    if (splitter == null) splitter = new ArticleSplitter();
    return splitter.split(clean);
  }

  /** Tags industries and extracts metrics; numbers metrics per article in reading order. */
  public PageResult extract(LaidOutPage laidOut) {
    if (extractor == null) extractor = new MetricExtractor();
    CleanPage clean = laidOut.clean();
    Page page = clean.page();
    List<String> siteLines = new ArrayList<>();
    for (var r : laidOut.removed()) {
      if (r.kind().equals("masthead") || r.kind().equals("copyright")) siteLines.add(r.text());
    }
    PageContext context = new PageContext(page.docId(), clean.publicationDate(), clean.publication(),
        laidOut.articles(), siteLines);
    List<Article> articles = new ArrayList<>();
    List<Metric> metrics = new ArrayList<>();
    long nCharsClean = 0;
    for (Article a : laidOut.articles()) {
      Article tagged = new Article(a.articleId(), a.docId(), a.seq(), a.kind(), a.kicker(), a.headline(),
          a.subheadline(), a.dateline(), a.byline(), a.body(), a.publicationDate(), extractor.industries(a));
      articles.add(tagged);
      metrics.addAll(extractor.extract(tagged, context));
      nCharsClean += a.body().length();
    }
    DocumentInfo doc = new DocumentInfo(page.docId(), page.sourcePath(), clean.publication(),
        clean.publicationDate(), clean.dateSource(), page.encoding(), page.text().length(), nCharsClean,
        articles.size(), metrics.size(), DocumentInfo.OK, null);
    return new PageResult(doc, articles, metrics, laidOut.removed(), List.of());
  }

  /** All stages on one page; a failing stage yields the page's error result instead of throwing. */
  public PageResult process(Page page) {
    return process(page, null);
  }

  /** {@link #process(Page)}, adding each stage's time to {@code times} (when not null). */
  public PageResult process(Page page, StageTimes times) {
    String stage = STAGE_CLEAN;
    long t0 = times == null ? 0 : times.now();
    try {
      CleanPage clean = clean(page);
      long t1 = times == null ? 0 : times.now();
      stage = STAGE_SPLIT;
      LaidOutPage laidOut = split(clean);
      long t2 = times == null ? 0 : times.now();
      stage = STAGE_METRICS;
      PageResult result = extract(laidOut);
      if (times != null) times.add(t1 - t0, t2 - t1, times.now() - t2);
      return result;
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      return failed(page, stage, e);
    }
  }

  /**
   * A made-up page with what loads every dictionary: a headline, a dateline, a figure with a
   * subject (HanLP's segmenter and recogniser), a traditional character (the conversion table).
   */
  private static final String WARM_UP_PAGE = String.join("\n",
      "某区重大項目集中签约", "", "本报讯（记者 王明）近日，某区举行重大项目集中签约仪式，", "共签约项目12个，总投资35.6亿元。", "");

  /**
   * Loads the dictionaries and lexicons the stages use (HanLP's and ours, once per JVM) by
   * processing a small page, so that a caller can pay for them ahead, in parallel with other
   * start-up work.
   *
   * @return the small page's result
   */
  public static PageResult warmUp() {
    return new PageProcessor().process(new Page("warm-up", "warm-up", WARM_UP_PAGE, "UTF-8", WARM_UP_PAGE.length()));
  }

  /** The result of a page whose processing failed at {@code stage}. */
  public static PageResult failed(Page page, String stage, Throwable e) {
    PageError error = PageError.of(page.docId(), page.sourcePath(), stage, e);
    DocumentInfo doc = DocumentInfo.failed(page.docId(), page.sourcePath(), page.encoding(),
        page.text() == null ? 0 : page.text().length(), stage + ": " + error.message());
    return PageResult.failed(doc, error);
  }
}
