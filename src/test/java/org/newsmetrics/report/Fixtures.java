package org.newsmetrics.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.newsmetrics.model.Article;
import org.newsmetrics.model.DocumentInfo;
import org.newsmetrics.model.Metric;
import org.newsmetrics.model.PageError;
import org.newsmetrics.model.PageResult;
import org.newsmetrics.model.RemovedBlock;

/** Small hand-made page results for the report tests. */
final class Fixtures {
  private Fixtures() {}

  static final LocalDate DAY = LocalDate.of(2023, 6, 21);

  static Article article(String docId, int seq, String headline, String body) {
    return new Article(docId + "#" + seq, docId, seq, "article", null, headline, null, "本报讯", "(沈忱)", body, DAY,
        List.of("生物医药"));
  }

  /** A figure located by offsets in {@code field} of {@code a}; rawText is what the offsets point at when valid. */
  static Metric metric(Article a, int k, String type, double value, String unit, String field, int start, int end,
      String modality, String period, String subject, String subjectType) {
    String text = switch (field) {
      case "headline" -> a.headline();
      case "kicker" -> a.kicker();
      case "subheadline" -> a.subheadline();
      default -> a.body();
    };
    String raw = text != null && start >= 0 && end <= text.length() && start < end ? text.substring(start, end) : "??";
    LocalDate ps = null;
    LocalDate pe = null;
    return new Metric(a.articleId() + "/m" + k, a.articleId(), a.docId(), type, value, null, unit, raw, "exact",
        modality, period, ps, pe, subject, subjectType, "生物医药", "evidence of " + raw, start, end, DAY, field);
  }

  static PageResult page(String docId, List<Article> articles, List<Metric> metrics, List<RemovedBlock> removed) {
    long clean = articles.stream().mapToLong(a -> a.body().length()).sum();
    DocumentInfo doc = new DocumentInfo(docId, "in/" + docId + ".txt", "江南晚报", DAY, "explicit", "UTF-8", clean + 50,
        clean, articles.size(), metrics.size(), DocumentInfo.OK, null);
    return new PageResult(doc, articles, metrics, removed, List.of());
  }

  static PageResult failed(String docId, String message) {
    DocumentInfo doc = DocumentInfo.failed(docId, "in/" + docId + ".txt", "GB18030", 10, "clean: " + message);
    return PageResult.failed(doc, new PageError(docId, "in/" + docId + ".txt", "clean", "java.lang.IllegalStateException",
        message));
  }

  /** A page with a few figures of every charted kind; {@code i} varies the values and keys. */
  static PageResult richPage(int i) {
    String docId = String.format("doc_%03d", i);
    String body = "太仓" + i + "个项目签约，总投资" + (10 + i) + ".5亿元。\n全市工业产值达" + (100 + i) + "亿元，力争突破"
        + (200 + i) + "亿元。";
    Article a = article(docId, 1, "共" + i + "个项目落户", body);
    List<Metric> ms = new ArrayList<>();
    int inv = body.indexOf("总投资") + 3;
    int invEnd = body.indexOf("亿元") + 2;
    ms.add(metric(a, 1, "investment", (10 + i + 0.5) * 1e8, "CNY", "body", inv, invEnd, "reported", null,
        i % 3 == 0 ? null : "项目" + (i % 4), "project"));
    int pc = body.indexOf("个项目");
    ms.add(new Metric(a.articleId() + "/m2", a.articleId(), docId, "project_count", i, null, "count",
        body.substring(2, pc + 1), "exact", "reported", "2023-0" + (1 + i % 6), null, null, "太仓", "region", null,
        "项目签约", 2, pc + 1, DAY, "body"));
    int ov = body.indexOf("达") + 1;
    ms.add(metric(a, 3, "output_value", (100 + i) * 1e8, "CNY", "body", ov, body.indexOf("亿元", ov) + 2, "reported",
        "2022", i % 2 == 0 ? "太仓" : "昆山", "region"));
    int tg = body.indexOf("突破") + 2;
    ms.add(metric(a, 4, "output_value", (200 + i) * 1e8, "CNY", "body", tg, body.indexOf("亿元", tg) + 2, "target",
        "2025", "太仓", "region"));
    ms.add(metric(a, 5, "project_count", i, "count", "headline", 1, 1 + String.valueOf(i).length(), "reported",
        null, null, null));
    List<RemovedBlock> removed = List.of(new RemovedBlock(docId, "masthead", "江南晚报 第" + i + "版", 1, 1));
    return page(docId, List.of(a), ms, removed);
  }
}
