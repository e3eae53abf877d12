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
    check(seed, SeedPagesTest.run(seed), s -> s);
  }

  /** The same page reposted in traditional characters gives the same articles (read back in simplified). */
  @ParameterizedTest(name = "{0}")
  @MethodSource("seeds")
  void traditionalRepostMatchesGold(Path seed) throws Exception {
    String doc = seed.getFileName().toString().replaceFirst("\\.txt$", "");
    String text = com.hankcs.hanlp.HanLP.convertToTraditionalChinese(java.nio.file.Files.readString(seed));
    var page = new org.newsmetrics.model.Page(doc, seed.toString(), text, "UTF-8", text.length());
    LaidOutPage lp = new ArticleSplitter().split(new PageCleaner().clean(page));
    check(seed, lp, s -> s == null ? null : com.hankcs.hanlp.HanLP.convertToSimplifiedChinese(s));
  }

  private void check(Path seed, LaidOutPage lp, java.util.function.UnaryOperator<String> back) throws Exception {
    String doc = seed.getFileName().toString().replaceFirst("\\.txt$", "");
    var url = SeedGoldTest.class.getResource("/gold/" + doc + ".gold.json");
    if (url == null) return;
    JsonNode gold = new ObjectMapper().readTree(url);
    List<Article> arts = lp.articles().stream().map(a -> new Article(a.articleId(), a.docId(), a.seq(), a.kind(),
        back.apply(a.kicker()), back.apply(a.headline()), back.apply(a.subheadline()), back.apply(a.dateline()),
        back.apply(a.byline()), back.apply(a.body()), a.publicationDate(), a.industries())).toList();
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
