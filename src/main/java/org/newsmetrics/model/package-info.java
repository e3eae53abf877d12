/**
 * Plain records that flow between the stages. No behaviour beyond small helpers, no Beam types,
 * so every stage can be tested and reused (the {@code extract} command, benchmarks) without a runner.
 * All records are {@link java.io.Serializable} so the Beam layer can carry them with one coder.
 */
package org.newsmetrics.model;
