package org.newsmetrics.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmetrics.model.Article;
import org.newsmetrics.model.Metric;
import org.newsmetrics.model.PageResult;
import org.newsmetrics.model.RemovedBlock;

class ReportHtmlTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static String render(PageResult... pages) {
    ReportData d = ReportData.empty();
    for (PageResult p : pages) d.add(p);
    return ReportHtml.render(d, "job", "2026-01-01T00:00:00Z");
  }

  /** The evidence article of the page: its HTML from {@code <article} to {@code </article>}. */
  private static String articleHtml(String html, String articleId) {
    int a = html.indexOf("data-article-id=\"" + articleId + "\"");
    assertTrue(a >= 0, "article " + articleId + " rendered");
    return html.substring(html.lastIndexOf("<article", a), html.indexOf("</article>", a) + "</article>".length());
  }

  private static String stripTags(String s) {
    return s.replaceAll("<[^>]*>", "").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
        .replace("&#39;", "'").replace("&amp;", "&");
  }

  private static List<String> marks(String html) {
    List<String> out = new ArrayList<>();
    Matcher m = Pattern.compile("<mark class=\"metric [^>]*>(.*?)</mark>").matcher(html);
    while (m.find()) out.add(m.group(1));
    return out;
  }

  /** Marks are flat: every opening tag is followed by its closing tag before the next opening one. */
  private static void assertFlatMarks(String html) {
    Matcher m = Pattern.compile("<(/?)mark\\b").matcher(html);
    boolean open = false;
    while (m.find()) {
      boolean closing = !m.group(1).isEmpty();
      assertEquals(open, closing, "mark tags nested or unbalanced near " + m.start());
      open = !closing;
    }
    assertFalse(open);
  }

  private static JsonNode json(String html, String id) throws Exception {
    String open = "<script type=\"application/json\" id=\"" + id + "\">";
    int a = html.indexOf(open) + open.length();
    return JSON.readTree(html.substring(a, html.indexOf("</script>", a)));
  }

  @Test
  void isSelfContainedAndDeclaresUtf8AndACjkFont() {
    String html = render(Fixtures.richPage(1), Fixtures.failed("bad", "x"));
    assertTrue(html.startsWith("<!DOCTYPE html>"));
    assertTrue(html.contains("<meta charset=\"utf-8\">"));
    assertTrue(html.contains("\"Noto Sans CJK SC\",\"Source Han Sans SC\",\"PingFang SC\",\"Microsoft YaHei\",sans-serif"));
    assertTrue(html.contains("Content-Security-Policy"));
    String withoutSvgNs = html.replace("xmlns=\"http://www.w3.org/2000/svg\"", "");
    for (String bad : List.of("http://", "https://", "<link", " src=", "@import", "url(", "@font-face")) {
      assertFalse(withoutSvgNs.contains(bad), "no external resource: " + bad);
    }
    assertEquals(html, render(Fixtures.richPage(1), Fixtures.failed("bad", "x")), "deterministic");
  }

  @Test
  void escapesTextAttributesAndEmbeddedJson() throws Exception {
    String evil = "</script><script>alert(1)</script>&\"'<b>";
    Article a = Fixtures.article("d<1>", 1, "标题" + evil, "正文" + evil + "总投资5亿元");
    int s = a.body().indexOf("5亿元");
    Metric m = new Metric("d<1>#1/m1", a.articleId(), "d<1>", "investment", 5e8, null, "CNY", "5亿元", "exact",
        "reported", null, null, null, "主体" + evil, "project", null, "证据" + evil, s, s + 3, null, "body");
    PageResult p = Fixtures.page("d<1>", List.of(a), List.of(m),
        List.of(new RemovedBlock("d<1>", "advert", "广告" + evil, 3, 4)));
    ReportData d = ReportData.of(p);
    d.merge(ReportData.of(Fixtures.failed("e<rr>", "boom " + evil)));
    String html = ReportHtml.render(d, "job<script>", "t&t");
    assertFalse(html.contains("<script>alert"), "no injected script");
    assertFalse(html.contains("<b>"), "no injected tag");
    assertFalse(html.contains("could not be located"));
    assertTrue(html.contains("job&lt;script&gt;"));
    assertTrue(html.contains("t&amp;t"));
    assertTrue(html.contains("boom &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;&amp;&quot;&#39;&lt;b&gt;"));
    // exactly our scripts: two JSON blocks and one program
    assertEquals(3, html.split("<script", -1).length - 1);
    assertEquals(3, html.split("</script>", -1).length - 1);
    JsonNode metrics = json(html, "metrics-data");
    assertEquals("证据" + evil, metrics.get("rows").get(0).get(13).asText());
    assertEquals("主体" + evil, json(html, "evidence-data").get(0).get("subject").asText());
    String scriptBlock = html.substring(html.indexOf("id=\"metrics-data\">"), html.indexOf("</script>", html.indexOf("id=\"metrics-data\">")));
    assertTrue(scriptBlock.contains("\\u003c/script\\u003e"));
    assertFalse(scriptBlock.substring(1).contains("<"), "no raw < in embedded JSON");
    // the figure is still highlighted in the escaped body
    assertEquals(List.of("5亿元"), marks(articleHtml(html, "d&lt;1&gt;#1")));
  }

  @Test
  void highlightsFiguresInPlaceInEveryField() {
    PageResult p = Fixtures.richPage(7);
    String html = render(p);
    String art = articleHtml(html, "doc_007#1");
    assertFlatMarks(art);
    List<String> marks = marks(art);
    assertTrue(marks.contains("17.5亿元"), marks.toString());
    assertTrue(marks.contains("107亿元"), marks.toString());
    assertTrue(marks.contains("207亿元"), marks.toString());
    assertTrue(marks.contains("7"), "the headline figure: " + marks);
    assertTrue(art.contains("<h4 class=\"headline\">共<mark class=\"metric mod-reported\""), art);
    assertTrue(art.contains("class=\"metric mod-target\""), "target figures marked as such");
    assertTrue(art.contains("data-metric=\"investment\""));
    assertTrue(art.contains("data-value=\"17.5亿元\""));
    // paragraphs split on \n; the text is all there, in order, once
    Article a = p.articles().get(0);
    String body = art.substring(art.indexOf("<div class=\"body\">"), art.indexOf("</div>", art.indexOf("<div class=\"body\">")));
    assertEquals(a.dateline() + a.body().replace("\n", ""), stripTags(body));
    assertEquals(a.body().split("\n").length + 1, body.split("<p", -1).length - 1);
    // the evidence JSON explains each mark
    Matcher ev = Pattern.compile("data-ev=\"(\\d+)\"").matcher(art);
    assertTrue(ev.find());
  }

  @Test
  void badOffsetsAreSkippedAndListed() {
    Article a = Fixtures.article("d", 1, "头条", "总投资5亿元，产值8亿元。");
    List<Metric> ms = List.of(
        Fixtures.metric(a, 1, "investment", 5e8, "CNY", "body", -1, 3, "reported", null, null, null),
        Fixtures.metric(a, 2, "investment", 5e8, "CNY", "body", 3, 99, "reported", null, null, null),
        Fixtures.metric(a, 3, "investment", 5e8, "CNY", "body", 4, 4, "reported", null, null, null),
        Fixtures.metric(a, 4, "investment", 5e8, "CNY", "body", 6, 2, "reported", null, null, null),
        Fixtures.metric(a, 5, "investment", 5e8, "CNY", "kicker", 0, 1, "reported", null, null, null),
        Fixtures.metric(a, 6, "investment", 5e8, "CNY", "footnote", 0, 1, "reported", null, null, null),
        Fixtures.metric(a, 7, "output_value", 8e8, "CNY", "body", 9, 12, "reported", null, null, null));
    String html = render(Fixtures.page("d", List.of(a), ms, List.of()));
    String art = articleHtml(html, "d#1");
    assertFlatMarks(art);
    assertEquals(List.of("8亿元"), marks(art));
    assertTrue(art.contains("Figures that could not be located"));
    assertEquals(6, art.split("<li>", -1).length - 1, "each unplaced figure listed");
    assertTrue(art.contains("article has no kicker"));
    assertTrue(art.contains("unknown field footnote"));
    assertTrue(stripTags(art).contains("总投资5亿元，产值8亿元。"));
  }

  @Test
  void overlappingAndDuplicateSpansStayFlat() {
    String body = "计划总投资113.86亿元的项目开工。";
    Article a = Fixtures.article("d", 1, "头条", body);
    int s = body.indexOf("113.86");
    int e = body.indexOf("亿元") + 2;
    List<Metric> ms = List.of(
        Fixtures.metric(a, 1, "investment", 113.86e8, "CNY", "body", s, e, "reported", null, null, null),
        Fixtures.metric(a, 2, "investment", 113.86e8, "CNY", "body", s, e, "target", null, null, null),
        Fixtures.metric(a, 3, "fund", 1e8, "CNY", "body", s - 3, s + 3, "forecast", null, null, null),
        Fixtures.metric(a, 4, "fund", 1e8, "CNY", "body", s + 2, e + 2, "reported", null, null, null));
    String html = render(Fixtures.page("d", List.of(a), ms, List.of()));
    String art = articleHtml(html, "d#1");
    assertFlatMarks(art);
    assertEquals(body, stripTags(art.substring(art.indexOf("<div class=\"body\">"))
        .replace(a.dateline(), "").replace(a.byline(), "")).trim());
    assertTrue(art.contains("class=\"metric multi\""), "overlaps are marked as several figures");
    // the piece covered by all four figures references all four
    Matcher all = Pattern.compile("data-ev=\"(\\d+) (\\d+) (\\d+) (\\d+)\"[^>]*>([^<]*)</mark>").matcher(art);
    assertTrue(all.find(), art);
    assertEquals("3", all.group(5));
    assertEquals(String.join("", marks(art)), body.substring(s - 3, e + 2));
  }

  @Test
  void offsetsInsideASurrogatePairDoNotBreakTheText() {
    String body = "𠀀𠀀投资5亿元";
    Article a = Fixtures.article("d", 1, "头条", body);
    Metric m = Fixtures.metric(a, 1, "investment", 5e8, "CNY", "body", 1, 5, "reported", null, null, null);
    String html = render(Fixtures.page("d", List.of(a), List.of(m), List.of()));
    String art = articleHtml(html, "d#1");
    assertTrue(stripTags(art).contains(body), "the text is all there: " + art);
    assertEquals(List.of("𠀀𠀀投"), marks(art), "the mark widened to the whole pair");
    for (int i = 0; i < html.length(); i++) {
      char c = html.charAt(i);
      if (Character.isHighSurrogate(c)) assertTrue(Character.isLowSurrogate(html.charAt(++i)), "pair at " + i);
      else assertFalse(Character.isLowSurrogate(c), "lone low surrogate at " + i);
    }
    assertFlatMarks(art);
  }

  /** On the real seed pages: every figure of a kept page is either highlighted or listed as not located. */
  @Test
  void seedPagesAccountForEveryFigure() throws Exception {
    ReportData d = SeedReports.seedReport();
    String html = ReportHtml.render(d, "seeds", "t");
    assertFlatMarks(html);
    JsonNode ev = json(html, "evidence-data");
    long figures = d.pages().stream().mapToLong(p -> p.metrics().size()).sum();
    assertEquals(figures, ev.size());
    java.util.Set<Integer> referenced = new java.util.HashSet<>();
    Matcher m = Pattern.compile("<(?:mark|span) class=\"(?:metric|metric-ref)[^\"]*\" tabindex=\"0\" data-ev=\"([0-9 ]+)\"")
        .matcher(html);
    while (m.find()) for (String r : m.group(1).split(" ")) referenced.add(Integer.parseInt(r));
    // the marks of a figure, read in order, spell the figure as written
    java.util.Map<Integer, StringBuilder> spelled = new java.util.HashMap<>();
    Matcher mk = Pattern.compile("<mark class=\"metric[^\"]*\" tabindex=\"0\" data-ev=\"([0-9 ]+)\"[^>]*>([^<]*)</mark>")
        .matcher(html);
    while (mk.find()) {
      for (String r : mk.group(1).split(" ")) {
        spelled.computeIfAbsent(Integer.parseInt(r), k -> new StringBuilder()).append(stripTags(mk.group(2)));
      }
    }
    for (int i = 0; i < ev.size(); i++) {
      assertTrue(referenced.contains(i), "figure " + ev.get(i) + " shown");
      if (ev.get(i).get("placed").asBoolean() && !ev.get(i).get("mismatch").asBoolean()) {
        assertEquals(ev.get(i).get("raw").asText().replace("\n", ""), String.valueOf(spelled.get(i)), "figure " + i);
      }
    }
    assertEquals(d.metricsTotal(), json(html, "metrics-data").get("rows").size());
    assertEquals(d.pagesRead(), html.split("<option value=\"page-", -1).length - 1);
  }

  @Test
  void emptyRunRendersEveryPart() {
    String html = ReportHtml.render(ReportData.empty(), "empty", "t");
    assertEquals(4, html.split("no figures of this kind", -1).length - 1);
    assertTrue(html.contains("No pages to show."));
    assertTrue(html.contains("No errors"));
  }

  @Test
  void summaryShowsCountsAndErrorRows() {
    String html = render(Fixtures.richPage(1), Fixtures.richPage(2), Fixtures.failed("bad_page", "cannot decode"));
    assertTrue(html.contains("id=\"errors-table\""));
    assertTrue(html.contains("<td class=\"path\">in/bad_page.txt</td><td>bad_page</td><td>clean</td>"));
    assertTrue(html.contains("cannot decode"));
    assertTrue(html.contains("<td>masthead</td>"));
    assertTrue(html.contains("<td>project_count <span class=\"zh\">项目数</span></td>"));
    assertTrue(html.contains("id=\"chart-output-region\""));
    assertTrue(html.contains("<rect class=\"bar mod-target\""), "target figures drawn in their own colour");
    assertTrue(html.contains("data-key=\"2023-02\""), "month columns");
    assertTrue(html.contains("class=\"removed\" data-kind=\"masthead\""), "removed furniture of the page");
    assertTrue(html.contains("<div class=\"page-errors\"><p><strong>clean</strong> · java.lang.IllegalStateException: cannot decode"),
        "a failed page shows why in the evidence viewer");
  }

  @Test
  void valuesReadably() {
    assertEquals("113.86亿元", ValueFormat.display(11_386_000_000d, null, "CNY"));
    assertEquals("2074亿元", ValueFormat.display(207_400_000_000d, null, "CNY"));
    assertEquals("1.5万亿元", ValueFormat.display(1.5e12, null, "CNY"));
    assertEquals("5000万元", ValueFormat.display(50_000_000d, null, "CNY"));
    assertEquals("5–10亿元", ValueFormat.display(5e8, 1e9, "CNY"));
    assertEquals("800元", ValueFormat.display(800, null, "CNY"));
    assertEquals("USD 6.7 bn", ValueFormat.display(6.7e9, null, "USD"));
    assertEquals("EUR 12.5 m", ValueFormat.display(12.5e6, null, "EUR"));
    assertEquals("12", ValueFormat.display(12, null, "count"));
    assertEquals("1,234", ValueFormat.display(1234, null, "count"));
    assertEquals("3–5", ValueFormat.display(3, 5.0, "count"));
  }

  @Test
  void writesTheFile(@TempDir Path dir) throws Exception {
    ReportData d = ReportData.of(Fixtures.richPage(3));
    Path out = ReportFiles.write(dir.resolve("out/job"), d, "job", "t");
    assertEquals(dir.resolve("out/job/report.html"), out);
    assertEquals(ReportHtml.render(d, "job", "t"), Files.readString(out, StandardCharsets.UTF_8));
    ReportFiles.write(dir.resolve("out/job"), ReportData.empty(), "job", "t");
    try (var files = Files.list(dir.resolve("out/job"))) {
      assertEquals(List.of("report.html"), files.map(f -> f.getFileName().toString()).toList(), "no temp file left");
    }
  }
}
