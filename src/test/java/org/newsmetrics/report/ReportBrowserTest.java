package org.newsmetrics.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Opens the report of the seed pages in headless Chromium: the DOM after the scripts ran holds the
 * charts, the metrics table rows and the evidence highlights; a screenshot is taken. Skipped when
 * no Chromium binary is found (set {@code CHROMIUM_BIN} to point at one).
 */
@Tag("browser")
class ReportBrowserTest {
  private static final Path DIR = Path.of("target", "report-test");
  private static final long TIMEOUT_S = 90;
  private static String chromium;
  private static Path report;

  @BeforeAll
  static void render() throws IOException {
    chromium = findChromium();
    if (chromium == null) return;
    ReportData data = SeedReports.seedReport();
    report = ReportFiles.write(DIR, data, "seeds", "2026-01-01T00:00:00Z").toAbsolutePath();
  }

  @BeforeEach
  void needsChromium() {
    assumeTrue(chromium != null, "no chromium binary on PATH (or CHROMIUM_BIN): browser test skipped");
  }

  static String findChromium() {
    List<String> candidates = new ArrayList<>();
    String env = System.getenv("CHROMIUM_BIN");
    if (env != null && !env.isBlank()) candidates.add(env);
    String path = System.getenv("PATH");
    for (String name : List.of("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")) {
      if (path == null) break;
      for (String dir : path.split(File.pathSeparator)) candidates.add(Path.of(dir, name).toString());
    }
    for (String c : candidates) {
      Path p = Path.of(c);
      if (Files.isRegularFile(p) && Files.isExecutable(p)) return p.toString();
    }
    return null;
  }

  /** Runs Chromium headless on the report with {@code extra} arguments, bounded in time; returns stdout. */
  private static String runChromium(List<String> extra, Path stdout) throws IOException, InterruptedException {
    return runChromium(extra, stdout, report);
  }

  private static String runChromium(List<String> extra, Path stdout, Path file) throws IOException, InterruptedException {
    Path profile = Files.createTempDirectory("report-chromium-");
    List<String> cmd = new ArrayList<>(List.of(chromium, "--headless", "--no-sandbox", "--disable-gpu",
        "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage", "--hide-scrollbars", "--enable-logging=stderr", "--v=0",
        "--user-data-dir=" + profile));
    cmd.addAll(extra);
    cmd.add(file.toUri().toString());
    Path stderr = DIR.resolve(stdout.getFileName() + ".stderr");
    Process p = new ProcessBuilder(cmd).redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
    try {
      boolean done = p.waitFor(TIMEOUT_S, TimeUnit.SECONDS);
      assertTrue(done, "chromium did not finish within " + TIMEOUT_S + " s: " + cmd);
      assertEquals(0, p.exitValue(), () -> "chromium failed: " + read(stderr));
      // the page's console: no script error, no blocked load (the CSP refuses any network access)
      for (String line : read(stderr).split("\n")) {
        if (line.contains(":CONSOLE")) {
          assertFalse(line.contains("Uncaught") || line.contains("Refused to") || line.contains("Error"),
              "browser console: " + line);
        }
      }
      return read(stdout);
    } finally {
      p.descendants().forEach(ProcessHandle::destroyForcibly);
      p.destroyForcibly();
      p.waitFor(10, TimeUnit.SECONDS);
      deleteTree(profile);
    }
  }

  @Test
  void domAfterScriptsHoldsChartsTableAndHighlights() throws Exception {
    String dom = runChromium(List.of("--virtual-time-budget=5000", "--dump-dom"), DIR.resolve("report.dom.html"));
    assertTrue(dom.contains("data-report-ready=\"true\""), "the report script ran to its end");
    assertTrue(dom.contains("class=\"js"), "the script marked the document");
    // charts: inline SVG with bars, or the empty note for a kind without figures
    for (String id : List.of("chart-investment-subject", "chart-investment-period", "chart-output-region",
        "chart-projects-month")) {
      assertTrue(dom.contains("id=\"" + id + "\""), "chart " + id);
    }
    assertTrue(count(dom, "<svg") >= 1, "at least one chart drawn as svg");
    assertTrue(count(dom, "<rect class=\"bar ") >= 1, "chart bars");
    // metrics table: rows built by the script from the embedded JSON
    String tbody = between(dom, "<table class=\"grid metrics\" id=\"metrics-table\">", "</table>");
    assertTrue(count(tbody, "<tr class=\"metric-row\"") >= 1, "metrics table rows");
    assertTrue(Pattern.compile("<option value=\"investment\">").matcher(dom).find()
        || dom.contains("<option value=\"output_value\">"), "type filter filled in");
    // evidence viewer: highlights with data attributes, one page current
    Matcher mark = Pattern.compile("<mark class=\"metric [^\"]*\" tabindex=\"0\" data-ev=\"[0-9 ]+\" data-metric-id=\"[^\"]+\" "
        + "data-metric=\"[a-z_ ]+\"").matcher(dom);
    assertTrue(mark.find(), "highlighted figures in the evidence viewer");
    assertEquals(1, count(dom, "class=\"page current\""), "exactly one page shown");
    assertTrue(dom.contains("<select id=\"doc-select\">"), "page picker");
    // Chinese text came through
    assertTrue(dom.contains("本报讯") || dom.contains("亿元"), "Chinese text in the DOM");
    assertTrue(dom.contains("id=\"errors-table\""), "error rows");
  }

