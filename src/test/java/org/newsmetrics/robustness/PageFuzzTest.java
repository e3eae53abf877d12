package org.newsmetrics.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.newsmetrics.core.PageProcessor;
import org.newsmetrics.model.Article;
import org.newsmetrics.model.Metric;
import org.newsmetrics.model.Page;
import org.newsmetrics.model.PageResult;

/**
 * Drives the whole page core (cleaning, splitting, metrics, which use the amount grammar) with
 * random and mutated pages: it never throws, every page comes out ok, and every metric's offsets
 * point at its raw text. CI runs the default number of tries (junit-platform.properties); run it
 * longer with {@code mvn test -Dtest=PageFuzzTest -Djqwik.tries.default=20000}.
 */
class PageFuzzTest {
  private static List<String> seedLines;
  private final PageProcessor processor = new PageProcessor();

  @BeforeContainer
  static void loadSeeds() throws IOException {
    try (var files = Files.list(Path.of("seeds"))) {
      seedLines = files.sorted().flatMap(f -> {
        try {
          return Files.readAllLines(f).stream();
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }).toList();
    }
  }

  @Property
  void randomTextNeverBreaksThePage(@ForAll("noise") String text) {
    check(text);
  }

  @Property
  void mutatedNewsPagesNeverBreakThePage(@ForAll("mutatedPages") String text) {
    check(text);
  }

  private void check(String text) {
    if (text.isBlank()) return;
    PageResult r = processor.process(new Page("fuzz", "fuzz.txt", text, "UTF-8", text.length()));
    assertEquals("ok", r.document().status(), () -> "failed: " + r.errors());
    for (Article a : r.articles()) assertNotNull(a.body());
    for (Metric m : r.metrics()) {
      Article a = r.articles().stream().filter(x -> x.articleId().equals(m.articleId())).findFirst().orElseThrow();
      String field = switch (m.field()) {
        case "headline" -> a.headline();
        case "kicker" -> a.kicker();
        case "subheadline" -> a.subheadline();
        default -> a.body();
      };
      assertEquals(m.rawText(), field.substring(m.charStart(), m.charEnd()), m.toString());
    }
  }

  @Provide
  Arbitrary<String> noise() {
    Arbitrary<Character> chars = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(5, Arbitraries.chars().range('\u4e00', '\u9fa5')),
        net.jqwik.api.Tuple.of(3, Arbitraries.of('0', '1', '5', '9', '.', ',', '-', '~', '%', ' ', '\n', '\n', '\r')),
        net.jqwik.api.Tuple.of(3, Arbitraries.of('亿', '万', '元', '个', '家', '项', '多', '余', '超', '近', '约', '至', '到', '两', '十', '百', '千', '零', '〇', '壹', '佰', '年', '月', '日', '第', '。', '，', '、', '（', '）', '(', ')', '“', '”', '：')),
        net.jqwik.api.Tuple.of(1, Arbitraries.chars()));
    return chars.list().ofMaxSize(400).map(cs -> {
      StringBuilder b = new StringBuilder();
      cs.forEach(b::append);
      return b.toString();
    });
  }

  @Provide
  Arbitrary<String> mutatedPages() {
    Arbitrary<List<String>> lines = Arbitraries.integers().between(0, Math.max(0, seedLines.size() - 1))
        .map(seedLines::get).list().ofMinSize(1).ofMaxSize(40);
    Arbitrary<Integer> cut = Arbitraries.integers().between(0, 60);
    Arbitrary<String> glue = Arbitraries.of("\n", "\n\n", "\r\n", "", " ", "\n\n\n", "（下转第2版）\n", "\n(上接第1版)");
    return Combinators.combine(lines, cut, glue).as((ls, c, g) -> {
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < ls.size(); i++) {
        String l = ls.get(i);
        // cut some lines mid-word, as column breaks do
        if (i % 3 == 1 && l.length() > c) l = l.substring(0, c);
        b.append(l).append(i % 4 == 0 ? g : "\n");
      }
      return b.toString();
    });
  }
}
