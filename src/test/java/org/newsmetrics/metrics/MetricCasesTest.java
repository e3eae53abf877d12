package org.newsmetrics.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.newsmetrics.model.Article;
import org.newsmetrics.model.Metric;

/** The table of cases in {@code src/test/resources/metrics/cases.txt}, one dynamic test per line. */
class MetricCasesTest {

  static Article article(String field, String text, LocalDate pub) {
    String kicker = field.equals("K") ? text : null;
    String headline = field.equals("H") ? text : "测试新闻";
    String body = field.equals("B") ? text : "";
    return new Article("t#1", "t", 1, "article", kicker, headline, null, null, null, body, pub, List.of());
  }

  static List<Metric> run(String field, String text, LocalDate pub, String publication) {
    Article a = article(field, text, pub);
    return new MetricExtractor().extract(a, new PageContext("t", pub, publication, List.of(a)));
  }

  @TestFactory
  Stream<DynamicTest> cases() throws IOException {
    List<String> lines;
    try (InputStream in = getClass().getResourceAsStream("/metrics/cases.txt")) {
      lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    }
    List<DynamicTest> tests = new ArrayList<>();
    int n = 0;
    for (String line : lines) {
      n++;
      if (line.isBlank() || line.startsWith("#")) continue;
      String l = line;
      tests.add(DynamicTest.dynamicTest(n + ": " + line, () -> check(l)));
    }
    assertTrue(tests.size() >= 60, "at least 60 cases");
    return tests.stream();
  }

  private static void check(String line) {
    int arrow = line.lastIndexOf(" => ");
    String input = line.substring(0, arrow).strip();
    String expected = line.substring(arrow + 4).strip();
    LocalDate pub = LocalDate.of(2024, 6, 30);
    if (input.startsWith("@")) {
      pub = LocalDate.parse(input.substring(1, 11));
      input = input.substring(11).strip();
    }
    String field = "B";
    if (input.startsWith("K:") || input.startsWith("H:")) {
      field = input.substring(0, 1);
      input = input.substring(2);
    }
    input = input.replace("\\n", "\n");
    List<Metric> got = run(field, input, pub, "无锡日报");
    String dump = got.stream().map(MetricCasesTest::show).reduce("", (x, y) -> x + "\n  " + y);
    if (expected.equals("NONE")) {
      assertTrue(got.isEmpty(), "expected no metrics, got" + dump);
      return;
    }
    String[] rows = expected.split(" ;; ");
    assertEquals(rows.length, got.size(), "row count; got" + dump);
    for (int i = 0; i < rows.length; i++) {
      String[] e = rows[i].split("\\|", -1);
      Metric m = got.get(i);
      String where = "row " + (i + 1) + " got" + dump;
      assertEquals(e[0], m.metric(), where);
      assertEquals(Double.parseDouble(e[1]), m.value(), Math.abs(m.value()) * 0.005 + 1e-9, where);
      assertEquals(e[2], m.unit(), where);
      eq(e[3], m.qualifier(), where);
      eq(e[4], m.modality(), where);
      eq(e[5], m.period(), where);
      if (!e[6].equals("*")) {
        String s = m.subject() == null ? "" : m.subject().replaceAll("\\s", "");
        String g = e[6].replaceAll("\\s", "");
        if (!(s.contains(g) || (!s.isEmpty() && g.contains(s)))) fail("subject " + s + " vs " + g + "; " + where);
      }
      eq(e[7], m.industry(), where);
      String fieldText = switch (m.field()) {
        case "kicker" -> input;
        case "headline" -> field.equals("H") ? input : "测试新闻";
        default -> input;
      };
      assertEquals(m.rawText(), fieldText.substring(m.charStart(), m.charEnd()), "offsets " + where);
    }
  }

  private static void eq(String expected, String actual, String where) {
    if (expected.equals("*")) return;
    assertEquals(expected.equals("-") ? null : expected, actual, where);
  }

  static String show(Metric m) {
    return String.join("|", m.metric(), Double.toString(m.value()), m.unit(), m.qualifier(), m.modality(),
        String.valueOf(m.period()), String.valueOf(m.subject()), String.valueOf(m.industry()), m.rawText(),
        m.evidence());
  }
}
