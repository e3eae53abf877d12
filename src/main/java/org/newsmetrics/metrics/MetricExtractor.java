package org.newsmetrics.metrics;

import java.util.ArrayList;
import java.util.List;
import org.newsmetrics.amounts.Amount;
import org.newsmetrics.amounts.AmountKind;
import org.newsmetrics.amounts.AmountParser;
import org.newsmetrics.model.Article;
import org.newsmetrics.model.Metric;

/**
 * Extracts the metrics an article states. First version: 总投资 cue before a money amount.
 */
public final class MetricExtractor {

  public List<Metric> extract(Article article, PageContext context) {
    List<Metric> out = new ArrayList<>();
    String body = article.body();
    for (Amount a : AmountParser.findAll(body)) {
      if (a.kind() != AmountKind.MONEY) continue;
      int from = Math.max(0, a.start() - 8);
      if (!body.substring(from, a.start()).contains("投资")) continue;
      String id = article.articleId() + "/m" + (out.size() + 1);
      out.add(new Metric(id, article.articleId(), article.docId(), "investment", a.value().doubleValue(), null,
          a.unit(), a.text(), a.qualifier().code(), "reported", null, null, null, null, null, null,
          body.substring(from, a.end()), a.start(), a.end(), context.publicationDate(), "body"));
    }
    return out;
  }

  /** Industries the article is about, most prominent first. */
  public List<String> industries(Article article) {
    return List.of();
  }
}
