package org.newsmetrics.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsmetrics.model.Article;
import org.newsmetrics.model.LaidOutPage;
import org.newsmetrics.model.Page;
import org.newsmetrics.model.RemovedBlock;

/**
 * The hand-made pages in {@code src/test/resources/pages/}: each {@code NAME.txt} has a
 * {@code NAME.expected.json} with the articles (kind, headline decks, dateline, byline, first and
 * last words of the body), removed snippets with their kind, text that must stand in no article,
 * and the page's publication/date. Every page also passes the line-accounting check.
 */
class TestPagesTest {

  private static final ObjectMapper OM = new ObjectMapper();

  static Stream<String> pages() throws IOException, URISyntaxException {
    Path dir = Path.of(TestPagesTest.class.getResource("/pages").toURI());
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".expected.json"))
          .map(n -> n.substring(0, n.length() - ".expected.json".length())).sorted().toList().stream();
    }
  }

  static LaidOutPage run(String name, JsonNode exp) throws Exception {
    Path dir = Path.of(TestPagesTest.class.getResource("/pages").toURI());
    Path file = dir.resolve(name + ".txt");
    String enc = exp.path("encoding").asText("UTF-8");
    String text = new String(Files.readAllBytes(file), Charset.forName(enc));
    Page page = new Page(name, file.toString(), text, enc, Files.size(file));
    return new ArticleSplitter().split(new PageCleaner().clean(page));
  }

  static String norm(String s) {
    return s == null ? "" : LineAccounting.form(s);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pages")
  void pageMatchesExpectation(String name) throws Exception {
    Path dir = Path.of(TestPagesTest.class.getResource("/pages").toURI());
    JsonNode exp = OM.readTree(dir.resolve(name + ".expected.json").toFile());
    LaidOutPage lp = run(name, exp);
    List<Article> arts = lp.articles();
    StringBuilder dump = new StringBuilder();
    for (Article a : arts) {
      dump.append("\n  ").append(a.kind()).append(" | ").append(a.kicker()).append(" | ").append(a.headline())
          .append(" | ").append(a.subheadline()).append(" | ").append(a.dateline()).append(" | ").append(a.byline())
          .append(" | ").append(a.body().replace("\n", "⏎"));
    }
    String ctx = name + dump;
    if (exp.has("publication")) assertEquals(text(exp, "publication"), lp.clean().publication(), ctx);
    if (exp.has("publication_date")) {
      assertEquals(text(exp, "publication_date"), lp.clean().publicationDate() == null ? null
          : lp.clean().publicationDate().toString(), ctx);
    }
    if (exp.has("date_source")) assertEquals(text(exp, "date_source"), lp.clean().dateSource(), ctx);
    JsonNode ea = exp.get("articles");
    assertEquals(ea.size(), arts.size(), "article count " + ctx);
    for (int i = 0; i < ea.size(); i++) {
      JsonNode e = ea.get(i);
      Article a = arts.get(i);
      String c = ctx + "\n article " + (i + 1);
      assertEquals(e.get("kind").asText(), a.kind(), c);
      for (String f : new String[] {"kicker", "headline", "subheadline", "dateline", "byline"}) {
        if (!e.has(f)) continue;
        String got = switch (f) {
          case "kicker" -> a.kicker();
          case "headline" -> a.headline();
          case "subheadline" -> a.subheadline();
          case "dateline" -> a.dateline();
          default -> a.byline();
        };
        assertEquals(norm(text(e, f)), norm(got), f + " " + c);
      }
      String body = norm(a.body());
      assertTrue(body.startsWith(norm(e.get("first").asText())), "first " + c);
      assertTrue(body.endsWith(norm(e.get("last").asText())), "last " + c);
      assertFalse(a.body().contains("\n\n"), c);
      assertEquals(List.of(), a.industries());
      assertEquals(name + "#" + (i + 1), a.articleId());
    }
    List<String> all = new ArrayList<>();
    for (Article a : arts) {
      all.add(norm(a.kicker()) + "|" + norm(a.headline()) + "|" + norm(a.subheadline()) + "|" + norm(a.body()));
    }
    for (JsonNode s : exp.path("body_contains")) {
      assertTrue(all.stream().anyMatch(t -> t.contains(norm(s.asText()))), "body holds " + s + " " + ctx);
    }
    for (JsonNode s : exp.path("absent")) {
      assertTrue(all.stream().noneMatch(t -> t.contains(norm(s.asText()))), "absent " + s + " " + ctx);
    }
    for (JsonNode r : exp.path("removed")) {
      String kind = r.get("kind").asText();
      String snip = norm(r.get("snippet").asText());
      boolean found = false;
      for (RemovedBlock b : lp.removed()) found |= b.kind().equals(kind) && norm(b.text()).contains(snip);
      assertTrue(found, "removed " + kind + " " + snip + " in " + lp.removed());
    }
    List<String> missing = LineAccounting.unaccounted(lp);
    assertTrue(missing.isEmpty(), name + " lines in no article and not removed: " + missing);
    List<String> twice = LineAccounting.twice(lp);
    assertTrue(twice.isEmpty(), name + " text kept in two articles: " + twice);
  }

  private static String text(JsonNode n, String f) {
    JsonNode v = n.get(f);
    return v == null || v.isNull() ? null : v.asText();
  }
}
