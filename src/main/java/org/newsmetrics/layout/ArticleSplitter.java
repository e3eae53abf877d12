package org.newsmetrics.layout;

import java.util.ArrayList;
import java.util.List;
import org.newsmetrics.model.Article;
import org.newsmetrics.model.CleanPage;
import org.newsmetrics.model.LaidOutPage;
import org.newsmetrics.model.Paragraph;

/**
 * Splits a clean page into articles. First version: a short paragraph without sentence
 * punctuation starts a new article as its headline.
 */
public final class ArticleSplitter {

  public LaidOutPage split(CleanPage clean) {
    String docId = clean.page().docId();
    List<Article> articles = new ArrayList<>();
    String headline = null;
    StringBuilder body = new StringBuilder();
    for (Paragraph p : clean.paragraphs()) {
      boolean looksLikeHeadline = p.text().length() <= 40 && !p.text().matches(".*[。，,；].*");
      if (looksLikeHeadline) {
        if (body.length() > 0 || headline != null) {
          articles.add(article(docId, articles.size() + 1, headline, body.toString(), clean));
        }
        headline = p.text();
        body.setLength(0);
      } else {
        if (body.length() > 0) body.append('\n');
        body.append(p.text());
      }
    }
    if (body.length() > 0 || headline != null) {
      articles.add(article(docId, articles.size() + 1, headline, body.toString(), clean));
    }
    return new LaidOutPage(clean, articles, clean.removed());
  }

  private static Article article(String docId, int seq, String headline, String body, CleanPage clean) {
    return new Article(docId + "#" + seq, docId, seq, "article", null, headline, null, null, null, body,
        clean.publicationDate(), List.of());
  }
}
