package org.newsmetrics.pipeline;

import java.io.Serializable;

/** An input file as the run manifest lists it. {@code sha256} is null when the file could not be read. */
public record InputFile(String path, long sizeBytes, String sha256) implements Serializable {}
