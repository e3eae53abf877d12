package org.newsmetrics.engines;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The five tables of one run's output folder, read back with DuckDB as an analyst would, each as a
 * sorted list of rows (every column rendered as text, in the file's column order). Two runs wrote
 * the same tables when their {@code TableSet}s are equal.
 */
record TableSet(Path folder, Map<String, List<String>> columns, Map<String, List<String>> rows) {
  static final List<String> TABLES = List.of("documents", "articles", "metrics", "removed", "errors");

  static TableSet read(Path folder) throws SQLException {
    Map<String, List<String>> columns = new LinkedHashMap<>();
    Map<String, List<String>> rows = new LinkedHashMap<>();
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); Statement st = db.createStatement()) {
      for (String table : TABLES) {
        Path dir = folder.resolve(table);
        if (!Files.isDirectory(dir)) throw new AssertionError("no table folder " + dir);
        List<String> cols = new ArrayList<>();
        List<String> rs = new ArrayList<>();
        try (ResultSet r = st.executeQuery("SELECT * FROM read_parquet('" + dir + "/*.parquet')")) {
          ResultSetMetaData md = r.getMetaData();
          for (int c = 1; c <= md.getColumnCount(); c++) cols.add(md.getColumnName(c) + " " + md.getColumnTypeName(c));
          while (r.next()) {
            StringBuilder sb = new StringBuilder();
            for (int c = 1; c <= md.getColumnCount(); c++) {
              if (c > 1) sb.append(" | ");
              sb.append(md.getColumnName(c)).append('=').append(text(r.getObject(c)));
            }
            rs.add(sb.toString());
          }
        }
        rs.sort(null);
        columns.put(table, cols);
        rows.put(table, rs);
      }
    }
    return new TableSet(folder, columns, rows);
  }

  private static String text(Object v) throws SQLException {
    if (v == null) return "NULL";
    if (v instanceof Array a) return Arrays.deepToString((Object[]) a.getArray());
    if (v instanceof Double d) return Double.toString(d); // exact: the same double prints the same
    return v.toString().replace("\n", "\\n");
  }

  int count(String table) {
    return rows.get(table).size();
  }

  String counts() {
    Map<String, Integer> m = new TreeMap<>();
    rows.forEach((t, r) -> m.put(t, r.size()));
    return m.toString();
  }

  /** Null when {@code other} holds the same rows; otherwise a readable account of the first differences. */
  String differences(TableSet other) {
    StringBuilder sb = new StringBuilder();
    for (String table : TABLES) {
      if (!columns.get(table).equals(other.columns.get(table))) {
        sb.append(table).append(": columns differ\n  ").append(columns.get(table)).append("\n  ")
            .append(other.columns.get(table)).append('\n');
        continue;
      }
      List<String> a = rows.get(table);
      List<String> b = other.rows.get(table);
      if (a.equals(b)) continue;
      List<String> onlyA = minus(a, b);
      List<String> onlyB = minus(b, a);
      sb.append(table).append(": ").append(a.size()).append(" rows in ").append(folder).append(", ")
          .append(b.size()).append(" in ").append(other.folder).append("; ").append(onlyA.size())
          .append(" only in the first, ").append(onlyB.size()).append(" only in the second\n");
      Stream.concat(onlyA.stream().limit(3).map(r -> "  < " + shorten(r)), onlyB.stream().limit(3).map(r -> "  > " + shorten(r)))
          .forEach(l -> sb.append(l).append('\n'));
    }
    return sb.length() == 0 ? null : sb.toString();
  }

  private static List<String> minus(List<String> a, List<String> b) {
    Map<String, Integer> counts = new java.util.HashMap<>();
    b.forEach(r -> counts.merge(r, 1, Integer::sum));
    List<String> out = new ArrayList<>();
    for (String r : a) {
      Integer c = counts.get(r);
      if (c == null || c == 0) out.add(r);
      else counts.put(r, c - 1);
    }
    return out;
  }

  private static String shorten(String row) {
    return row.length() <= 600 ? row : row.substring(0, 600) + "…";
  }
}
