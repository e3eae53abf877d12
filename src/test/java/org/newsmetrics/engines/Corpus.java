package org.newsmetrics.engines;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A deterministic corpus of news pages recombined from the seed pages: each page takes blocks
 * (blank-line separated, hard wraps kept) from the seeds in a new order, with its numbers scaled and
 * its places and people renamed. The same seeds give byte-identical pages on every machine. A few
 * pages are edge cases on purpose: GB18030, UTF-16 and UTF-8-with-BOM encodings, an empty file and
 * a large page (gen_123, over {@link #MAX_PAGE_BYTES}: an {@code errors} row when a run sets that
 * limit).
 */
final class Corpus {
  /** The page limit the corpus runs use, so that the oversized page becomes an error row. */
  static final long MAX_PAGE_BYTES = 256 * 1024;

  private static final String[] PLACES = {"无锡", "苏州", "太仓", "江阴", "上海"};
  private static final String[] NEW_PLACES = {"常州", "南通", "扬州", "泰州", "镇江", "盐城", "徐州", "淮安", "宿迁"};
  private static final String[] PEOPLE = {"杜小刚", "曹路宝", "汪香元", "方力", "王硕", "赵焱"};
  private static final String[] NEW_PEOPLE = {"李明远", "张卫东", "刘晓燕", "陈志强", "杨海涛", "黄文静", "周建华", "吴振宇"};
  private static final double[] FACTORS = {0.6, 0.75, 1.25, 1.5, 2, 3, 4.5};
  private static final Pattern NUMBER = Pattern.compile("(\\d+)(\\.\\d+)?(?=([年月日号时点:：%％])?)");

  private Corpus() {}

  /** Writes {@code n} pages into {@code dir} (emptied first) and returns their paths. */
  static List<Path> generate(Path seeds, Path dir, int n) throws IOException {
    List<String> blocks = new ArrayList<>();
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(seeds, "*.txt")) {
      List<Path> files = new ArrayList<>();
      ds.forEach(files::add);
      files.sort(null);
      for (Path f : files) {
        for (String b : Files.readString(f, StandardCharsets.UTF_8).split("\\n[ \\t\\u3000]*\\n")) {
          if (!b.isBlank()) blocks.add(b.strip());
        }
      }
    }
    if (blocks.isEmpty()) throw new IOException("no seed pages in " + seeds);
    if (Files.exists(dir)) {
      try (var walk = Files.walk(dir)) {
        walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
    Files.createDirectories(dir);
    List<Path> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Path file = dir.resolve(String.format("gen_%03d.txt", i));
      Files.write(file, bytes(i, n, blocks));
      out.add(file);
    }
    return out;
  }

  private static byte[] bytes(int i, int n, List<String> blocks) {
    if (i == n - 1) return new byte[0]; // an empty file
    String text = page(i, blocks);
    if (i == 123) { // over the page limit: every block, again and again
      StringBuilder big = new StringBuilder(text);
      int k = 0;
      while (big.toString().getBytes(StandardCharsets.UTF_8).length <= MAX_PAGE_BYTES + 32 * 1024) {
        big.append("\n\n").append(vary(blocks.get(k++ % blocks.size()), new Random(k), k));
      }
      return big.toString().getBytes(StandardCharsets.UTF_8);
    }
    return switch (i) {
      case 17, 61 -> text.getBytes(Charset.forName("GB18030"));
      case 42 -> concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE));
      case 77 -> concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, text.getBytes(StandardCharsets.UTF_8));
      default -> text.getBytes(StandardCharsets.UTF_8);
    };
  }

  /** Page {@code i}: a masthead line now and then, then 4 to 12 varied blocks. */
  static String page(int i, List<String> blocks) {
    Random rnd = new Random(20_240_000L + i);
    StringBuilder sb = new StringBuilder();
    if (rnd.nextInt(3) == 0) {
      sb.append(NEW_PLACES[i % NEW_PLACES.length]).append("日报 ").append(2021 + i % 4).append('年')
          .append(1 + i % 12).append('月').append(1 + i % 28).append("日 第").append(1 + i % 8).append("版\n\n");
    }
    int k = 4 + rnd.nextInt(9);
    for (int b = 0; b < k; b++) {
      if (b > 0) sb.append("\n\n");
      sb.append(vary(blocks.get(rnd.nextInt(blocks.size())), rnd, i));
    }
    return sb.append('\n').toString();
  }

  /** Scales the numbers (dates stay dates) and renames places and people. */
  static String vary(String block, Random rnd, int i) {
    double factor = FACTORS[rnd.nextInt(FACTORS.length)];
    int shift = 1 + rnd.nextInt(5);
    Matcher m = NUMBER.matcher(block);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      String intPart = m.group(1);
      String frac = m.group(2);
      String unit = m.group(3);
      String replacement;
      if (intPart.length() > 9) {
        replacement = m.group();
      } else if ("年".equals(unit) || "时".equals(unit) || "点".equals(unit) || ":".equals(unit) || "：".equals(unit)) {
        replacement = m.group();
      } else if ("月".equals(unit) && frac == null) {
        replacement = Integer.toString((Integer.parseInt(intPart) - 1 + shift) % 12 + 1);
      } else if (("日".equals(unit) || "号".equals(unit)) && frac == null) {
        replacement = Integer.toString((Integer.parseInt(intPart) - 1 + shift) % 28 + 1);
      } else {
        BigDecimal v = new BigDecimal(m.group()).multiply(BigDecimal.valueOf(factor));
        int scale = frac == null ? 0 : frac.length() - 1;
        replacement = v.setScale(scale, RoundingMode.HALF_UP).toPlainString();
      }
      m.appendReplacement(sb, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(sb);
    String s = sb.toString();
    for (int p = 0; p < PLACES.length; p++) s = s.replace(PLACES[p], NEW_PLACES[(i + p) % NEW_PLACES.length]);
    for (int p = 0; p < PEOPLE.length; p++) s = s.replace(PEOPLE[p], NEW_PEOPLE[(i + 3 * p) % NEW_PEOPLE.length]);
    return s;
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
