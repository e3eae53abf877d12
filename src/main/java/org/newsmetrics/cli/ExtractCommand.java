package org.newsmetrics.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsmetrics.core.PageProcessor;
import org.newsmetrics.io.PageReader;
import org.newsmetrics.model.Page;
import org.newsmetrics.model.PageResult;
import org.newsmetrics.tables.Table;
import org.newsmetrics.tables.TableRows;

/**
 * Prints one page's articles and metrics as JSON lines with the tables' fields, plus a
 * {@code "table"} field; the same rows the pipeline writes.
 */
final class ExtractCommand {
  private ExtractCommand() {}

  static int run(List<String> args, PrintStream out, PrintStream err) {
    if (args.size() != 1) {
      err.println("usage: extract FILE|-");
      return 2;
    }
    Page page;
    try {
      page = args.get(0).equals("-")
          ? PageReader.fromBytes("stdin", System.in.readAllBytes())
          : PageReader.read(Path.of(args.get(0)));
    } catch (IOException | RuntimeException e) {
      err.println("news-metrics: cannot read " + args.get(0) + ": " + e.getMessage());
      return 1;
    }
    PageResult result = new PageProcessor().process(page);
    for (String line : jsonLines(result, List.of(Table.ARTICLES, Table.METRICS))) out.println(line);
    if (!result.errors().isEmpty()) {
      result.errors().forEach(e -> err.println("news-metrics: " + e.stage() + ": " + e.message()));
      return 1;
    }
    return 0;
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The rows of {@code tables}, one JSON object per line, each with its {@code "table"}. */
  static List<String> jsonLines(PageResult result, List<Table> tables) {
    return TableRows.rows(result).stream().filter(r -> tables.contains(r.table())).map(r -> {
      Map<String, Object> values = new LinkedHashMap<>();
      values.put("table", r.table().folder());
      // dates as ISO strings, like the tables' DATE columns read back
      r.values().forEach((k, v) -> values.put(k, v instanceof java.time.LocalDate d ? d.toString() : v));
      try {
        return JSON.writeValueAsString(values);
      } catch (JsonProcessingException e) {
        throw new UncheckedIOException(e);
      }
    }).toList();
  }

}
