package org.newsmetrics.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.newsmetrics.model.Article;
import org.newsmetrics.model.Metric;
import org.newsmetrics.model.PageResult;

class ReportDataTest {

  private static List<PageResult> pages(int n) {
    List<PageResult> out = new ArrayList<>();
    for (int i = 1; i <= n; i++) out.add(Fixtures.richPage(i));
    out.add(Fixtures.failed("doc_bad", "unreadable"));
    return out;
  }

  /** Accumulates pages in the given order, in a random binary merge tree (as a runner might). */
  private static ReportData tree(List<PageResult> pages, Random rnd, int maxMetrics, int maxPages) {
    List<ReportData> parts = new ArrayList<>();
    for (PageResult p : pages) parts.add(ReportData.of(p, maxMetrics, maxPages, 100));
    while (parts.size() > 1) {
      int i = rnd.nextInt(parts.size() - 1);
      ReportData merged = parts.get(i).merge(parts.get(i + 1));
      parts.set(i, merged);
      parts.remove(i + 1);
    }
    return parts.get(0);
  }

  @Test
  void countsPagesArticlesMetricsRemovedAndErrors() {
    ReportData d = ReportData.empty();
    for (PageResult p : pages(4)) d.add(p);
    assertEquals(5, d.pagesRead());
    assertEquals(4, d.pagesOk());
    assertEquals(1, d.pagesError());
    assertEquals(4, d.articles());
    assertEquals(20, d.metricsTotal());
    assertEquals(8L, d.metricsByType().get("project_count"));
    assertEquals(8L, d.metricsByType().get("output_value"));
    assertEquals(4L, d.metricsByType().get("investment"));
    assertEquals(4L, d.removedByKind().get("masthead"));
    assertEquals(1, d.errorsTotal());
    assertEquals("in/doc_bad.txt", d.errors().get(0).sourcePath());
    assertEquals(1L, d.errorsByStage().get("clean"));
  }

  @Test
  void mergeOrderDoesNotMatter() {
    List<PageResult> pages = pages(40);
    ReportData reference = tree(pages, new Random(1), 50_000, 300);
    String html = ReportHtml.render(reference, "job", "t");
    for (int seed = 2; seed < 8; seed++) {
      List<PageResult> shuffled = new ArrayList<>(pages);
      Collections.shuffle(shuffled, new Random(seed));
      ReportData d = tree(shuffled, new Random(seed * 31L), 50_000, 300);
      assertEquals(reference, d, "seed " + seed);
      assertEquals(html, ReportHtml.render(d, "job", "t"), "rendered report, seed " + seed);
    }
  }

  @Test
  void mergeOrderDoesNotMatterUnderCaps() {
    List<PageResult> pages = pages(60);
    ReportData reference = tree(pages, new Random(1), 7, 5);
    String html = ReportHtml.render(reference, "job", "t");
    for (int seed = 2; seed < 8; seed++) {
      List<PageResult> shuffled = new ArrayList<>(pages);
      Collections.shuffle(shuffled, new Random(seed));
      ReportData d = tree(shuffled, new Random(seed), 7, 5);
      assertEquals(reference, d);
      assertEquals(html, ReportHtml.render(d, "job", "t"));
    }
  }

  @Test
  void capsKeepTheSmallestDocIdsAndCountWhatIsLeftOut() {
    List<PageResult> pages = new ArrayList<>(pages(200));
    Collections.reverse(pages);
    ReportData capped = ReportData.empty();
    ReportData full = new ReportData(1_000_000, 1_000_000, 1_000_000);
    for (PageResult p : pages) {
      capped.merge(ReportData.of(p, 12, 3, 100));
      full.add(p);
    }
    // the accumulator built by `empty()` has the default caps; build one with small caps too
    ReportData small = new ReportData(12, 3, 100);
    for (PageResult p : pages) small.add(p);
    assertEquals(List.of("doc_001", "doc_002", "doc_003"),
        small.pages().stream().map(p -> p.document().docId()).toList());
    assertEquals(198, small.pagesLeftOut());
    assertEquals(12, small.metrics().size());
    assertEquals(1000 - 12, small.metricsLeftOut());
    assertEquals("doc_001#1/m1", small.metrics().get(0).metricId());
    assertTrue(small.metrics().stream().allMatch(m -> m.docId().compareTo("doc_003") <= 0));
    // counts and charts do not depend on the caps
    assertEquals(full.metricsTotal(), small.metricsTotal());
    assertEquals(full.metricsByType(), small.metricsByType());
    for (String chart : List.of(ReportData.CHART_INVESTMENT_BY_SUBJECT, ReportData.CHART_INVESTMENT_BY_PERIOD,
        ReportData.CHART_OUTPUT_BY_REGION, ReportData.CHART_PROJECTS_BY_MONTH)) {
      assertEquals(full.chart(chart), small.chart(chart), chart);
    }
    String html = ReportHtml.render(small, "job", "t");
    assertTrue(html.contains("id=\"cap-notices\""), "the report says rows were left out");
    assertTrue(html.contains("988 more are in the metrics Parquet table"), html.substring(html.indexOf("cap-notices")));
    assertTrue(html.contains("198 pages are left out"));
    assertEquals(full.metricsTotal(), capped.metricsTotal());
  }