  /**
   * Drives the page like a reader would (a script appended to a copy of the report clicks and
   * filters, then writes what it saw into the DOM) and checks the outcome in the dumped DOM.
   */
  @Test
  void interactionsWork() throws Exception {
    String driver = """
        <script>
        (function () {
          var out = {};
          var mark = document.querySelector('.page.current mark.metric');
          mark.click();
          var pop = document.getElementById('popover');
          out.popover = !pop.hidden && pop.querySelectorAll('tr').length > 5 && pop.textContent.indexOf('modality') >= 0;
          document.body.click();
          out.popoverClosed = pop.hidden;
          var sel = document.getElementById('doc-select');
          var before = document.querySelector('.page.current').id;
          var other = Array.prototype.filter.call(sel.options, function (o) { return o.value !== before; })[0];
          sel.value = other.value;
          sel.dispatchEvent(new Event('change'));
          out.pageSwitched = document.querySelectorAll('.page.current').length === 1
              && document.querySelector('.page.current').id === other.value;
          var cb = document.getElementById('show-removed');
          cb.click();
          out.removedShown = document.documentElement.classList.contains('show-removed');
          var rowsBefore = document.querySelectorAll('#metrics-table tbody tr').length;
          var txt = document.getElementById('f-text');
          txt.value = 'no-such-text-anywhere';
          txt.dispatchEvent(new Event('input'));
          out.filtered = rowsBefore > 0 && document.querySelectorAll('#metrics-table tbody tr').length === 0;
          txt.value = '';
          txt.dispatchEvent(new Event('input'));
          out.unfiltered = document.querySelectorAll('#metrics-table tbody tr').length === rowsBefore;
          var link = document.querySelector('#metrics-table tbody a[data-metric-id]');
          link.click();
          out.linkShowsPage = document.querySelector('.page.current').getAttribute('data-doc') === link.getAttribute('data-doc');
          var fig = document.querySelector('.page.current [data-goto]');
          fig.click();
          out.figureFound = document.querySelectorAll('.page.current mark.metric.active').length === 1 && !pop.hidden;
          document.documentElement.setAttribute('data-driver', JSON.stringify(out).replace(/"/g, "'"));
        })();
        </script>
        """;
    String html = Files.readString(report, StandardCharsets.UTF_8).replace("</body>", driver + "</body>");
    Path driven = DIR.resolve("report.driven.html").toAbsolutePath();
    Files.writeString(driven, html, StandardCharsets.UTF_8);
    String dom = runChromium(List.of("--virtual-time-budget=5000", "--dump-dom"), DIR.resolve("driven.dom.html"), driven);
    Matcher m = Pattern.compile("data-driver=\"([^\"]*)\"").matcher(dom);
    assertTrue(m.find(), "the driver script ran");
    String result = m.group(1).replace("&quot;", "'");
    for (String check : List.of("popover", "popoverClosed", "pageSwitched", "removedShown", "filtered", "unfiltered",
        "linkShowsPage", "figureFound")) {
      assertTrue(result.contains("'" + check + "':true"), check + " in " + result);
    }
  }

  @Test
  void screenshotIsNonTrivial() throws Exception {
    Path png = DIR.resolve("report.png").toAbsolutePath();
    Files.deleteIfExists(png);
    runChromium(List.of("--virtual-time-budget=5000", "--window-size=1400,2400", "--screenshot=" + png),
        DIR.resolve("screenshot.out"));
    assertTrue(Files.exists(png), "screenshot written");
    byte[] bytes = Files.readAllBytes(png);
    assertTrue(bytes.length > 8 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G', "a PNG");
    assertTrue(bytes.length > 20_000, "screenshot is more than a blank page: " + bytes.length + " bytes");
  }

  private static int count(String s, String what) {
    int n = 0;
    for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + what.length())) n++;
    return n;
  }

  private static String between(String s, String from, String to) {
    int a = s.indexOf(from);
    assertTrue(a >= 0, "missing " + from);
    int b = s.indexOf(to, a);
    return s.substring(a, b < 0 ? s.length() : b);
  }

  private static String read(Path p) {
    try {
      return Files.exists(p) ? Files.readString(p, StandardCharsets.UTF_8) : "";
    } catch (IOException e) {
      return "";
    }
  }

  private static void deleteTree(Path dir) {
    try (Stream<Path> s = Files.walk(dir)) {
      s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException ignored) {
      // a leftover temp profile is harmless
    }
  }
}
