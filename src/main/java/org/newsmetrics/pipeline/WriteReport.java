package org.newsmetrics.pipeline;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderRegistry;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PDone;
import org.newsmetrics.model.PageResult;
import org.newsmetrics.report.ReportData;
import org.newsmetrics.report.ReportFiles;
import org.newsmetrics.report.ReportHtml;

/**
 * Folds every page into one {@link ReportData} (capped, so memory does not grow with the corpus)
 * and writes {@code report.html} beside the tables, in the same staging folder.
 */
final class WriteReport extends PTransform<PCollection<PageResult>, PDone> {
  private final String outputDir;
  private final String jobName;
  private final String generatedAt;

  WriteReport(String outputDir, String jobName, String generatedAt) {
    this.outputDir = outputDir.endsWith("/") ? outputDir : outputDir + "/";
    this.jobName = jobName;
    this.generatedAt = generatedAt;
  }

  @Override
  public PDone expand(PCollection<PageResult> results) {
    // Fold pages per bundle first: the global combine then sees one small summary per bundle, never
    // every page (runners without combiner lifting would otherwise shuffle whole pages).
    results.apply("SummariseBundles", ParDo.of(new BundleSummaryFn()))
        .setCoder(SerializableCoder.of(ReportData.class))
        .apply("Summarise", Combine.globally(new ReportFn()))
        .apply("Render", ParDo.of(new RenderFn(outputDir + ReportFiles.FILE_NAME, jobName, generatedAt)));
    return PDone.in(results.getPipeline());
  }

  static final class BundleSummaryFn extends DoFn<PageResult, ReportData> {
    private transient ReportData bundle;

    @StartBundle
    public void start() {
      bundle = ReportData.empty();
    }

    @ProcessElement
    public void process(@Element PageResult page) {
      bundle.add(page);
    }

    @FinishBundle
    public void finish(FinishBundleContext context) {
      context.output(bundle, org.joda.time.Instant.now(), org.apache.beam.sdk.transforms.windowing.GlobalWindow.INSTANCE);
      bundle = null;
    }
  }

  static final class ReportFn extends Combine.CombineFn<ReportData, ReportData, ReportData> {
    @Override
    public ReportData createAccumulator() {
      return ReportData.empty();
    }

    @Override
    public ReportData addInput(ReportData acc, ReportData bundle) {
      return acc.merge(bundle);
    }

    @Override
    public ReportData mergeAccumulators(Iterable<ReportData> accs) {
      ReportData first = null;
      for (ReportData a : accs) {
        if (first == null) first = a;
        else if (a != first) first.merge(a);
      }
      return first == null ? ReportData.empty() : first;
    }

    @Override
    public ReportData extractOutput(ReportData acc) {
      return acc;
    }

    @Override
    public Coder<ReportData> getAccumulatorCoder(CoderRegistry registry, Coder<ReportData> input) {
      return SerializableCoder.of(ReportData.class);
    }

    @Override
    public Coder<ReportData> getDefaultOutputCoder(CoderRegistry registry, Coder<ReportData> input) {
      return SerializableCoder.of(ReportData.class);
    }
  }

  static final class RenderFn extends DoFn<ReportData, Void> {
    private final String path;
    private final String jobName;
    private final String generatedAt;

    RenderFn(String path, String jobName, String generatedAt) {
      this.path = path;
      this.jobName = jobName;
      this.generatedAt = generatedAt;
    }

    @ProcessElement
    public void process(@Element ReportData data) throws IOException {
      String html = ReportHtml.render(data, jobName, generatedAt);
      try (OutputStream out = Channels.newOutputStream(
          FileSystems.create(FileSystems.matchNewResource(path, false), "text/html"))) {
        out.write(html.getBytes(StandardCharsets.UTF_8));
      }
    }
  }
}
