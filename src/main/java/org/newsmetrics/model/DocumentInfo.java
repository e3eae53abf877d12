package org.newsmetrics.model;

import java.io.Serializable;
import java.time.LocalDate;

/** What happened to one input file: a row of the {@code documents} table. */
public record DocumentInfo(
    String docId,
    String sourcePath,
    String publication,
    LocalDate publicationDate,
    String dateSource,
    String encoding,
    long nCharsRaw,
    long nCharsClean,
    int nArticles,
    int nMetrics,
    String status,
    String error)
    implements Serializable {

  public static final String OK = "ok";
  public static final String ERROR = "error";

  /** The row of a file that could not be read or processed at all. */
  public static DocumentInfo failed(String docId, String sourcePath, String encoding, long nCharsRaw, String error) {
    return new DocumentInfo(docId, sourcePath, null, null, "none", encoding == null ? "unknown" : encoding,
        nCharsRaw, 0, 0, 0, ERROR, error);
  }
}
