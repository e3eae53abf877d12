package org.newsmetrics.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.newsmetrics.model.Article;
import org.newsmetrics.model.DocumentInfo;
import org.newsmetrics.model.Metric;
import org.newsmetrics.model.PageError;
import org.newsmetrics.model.PageResult;
import org.newsmetrics.model.RemovedBlock;

/**
 * Renders a run's {@link ReportData} as one self-contained HTML file: inline CSS, inline SVG
 * charts, inline script and JSON; nothing is fetched (a Content-Security-Policy forbids it).
 * The output depends only on the data, the job name and {@code generatedAt}.
 */
public final class ReportHtml {
  private ReportHtml() {}

  static final String FONT_STACK =
      "\"Noto Sans CJK SC\",\"Source Han Sans SC\",\"PingFang SC\",\"Microsoft YaHei\",sans-serif";

  /** Chinese names of the metric types, for labels. */
  static final Map<String, String> TYPE_NAMES = new LinkedHashMap<>();

  static {
    TYPE_NAMES.put("investment", "投资");
    TYPE_NAMES.put("investment_completed", "完成投资");
    TYPE_NAMES.put("output_value", "产值/规模");
    TYPE_NAMES.put("project_count", "项目数");
    TYPE_NAMES.put("revenue", "营收");
    TYPE_NAMES.put("profit", "利润");
    TYPE_NAMES.put("tax", "税收");
    TYPE_NAMES.put("fund", "基金/融资");
    TYPE_NAMES.put("subsidy", "扶持资金");
    TYPE_NAMES.put("enterprise_count", "企业数");
  }

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int CHART_TOP = 15;

