package org.newsmetrics.layout;

import java.util.ArrayList;
import java.util.List;
import org.newsmetrics.model.CleanPage;
import org.newsmetrics.model.Page;
import org.newsmetrics.model.Paragraph;
import org.newsmetrics.model.RemovedBlock;

/**
 * Cleans a page: source lines to paragraphs, furniture out into {@link RemovedBlock}s, publication
 * and date found. First version: one paragraph per blank-line-separated block.
 */
public final class PageCleaner {

  public CleanPage clean(Page page) {
    String[] lines = page.text().split("\r\n|\r|\n", -1);
    List<Paragraph> paragraphs = new ArrayList<>();
    StringBuilder sb = new StringBuilder();
    int start = -1;
    for (int i = 0; i <= lines.length; i++) {
      String line = i < lines.length ? lines[i].strip() : "";
      if (line.isEmpty()) {
        if (sb.length() > 0) paragraphs.add(new Paragraph(sb.toString(), start, i));
        sb.setLength(0);
        start = -1;
      } else {
        if (start < 0) start = i + 1;
        sb.append(line);
      }
    }
    return new CleanPage(page, null, null, "none", paragraphs, List.of());
  }
}
