package org.newsmetrics.tables;

import java.util.List;
import java.util.Locale;

/**
 * The five tables of the Parquet contract, with their columns in order. The column names and types
 * are the contract analysts write notebooks against (see README: tables): add columns, never rename.
 */
public enum Table {
  DOCUMENTS(
      Column.string("doc_id"), Column.text("source_path"), Column.nullableString("publication"),
      Column.date("publication_date"), Column.string("date_source"), Column.string("encoding"),
      Column.int64("n_chars_raw"), Column.int64("n_chars_clean"), Column.int32("n_articles"),
      Column.int32("n_metrics"), Column.string("status"), Column.nullableString("error")),
  ARTICLES(
      Column.text("article_id"), Column.string("doc_id"), Column.int32("seq"), Column.string("kind"),
      Column.nullableString("kicker"), Column.nullableText("headline"), Column.nullableString("subheadline"),
      Column.nullableString("dateline"), Column.nullableString("byline"), Column.text("body"),
      Column.int32("n_chars"), Column.date("publication_date"), Column.stringList("industries")),
  METRICS(
      Column.text("metric_id"), Column.string("article_id"), Column.string("doc_id"), Column.string("metric"),
      Column.float64("value"), Column.nullableFloat64("value_max"), Column.string("unit"), Column.string("raw_text"),
      Column.string("qualifier"), Column.string("modality"), Column.nullableString("period"),
      Column.date("period_start"), Column.date("period_end"), Column.nullableString("subject"),
      Column.nullableString("subject_type"), Column.nullableString("industry"), Column.text("evidence"),
      Column.int32("char_start"), Column.int32("char_end"), Column.date("publication_date"),
      Column.string("field")),
  REMOVED(
      Column.string("doc_id"), Column.string("kind"), Column.text("text"), Column.int32("line_start"),
      Column.int32("line_end")),
  ERRORS(
      Column.string("source_path"), Column.nullableString("doc_id"), Column.string("stage"),
      Column.string("error_class"), Column.text("message"));

  private final List<Column> columns;

  Table(Column... columns) {
    this.columns = List.of(columns);
  }

  public List<Column> columns() {
    return columns;
  }

  /** The folder name under the output directory, also the {@code "table"} field of JSON lines. */
  public String folder() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * A column: its name, its type, whether it may be null, and whether it holds free text (a body, an
   * evidence sentence, an id): values that rarely repeat, so that a Parquet dictionary would only
   * cost time to build before the writer gives up on it.
   */
  public record Column(String name, Type type, boolean nullable, boolean freeText) {
    /** The logical types the contract uses. */
    public enum Type { STRING, INT32, INT64, FLOAT64, DATE, STRING_LIST }

    Column(String name, Type type, boolean nullable) {
      this(name, type, nullable, false);
    }

    static Column string(String n) { return new Column(n, Type.STRING, false); }
    static Column nullableString(String n) { return new Column(n, Type.STRING, true); }
    static Column text(String n) { return new Column(n, Type.STRING, false, true); }
    static Column nullableText(String n) { return new Column(n, Type.STRING, true, true); }
    static Column int32(String n) { return new Column(n, Type.INT32, false); }
    static Column int64(String n) { return new Column(n, Type.INT64, false); }
    static Column float64(String n) { return new Column(n, Type.FLOAT64, false); }
    static Column nullableFloat64(String n) { return new Column(n, Type.FLOAT64, true); }
    static Column date(String n) { return new Column(n, Type.DATE, true); }
    static Column stringList(String n) { return new Column(n, Type.STRING_LIST, false); }
  }
}
