package org.newsmetrics.model;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * One story on a page: a row of the {@code articles} table.
 *
 * @param kind       {@code article}, {@code continuation}, {@code teaser} or {@code caption}
 * @param body       cleaned text without kicker, headline, subheadline, dateline and byline;
 *                   paragraphs joined by {@code \n}. Metric offsets point into it.
 * @param industries industries the article is about, most prominent first
 */
public record Article(
    String articleId,
    String docId,
    int seq,
    String kind,
    String kicker,
    String headline,
    String subheadline,
    String dateline,
    String byline,
    String body,
    LocalDate publicationDate,
    List<String> industries)
    implements Serializable {

  public int nChars() {
    return body.length();
  }
}
