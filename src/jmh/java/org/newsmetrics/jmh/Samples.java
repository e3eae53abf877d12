package org.newsmetrics.jmh;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.newsmetrics.io.PageReader;
import org.newsmetrics.model.Page;

/** The sample pages bundled in the jar (copies of seeds/), as texts, lines and pages. */
public final class Samples {
  static final String[] NAMES = {"000_9fc27b00f039a992", "001_caea3869aa00dcb1", "002_743f83fd17175aa3",
      "003_791e4569c83e3c52", "004_10460282b4d5cf09"};

  private Samples() {}

  public static List<String> pages() {
    List<String> out = new ArrayList<>();
    for (String n : NAMES) {
      try (InputStream in = Samples.class.getResourceAsStream("/samples/" + n + ".txt")) {
        out.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return out;
  }

  public static List<Page> pageRecords() {
    List<Page> out = new ArrayList<>();
    List<String> texts = pages();
    for (int i = 0; i < texts.size(); i++) {
      out.add(PageReader.fromBytes(NAMES[i] + ".txt", texts.get(i).getBytes(StandardCharsets.UTF_8)));
    }
    return out;
  }

  public static List<String> lines() {
    List<String> out = new ArrayList<>();
    for (String p : pages()) for (String l : p.split("\n")) if (!l.isBlank()) out.add(l);
    return out;
  }
}
