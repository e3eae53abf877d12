package org.newsmetrics.pipeline;

import java.util.List;
import java.util.Set;
import org.apache.beam.sdk.coders.BooleanCoder;
import org.apache.beam.sdk.coders.IterableCoder;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.PCollection;
import org.newsmetrics.io.PageReader;
import org.newsmetrics.report.ReportData;

/**
 * Lists the input glob and spreads the paths over {@link PageGroups}: the output is one element per
 * group, its number and its pages' paths, each with whether the report keeps that page
 * ({@link ReportData#pathsKept}, known from the listing alone). Only paths travel through the
 * shuffle, never page text.
 */
final class GroupPages extends PTransform<PBegin, PCollection<KV<Integer, Iterable<KV<String, Boolean>>>>> {
  private final String glob;
  private final int minGroups;
  private final long maxGroupBytes;

  GroupPages(String glob, int minGroups, long maxGroupBytes) {
    this.glob = glob;
    this.minGroups = minGroups;
    this.maxGroupBytes = maxGroupBytes;
  }

  @Override
  public PCollection<KV<Integer, Iterable<KV<String, Boolean>>>> expand(PBegin begin) {
    KvCoder<String, Boolean> pathCoder = KvCoder.of(StringUtf8Coder.of(), BooleanCoder.of());
    return begin
        .apply("Glob", Create.of(glob).withCoder(StringUtf8Coder.of()))
        .apply("List", ParDo.of(new AssignFn(minGroups, maxGroupBytes)))
        .setCoder(KvCoder.of(VarIntCoder.of(), pathCoder))
        .apply("Group", GroupByKey.create())
        .setCoder(KvCoder.of(VarIntCoder.of(), IterableCoder.of(pathCoder)));
  }

  static final class AssignFn extends DoFn<String, KV<Integer, KV<String, Boolean>>> {
    private final int minGroups;
    private final long maxGroupBytes;

    AssignFn(int minGroups, long maxGroupBytes) {
      this.minGroups = minGroups;
      this.maxGroupBytes = maxGroupBytes;
    }

    @ProcessElement
    public void process(@Element String glob, OutputReceiver<KV<Integer, KV<String, Boolean>>> out) {
      List<ListPages.Listed> listed = ListPages.listSized(glob);
      long[] sizes = listed.stream().mapToLong(ListPages.Listed::size).toArray();
      int[] group = PageGroups.assign(sizes, minGroups, maxGroupBytes);
      Set<String> kept = ReportData.pathsKept(listed.stream().map(ListPages.Listed::path).toList(),
          PageReader::docId, ReportData.DEFAULT_MAX_PAGES);
      for (int i = 0; i < group.length; i++) {
        String path = listed.get(i).path();
        out.output(KV.of(group[i], KV.of(path, kept.contains(path))));
      }
    }
  }
}
