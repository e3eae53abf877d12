package org.newsmetrics.model;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * One economic figure stated by an article: a row of the {@code metrics} table.
 * Field meanings follow the extraction spec; {@code charStart}/{@code charEnd} locate
 * {@code rawText} in the article's body ({@code body.substring(charStart, charEnd).equals(rawText)}),
 * except for figures stated in the headline decks, whose offsets are -1.
 */
public record Metric(
    String metricId,
    String articleId,
    String docId,
    String metric,
    double value,
    Double valueMax,
    String unit,
    String rawText,
    String qualifier,
    String modality,
    String period,
    LocalDate periodStart,
    LocalDate periodEnd,
    String subject,
    String subjectType,
    String industry,
    String evidence,
    int charStart,
    int charEnd,
    LocalDate publicationDate)
    implements Serializable {}
