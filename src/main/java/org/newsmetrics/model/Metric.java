package org.newsmetrics.model;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * One economic figure stated by an article: a row of the {@code metrics} table.
 * Field meanings follow the extraction spec. {@code field} names where the figure stands:
 * {@code body} (most figures), or {@code headline}, {@code kicker}, {@code subheadline} for figures
 * stated in a headline deck; {@code charStart}/{@code charEnd} locate {@code rawText} in that field of
 * the article ({@code field.substring(charStart, charEnd).equals(rawText)}).
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
    LocalDate publicationDate,
    String field)
    implements Serializable {}