  /**
   * A merge that reads each part's detached rows only up to its cutoff, in runs of pages in order,
   * reversed or shuffled, keeps what merging whole reports keeps, and reads few rows when the parts
   * come in doc id order.
   */
  @Test
  void rowsReadUpToTheCutoffKeepWhatWholeReportsKeep() {
    List<PageResult> pages = pages(90);
    for (int order = 0; order < 3; order++) {
      List<PageResult> ordered = new ArrayList<>(pages);
      if (order == 1) Collections.reverse(ordered);
      if (order == 2) Collections.shuffle(ordered, new Random(5));
      ReportData whole = new ReportData(12, 5, 100);
      ReportData byCutoff = null;
      int rowsRead = 0;
      for (int from = 0; from < ordered.size(); from += 7) {
        ReportData part = new ReportData(12, 5, 100);
        for (PageResult p : ordered.subList(from, Math.min(ordered.size(), from + 7))) part.add(p);
        whole.merge(part.copy());
        List<Metric> rows = part.detachMetrics();
        assertEquals(rows.stream().sorted(ReportData.METRIC_ORDER).toList(), rows, "detached in report order");
        assertTrue(part.metrics().isEmpty(), "none kept after detaching");
        if (byCutoff == null) byCutoff = new ReportData(12, 5, 100);
        byCutoff.merge(part);
        Metric cutoff = byCutoff.metricsCutoff();
        List<Metric> read = new ArrayList<>();
        for (Metric m : rows) {
          if (cutoff != null && ReportData.METRIC_ORDER.compare(m, cutoff) >= 0) break;
          read.add(m);
        }
        rowsRead += read.size();
        byCutoff.attachMetrics(read);
      }
      assertEquals(whole, byCutoff, "order " + order);
      assertEquals(ReportHtml.render(whole, "job", "t"), ReportHtml.render(byCutoff, "job", "t"), "order " + order);
      assertEquals(whole.metricsLeftOut(), byCutoff.metricsLeftOut());
      if (order == 0) assertEquals(12, rowsRead, "in doc id order only the rows kept are read");
    }
    assertEquals(null, new ReportData(12, 5, 100).add(Fixtures.richPage(1)).metricsCutoff(), "fewer rows than the cap");
  }

  /**
   * Pages left out by {@link ReportData#pathsKept} (the pipeline's workers know it from the listing)
   * give the same report as pages kept and trimmed later: same counts, charts, rows and HTML.
   */
  @Test
  void pagesKnownToBeLeftOutNeedNotBeKept() {
    List<PageResult> pages = new ArrayList<>(pages(40));
    Collections.shuffle(pages, new Random(3));
    java.util.Set<String> kept = ReportData.pathsKept(pages.stream().map(p -> p.document().sourcePath()).toList(),
        path -> path.substring(path.lastIndexOf('/') + 1, path.lastIndexOf('.')), 5);
    assertEquals(5, kept.size());
    assertTrue(kept.contains("in/doc_001.txt") && kept.contains("in/doc_005.txt"), kept.toString());
    ReportData reference = new ReportData(50_000, 5, 100);
    ReportData sparing = new ReportData(50_000, 5, 100);
    List<ReportData> groups = new ArrayList<>();
    for (int g = 0; g < 4; g++) groups.add(new ReportData(50_000, 5, 100));
    for (int i = 0; i < pages.size(); i++) {
      PageResult p = pages.get(i);
      reference.add(p);
      sparing.add(p, kept.contains(p.document().sourcePath()));
      groups.get(i % 4).add(p, kept.contains(p.document().sourcePath()));
    }
    ReportData merged = groups.get(0);
    for (int g = 1; g < 4; g++) merged.merge(groups.get(g));
    assertEquals(reference, sparing);
    assertEquals(reference, merged);
    assertEquals(reference.pagesLeftOut(), merged.pagesLeftOut());
    assertEquals(ReportHtml.render(reference, "job", "t"), ReportHtml.render(merged, "job", "t"));
  }

  @Test
  void mergeLeavesTheOtherAccumulatorAlone() {
    ReportData a = ReportData.of(Fixtures.richPage(1));
    ReportData b = ReportData.of(Fixtures.richPage(2));
    ReportData bCopy = b.copy();
    a.merge(b);
    assertEquals(bCopy, b);
    assertEquals(2, a.pagesRead());
    assertThrows(IllegalArgumentException.class, () -> a.merge(a));
    assertNotEquals(a, b);
  }

