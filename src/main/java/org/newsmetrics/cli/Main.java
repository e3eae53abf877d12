package org.newsmetrics.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.newsmetrics.pipeline.JobFile;

/**
 * The command line: {@code news-metrics [run] [--job=FILE] [--input=GLOB] [--output=DIR] [beam options]},
 * {@code news-metrics extract FILE|-} and {@code news-metrics amounts}.
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    quietLogs();
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    int status;
    try {
      status = run(args, out, err);
    } catch (JobFile.InvalidJobException | IllegalArgumentException e) {
      err.println("news-metrics: " + e.getMessage());
      status = 2;
    }
    out.flush();
    if (status != 0) System.exit(status);
  }

  static int run(String[] args, PrintStream out, PrintStream err) {
    List<String> rest = Arrays.asList(args);
    String command = rest.isEmpty() || rest.get(0).startsWith("--") ? "run" : rest.get(0);
    if (!command.equals("run") || (!rest.isEmpty() && rest.get(0).equals("run"))) rest = rest.subList(1, rest.size());
    return switch (command) {
      case "run" -> RunCommand.run(rest, out);
      case "extract" -> ExtractCommand.run(rest, out, err);
      case "amounts" -> AmountsCommand.run(System.in, out);
      case "bench" -> {
        try {
          out.println(org.newsmetrics.bench.BenchCommand.json(org.newsmetrics.bench.BenchCommand.run(rest)));
        } catch (Exception e) {
          throw new IllegalStateException("bench failed: " + e, e);
        }
        yield 0;
      }
      case "help", "-h", "--help" -> {
        out.println(usage());
        yield 0;
      }
      default -> {
        err.println("news-metrics: unknown command '" + command + "'\n" + usage());
        yield 2;
      }
    };
  }

  /** Beam and Hadoop log every file they move at INFO; a run's own summary is what a user reads. */
  static void quietLogs() {
    if (System.getProperty("java.util.logging.config.file") != null) return;
    java.util.logging.Logger root = java.util.logging.Logger.getLogger("");
    root.setLevel(java.util.logging.Level.WARNING);
    for (var h : root.getHandlers()) h.setLevel(java.util.logging.Level.WARNING);
  }

  static String usage() {
    return String.join("\n",
        "usage: java -jar news-metrics.jar [run] [--job=pipelines/seeds.yaml] [--input=GLOB] [--output=DIR] [--runner=…]",
        "       java -jar news-metrics.jar extract FILE|-     articles and metrics of one page as JSON lines",
        "       java -jar news-metrics.jar amounts            amounts in each line of stdin as JSON lines",
        "       java -jar news-metrics.jar bench --size-mb=N [--runner=…]   benchmark on a generated corpus");
  }
}
