package org.newsmetrics.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmetrics.core.PageProcessor;
import org.newsmetrics.io.PageReader;
import org.newsmetrics.model.PageResult;
import org.newsmetrics.report.ReportData;
import org.newsmetrics.tables.TableRows;
import org.newsmetrics.testing.SamplePages;

/** What one page group leaves in the output folder: its table files and its part for the driver. */
class GroupOutputTest {
  @TempDir Path out;

  @Test
  void aGroupsFilesAppearUnderTheirFinalNamesOnlyAndAReprocessedGroupReplacesThem() throws Exception {
    PageResult page = PageProcessor.warmUp();
    for (int attempt = 0; attempt < 2; attempt++) {
      try (TableFiles files = new TableFiles(out.toString(), 7)) {
        files.write(TableRows.rows(page));
      }
    }
    assertTrue(Files.exists(out.resolve("documents/part-00007.parquet")));
    assertTrue(Files.exists(out.resolve("articles/part-00007.parquet")));
    try (Stream<Path> all = Files.walk(out)) {
      List<Path> files = all.filter(Files::isRegularFile).map(out::relativize).toList();
      assertFalse(files.stream().anyMatch(f -> f.getFileName().toString().startsWith(".")), "no temporary file left: " + files);
      assertTrue(files.stream().allMatch(f -> f.getFileName().toString().equals("part-00007.parquet")),
          "written twice, still one file per table: " + files);
    }
  }

  @Test
  void partsMergeInGroupOrderWhateverOrderTheyWereWrittenIn() throws Exception {
    PageResult page = PageProcessor.warmUp();
    for (int group : new int[] {2, 0, 1}) {
      ReportData report = ReportData.empty().add(page);
      List<InputFile> inputs = List.of(new InputFile("/pages/p" + (9 - group) + ".txt", 10 + group, "h" + group));
      GroupParts.write(out.toString(), new GroupParts.Part(group, inputs, report));
    }
    GroupParts.Merged merged = GroupParts.mergeAndDelete(out);
    assertEquals(List.of("/pages/p7.txt", "/pages/p8.txt", "/pages/p9.txt"),
        merged.inputs().stream().map(InputFile::path).toList(), "input files sorted by path");
    assertEquals(3, merged.report().pagesRead());
    assertFalse(Files.exists(out.resolve(GroupParts.FOLDER)), "parts deleted once merged");
  }

  /**
   * Parts written by groups of test pages and merged from their files, whatever order the groups
   * were written in, give the report that merging the groups' reports gives: the same counts, and
   * the same metric rows under a small cap, though the merge reads each part's rows only up to the
   * cutoff.
   */
  @Test
  void partsMergedFromFilesKeepWhatTheGroupsReportsKeep() throws Exception {
    List<Path> pages = SamplePages.testPages();
    PageProcessor processor = new PageProcessor();
    ReportData whole = new ReportData(25, 3, 100);
    List<GroupParts.Part> parts = new ArrayList<>();
    // the first groups hold runs of the later pages (doc ids in group order, as in a run); the
    // others every eighth of the earlier pages, whose rows come before the cutoff those set
    int half = pages.size() / 2;
    for (int group = 0; group < 16; group++) {
      ReportData report = new ReportData(25, 3, 100);
      List<InputFile> inputs = new ArrayList<>();
      for (int i = 0; i < pages.size(); i++) {
        boolean member = group < 8 ? i >= half && (i - half) * 8 / (pages.size() - half) == group
            : i < half && i % 8 == group - 8;
        if (!member) continue;
        Path page = pages.get(i);
        report.add(processor.process(PageReader.read(page)));
        inputs.add(new InputFile(page.toString(), Files.size(page), "h"));
      }
      whole.merge(report.copy());
      parts.add(new GroupParts.Part(group, inputs, report));
    }
    Collections.shuffle(parts, new Random(3));
    for (GroupParts.Part part : parts) GroupParts.write(out.toString(), part);
    GroupParts.Merged merged = GroupParts.mergeAndDelete(out);
    assertTrue(whole.metricsLeftOut() > 0, "the cap leaves rows out");
    assertEquals(whole, merged.report());
    assertEquals(whole.metrics(), merged.report().metrics());
    assertEquals(pages.size(), merged.inputs().size());
  }
}
