package org.newsmetrics.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsmetrics.amounts.Amount;
import org.newsmetrics.amounts.AmountParser;

/** Reads text lines on stdin and prints, per line, the amounts the grammar recognises. */
final class AmountsCommand {
  private static final ObjectMapper JSON = new ObjectMapper();

  private AmountsCommand() {}

  static int run(InputStream in, PrintStream out) {
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line; (line = reader.readLine()) != null; ) out.println(json(line));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return 0;
  }

  static String json(String line) {
    List<Map<String, Object>> amounts = new ArrayList<>();
    for (Amount a : AmountParser.findAll(line)) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("text", a.text());
      // plain decimal strings: exact, never scientific notation
      m.put("value", a.value().toPlainString());
      m.put("value_max", a.valueMax() == null ? null : a.valueMax().toPlainString());
      m.put("unit", a.unit());
      m.put("qualifier", a.qualifier().code());
      m.put("start", a.start());
      m.put("end", a.end());
      if (a.measureWord() != null) m.put("measure_word", a.measureWord());
      amounts.add(m);
    }
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("input", line);
    row.put("amounts", amounts);
    try {
      return JSON.writeValueAsString(row);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
