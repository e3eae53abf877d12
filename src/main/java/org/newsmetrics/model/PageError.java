package org.newsmetrics.model;

import java.io.Serializable;

/** A page, or a part of one, that could not be read or processed: a row of the {@code errors} table. */
public record PageError(String docId, String sourcePath, String stage, String errorClass, String message)
    implements Serializable {

  public static PageError of(String docId, String sourcePath, String stage, Throwable t) {
    String message = t.getMessage() == null ? t.toString() : t.getMessage();
    return new PageError(docId, sourcePath, stage, t.getClass().getName(), message);
  }
}
