package org.newsmetrics.tables;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsmetrics.model.Article;
import org.newsmetrics.model.DocumentInfo;
import org.newsmetrics.model.Metric;
import org.newsmetrics.model.PageError;
import org.newsmetrics.model.PageResult;
import org.newsmetrics.model.RemovedBlock;

/**
 * Records to rows: one ordered map per row, keyed by the table's column names, values as Java
 * objects ({@code LocalDate} for dates, {@code List<String>} for lists). The Parquet writer and the
 * JSON-lines output of {@code extract} both start from these rows, so they cannot drift apart.
 */
public final class TableRows {
  private TableRows() {}

  /** A row and the table it belongs to. */
  public record Row(Table table, Map<String, Object> values) {}

  public static List<Row> rows(PageResult result) {
    List<Row> rows = new ArrayList<>();
    rows.add(new Row(Table.DOCUMENTS, document(result.document())));
    result.articles().forEach(a -> rows.add(new Row(Table.ARTICLES, article(a))));
    result.metrics().forEach(m -> rows.add(new Row(Table.METRICS, metric(m))));
    result.removed().forEach(r -> rows.add(new Row(Table.REMOVED, removed(r))));
    result.errors().forEach(e -> rows.add(new Row(Table.ERRORS, error(e))));
    return rows;
  }

  public static Map<String, Object> document(DocumentInfo d) {
    return row(Table.DOCUMENTS, d.docId(), d.sourcePath(), d.publication(), d.publicationDate(), d.dateSource(),
        d.encoding(), d.nCharsRaw(), d.nCharsClean(), d.nArticles(), d.nMetrics(), d.status(), d.error());
  }

  public static Map<String, Object> article(Article a) {
    return row(Table.ARTICLES, a.articleId(), a.docId(), a.seq(), a.kind(), a.kicker(), a.headline(),
        a.subheadline(), a.dateline(), a.byline(), a.body(), a.nChars(), a.publicationDate(),
        List.copyOf(a.industries()));
  }

  public static Map<String, Object> metric(Metric m) {
    return row(Table.METRICS, m.metricId(), m.articleId(), m.docId(), m.metric(), m.value(), m.valueMax(),
        m.unit(), m.rawText(), m.qualifier(), m.modality(), m.period(), m.periodStart(), m.periodEnd(),
        m.subject(), m.subjectType(), m.industry(), m.evidence(), m.charStart(), m.charEnd(),
        m.publicationDate(), m.field());
  }

  public static Map<String, Object> removed(RemovedBlock r) {
    return row(Table.REMOVED, r.docId(), r.kind(), r.text(), r.lineStart(), r.lineEnd());
  }

  public static Map<String, Object> error(PageError e) {
    return row(Table.ERRORS, e.sourcePath(), e.docId(), e.stage(), e.errorClass(), e.message());
  }

  private static Map<String, Object> row(Table table, Object... values) {
    List<Table.Column> columns = table.columns();
    if (columns.size() != values.length) {
      throw new IllegalStateException(table + ": " + values.length + " values for " + columns.size() + " columns");
    }
    Map<String, Object> row = new LinkedHashMap<>();
    for (int i = 0; i < values.length; i++) {
      Table.Column c = columns.get(i);
      if (values[i] == null && !c.nullable()) {
        throw new IllegalStateException(table.folder() + "." + c.name() + " must not be null");
      }
      row.put(c.name(), values[i]);
    }
    return row;
  }
}
