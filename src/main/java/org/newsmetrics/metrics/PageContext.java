package org.newsmetrics.metrics;

import java.time.LocalDate;

/**
 * What the metric extractor knows about the page an article stands on.
 *
 * @param publicationDate the page's date, for resolving 今年/去年/昨日 (null when unknown)
 * @param publication     the paper or site, when known
 */
public record PageContext(String docId, LocalDate publicationDate, String publication) {}
