package org.newsmetrics.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.newsmetrics.model.CleanPage;
import org.newsmetrics.model.LaidOutPage;
import org.newsmetrics.model.Page;

class RobustnessTest {

  private final PageCleaner cleaner = new PageCleaner();
  private final ArticleSplitter splitter = new ArticleSplitter();

  private LaidOutPage run(String text) {
    return splitter.split(cleaner.clean(new Page("t", "t.txt", text, "UTF-8", text == null ? 0 : text.length())));
  }

  @Test
  void emptyAndBlankPages() {
    assertEquals(0, run("").articles().size());
    assertEquals(0, run(null).articles().size());
    assertEquals(0, run("\n\r\n  \n\t\n").articles().size());
    assertEquals("none", cleaner.clean(new Page("t", "t", "", "UTF-8", 0)).dateSource());
  }

  @Test
  void aPageOfFurnitureOnlyHasNoArticle() {
    LaidOutPage lp = run("首页 > 新闻中心 > 正文\n分享到：微信 微博\n责任编辑：王红\n");
    assertEquals(0, lp.articles().size());
    assertEquals(3, lp.removed().size());
  }

  @Test
  void removedLinesAreOneBasedAndInsideThePage() throws Exception {
    for (Path seed : SeedPagesTest.seeds()) {
      LaidOutPage lp = SeedPagesTest.run(seed);
      int lines = Files.readString(seed).split("\r\n|\r|\n", -1).length;
      lp.removed().forEach(r -> assertTrue(r.lineStart() >= 1 && r.lineEnd() <= lines && r.lineStart() <= r.lineEnd(), r.toString()));
      lp.clean().paragraphs().forEach(p -> assertTrue(p.lineStart() >= 1 && p.lineEnd() <= lines, p.toString()));
    }
  }

  @Test
  void removedKindsAreTableCodes() throws Exception {
    java.util.Set<String> codes = new java.util.HashSet<>();
    for (org.newsmetrics.model.RemovedKind k : org.newsmetrics.model.RemovedKind.values()) codes.add(k.code());
    for (Path seed : SeedPagesTest.seeds()) {
      SeedPagesTest.run(seed).removed().forEach(r -> assertTrue(codes.contains(r.kind()), r.toString()));
    }
  }

  @Test
  void aParentheticalNoteIsNotAByline() {
    LaidOutPage lp = run("标题一二三四五\n\n本报讯 全市工业产值增长5%。\n\n（以上数据来源于市统计局）\n\n（李明）\n");
    assertEquals(1, lp.articles().size());
    assertEquals("（李明）", lp.articles().get(0).byline());
  }

  @Test
  void aLargePageIsFast() throws Exception {
    StringBuilder sb = new StringBuilder();
    List<Path> seeds = SeedPagesTest.seeds();
    for (int i = 0; i < 20; i++) for (Path s : seeds) sb.append(Files.readString(s)).append('\n');
    String text = sb.toString();
    assertTimeoutPreemptively(Duration.ofSeconds(20), () -> run(text));
  }

  @Test
  void oneInstancePerThreadGivesTheSameResultAsSequential() throws Exception {
    List<Path> seeds = SeedPagesTest.seeds();
    List<LaidOutPage> expected = new ArrayList<>();
    for (Path s : seeds) expected.add(SeedPagesTest.run(s));
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<LaidOutPage>> futures = new ArrayList<>();
      for (int round = 0; round < 3; round++) {
        for (Path s : seeds) {
          String text = Files.readString(s);
          String doc = s.getFileName().toString().replaceFirst("\\.txt$", "");
          futures.add(pool.submit(() -> {
            CleanPage c = cleaner.clean(new Page(doc, s.toString(), text, "UTF-8", text.length()));
            return splitter.split(c);
          }));
        }
      }
      for (int i = 0; i < futures.size(); i++) {
        LaidOutPage got = futures.get(i).get();
        LaidOutPage want = expected.get(i % seeds.size());
        assertEquals(want.articles(), got.articles());
        assertEquals(want.removed(), got.removed());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** Pages cut and spliced at random from the seed lines: no exception, no endless loop, every line accounted for. */
  @Test
  void randomlySplicedPagesTerminateAndAccountForEveryLine() throws Exception {
    List<String> pool = new ArrayList<>();
    for (Path s : SeedPagesTest.seeds()) pool.addAll(Files.readAllLines(s));
    java.util.Random r = new java.util.Random(42);
    assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
      for (int i = 0; i < 150; i++) {
        StringBuilder sb = new StringBuilder();
        int n = 5 + r.nextInt(60);
        int start = r.nextInt(pool.size());
        for (int k = 0; k < n; k++) {
          String l = r.nextInt(4) == 0 ? pool.get(r.nextInt(pool.size())) : pool.get((start + k) % pool.size());
          if (r.nextInt(10) == 0 && l.length() > 3) {
            int cut = r.nextInt(l.length());
            l = l.substring(0, cut) + "\n" + l.substring(cut);
          }
          sb.append(l).append(r.nextInt(3) == 0 ? "\n\n" : "\n");
        }
        LaidOutPage lp = run(sb.toString());
        assertEquals(List.of(), LineAccounting.unaccounted(lp), sb.toString());
      }
    });
  }

  @Property(tries = 100)
  void anyTextIsAccountedFor(@ForAll String text) {
    LaidOutPage lp = run(text);
    assertEquals(List.of(), LineAccounting.unaccounted(lp));
  }
}
