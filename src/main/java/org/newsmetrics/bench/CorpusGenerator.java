package org.newsmetrics.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * A deterministic corpus of news pages for benchmarks and engine tests: the bundled sample pages
 * recombined and varied — numbers, place names, paragraph order and line wrapping changed — so that
 * caches and branch predictors are not flattered by the same page over and over. The same seed and
 * size always give the same files.
 */
public final class CorpusGenerator {
  /** Pages bundled in the jar (copies of {@code seeds/}), so {@code bench} runs anywhere. */
  static final List<String> SAMPLES = List.of("000_9fc27b00f039a992", "001_caea3869aa00dcb1",
      "002_743f83fd17175aa3", "003_791e4569c83e3c52", "004_10460282b4d5cf09");
  private static final String[] PLACES = {"无锡", "苏州", "太仓", "常州", "南通", "昆山", "江阴", "宜兴", "张家港", "常熟",
      "吴江", "锡山", "惠山", "滨湖", "新吴", "梁溪", "吴中", "相城", "姑苏", "海门"};
  private static final String[] INDUSTRIES = {"生物医药", "集成电路", "新能源", "高端装备", "新材料", "人工智能",
      "物联网", "汽车零部件", "节能环保", "软件和信息技术"};

  private final List<String> samples;
  private final long seed;

  public CorpusGenerator(long seed) {
    this.seed = seed;
    this.samples = SAMPLES.stream().map(CorpusGenerator::sample).toList();
  }

  private static String sample(String name) {
    try (InputStream in = CorpusGenerator.class.getResourceAsStream("/samples/" + name + ".txt")) {
      return new String(Objects.requireNonNull(in, "bundled sample " + name).readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The text of page {@code i}. */
  public String page(int i) {
    SplittableRandom rnd = new SplittableRandom(seed * 1_000_003L + i);
    String base = samples.get(rnd.nextInt(samples.size()));
    List<String> paragraphs = new ArrayList<>(List.of(base.split("\n\n", -1)));
    // swap a few neighbouring paragraphs: layouts differ from page to page
    for (int k = rnd.nextInt(3); k > 0 && paragraphs.size() > 3; k--) {
      int a = 1 + rnd.nextInt(paragraphs.size() - 2);
      String t = paragraphs.get(a);
      paragraphs.set(a, paragraphs.get(a + 1));
      paragraphs.set(a + 1, t);
    }
    String text = String.join("\n\n", paragraphs);
    text = varyDigits(text, rnd);
    text = text.replace(PLACES[rnd.nextInt(3)], PLACES[rnd.nextInt(PLACES.length)]);
    text = text.replace("生物医药", INDUSTRIES[rnd.nextInt(INDUSTRIES.length)]);
    if (rnd.nextInt(4) == 0) text = rewrap(text, 12 + rnd.nextInt(8));
    return text;
  }

  /** Writes pages until the corpus holds at least {@code megabytes} MB; returns the page count. */
  public int write(Path dir, double megabytes) throws IOException {
    Files.createDirectories(dir);
    long target = (long) (megabytes * 1024 * 1024), written = 0;
    int i = 0;
    while (written < target) {
      byte[] bytes = page(i).getBytes(StandardCharsets.UTF_8);
      Files.write(dir.resolve(String.format("page-%07d.txt", i)), bytes);
      written += bytes.length;
      i++;
    }
    return i;
  }

  /** Replaces each digit by another, keeping the first digit of a number non-zero. */
  private static String varyDigits(String text, SplittableRandom rnd) {
    StringBuilder b = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9' && rnd.nextInt(3) == 0) {
        boolean first = i == 0 || text.charAt(i - 1) < '0' || text.charAt(i - 1) > '9';
        c = (char) ('0' + (first ? 1 + rnd.nextInt(9) : rnd.nextInt(10)));
      }
      b.append(c);
    }
    return b.toString();
  }

  /** Joins every paragraph's lines and wraps them again every {@code width} characters, as narrow columns do. */
  private static String rewrap(String text, int width) {
    StringBuilder b = new StringBuilder(text.length() + text.length() / width);
    for (String para : text.split("\n\n", -1)) {
      String flat = para.replace("\n", "");
      for (int i = 0; i < flat.length(); i += width) {
        b.append(flat, i, Math.min(flat.length(), i + width)).append('\n');
      }
      b.append('\n');
    }
    return b.toString();
  }
}
