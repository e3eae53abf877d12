package org.newsmetrics.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.beam.sdk.coders.BooleanCoder;
import org.apache.beam.sdk.coders.IterableCoder;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.ListCoder;
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
 * shuffle, never page text, and a group's paths travel as one element: one per path gave the
 * DirectRunner's grouping 69 528 elements to move before the first page of a 1 GB corpus was read.
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
        .setCoder(KvCoder.of(VarIntCoder.of(), ListCoder.of(pathCoder)))
        // spreads the groups over the workers: the listing emitted them all in one bundle
        .apply("Group", GroupByKey.create())
        .apply("Paths", ParDo.of(new PathsFn()))
        .setCoder(KvCoder.of(VarIntCoder.of(), IterableCoder.of(pathCoder)));
  }

  /** A group's paths, out of the grouping's one-list iterable. */
  static final class PathsFn extends DoFn<KV<Integer, Iterable<List<KV<String, Boolean>>>>, KV<Integer, Iterable<KV<String, Boolean>>>> {
    @ProcessElement
    public void process(@Element KV<Integer, Iterable<List<KV<String, Boolean>>>> group,
        OutputReceiver<KV<Integer, Iterable<KV<String, Boolean>>>> out) {
      List<KV<String, Boolean>> paths = new ArrayList<>();
      for (List<KV<String, Boolean>> part : group.getValue()) paths.addAll(part);
      out.output(KV.of(group.getKey(), paths));
    }
  }

  static final class AssignFn extends DoFn<String, KV<Integer, List<KV<String, Boolean>>>> {
    private final int minGroups;
    private final long maxGroupBytes;

    AssignFn(int minGroups, long maxGroupBytes) {
      this.minGroups = minGroups;
      this.maxGroupBytes = maxGroupBytes;
    }

    @ProcessElement
    public void process(@Element String glob, OutputReceiver<KV<Integer, List<KV<String, Boolean>>>> out) {
      List<ListPages.Listed> listed = ListPages.listSized(glob);
      long[] sizes = listed.stream().mapToLong(ListPages.Listed::size).toArray();
      int[] group = PageGroups.assign(sizes, minGroups, maxGroupBytes);
      Set<String> kept = ReportData.pathsKept(listed.stream().map(ListPages.Listed::path).toList(),
          PageReader::docId, ReportData.DEFAULT_MAX_PAGES);
      // the groups are runs of consecutive pages (PageGroups numbers them in listing order)
      List<KV<String, Boolean>> paths = new ArrayList<>();
      for (int i = 0; i < group.length; i++) {
        String path = listed.get(i).path();
        paths.add(KV.of(path, kept.contains(path)));
        if (i + 1 == group.length || group[i + 1] != group[i]) {
          out.output(KV.of(group[i], paths));
          paths = new ArrayList<>();
        }
      }
    }
  }
}
