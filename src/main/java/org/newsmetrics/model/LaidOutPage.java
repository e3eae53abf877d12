package org.newsmetrics.model;

import java.io.Serializable;
import java.util.List;

/**
 * A page split into articles. The articles carry no industries yet (the metrics stage tags them);
 * {@code removed} holds everything cleaning and splitting took out.
 */
public record LaidOutPage(CleanPage clean, List<Article> articles, List<RemovedBlock> removed)
    implements Serializable {}
