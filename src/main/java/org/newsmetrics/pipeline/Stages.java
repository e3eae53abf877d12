package org.newsmetrics.pipeline;

import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.newsmetrics.core.PageProcessor;
import org.newsmetrics.model.CleanPage;
import org.newsmetrics.model.LaidOutPage;
import org.newsmetrics.model.Page;
import org.newsmetrics.model.PageResult;

/**
 * The three processing stages as composite transforms, each a thin wrapper of one step of
 * {@link PageProcessor}. Every stage has a main output and {@link FailSafeStageFn#FAILED}.
 */
final class Stages {
  static final TupleTag<CleanPage> CLEAN = new TupleTag<>("clean") {};
  static final TupleTag<LaidOutPage> LAID_OUT = new TupleTag<>("laidOut") {};
  static final TupleTag<PageResult> RESULTS = new TupleTag<>("results") {};

  private Stages() {}

  /** Normalises text, rejoins lines, removes furniture and duplicates, finds publication and date. */
  static final class CleanPages extends PTransform<PCollection<Page>, PCollectionTuple> {
    @Override
    public PCollectionTuple expand(PCollection<Page> pages) {
      return withCoders(pages.apply("Clean", ParDo.of(new CleanFn())
          .withOutputTags(CLEAN, TupleTagList.of(FailSafeStageFn.FAILED))), CLEAN, CleanPage.class);
    }
  }

  /** Splits each clean page into articles in reading order. */
  static final class SplitArticles extends PTransform<PCollection<CleanPage>, PCollectionTuple> {
    @Override
    public PCollectionTuple expand(PCollection<CleanPage> pages) {
      return withCoders(pages.apply("Split", ParDo.of(new SplitFn())
          .withOutputTags(LAID_OUT, TupleTagList.of(FailSafeStageFn.FAILED))), LAID_OUT, LaidOutPage.class);
    }
  }

  /** Tags industries and extracts the metrics of every article. */
  static final class ExtractMetrics extends PTransform<PCollection<LaidOutPage>, PCollectionTuple> {
    @Override
    public PCollectionTuple expand(PCollection<LaidOutPage> pages) {
      return withCoders(pages.apply("Extract", ParDo.of(new ExtractFn())
          .withOutputTags(RESULTS, TupleTagList.of(FailSafeStageFn.FAILED))), RESULTS, PageResult.class);
    }
  }

  static final class CleanFn extends FailSafeStageFn<Page, CleanPage> {
    CleanFn() { super(PageProcessor.STAGE_CLEAN, CLEAN); }
    @Override CleanPage apply(Page in) { return processor.clean(in); }
    @Override Page pageOf(Page in) { return in; }
  }

  static final class SplitFn extends FailSafeStageFn<CleanPage, LaidOutPage> {
    SplitFn() { super(PageProcessor.STAGE_SPLIT, LAID_OUT); }
    @Override LaidOutPage apply(CleanPage in) { return processor.split(in); }
    @Override Page pageOf(CleanPage in) { return in.page(); }
  }

  static final class ExtractFn extends FailSafeStageFn<LaidOutPage, PageResult> {
    ExtractFn() { super(PageProcessor.STAGE_METRICS, RESULTS); }
    @Override PageResult apply(LaidOutPage in) { return processor.extract(in); }
    @Override Page pageOf(LaidOutPage in) { return in.clean().page(); }
  }

  private static <T extends java.io.Serializable> PCollectionTuple withCoders(
      PCollectionTuple out, TupleTag<T> main, Class<T> type) {
    out.get(main).setCoder(SerializableCoder.of(type));
    out.get(FailSafeStageFn.FAILED).setCoder(SerializableCoder.of(PageResult.class));
    return out;
  }
}
