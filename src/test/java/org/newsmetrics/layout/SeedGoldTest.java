package org.newsmetrics.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsmetrics.model.Article;
import org.newsmetrics.model.LaidOutPage;

/**
 * Each seed page against its gold file in {@code src/test/resources/gold}: the gold articles in
 * order (kind, headline, dateline, byline, first/last words of the body), no boilerplate snippet in
 * any article, and the page date.
 */
class SeedGoldTest {

  static Stream<Path> seeds() throws Exception {
    return SeedPagesTest.seeds().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("seeds")
  void seedMatchesGold(Path seed) throws Exception {
    String doc = seed.getFileName().toString().replaceFirst("\\.txt$", "");
    var url = SeedGoldTest.class.getResource("/gold/" + doc + ".gold.json");
    if (url == null) return;
    JsonNode gold = new ObjectMapper().readTree(url);
    LaidOutPage lp = SeedPagesTest.run(seed);
    List<Article> arts = lp.articles();
    assertEquals(gold.get("publication_date").asText(), String.valueOf(lp.clean().publicationDate()), doc);
    JsonNode ga = gold.get("articles");
    assertEquals(ga.size(), arts.size(), doc);
    for (int i = 0; i < ga.size(); i++) {
      JsonNode g = ga.get(i);
      Article a = arts.get(i);
      String ctx = doc + " #" + (i + 1);
      assertEquals(g.get("kind").asText(), a.kind(), ctx);
      assertEquals(TestPagesTest.norm(text(g, "headline")), TestPagesTest.norm(a.headline()), ctx);
      if (g.has("byline")) assertEquals(TestPagesTest.norm(text(g, "byline")), TestPagesTest.norm(a.byline()), ctx);
      if (g.has("dateline")) assertEquals(TestPagesTest.norm(text(g, "dateline")), TestPagesTest.norm(a.dateline()), ctx);
      String body = TestPagesTest.norm(a.body());
      assertTrue(body.startsWith(TestPagesTest.norm(g.get("first").asText())), ctx + " first: " + a.body());
      assertTrue(body.endsWith(TestPagesTest.norm(g.get("last").asText())), ctx + " last: " + a.body());
    }
    for (JsonNode b : gold.path("boilerplate")) {
      String s = TestPagesTest.norm(b.asText());
      for (Article a : arts) {
        String all = TestPagesTest.norm(a.kicker()) + "|" + TestPagesTest.norm(a.headline()) + "|"
            + TestPagesTest.norm(a.subheadline()) + "|" + TestPagesTest.norm(a.body());
        assertTrue(!all.contains(s), doc + " leaks " + s);
      }
    }
  }

  private static String text(JsonNode n, String f) {
    JsonNode v = n.get(f);
    return v == null || v.isNull() ? null : v.asText();
  }
}
