package org.newsmetrics.model;

import java.io.Serializable;

/**
 * Text that cleaning took out of a page, with why: a row of the {@code removed} table.
 *
 * @param kind      one of {@link RemovedKind}'s values, lower case
 * @param lineStart first source line (1-based)
 * @param lineEnd   last source line (1-based, inclusive)
 */
public record RemovedBlock(String docId, String kind, String text, int lineStart, int lineEnd)
    implements Serializable {}
