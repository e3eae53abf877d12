package org.newsmetrics.layout;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.newsmetrics.model.Article;
import org.newsmetrics.model.LaidOutPage;
import org.newsmetrics.model.Page;

/**
 * Runs cleaner and splitter on the seed pages ({@code seeds/} in the project) and writes
 * {@code target/layout-pred.jsonl} for the scorer:
 * {@code score --gold src/test/resources/gold --pred-jsonl target/layout-pred.jsonl}.
 */
class SeedPagesTest {

  static List<Path> seeds() throws IOException {
    Path dir = Path.of("seeds");
    if (!Files.isDirectory(dir)) return List.of();
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
  }

  static LaidOutPage run(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    String doc = file.getFileName().toString().replaceFirst("\\.txt$", "");
    Page page = new Page(doc, file.toString(), text, "UTF-8", Files.size(file));
    return new ArticleSplitter().split(new PageCleaner().clean(page));
  }

  @Test
  void writesPredictionsAndAccountsForEveryLine() throws IOException {
    ObjectMapper om = new ObjectMapper();
    List<String> out = new ArrayList<>();
    List<Path> seeds = seeds();
    assertFalse(seeds.isEmpty(), "seeds/ holds the seed pages");
    for (Path f : seeds) {
      LaidOutPage lp = run(f);
      assertFalse(lp.articles().isEmpty(), f.toString());
      for (Article a : lp.articles()) {
        ObjectNode o = om.createObjectNode();
        o.put("table", "articles");
        o.put("doc_id", a.docId());
        o.put("article_id", a.articleId());
        o.put("kind", a.kind());
        o.put("kicker", a.kicker());
        o.put("headline", a.headline());
        o.put("subheadline", a.subheadline());
        o.put("dateline", a.dateline());
        o.put("byline", a.byline());
        o.put("body", a.body());
        o.put("publication_date", String.valueOf(a.publicationDate()));
        out.add(om.writeValueAsString(o));
      }
      List<String> missing = LineAccounting.unaccounted(lp);
      assertTrue(missing.isEmpty(), f + " lines in no article and not removed: " + missing);
      List<String> twice = LineAccounting.twice(lp);
      assertTrue(twice.isEmpty(), f + " text kept in two articles: " + twice);
    }
    Files.createDirectories(Path.of("target"));
    Files.write(Path.of("target/layout-pred.jsonl"), out, StandardCharsets.UTF_8);
  }
}
