package org.newsmetrics.model;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * A page after cleaning: its content paragraphs in reading order, what was removed, and what the
 * page says about itself (publication, date).
 *
 * @param dateSource {@code manifest}, {@code explicit}, {@code inferred} or {@code none}
 */
public record CleanPage(
    Page page,
    String publication,
    LocalDate publicationDate,
    String dateSource,
    List<Paragraph> paragraphs,
    List<RemovedBlock> removed)
    implements Serializable {}
