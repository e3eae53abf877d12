package org.newsmetrics.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsmetrics.tables.Table;

class MainTest {
  private final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
  private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(outBytes, true, StandardCharsets.UTF_8);
  private final PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);

  @Test
  void extractPrintsArticlesAndMetricsWithTheTablesFields() throws Exception {
    int status = Main.run(new String[] {"extract", "seeds/003_791e4569c83e3c52.txt"}, out, err);
    assertEquals(0, status, errBytes.toString(StandardCharsets.UTF_8));
    List<String> lines = outBytes.toString(StandardCharsets.UTF_8).lines().toList();
    assertTrue(lines.size() > 1);
    ObjectMapper json = new ObjectMapper();
    boolean sawArticle = false;
    for (String line : lines) {
      JsonNode row = json.readTree(line);
      Table table = row.path("table").asText().equals("articles") ? Table.ARTICLES : Table.METRICS;
      sawArticle |= table == Table.ARTICLES;
      for (Table.Column c : table.columns()) assertTrue(row.has(c.name()), table + " row lacks " + c.name());
    }
    assertTrue(sawArticle);
  }

  @Test
  void amountsPrintsOneJsonLinePerInputLine() throws Exception {
    String input = "总投资113.86亿元\n没有数字\n";
    var in = new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8));
    assertEquals(0, AmountsCommand.run(in, out));
    List<String> lines = outBytes.toString(StandardCharsets.UTF_8).lines().toList();
    assertEquals(2, lines.size());
    JsonNode first = new ObjectMapper().readTree(lines.get(0));
    assertEquals("总投资113.86亿元", first.path("input").asText());
    JsonNode a = first.path("amounts").get(0);
    assertEquals("11386000000", a.path("value").asText());
    assertEquals("CNY", a.path("unit").asText());
    assertEquals(0, new ObjectMapper().readTree(lines.get(1)).path("amounts").size());
  }

  @Test
  void unknownCommandsAndBadJobsAreClearErrors() {
    assertEquals(2, Main.run(new String[] {"frobnicate"}, out, err));
    assertTrue(errBytes.toString(StandardCharsets.UTF_8).contains("unknown command"));
  }
}
