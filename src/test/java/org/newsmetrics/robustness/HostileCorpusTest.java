package org.newsmetrics.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmetrics.pipeline.NewsMetricsOptions;
import org.newsmetrics.pipeline.NewsMetricsPipeline;
import org.newsmetrics.pipeline.RunSummary;

/**
 * A corpus as scrapers and PDF converters deliver it: every charset, broken and binary files, a
 * directory and a dangling link named like pages, monstrous lines. The run must finish, list every
 * file in documents, explain every failure in errors, and give the good pages the same rows as a
 * run without the bad ones.
 */
class HostileCorpusTest {
  @TempDir static Path tmp;
  static Path hostileOut, cleanOut;
  static RunSummary hostile;
  static final String PAGE = readSeed("003_791e4569c83e3c52.txt");
  /** A traditional-character page, for the Big5 twin. */
  static final String TRADITIONAL = "蘇州日報\n\n生物醫藥項目簽約落戶\n\n本報訊（記者 趙焱）昨日，全市簽約落戶生物醫藥項目65個、總投資113.86億元。"
      + "其中，恆度生物項目計劃總投資9.99億元，投產後可實現年銷售收入超10億元。\n";

  /** What each file must become: ok or error. */
  static final Map<String, String> EXPECTED = new TreeMap<>();