  @Test
  void chartSumsAreExactAndOrderFree() {
    Article art = Fixtures.article("d", 1, "h", "总投资0.1元和0.2元和0.3元");
    List<Metric> ms = new ArrayList<>();
    for (int k = 0; k < 3; k++) {
      ms.add(Fixtures.metric(art, k + 1, "investment", (k + 1) / 10.0, "CNY", "body", 3, 6, "reported", null, "X",
          "project"));
    }
    ReportData x = ReportData.empty();
    ReportData y = ReportData.empty();
    for (Metric m : ms) x.add(Fixtures.page("d" + m.metricId(), List.of(art), List.of(m), List.of()));
    List<Metric> rev = new ArrayList<>(ms);
    Collections.reverse(rev);
    for (Metric m : rev) y.add(Fixtures.page("d" + m.metricId(), List.of(art), List.of(m), List.of()));
    assertEquals(x.chart(ReportData.CHART_INVESTMENT_BY_SUBJECT), y.chart(ReportData.CHART_INVESTMENT_BY_SUBJECT));
    BigDecimal total = x.chart(ReportData.CHART_INVESTMENT_BY_SUBJECT).get(0).total();
    assertEquals(0, total.compareTo(new BigDecimal(0.1).add(new BigDecimal(0.2)).add(new BigDecimal(0.3))));
  }

  @Test
  void chartsKeepTheirKindsApart() {
    ReportData d = ReportData.empty();
    for (PageResult p : pages(6)) d.add(p);
    List<ReportData.Bar> regions = d.chart(ReportData.CHART_OUTPUT_BY_REGION);
    assertEquals(java.util.Set.of("太仓", "昆山"), regions.stream().map(ReportData.Bar::key).collect(java.util.stream.Collectors.toSet()));
    ReportData.Bar taicang = regions.stream().filter(b -> b.key().equals("太仓")).findFirst().orElseThrow();
    assertTrue(taicang.byModality().containsKey("target"));
    List<ReportData.Bar> months = d.chart(ReportData.CHART_PROJECTS_BY_MONTH);
    assertEquals(6, months.size());
    assertEquals("2023-01", months.get(0).key());
    // project counts without a month (the headline figures) are left out of the month chart, and counted
    assertEquals(6, d.chartLeftOut(ReportData.CHART_PROJECTS_BY_MONTH));
    // investment without a subject goes to the "none" bar
    assertTrue(d.chart(ReportData.CHART_INVESTMENT_BY_SUBJECT).stream().anyMatch(ReportData.Bar::isNone));
  }

  @Test
  void monthOfAPeriod() {
    Article a = Fixtures.article("d", 1, "h", "body text");
    Metric base = Fixtures.metric(a, 1, "project_count", 3, "count", "body", 0, 2, "reported", "2023-06", null, null);
    assertEquals("2023-06", ReportData.monthOf(base));
    Metric range = new Metric("i", "a", "d", "project_count", 3, null, "count", "3", "exact", "reported",
        "2023-01/2023-05", LocalDate.of(2023, 1, 1), LocalDate.of(2023, 5, 31), null, null, null, "", 0, 1, null, "body");
    assertEquals("2023-05", ReportData.monthOf(range));
    Metric year = new Metric("i", "a", "d", "project_count", 3, null, "count", "3", "exact", "reported", "2023", null,
        null, null, null, null, "", 0, 1, null, "body");
    assertEquals(null, ReportData.monthOf(year));
    Metric datedYear = new Metric("i", "a", "d", "project_count", 3, null, "count", "3", "exact", "reported", "2023",
        LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31), null, null, null, "", 0, 1, null, "body");
    assertEquals(null, ReportData.monthOf(datedYear), "a year is not December");
  }

  @Test
  void naturalOrderOfIds() {
    assertTrue(ReportData.compareNatural("d#2/m1", "d#10/m1") < 0);
    assertTrue(ReportData.compareNatural("d#10/m2", "d#10/m10") < 0);
    assertTrue(ReportData.compareNatural("a", "b") < 0);
    assertTrue(ReportData.compareNatural("a01", "a1") != 0);
    assertEquals(0, ReportData.compareNatural("x#3", "x#3"));
  }

  @Test
  void survivesJavaSerialization() throws Exception {
    ReportData d = ReportData.empty();
    for (PageResult p : pages(5)) d.add(p);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(d);
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      ReportData back = (ReportData) in.readObject();
      assertEquals(d, back);
      assertEquals(ReportHtml.render(d, "j", "t"), ReportHtml.render(back, "j", "t"));
    }
  }
}
