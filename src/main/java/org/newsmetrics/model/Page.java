package org.newsmetrics.model;

import java.io.Serializable;

/**
 * One input file decoded to text.
 *
 * @param docId      the file name without its extension
 * @param sourcePath where it was read from
 * @param text       the decoded text, exactly as in the file (line ends untouched)
 * @param encoding   the charset it was decoded from
 * @param sizeBytes  the file's size in bytes
 */
public record Page(String docId, String sourcePath, String text, String encoding, long sizeBytes)
    implements Serializable {}
