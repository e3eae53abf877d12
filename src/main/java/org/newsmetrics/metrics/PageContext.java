package org.newsmetrics.metrics;

import java.time.LocalDate;
import java.util.List;
import org.newsmetrics.model.Article;

/**
 * What the metric extractor knows about the page an article stands on.
 *
 * @param publicationDate the page's date, for resolving 今年/去年/昨日 (null when unknown)
 * @param publication     the paper or site, when known
 * @param pageArticles    every article of the page, in reading order (for page-level context such
 *                        as the home city that 我市/全市 refer to)
 */
public record PageContext(String docId, LocalDate publicationDate, String publication, List<Article> pageArticles) {}
