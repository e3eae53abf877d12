package org.newsmetrics.robustness;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Reads written tables back with DuckDB, as an analyst would. */
final class Tables {
  private Tables() {}

  static String table(Path output, String name) {
    return "read_parquet('" + output.resolve(name) + "/*.parquet')";
  }

  /** Every row of a query, each rendered as one string, in the query's order. */
  static List<String> rows(String sql) throws SQLException {
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); Statement st = db.createStatement();
         ResultSet rs = st.executeQuery(sql)) {
      ResultSetMetaData md = rs.getMetaData();
      List<String> out = new ArrayList<>();
      while (rs.next()) {
        StringBuilder b = new StringBuilder();
        for (int i = 1; i <= md.getColumnCount(); i++) b.append(i > 1 ? " | " : "").append(rs.getString(i));
        out.add(b.toString());
      }
      return out;
    }
  }
}
