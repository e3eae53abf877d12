package org.newsmetrics.metrics;

import java.time.LocalDate;
import java.util.List;
import org.newsmetrics.model.Article;

/**
 * What the metric extractor knows about the page an article stands on.
 *
 * <p>The extractor derives the page's home city (what 我市/全市/本市 refer to) from
 * {@code publication} through the paper lexicon ({@code places.tsv}: 无锡日报/江南晚报 → 无锡,
 * 苏州日报 → 苏州, 太仓日报 → 太仓 …), else from the place most mentioned in {@code pageArticles} and
 * in the page's own lines about its site ({@code siteLines}: 苏州市人民政府办公室主办).
 *
 * @param docId           the page's document id
 * @param publicationDate the page's date, for resolving 今年/去年/昨日/目前 (null when unknown)
 * @param publication     the paper or site, when known (may be null)
 * @param pageArticles    every article of the page, in reading order (never null; empty when unknown)
 * @param siteLines       the masthead and copyright lines cleaning removed (never null; may be empty)
 */
public record PageContext(String docId, LocalDate publicationDate, String publication, List<Article> pageArticles,
    List<String> siteLines) {

  public PageContext {
    pageArticles = pageArticles == null ? List.of() : List.copyOf(pageArticles);
    siteLines = siteLines == null ? List.of() : List.copyOf(siteLines);
  }

  /** A context without site lines. */
  public PageContext(String docId, LocalDate publicationDate, String publication, List<Article> pageArticles) {
    this(docId, publicationDate, publication, pageArticles, List.of());
  }

  /** A context for a page known only by id and date. */
  public static PageContext of(String docId, LocalDate publicationDate) {
    return new PageContext(docId, publicationDate, null, List.of());
  }

  /** A context for a page of {@code articles}. */
  public static PageContext of(String docId, LocalDate publicationDate, String publication, List<Article> articles) {
    return new PageContext(docId, publicationDate, publication, articles);
  }
}
