package org.newsmetrics.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Reshuffle;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.newsmetrics.io.PageLimits;
import org.newsmetrics.io.PageReader;
import org.newsmetrics.model.DocumentInfo;
import org.newsmetrics.model.Page;
import org.newsmetrics.model.PageError;
import org.newsmetrics.model.PageResult;

/**
 * Lists the input glob and reads each file as one {@link Page}. Whatever cannot be read (a
 * directory, a file gone since it was listed, binary data, a page over a limit) becomes an error
 * result: a documents row with status {@code error} and an errors row. The listed paths are
 * reshuffled before reading so that many small files spread over workers.
 */
final class ReadPages extends PTransform<PBegin, PCollectionTuple> {
  static final TupleTag<Page> PAGES = new TupleTag<>("pages") {};
  static final TupleTag<InputFile> INPUTS = new TupleTag<>("inputs") {};
  static final String STAGE = "read";

  private final String glob;
  private final PageLimits limits;
  private final int buckets;

  /**
   * @param buckets how many groups the listed files are spread over: the unit of parallelism, and
   *     on the DirectRunner the unit of work (one bundle per group rather than one per page)
   */
  ReadPages(String glob, PageLimits limits, int buckets) {
    this.glob = glob;
    this.limits = limits;
    this.buckets = buckets;
  }

  @Override
  public PCollectionTuple expand(PBegin begin) {
    PCollectionTuple out = begin
        .apply("Glob", Create.of(glob).withCoder(StringUtf8Coder.of()))
        .apply("List", ParDo.of(new ListFn()))
        .apply("Spread", Reshuffle.<String>viaRandomKey().withNumBuckets(buckets))
        .apply("Read", ParDo.of(new ReadFn(limits))
            .withOutputTags(PAGES, TupleTagList.of(FailSafeStageFn.FAILED).and(INPUTS)));
    out.get(PAGES).setCoder(SerializableCoder.of(Page.class));
    out.get(FailSafeStageFn.FAILED).setCoder(SerializableCoder.of(PageResult.class));
    out.get(INPUTS).setCoder(SerializableCoder.of(InputFile.class));
    return out;
  }

  static final class ListFn extends DoFn<String, String> {
    @ProcessElement
    public void process(@Element String glob, OutputReceiver<String> out) {
      ListPages.list(glob).forEach(out::output);
    }
  }

  static final class ReadFn extends DoFn<String, Page> {
    private final PageLimits limits;
    private final Counter read = Metrics.counter("news-metrics", "pages_read");
    private final Counter bytesRead = Metrics.counter("news-metrics", "bytes_read");
    private final Counter micros = Metrics.counter("news-metrics", STAGE + "_micros");

    ReadFn(PageLimits limits) {
      this.limits = limits;
    }

    @ProcessElement
    public void process(@Element String path, MultiOutputReceiver out) {
      long t0 = System.nanoTime();
      try {
        readOne(path, out);
      } finally {
        micros.inc((System.nanoTime() - t0) / 1000);
      }
    }

    private void readOne(String path, MultiOutputReceiver out) {
      read.inc();
      byte[] bytes = null;
      try {
        bytes = readAll(path);
        bytesRead.inc(bytes.length);
        out.get(INPUTS).output(new InputFile(path, bytes.length, sha256(bytes)));
        out.get(PAGES).output(PageReader.fromBytes(path, bytes, limits));
      } catch (IOException | RuntimeException | OutOfMemoryError e) {
        if (bytes == null) out.get(INPUTS).output(new InputFile(path, -1, null));
        PageError error = PageError.of(PageReader.docId(path), path, STAGE, e);
        String why = e instanceof NoSuchFileException ? "the file is gone (deleted, moved or a broken link since it was listed)"
            : error.message();
        error = new PageError(error.docId(), path, STAGE, error.errorClass(), why);
        DocumentInfo doc = DocumentInfo.failed(error.docId(), path, null, 0, STAGE + ": " + why);
        out.get(FailSafeStageFn.FAILED).output(PageResult.failed(doc, error));
      }
    }

    private byte[] readAll(String path) throws IOException {
      if (OutputFolder.isLocal(path)) {
        Path p = Path.of(path);
        if (Files.isDirectory(p)) throw new IOException("is a directory, not a page");
        limits.checkSize(Files.size(p));
        return Files.readAllBytes(p);
      }
      try (InputStream in = Channels.newInputStream(FileSystems.open(FileSystems.matchNewResource(path, false)))) {
        return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxPageBytes() + 1));
      }
    }
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
