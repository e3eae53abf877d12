package org.newsmetrics.pipeline;

import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.values.TupleTag;
import org.newsmetrics.core.PageProcessor;
import org.newsmetrics.model.Page;
import org.newsmetrics.model.PageResult;

/**
 * Runs one stage of {@link PageProcessor} on each element. A page the stage cannot handle goes to
 * {@link #FAILED} as its error result (kept for the documents and errors tables) instead of failing
 * the bundle: one bad page never stops a run.
 */
abstract class FailSafeStageFn<I, O> extends DoFn<I, O> {
  static final TupleTag<PageResult> FAILED = new TupleTag<>("failed") {};

  private final String stage;
  private final TupleTag<O> output;
  private final Counter failures;
  private final Counter micros;
  protected transient PageProcessor processor;

  FailSafeStageFn(String stage, TupleTag<O> output) {
    this.stage = stage;
    this.output = output;
    this.failures = Metrics.counter("news-metrics", stage + "_failures");
    this.micros = Metrics.counter("news-metrics", stage + "_micros");
  }

  @Setup
  public void setup() {
    processor = new PageProcessor();
  }

  @ProcessElement
  public void process(@Element I in, MultiOutputReceiver out) {
    long t0 = System.nanoTime();
    O result;
    try {
      result = apply(in);
    } catch (RuntimeException | StackOverflowError e) {
      failures.inc();
      out.get(FAILED).output(PageProcessor.failed(pageOf(in), stage, e));
      return;
    } finally {
      micros.inc((System.nanoTime() - t0) / 1000);
    }
    out.get(output).output(result);
  }

  abstract O apply(I in);

  abstract Page pageOf(I in);
}
