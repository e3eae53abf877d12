package org.newsmetrics.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsmetrics.core.PageProcessor;
import org.newsmetrics.io.PageReader;
import org.newsmetrics.model.PageResult;
import org.newsmetrics.tables.Table;
import org.newsmetrics.tables.TableRows;

/**
 * The seeds scored against the hand-made gold (copied into the test resources, so a clone without
 * {@code ../shared} runs it). The thresholds are the numbers reached so far: they only ever go up.
 */
class GoldenTest {
  // Thresholds: raise them when the numbers improve, never lower them.
  static final double CORE_F1 = 0.999;
  static final double ALL_F1 = 0.999;
  static final double HEADLINE_F1 = 0.999;
  static final double BOUNDARY = 0.999;
  static final double RETENTION = 0.999;
  static final double MAX_LEAKAGE = 0.0;
  /** Qualifier, modality, period, subject, industry on matched rows. */
  static final double ATTRIBUTES = 0.999;

  static final Path PRED = Path.of("target", "golden-pred.jsonl");
  static GoldScorer.Result result;
  static List<Map<String, Object>> articles = new ArrayList<>();
  static List<Map<String, Object>> metrics = new ArrayList<>();

  @BeforeAll
  static void runSeeds() throws IOException {
    PageProcessor processor = new PageProcessor();
    List<String> jsonLines = new ArrayList<>();
    ObjectMapper json = new ObjectMapper();
    try (Stream<Path> files = Files.list(Path.of("seeds"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        PageResult r = processor.process(PageReader.read(f));
        for (TableRows.Row row : TableRows.rows(r)) {
          if (row.table() != Table.ARTICLES && row.table() != Table.METRICS) continue;
          Map<String, Object> values = new java.util.LinkedHashMap<>();
          row.values().forEach((k, v) -> values.put(k, v instanceof java.time.LocalDate d ? d.toString() : v));
          (row.table() == Table.ARTICLES ? articles : metrics).add(values);
          Map<String, Object> line = new java.util.LinkedHashMap<>();
          line.put("table", row.table().folder());
          line.putAll(values);
          jsonLines.add(json.writeValueAsString(line));
        }
      }
    }
    Files.createDirectories(PRED.getParent());
    Files.write(PRED, jsonLines, StandardCharsets.UTF_8);
    result = GoldScorer.score(gold(), articles, metrics);
    System.out.println("Golden test on seeds/ (Java scorer):\n" + result.format());
    result.problems.forEach(p -> System.out.println("  " + p));
  }

  static Map<String, JsonNode> gold() throws IOException {
    Map<String, JsonNode> gold = new TreeMap<>();
    ObjectMapper json = new ObjectMapper();
    for (String name : goldNames()) {
      try (InputStream in = GoldenTest.class.getResourceAsStream("/gold/" + name)) {
        JsonNode g = json.readTree(in);
        gold.put(g.path("doc").asText(), g);
      }
    }
    return gold;
  }

  static List<String> goldNames() throws IOException {
    Path dir = Path.of("src", "test", "resources", "gold");
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".gold.json")).sorted().toList();
    }
  }

  @Test
  void metricsReachTheirThresholds() {
    assertTrue(result.core.f1() != null && result.core.f1() >= CORE_F1, "core F1 " + result.core.f1());
    assertTrue(result.all.f1() != null && result.all.f1() >= ALL_F1, "all-type F1 " + result.all.f1());
    for (String a : result.attributes.keySet()) {
      assertTrue(result.attribute(a) >= ATTRIBUTES, a + " on matched rows: " + result.attribute(a));
    }
  }

  @Test
  void articlesReachTheirThresholds() {
    assertTrue(result.headlineF1() >= HEADLINE_F1, "headline F1 " + result.headlineF1());
    assertTrue(result.boundary() >= BOUNDARY, "boundary " + result.boundary());
    assertTrue(result.retention() >= RETENTION, "retention " + result.retention());
    assertTrue(result.leakage() <= MAX_LEAKAGE, "leakage " + result.leakage());
  }

  /** The Java scorer and the reference scorer agree, where the reference scorer is at hand. */
  @Test
  void javaScorerAgreesWithReferenceScorer() throws Exception {
    Path score = Path.of("..", "shared", "eval", "score");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(score) && onPath("node"),
        "reference scorer or node not available");
    Path json = Path.of("target", "golden-reference.json").toAbsolutePath();
    Process p = new ProcessBuilder(score.toString(), "--gold", "src/test/resources/gold", "--pred-jsonl",
        PRED.toString(), "--json", json.toString()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "reference scorer timed out");
    org.junit.jupiter.api.Assumptions.assumeTrue(p.exitValue() == 0, "reference scorer failed: " + out);
    JsonNode ref = new ObjectMapper().readTree(json.toFile());
    assertClose(ref.at("/metrics/core/f1"), result.core.f1(), "core F1");
    assertClose(ref.at("/metrics/all/f1"), result.all.f1(), "all F1");
    assertClose(ref.at("/metrics/all/precision"), result.all.precision(), "all precision");
    for (String a : result.attributes.keySet()) assertClose(ref.at("/metrics/attributes/" + a), result.attribute(a), a);
    assertClose(ref.at("/articles/headline/f1"), result.headlineF1(), "headline F1");
    assertClose(ref.at("/articles/boundary"), result.boundary(), "boundary");
    assertClose(ref.at("/articles/retention"), result.retention(), "retention");
    assertClose(ref.at("/articles/leakage"), result.leakage(), "leakage");
  }

  private static void assertClose(JsonNode ref, Double mine, String what) {
    if (ref.isMissingNode() || ref.isNull()) {
      assertTrue(mine == null || mine.isNaN(), what + ": reference has none, Java has " + mine);
      return;
    }
    assertEquals(ref.asDouble(), mine, 1e-9, what);
  }

  private static boolean onPath(String cmd) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
      if (Files.isExecutable(Path.of(dir, cmd))) return true;
    }
    return false;
  }
}
