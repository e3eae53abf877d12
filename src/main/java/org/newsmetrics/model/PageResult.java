package org.newsmetrics.model;

import java.io.Serializable;
import java.util.List;

/** Everything one page yields, for all five tables. */
public record PageResult(
    DocumentInfo document,
    List<Article> articles,
    List<Metric> metrics,
    List<RemovedBlock> removed,
    List<PageError> errors)
    implements Serializable {

  public static PageResult failed(DocumentInfo document, PageError error) {
    return new PageResult(document, List.of(), List.of(), List.of(), List.of(error));
  }
}
