package org.newsmetrics.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.newsmetrics.core.PageProcessor;
import org.newsmetrics.io.PageReader;
import org.newsmetrics.model.Page;
import org.newsmetrics.model.PageResult;

/** Page results of the seed pages, run through the real page processor, plus one failed page. */
final class SeedReports {
  private SeedReports() {}

  static List<PageResult> seedResults() throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(Path.of("seeds"))) {
      files = s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
    }
    PageProcessor processor = new PageProcessor();
    List<PageResult> out = new ArrayList<>();
    for (Path f : files) out.add(processor.process(PageReader.read(f)));
    Page broken = new Page("zz_broken_page", "seeds/zz_broken_page.txt", "\u0000\u0000", "UTF-8", 2);
    out.add(PageProcessor.failed(broken, PageProcessor.STAGE_CLEAN,
        new IllegalStateException("cannot rejoin lines: <script>alert('x')</script> & more")));
    return out;
  }

  static ReportData seedReport() throws IOException {
    ReportData data = ReportData.empty();
    for (PageResult r : seedResults()) data.merge(ReportData.of(r));
    return data;
  }
}
