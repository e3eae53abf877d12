package org.newsmetrics.pipeline;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.newsmetrics.testing.SeedsOutput;

/**
 * Runs the README's DuckDB quickstart queries against the seeds output, so the snippets analysts
 * copy never rot. Each ```sql block of the README is run with {@code output/seeds} pointed at a
 * fresh run of the default job and must return at least one row.
 */
class QuickstartTest {
  @Test
  void everyReadmeSqlSnippetRunsAndAnswers() throws Exception {
    String readme = Files.readString(Path.of("README.md"));
    Matcher m = Pattern.compile("```sql\\n(.*?)```", Pattern.DOTALL).matcher(readme);
    List<String> queries = new ArrayList<>();
    while (m.find()) queries.add(m.group(1));
    assertTrue(queries.size() >= 3, "the README's quickstart has its DuckDB snippets");
    String out = SeedsOutput.path().toString();
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); Statement st = db.createStatement()) {
      for (String q : queries) {
        String sql = q.replace("output/seeds", out).trim();
        if (sql.endsWith(";")) sql = sql.substring(0, sql.length() - 1);
        try (ResultSet rs = st.executeQuery(sql)) {
          assertTrue(rs.next(), "no rows from the README query:\n" + q);
          assertFalse(rs.getMetaData().getColumnCount() == 0);
        }
      }
    }
  }
}