  public static String render(ReportData data, String jobName, String generatedAt) {
    String job = jobName == null ? "" : jobName;
    StringBuilder b = new StringBuilder(1 << 16);
    b.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; ")
        .append("style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">\n")
        .append("<meta name=\"generator\" content=\"news-metrics\">\n")
        .append("<title>news-metrics run report · ").append(Html.esc(job)).append("</title>\n<style>\n")
        .append(resource("report.css").replace("/*FONT_STACK*/", FONT_STACK))
        .append("</style>\n</head>\n<body>\n");
    b.append("<header class=\"top\"><div class=\"wrap\"><h1>news-metrics <span class=\"sub\">run report · 运行报告</span></h1>")
        .append("<p class=\"meta\">job <b id=\"job-name\">").append(Html.esc(job)).append("</b> · generated <time>")
        .append(Html.esc(generatedAt)).append("</time></p>")
        .append("<nav><a href=\"#summary\">Summary 概况</a><a href=\"#charts\">Charts 图表</a>")
        .append("<a href=\"#metrics\">Metrics 指标</a><a href=\"#evidence\">Evidence 原文</a></nav></div></header>\n");
    b.append("<main class=\"wrap\">\n");
    summary(b, data);
    charts(b, data);
    metricsTable(b, data);
    evidence(b, data);
    b.append("</main>\n<footer class=\"wrap\">news-metrics · ").append(Html.esc(job)).append(" · ")
        .append(Html.esc(generatedAt)).append(" · self-contained file: nothing is loaded from the network</footer>\n");
    b.append("<div id=\"popover\" class=\"popover\" role=\"dialog\" hidden></div>\n");
    b.append("<script>\n").append(script(resource("report.js"))).append("</script>\n</body>\n</html>\n");
    return b.toString();
  }

  // ---- summary

  private static void summary(StringBuilder b, ReportData d) {
    b.append("<section id=\"summary\"><h2>Run summary <span class=\"zh\">运行概况</span></h2>\n<div class=\"cards\">");
    card(b, "pages read", "页面", d.pagesRead(), null);
    card(b, "pages ok", "成功", d.pagesOk(), "ok");
    card(b, "pages with error", "失败", d.pagesError(), d.pagesError() > 0 ? "bad" : null);
    card(b, "articles", "文章", d.articles(), null);
    card(b, "metrics", "指标", d.metricsTotal(), null);
    card(b, "removed blocks", "清除块", d.removedTotal(), null);
    card(b, "error rows", "错误", d.errorsTotal(), d.errorsTotal() > 0 ? "bad" : null);
    b.append("</div>\n<div class=\"tables\">");
    Map<String, Long> types = new LinkedHashMap<>();
    for (String t : TYPE_NAMES.keySet()) if (d.metricsByType().containsKey(t)) types.put(t, d.metricsByType().get(t));
    d.metricsByType().forEach(types::putIfAbsent);
    countTable(b, "counts-metrics", "Metrics by type 指标类型", "metric", types, true);
    countTable(b, "counts-modality", "Metrics by modality 情态", "modality", d.metricsByModality(), false);
    countTable(b, "counts-removed", "Removed blocks by kind 清除内容", "kind", d.removedByKind(), false);
    countTable(b, "counts-articles", "Articles by kind 文章类型", "kind", d.articlesByKind(), false);
    countTable(b, "counts-status", "Pages by status 页面状态", "status", d.pagesByStatus(), false);
    b.append("</div>\n");
    notices(b, d);
    b.append("<h3>Errors <span class=\"zh\">错误</span></h3>");
    List<PageError> errors = d.errors();
    if (errors.isEmpty()) {
      b.append("<p class=\"empty-note\" id=\"no-errors\">No errors: every page was read and processed. 无错误</p>");
    } else {
      b.append("<div class=\"scroll\"><table class=\"grid errors\" id=\"errors-table\"><thead><tr><th>source path</th>")
          .append("<th>doc id</th><th>stage</th><th>error class</th><th>message</th></tr></thead><tbody>");
      for (PageError e : errors) {
        b.append("<tr><td class=\"path\">").append(Html.esc(e.sourcePath())).append("</td><td>")
            .append(Html.esc(e.docId())).append("</td><td>").append(Html.esc(e.stage())).append("</td><td>")
            .append(Html.esc(e.errorClass())).append("</td><td class=\"msg\">").append(Html.esc(e.message()))
            .append("</td></tr>");
      }
      b.append("</tbody></table></div>");
    }
    b.append("</section>\n");
  }

  private static void notices(StringBuilder b, ReportData d) {
    List<String> notes = new ArrayList<>();
    if (d.metricsLeftOut() > 0) {
      notes.add(String.format(Locale.ROOT, "The metrics table shows the first %,d of %,d metrics (by doc id); "
          + "%,d more are in the metrics Parquet table. Counts and charts cover all of them.",
          d.metricsTotal() - d.metricsLeftOut(), d.metricsTotal(), d.metricsLeftOut()));
    }
    if (d.pagesLeftOut() > 0) {
      notes.add(String.format(Locale.ROOT, "The evidence viewer holds the first %,d of %,d pages (by doc id); "
          + "%,d pages are left out of it.", d.pagesRead() - d.pagesLeftOut(), d.pagesRead(), d.pagesLeftOut()));
    }
    if (d.errorsLeftOut() > 0) {
      notes.add(String.format(Locale.ROOT, "The errors list shows %,d of %,d error rows; see the errors table for all.",
          d.errorsTotal() - d.errorsLeftOut(), d.errorsTotal()));
    }
    if (notes.isEmpty()) return;
    b.append("<ul class=\"notices\" id=\"cap-notices\">");
    for (String n : notes) b.append("<li>").append(Html.esc(n)).append("</li>");
    b.append("</ul>");
  }

  private static void card(StringBuilder b, String label, String zh, long n, String cls) {
    b.append("<div class=\"card").append(cls == null ? "" : " " + cls).append("\"><div class=\"n\">")
        .append(String.format(Locale.ROOT, "%,d", n)).append("</div><div class=\"l\">").append(Html.esc(label))
        .append(" <span class=\"zh\">").append(Html.esc(zh)).append("</span></div></div>");
  }

  private static void countTable(StringBuilder b, String id, String title, String col, Map<String, Long> counts,
      boolean typeNames) {
    b.append("<table class=\"grid counts\" id=\"").append(id).append("\"><caption>").append(Html.esc(title))
        .append("</caption><thead><tr><th>").append(Html.esc(col)).append("</th><th class=\"num\">n</th></tr></thead><tbody>");
    if (counts.isEmpty()) b.append("<tr><td colspan=\"2\" class=\"empty-note\">none</td></tr>");
    long max = counts.values().stream().mapToLong(Long::longValue).max().orElse(1);
    counts.forEach((k, v) -> {
      b.append("<tr><td>").append(Html.esc(k));
      if (typeNames && TYPE_NAMES.containsKey(k)) b.append(" <span class=\"zh\">").append(TYPE_NAMES.get(k)).append("</span>");
      b.append("</td><td class=\"num\"><span class=\"minibar\" style=\"width:")
          .append(Math.max(2, Math.round(60.0 * v / Math.max(1, max)))).append("px\"></span>")
          .append(String.format(Locale.ROOT, "%,d", v)).append("</td></tr>");
    });
    b.append("</tbody></table>");
  }

  // ---- charts

  private static void charts(StringBuilder b, ReportData d) {
    b.append("<section id=\"charts\"><h2>Charts <span class=\"zh\">图表</span></h2>")
        .append("<p class=\"hint\">Sums of the figures as stated, stacked by modality (reported 已报告, target 目标, ")
        .append("forecast 预计); a figure stated twice counts twice. CNY in 亿元; in brackets the number of figures.</p>\n<div class=\"chart-grid\">");
    b.append(Charts.horizontal("chart-investment-subject", "Investment by subject 投资额（按主体，亿元）",
        d.chart(ReportData.CHART_INVESTMENT_BY_SUBJECT), true, CHART_TOP, "未注明主体 no subject"));
    leftOut(b, d, ReportData.CHART_INVESTMENT_BY_SUBJECT, "investment figures in other currencies are not charted");
    b.append(Charts.horizontalOrdered("chart-investment-period", "Investment by period 投资额（按期间，亿元）",
        d.chart(ReportData.CHART_INVESTMENT_BY_PERIOD), true, "无期间 no period"));
    b.append(Charts.horizontal("chart-output-region", "Output value by region 产值/规模（按地区，亿元）",
        d.chart(ReportData.CHART_OUTPUT_BY_REGION), true, CHART_TOP, "未注明地区 no region"));
    leftOut(b, d, ReportData.CHART_OUTPUT_BY_REGION, "regional output figures in other currencies are not charted");
    b.append(Charts.months("chart-projects-month", "Project counts by month 项目数（按月）",
        d.chart(ReportData.CHART_PROJECTS_BY_MONTH)));
    leftOut(b, d, ReportData.CHART_PROJECTS_BY_MONTH, "project counts without a month are not charted");
    b.append("</div></section>\n");
  }

  private static void leftOut(StringBuilder b, ReportData d, String chart, String what) {
    long n = d.chartLeftOut(chart);
    if (n > 0) b.append("<p class=\"hint left-out\">").append(n).append(' ').append(Html.esc(what)).append(".</p>");
  }

  // ---- metrics table

  /** Column order of the metrics JSON rows (report.js reads them by index). */
  static final List<String> METRIC_COLUMNS = List.of("id", "doc", "article", "metric", "value", "display", "raw",
      "qualifier", "modality", "period", "subject", "subjectType", "industry", "evidence", "unit");

  private static void metricsTable(StringBuilder b, ReportData d) {
    List<Metric> metrics = d.metrics();
    b.append("<section id=\"metrics\"><h2>Metrics <span class=\"zh\">指标明细</span></h2>")
        .append("<form class=\"filters\" id=\"metric-filters\" onsubmit=\"return false\">")
        .append("<label>type 类型 <select id=\"f-type\"><option value=\"\">all</option></select></label>")
        .append("<label>subject 主体 <input id=\"f-subject\" type=\"search\" list=\"subjects\" placeholder=\"contains…\"></label>")
        .append("<datalist id=\"subjects\"></datalist>")
        .append("<label>industry 产业 <select id=\"f-industry\"><option value=\"\">all</option></select></label>")
        .append("<label>modality 情态 <select id=\"f-modality\"><option value=\"\">all</option></select></label>")
        .append("<label>text <input id=\"f-text\" type=\"search\" placeholder=\"evidence / doc…\"></label>")
        .append("<button type=\"button\" id=\"f-reset\">reset</button></form>")
        .append("<p class=\"hint\" id=\"mt-count\">").append(metrics.size()).append(" figures</p>")
        .append("<div class=\"scroll\"><table class=\"grid metrics\" id=\"metrics-table\"><thead><tr>")
        .append("<th data-col=\"doc\">doc</th><th data-col=\"metric\">metric</th><th data-col=\"value\" class=\"num\">value</th>")
        .append("<th data-col=\"raw\">as written</th><th data-col=\"qualifier\">qual.</th><th data-col=\"modality\">modality</th>")
        .append("<th data-col=\"period\">period</th><th data-col=\"subject\">subject</th><th data-col=\"industry\">industry</th>")
        .append("<th data-col=\"evidence\">evidence</th></tr></thead><tbody></tbody></table></div>")
        .append("<noscript><p class=\"hint\">The metrics table needs JavaScript; the data is in the metrics Parquet table.</p></noscript>")
        .append("<p><button type=\"button\" id=\"mt-more\" hidden>show more</button></p>");
    List<List<Object>> rows = new ArrayList<>(metrics.size());
    for (Metric m : metrics) {
      List<Object> r = new ArrayList<>(METRIC_COLUMNS.size());
      r.add(m.metricId());
      r.add(m.docId());
      r.add(m.articleId());
      r.add(m.metric());
      r.add(Double.isFinite(m.value()) ? m.value() : null);
      r.add(ValueFormat.display(m.value(), m.valueMax(), m.unit()));
      r.add(m.rawText());
      r.add(m.qualifier());
      r.add(m.modality());
      r.add(m.period());
      r.add(m.subject());
      r.add(m.subjectType());
      r.add(m.industry());
      r.add(m.evidence());
      r.add(m.unit());
      rows.add(r);
    }
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("columns", METRIC_COLUMNS);
    payload.put("typeNames", TYPE_NAMES);
    payload.put("rows", rows);
    jsonScript(b, "metrics-data", payload);
    b.append("</section>\n");
  }

  // ---- evidence viewer

  private static void evidence(StringBuilder b, ReportData d) {
    List<PageResult> pages = d.pages();
    b.append("<section id=\"evidence\"><h2>Evidence <span class=\"zh\">原文与证据</span></h2>");
    if (pages.isEmpty()) {
      b.append("<p class=\"empty-note\">No pages to show.</p></section>\n");
      jsonScript(b, "evidence-data", List.of());
      return;
    }
    int initial = 0;
    for (int i = 0; i < pages.size(); i++) {
      if (!pages.get(i).metrics().isEmpty()) {
        initial = i;
        break;
      }
    }
    b.append("<div class=\"ev-controls\"><label>page 页面 <select id=\"doc-select\">");
    for (int i = 0; i < pages.size(); i++) {
      PageResult p = pages.get(i);
      DocumentInfo doc = p.document();
      b.append("<option value=\"page-").append(i).append('"').append(i == initial ? " selected" : "").append('>')
          .append(Html.esc(docId(p))).append(" · ").append(p.articles().size()).append(" articles · ")
          .append(p.metrics().size()).append(" metrics")
          .append(doc != null && DocumentInfo.ERROR.equals(doc.status()) ? " · error" : "").append("</option>");
    }
    b.append("</select></label><label class=\"toggle\"><input type=\"checkbox\" id=\"show-removed\"> show removed furniture ")
        .append("<span class=\"zh\">显示清除内容</span></label>")
        .append("<span class=\"legend\"><mark class=\"metric mod-reported\">reported</mark> <mark class=\"metric mod-target\">target</mark> ")
        .append("<mark class=\"metric mod-forecast\">forecast</mark> <mark class=\"metric multi\">several figures</mark></span></div>");
    List<Map<String, Object>> ev = new ArrayList<>();
    b.append("<div id=\"pages\">");
    for (int i = 0; i < pages.size(); i++) page(b, pages.get(i), i, i == initial, ev);
    b.append("</div></section>\n");
    jsonScript(b, "evidence-data", ev);
  }

  private static String docId(PageResult p) {
    return p.document() == null || p.document().docId() == null ? "?" : p.document().docId();
  }

  private static void page(StringBuilder b, PageResult p, int index, boolean current, List<Map<String, Object>> ev) {
    DocumentInfo doc = p.document();
    b.append("<section class=\"page").append(current ? " current" : "").append("\" id=\"page-").append(index)
        .append("\" data-doc=\"").append(Html.esc(docId(p))).append("\"><header class=\"page-head\"><h3>")
        .append(Html.esc(docId(p))).append("</h3>");
    if (doc != null) {
      b.append("<dl class=\"docinfo\">");
      dd(b, "publication", doc.publication());
      dd(b, "date", doc.publicationDate() == null ? null
          : doc.publicationDate() + (doc.dateSource() == null ? "" : " (" + doc.dateSource() + ")"));
      dd(b, "encoding", doc.encoding());
      dd(b, "characters", doc.nCharsRaw() + " raw → " + doc.nCharsClean() + " in articles");
      dd(b, "status", doc.status() + (doc.error() == null ? "" : ": " + doc.error()));
      dd(b, "source", doc.sourcePath());
      b.append("</dl>");
    }
    b.append("</header>");

    // metrics of this page, by article, in order
    Map<String, List<Metric>> byArticle = new TreeMap<>();
    List<Metric> pageMetrics = new ArrayList<>(p.metrics());
    pageMetrics.sort(ReportData.METRIC_ORDER);
    for (Metric m : pageMetrics) byArticle.computeIfAbsent(String.valueOf(m.articleId()), k -> new ArrayList<>()).add(m);

    List<Article> articles = new ArrayList<>(p.articles());
    articles.sort(Comparator.comparingInt(Article::seq).thenComparing(a -> String.valueOf(a.articleId())));
    int firstRef = ev.size();
    b.append("<div class=\"page-body\"><div class=\"page-articles\">");
    if (p.errors() != null && !p.errors().isEmpty()) {
      b.append("<div class=\"page-errors\">");
      for (PageError e : p.errors()) {
        b.append("<p><strong>").append(Html.esc(e.stage())).append("</strong> · ").append(Html.esc(e.errorClass()))
            .append(": ").append(Html.esc(e.message())).append("</p>");
      }
      b.append("</div>");
    }
    if (articles.isEmpty()) b.append("<p class=\"empty-note\">No articles on this page.</p>");
    for (Article a : articles) {
      List<Metric> ms = byArticle.remove(String.valueOf(a.articleId()));
      article(b, a, ms == null ? List.of() : ms, ev);
    }
    List<Metric> orphans = new ArrayList<>();
    byArticle.values().forEach(orphans::addAll);
    if (!orphans.isEmpty()) {
      b.append("<div class=\"unplaced\"><strong>Figures of articles not on this page:</strong><ul>");
      for (Metric m : orphans) unplacedItem(b, m, addEvidence(ev, m, false, false), "no such article");
      b.append("</ul></div>");
    }
    b.append("</div>");
    figureList(b, ev, firstRef);
    b.append("</div>");

    List<RemovedBlock> removed = new ArrayList<>(p.removed());
    removed.sort(Comparator.comparingInt(RemovedBlock::lineStart).thenComparingInt(RemovedBlock::lineEnd)
        .thenComparing(r -> String.valueOf(r.kind())).thenComparing(r -> String.valueOf(r.text())));
    b.append("<div class=\"removed-list\"><h4>Removed by cleaning <span class=\"zh\">清除内容</span> (")
        .append(removed.size()).append(")</h4>");
    for (RemovedBlock r : removed) {
      b.append("<div class=\"removed\" data-kind=\"").append(Html.esc(r.kind())).append("\"><span class=\"rk\">")
          .append(Html.esc(r.kind())).append(" · lines ").append(r.lineStart())
          .append(r.lineEnd() != r.lineStart() ? "–" + r.lineEnd() : "").append("</span><div class=\"rt\">")
          .append(Html.esc(r.text())).append("</div></div>");
    }
    b.append("</div></section>");
  }

  /** The page's figures in reading order, beside the articles: click one to find it in the text. */
  private static void figureList(StringBuilder b, List<Map<String, Object>> ev, int from) {
    b.append("<aside class=\"page-figs\"><h4>Figures on this page <span class=\"zh\">本页指标</span> (")
        .append(ev.size() - from).append(")</h4>");
    if (ev.size() == from) {
      b.append("<p class=\"empty-note\">none</p>");
    } else {
      b.append("<ol>");
      for (int i = from; i < ev.size(); i++) {
        Map<String, Object> e = ev.get(i);
        b.append("<li class=\"fig ").append(Charts.modalityClass(String.valueOf(e.get("modality"))))
            .append(Boolean.TRUE.equals(e.get("placed")) ? "" : " unplaced-fig").append("\" data-goto=\"").append(i)
            .append("\" tabindex=\"0\"><span class=\"ft\">").append(Html.esc((String) e.get("metric")))
            .append("</span> <strong>").append(Html.esc((String) e.get("display"))).append("</strong>");
        Object subject = e.get("subject");
        if (subject != null) b.append(" <span class=\"fs\">").append(Html.esc((String) subject)).append("</span>");
        Object period = e.get("period");
        if (period != null) b.append(" <span class=\"fp\">").append(Html.esc((String) period)).append("</span>");
        b.append("</li>");
      }
      b.append("</ol>");
    }
    b.append("</aside>");
  }

  private static void dd(StringBuilder b, String k, String v) {
    if (v == null || v.isBlank()) return;
    b.append("<div><dt>").append(Html.esc(k)).append("</dt><dd>").append(Html.esc(v)).append("</dd></div>");
  }

  static final List<String> FIELDS = List.of("kicker", "headline", "subheadline", "dateline", "body", "byline");

  static String fieldText(Article a, String field) {
    return switch (field) {
      case "kicker" -> a.kicker();
      case "headline" -> a.headline();
      case "subheadline" -> a.subheadline();
      case "dateline" -> a.dateline();
      case "byline" -> a.byline();
      case "body" -> a.body();
      default -> null;
    };
  }

  private static String fieldOf(Metric m) {
    return m.field() == null || m.field().isBlank() ? "body" : m.field().trim().toLowerCase(Locale.ROOT);
  }

  private static void article(StringBuilder b, Article a, List<Metric> metrics, List<Map<String, Object>> ev) {
    // place each figure in its field; the ones that cannot be placed are listed under the article
    Map<String, List<Highlights.Span>> spans = new LinkedHashMap<>();
    Map<Integer, Metric> byRef = new LinkedHashMap<>();
    List<Object[]> unplaced = new ArrayList<>();
    for (Metric m : metrics) {
      String field = fieldOf(m);
      String text = FIELDS.contains(field) ? fieldText(a, field) : null;
      Highlights.Span span = new Highlights.Span(m.charStart(), m.charEnd(), -1);
      if (text == null || !Highlights.valid(span, text.length())) {
        String why = !FIELDS.contains(field) ? "unknown field " + field
            : text == null ? "article has no " + field
            : "offsets " + m.charStart() + "–" + m.charEnd() + " outside the " + field + " (length " + text.length() + ")";
        unplaced.add(new Object[] {m, addEvidence(ev, m, false, false), why});
        continue;
      }
      boolean mismatch = m.rawText() != null && !text.substring(m.charStart(), m.charEnd()).equals(m.rawText());
      int ref = addEvidence(ev, m, true, mismatch);
      byRef.put(ref, m);
      spans.computeIfAbsent(field, f -> new ArrayList<>()).add(new Highlights.Span(m.charStart(), m.charEnd(), ref));
    }

    b.append("<article class=\"news kind-").append(Html.esc(a.kind())).append("\" data-article-id=\"")
        .append(Html.esc(a.articleId())).append("\"><div class=\"art-meta\"><span class=\"badge\">#").append(a.seq())
        .append(' ').append(Html.esc(a.kind())).append("</span>");
    if (a.industries() != null) {
      for (String ind : a.industries()) b.append("<span class=\"chip\">").append(Html.esc(ind)).append("</span>");
    }
    b.append("<span class=\"aid\">").append(Html.esc(a.articleId())).append(" · ").append(metrics.size())
        .append(metrics.size() == 1 ? " figure" : " figures").append("</span></div>");
    if (present(a.kicker())) fieldBlock(b, "p", "kicker", a.kicker(), spans, byRef, ev);
    if (present(a.headline())) fieldBlock(b, "h4", "headline", a.headline(), spans, byRef, ev);
    if (present(a.subheadline())) fieldBlock(b, "p", "subheadline", a.subheadline(), spans, byRef, ev);
    b.append("<div class=\"body\">");
    if (present(a.dateline())) {
      b.append("<p class=\"dateline-p\">");
      marked(b, "dateline", a.dateline(), spans.getOrDefault("dateline", List.of()), byRef, ev, "dateline");
      b.append("</p>");
    }
    String body = a.body() == null ? "" : a.body();
    b.append("<p>");
    marked(b, "body", body, spans.getOrDefault("body", List.of()), byRef, ev, null);
    b.append("</p></div>");
    if (present(a.byline())) fieldBlock(b, "p", "byline", a.byline(), spans, byRef, ev);
    if (!unplaced.isEmpty()) {
      b.append("<div class=\"unplaced\"><strong>Figures that could not be located in the text:</strong><ul>");
      for (Object[] u : unplaced) unplacedItem(b, (Metric) u[0], (Integer) u[1], (String) u[2]);
      b.append("</ul></div>");
    }
    b.append("</article>");
  }

  private static boolean present(String s) {
    return s != null && !s.isEmpty();
  }

  private static void fieldBlock(StringBuilder b, String tag, String field, String text,
      Map<String, List<Highlights.Span>> spans, Map<Integer, Metric> byRef, List<Map<String, Object>> ev) {
    b.append('<').append(tag).append(" class=\"").append(field).append("\">");
    marked(b, field, text, spans.getOrDefault(field, List.of()), byRef, ev, null);
    b.append("</").append(tag).append('>');
  }

  /**
   * Writes {@code text} with its figures as flat {@code <mark class="metric">} elements; a
   * {@code '\n'} closes the paragraph and opens the next one (the caller wraps the text in a
   * {@code <p>}).
   */
  private static void marked(StringBuilder b, String field, String text, List<Highlights.Span> spans,
      Map<Integer, Metric> byRef, List<Map<String, Object>> ev, String spanClass) {
    if (spanClass != null) b.append("<span class=\"").append(spanClass).append("\">");
    for (Highlights.Segment s : Highlights.segments(text, spans)) {
      if (s.end() - s.start() == 1 && text.charAt(s.start()) == '\n') {
        b.append("</p><p>");
        continue;
      }
      if (!s.marked()) {
        Html.escTo(b, text, s.start(), s.end());
        continue;
      }
      Metric first = byRef.get(s.refs().get(0));
      boolean multi = s.refs().size() > 1;
      boolean mismatch = s.refs().stream().anyMatch(r -> Boolean.TRUE.equals(ev.get(r).get("mismatch")));
      b.append("<mark class=\"metric ")
          .append(multi ? "multi" : Charts.modalityClass(String.valueOf(first.modality())))
          .append(mismatch ? " mismatch" : "").append("\" tabindex=\"0\" data-ev=\"");
      for (int i = 0; i < s.refs().size(); i++) b.append(i == 0 ? "" : " ").append(s.refs().get(i));
      b.append("\" data-metric-id=\"").append(Html.esc(first.metricId())).append("\" data-metric=\"");
      for (int i = 0; i < s.refs().size(); i++) {
        b.append(i == 0 ? "" : " ").append(Html.esc(byRef.get(s.refs().get(i)).metric()));
      }
      b.append("\" data-value=\"").append(Html.esc(ValueFormat.display(first.value(), first.valueMax(), first.unit())))
          .append("\" data-field=\"").append(field).append("\" title=\"");
      for (int i = 0; i < s.refs().size(); i++) {
        Metric m = byRef.get(s.refs().get(i));
        b.append(i == 0 ? "" : " | ").append(Html.esc(m.metric())).append(": ")
            .append(Html.esc(ValueFormat.display(m.value(), m.valueMax(), m.unit())))
            .append(" · ").append(Html.esc(m.modality()));
      }
      b.append("\">");
      Html.escTo(b, text, s.start(), s.end());
      b.append("</mark>");
    }
    if (spanClass != null) b.append("</span>");
  }

  private static void unplacedItem(StringBuilder b, Metric m, int ref, String why) {
    b.append("<li><span class=\"metric-ref\" tabindex=\"0\" data-ev=\"").append(ref).append("\">")
        .append(Html.esc(m.metric())).append(' ').append(Html.esc(ValueFormat.display(m.value(), m.valueMax(), m.unit())))
        .append(" «").append(Html.esc(m.rawText())).append("»</span> <span class=\"why\">").append(Html.esc(why))
        .append("</span></li>");
  }

  private static int addEvidence(List<Map<String, Object>> ev, Metric m, boolean placed, boolean mismatch) {
    Map<String, Object> e = new LinkedHashMap<>();
    e.put("id", m.metricId());
    e.put("metric", m.metric());
    e.put("typeName", TYPE_NAMES.get(m.metric()));
    e.put("display", ValueFormat.display(m.value(), m.valueMax(), m.unit()));
    e.put("value", Double.isFinite(m.value()) ? m.value() : null);
    e.put("valueMax", m.valueMax() != null && Double.isFinite(m.valueMax()) ? m.valueMax() : null);
    e.put("unit", m.unit());
    e.put("raw", m.rawText());
    e.put("qualifier", m.qualifier());
    e.put("modality", m.modality());
    e.put("period", m.period());
    e.put("subject", m.subject());
    e.put("subjectType", m.subjectType());
    e.put("industry", m.industry());
    e.put("evidence", m.evidence());
    e.put("field", fieldOf(m));
    e.put("start", m.charStart());
    e.put("end", m.charEnd());
    e.put("placed", placed);
    e.put("mismatch", mismatch);
    ev.add(e);
    return ev.size() - 1;
  }

  // ---- helpers

  private static void jsonScript(StringBuilder b, String id, Object payload) {
    try {
      b.append("<script type=\"application/json\" id=\"").append(id).append("\">")
          .append(Html.scriptJson(JSON.writeValueAsString(payload))).append("</script>\n");
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write report JSON", e);
    }
  }

  private static String script(String js) {
    if (js.toLowerCase(Locale.ROOT).contains("</script")) throw new IllegalStateException("report.js contains </script");
    return js;
  }

  static String resource(String name) {
    try (InputStream in = ReportHtml.class.getResourceAsStream(name)) {
      if (in == null) throw new IllegalStateException("missing resource org/newsmetrics/report/" + name);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
