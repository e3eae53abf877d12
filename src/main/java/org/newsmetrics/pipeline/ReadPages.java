package org.newsmetrics.pipeline;

import java.io.IOException;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Reshuffle;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.newsmetrics.io.PageReader;
import org.newsmetrics.model.DocumentInfo;
import org.newsmetrics.model.Page;
import org.newsmetrics.model.PageError;
import org.newsmetrics.model.PageResult;

/**
 * Matches the input glob and reads each file as one {@link Page}. A file that cannot be read or
 * decoded becomes an error result (a documents row with status {@code error} and an errors row).
 * The matched files are reshuffled before reading so that many small files spread over workers.
 */
final class ReadPages extends PTransform<PBegin, PCollectionTuple> {
  static final TupleTag<Page> PAGES = new TupleTag<>("pages") {};
  static final String STAGE = "read";

  private final String glob;
  private final long maxPageBytes;

  ReadPages(String glob, long maxPageBytes) {
    this.glob = glob;
    this.maxPageBytes = maxPageBytes;
  }

  @Override
  public PCollectionTuple expand(PBegin begin) {
    PCollectionTuple out = begin
        .apply("Match", FileIO.match().filepattern(glob).withEmptyMatchTreatment(EmptyMatchTreatment.ALLOW))
        .apply("Spread", Reshuffle.viaRandomKey())
        .apply("Read", ParDo.of(new ReadFn(maxPageBytes)).withOutputTags(PAGES, TupleTagList.of(FailSafeStageFn.FAILED)));
    out.get(PAGES).setCoder(SerializableCoder.of(Page.class));
    out.get(FailSafeStageFn.FAILED).setCoder(SerializableCoder.of(PageResult.class));
    return out;
  }

  static final class ReadFn extends DoFn<MatchResult.Metadata, Page> {
    private final long maxPageBytes;
    private final Counter read = Metrics.counter("news-metrics", "pages_read");
    private final Counter bytes = Metrics.counter("news-metrics", "bytes_read");

    ReadFn(long maxPageBytes) {
      this.maxPageBytes = maxPageBytes;
    }

    @ProcessElement
    public void process(@Element MatchResult.Metadata file, MultiOutputReceiver out) {
      String path = file.resourceId().toString();
      read.inc();
      try {
        if (file.resourceId().isDirectory()) {
          throw new IOException("is a directory, not a page");
        }
        if (file.sizeBytes() > maxPageBytes) {
          throw new IOException("page too large: " + file.sizeBytes() + " bytes, over the limit of "
              + maxPageBytes + " (--maxPageBytes)");
        }
        byte[] content = readAll(file);
        bytes.inc(content.length);
        out.get(PAGES).output(PageReader.fromBytes(path, content));
      } catch (IOException | RuntimeException | OutOfMemoryError e) {
        PageError error = PageError.of(PageReader.docId(path), path, STAGE, e);
        DocumentInfo doc = DocumentInfo.failed(error.docId(), path, null, 0, STAGE + ": " + error.message());
        out.get(FailSafeStageFn.FAILED).output(PageResult.failed(doc, error));
      }
    }

    private static byte[] readAll(MatchResult.Metadata file) throws IOException {
      try (var channel = org.apache.beam.sdk.io.FileSystems.open(file.resourceId());
           var in = java.nio.channels.Channels.newInputStream(channel)) {
        return in.readAllBytes();
      }
    }
  }
}