  @BeforeAll
  static void runHostileAndCleanCorpora() throws IOException {
    Path bad = Files.createDirectories(tmp.resolve("hostile"));
    Path good = Files.createDirectories(tmp.resolve("clean"));
    for (Path dir : List.of(bad, good)) {
      write(dir, "good_utf8.txt", PAGE.getBytes(StandardCharsets.UTF_8), "ok");
      write(dir, "trad_utf8.txt", TRADITIONAL.getBytes(StandardCharsets.UTF_8), "ok");
    }
    EXPECTED.clear();
    EXPECTED.put("good_utf8", "ok");
    EXPECTED.put("trad_utf8", "ok");
    write(bad, "good_gb18030.txt", PAGE.getBytes(Charset.forName("GB18030")), "ok");
    write(bad, "good_gbk.txt", PAGE.getBytes(Charset.forName("GBK")), "ok");
    write(bad, "trad_big5.txt", TRADITIONAL.getBytes(Charset.forName("Big5")), "ok");
    write(bad, "good_utf16.txt", concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, PAGE.getBytes(StandardCharsets.UTF_16LE)), "ok");
    write(bad, "good_bom.txt", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, PAGE.getBytes(StandardCharsets.UTF_8)), "ok");
    write(bad, "good_crlf.txt", PAGE.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8), "ok");
    write(bad, "good_cr.txt", PAGE.replace("\n", "\r").getBytes(StandardCharsets.UTF_8), "ok");
    write(bad, "nul_bytes.txt", PAGE.replace("。", "。\u0000").getBytes(StandardCharsets.UTF_8), "ok");
    byte[] broken = PAGE.getBytes(StandardCharsets.UTF_8);
    broken[broken.length / 2] = (byte) 0xFF;
    broken[broken.length / 2 + 1] = (byte) 0xC0;
    write(bad, "invalid_utf8_middle.txt", broken, "ok");
    write(bad, "digits.txt", "1".repeat(100_000).getBytes(StandardCharsets.UTF_8), "ok");
    write(bad, "yi_yi_yi.txt", ("总投资" + "亿".repeat(50_000) + "元\n").getBytes(StandardCharsets.UTF_8), "ok");
    write(bad, "numerals.txt", ("一二三四五六七八九十百千万亿".repeat(5_000) + "\n" + "，。、；".repeat(20_000))
        .getBytes(StandardCharsets.UTF_8), "ok");
    write(bad, "png.txt", png(), "error");
    write(bad, "zip.txt", zip(), "error");
    write(bad, "empty.txt", new byte[0], "error");
    write(bad, "blank.txt", " \n\t\n   \r\n".getBytes(StandardCharsets.UTF_8), "error");
    write(bad, "huge_line.txt", "字".repeat(10_000_000).getBytes(StandardCharsets.UTF_8), "error");
    Files.createDirectories(bad.resolve("directory.txt"));
    EXPECTED.put("directory", "error");
    Files.createSymbolicLink(bad.resolve("gone.txt"), tmp.resolve("no-such-file.txt"));
    EXPECTED.put("gone", "error");

    hostileOut = tmp.resolve("out-hostile");
    cleanOut = tmp.resolve("out-clean");
    hostile = run(bad, hostileOut);
    run(good, cleanOut);
  }

  private static RunSummary run(Path in, Path out) {
    NewsMetricsOptions options = PipelineOptionsFactory.fromArgs("--input=" + in + "/*.txt", "--output=" + out)
        .as(NewsMetricsOptions.class);
    return NewsMetricsPipeline.run(options);
  }

  @Test
  void everyFileIsInDocumentsWithTheRightStatus() throws Exception {
    Map<String, String> actual = new TreeMap<>();
    for (String row : Tables.rows("SELECT doc_id, status FROM " + Tables.table(hostileOut, "documents"))) {
      String[] parts = row.split(" \\| ");
      actual.put(parts[0], parts[1]);
    }
    assertEquals(EXPECTED, actual);
    assertEquals(EXPECTED.size(), hostile.count("pages_read"), hostile.format());
  }

  @Test
  void everyFailureIsExplained() throws Exception {
    List<String> errors = Tables.rows("SELECT doc_id, stage, error_class, message FROM " + Tables.table(hostileOut, "errors")
        + " ORDER BY doc_id");
    long expectedErrors = EXPECTED.values().stream().filter("error"::equals).count();
    assertEquals(expectedErrors, errors.size(), String.join("\n", errors));
    for (String e : errors) {
      String[] p = e.split(" \\| ");
      assertTrue(!p[1].isBlank() && !p[2].isBlank() && p[3].length() > 10, e);
    }
    String all = String.join("\n", errors);
    assertTrue(all.contains("binary"), all);
    assertTrue(all.contains("directory"), all);
    assertTrue(all.contains("empty file"), all);
    assertTrue(all.contains("white space"), all);
    assertTrue(all.contains("--maxLineChars"), all);
    assertTrue(all.contains("gone"), all);
  }

  @Test
  void goodPagesGiveTheSameRowsAsWithoutTheBadOnes() throws Exception {
    String cols = "article_id, seq, kind, kicker, headline, subheadline, dateline, byline, body, industries";
    String where = " WHERE doc_id IN ('good_utf8', 'trad_utf8') ORDER BY ALL";
    assertEquals(Tables.rows("SELECT " + cols + " FROM " + Tables.table(cleanOut, "articles") + where),
        Tables.rows("SELECT " + cols + " FROM " + Tables.table(hostileOut, "articles") + where));
    String mcols = "metric_id, metric, value, unit, qualifier, modality, period, subject, industry, evidence, char_start";
    assertEquals(Tables.rows("SELECT " + mcols + " FROM " + Tables.table(cleanOut, "metrics") + where),
        Tables.rows("SELECT " + mcols + " FROM " + Tables.table(hostileOut, "metrics") + where));
  }

  @Test
  void everyEncodingTwinGivesTheSameArticlesAndMetrics() throws Exception {
    for (String twin : List.of("good_gb18030", "good_gbk", "good_utf16", "good_bom", "good_crlf", "good_cr", "nul_bytes")) {
      assertSameRows("good_utf8", twin);
    }
    assertSameRows("trad_utf8", "trad_big5");
  }

  private static void assertSameRows(String doc, String twin) throws Exception {
    String a = "SELECT seq, kind, kicker, headline, subheadline, dateline, byline, body FROM " + Tables.table(hostileOut, "articles");
    assertEquals(Tables.rows(a + " WHERE doc_id = '" + doc + "' ORDER BY seq"),
        Tables.rows(a + " WHERE doc_id = '" + twin + "' ORDER BY seq"), twin + " articles");
    String m = "SELECT metric, value, unit, qualifier, modality, period, subject, evidence FROM " + Tables.table(hostileOut, "metrics");
    assertEquals(Tables.rows(m + " WHERE doc_id = '" + doc + "' ORDER BY metric_id"),
        Tables.rows(m + " WHERE doc_id = '" + twin + "' ORDER BY metric_id"), twin + " metrics");
  }

  private static void write(Path dir, String name, byte[] bytes, String status) throws IOException {
    Files.write(dir.resolve(name), bytes);
    EXPECTED.put(name.substring(0, name.lastIndexOf('.')), status);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  private static byte[] png() {
    byte[] b = new byte[2048];
    byte[] head = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
    System.arraycopy(head, 0, b, 0, head.length);
    for (int i = head.length; i < b.length; i++) b[i] = (byte) (i * 31);
    return b;
  }

  private static byte[] zip() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(bytes)) {
      z.putNextEntry(new ZipEntry("page.txt"));
      byte[] data = new byte[4096];
      new java.util.Random(7).nextBytes(data);
      z.write(data);
      z.closeEntry();
    }
    return bytes.toByteArray();
  }

  static String readSeed(String name) {
    try {
      return Files.readString(Path.of("seeds", name));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
