package org.newsmetrics.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsmetrics.testing.SeedsOutput;

/**
 * Runs the default job's pipeline and reads the tables back with DuckDB, as an analyst would: every
 * column has the contract's name and type, and the rows hang together.
 */
class ParquetContractTest {
  static Path out;

  /** The contract of shared/spec/output-tables.md, as DuckDB types. */
  static final Map<String, Map<String, String>> CONTRACT = new LinkedHashMap<>();

  static {
    CONTRACT.put("documents", ordered("doc_id", "VARCHAR", "source_path", "VARCHAR", "publication", "VARCHAR",
        "publication_date", "DATE", "date_source", "VARCHAR", "encoding", "VARCHAR", "n_chars_raw", "BIGINT",
        "n_chars_clean", "BIGINT", "n_articles", "INTEGER", "n_metrics", "INTEGER", "status", "VARCHAR", "error", "VARCHAR"));
    CONTRACT.put("articles", ordered("article_id", "VARCHAR", "doc_id", "VARCHAR", "seq", "INTEGER", "kind", "VARCHAR",
        "kicker", "VARCHAR", "headline", "VARCHAR", "subheadline", "VARCHAR", "dateline", "VARCHAR", "byline", "VARCHAR",
        "body", "VARCHAR", "n_chars", "INTEGER", "publication_date", "DATE", "industries", "VARCHAR[]"));
    CONTRACT.put("metrics", ordered("metric_id", "VARCHAR", "article_id", "VARCHAR", "doc_id", "VARCHAR", "metric", "VARCHAR",
        "value", "DOUBLE", "value_max", "DOUBLE", "unit", "VARCHAR", "raw_text", "VARCHAR", "qualifier", "VARCHAR",
        "modality", "VARCHAR", "period", "VARCHAR", "period_start", "DATE", "period_end", "DATE", "subject", "VARCHAR",
        "subject_type", "VARCHAR", "industry", "VARCHAR", "evidence", "VARCHAR", "char_start", "INTEGER",
        "char_end", "INTEGER", "publication_date", "DATE"));
    CONTRACT.put("removed", ordered("doc_id", "VARCHAR", "kind", "VARCHAR", "text", "VARCHAR", "line_start", "INTEGER",
        "line_end", "INTEGER"));
    CONTRACT.put("errors", ordered("source_path", "VARCHAR", "stage", "VARCHAR", "error_class", "VARCHAR", "message", "VARCHAR"));
  }

  private static Map<String, String> ordered(String... kv) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) m.put(kv[i], kv[i + 1]);
    return m;
  }

  @BeforeAll
  static void runDefaultJob() {
    out = SeedsOutput.path();
    assertEquals(5, SeedsOutput.summary().count("pages_ok"), SeedsOutput.summary().format());
  }

  @Test
  void everyColumnHasTheContractsNameAndType() throws Exception {
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); Statement st = db.createStatement()) {
      for (var table : CONTRACT.entrySet()) {
        Map<String, String> actual = new LinkedHashMap<>();
        try (ResultSet rs = st.executeQuery("DESCRIBE SELECT * FROM read_parquet('" + out.resolve(table.getKey()) + "/*.parquet')")) {
          while (rs.next()) actual.put(rs.getString("column_name"), rs.getString("column_type"));
        }
        for (var col : table.getValue().entrySet()) {
          assertEquals(col.getValue(), actual.get(col.getKey()), table.getKey() + "." + col.getKey());
        }
      }
    }
  }

  @Test
  void rowsHangTogether() throws Exception {
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); Statement st = db.createStatement()) {
      String docs = "read_parquet('" + out.resolve("documents") + "/*.parquet')";
      String arts = "read_parquet('" + out.resolve("articles") + "/*.parquet')";
      String mets = "read_parquet('" + out.resolve("metrics") + "/*.parquet')";
      assertEquals(5, count(st, "SELECT count(*) FROM " + docs + " WHERE status = 'ok'"));
      assertEquals(0, count(st, "SELECT count(*) FROM " + arts + " a ANTI JOIN " + docs + " d USING (doc_id)"));
      assertEquals(0, count(st, "SELECT count(*) FROM " + mets + " m ANTI JOIN " + arts + " a USING (article_id)"));
      assertEquals(count(st, "SELECT sum(n_articles) FROM " + docs), count(st, "SELECT count(*) FROM " + arts));
      assertEquals(count(st, "SELECT sum(n_metrics) FROM " + docs), count(st, "SELECT count(*) FROM " + mets));
      assertEquals(0, count(st, "SELECT count(*) FROM " + arts + " WHERE n_chars <> length(body)"));
    }
    assertTrue(Files.notExists(out.resolve("articles").resolve(".temp-beam")), "no temporary folder left behind");
    for (String f : new String[] {"_SUCCESS", "_manifest.json", "_summary.json", "report.html"}) {
      assertTrue(Files.exists(out.resolve(f)), f + " written");
    }
  }

  /**
   * Free-text columns (bodies, evidence, ids) are written plain: a dictionary of values that never
   * repeat is pure cost. Columns whose values do repeat (doc_id, metric, unit) keep theirs.
   */
  @Test
  void freeTextColumnsAreNotDictionaryEncoded() throws Exception {
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); Statement st = db.createStatement()) {
      Map<String, String> encodings = new LinkedHashMap<>();
      for (String table : new String[] {"articles", "metrics"}) {
        String sql = "SELECT path_in_schema, string_agg(file_name || ': ' || encodings, '; ') FROM parquet_metadata('"
            + out.resolve(table) + "/*.parquet') GROUP BY path_in_schema";
        try (ResultSet rs = st.executeQuery(sql)) {
          while (rs.next()) encodings.put(table + "." + rs.getString(1), rs.getString(2));
        }
      }
      for (String col : new String[] {"articles.body", "articles.article_id", "articles.headline", "metrics.evidence",
          "metrics.metric_id"}) {
        assertTrue(encodings.containsKey(col), col + " in " + encodings.keySet());
        assertTrue(!encodings.get(col).contains("DICTIONARY"), col + ": " + encodings.get(col));
      }
      for (String col : new String[] {"metrics.doc_id", "metrics.metric", "metrics.unit"}) {
        assertTrue(encodings.get(col).contains("DICTIONARY"), col + ": " + encodings.get(col));
      }
    }
  }

  private static long count(Statement st, String sql) throws Exception {
    try (ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
