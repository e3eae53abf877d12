package org.newsmetrics.model;

import java.io.Serializable;

/**
 * A run of source lines rejoined into one paragraph of readable text.
 *
 * @param text      the paragraph as it will stand in an article body (hard wraps removed,
 *                  full-width digits and letters made half-width, Chinese punctuation kept)
 * @param lineStart first source line (1-based)
 * @param lineEnd   last source line (1-based, inclusive)
 */
public record Paragraph(String text, int lineStart, int lineEnd) implements Serializable {}
