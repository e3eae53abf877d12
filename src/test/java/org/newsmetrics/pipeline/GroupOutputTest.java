package org.newsmetrics.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmetrics.core.PageProcessor;
import org.newsmetrics.model.PageResult;
import org.newsmetrics.report.ReportData;
import org.newsmetrics.tables.TableRows;

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
}
