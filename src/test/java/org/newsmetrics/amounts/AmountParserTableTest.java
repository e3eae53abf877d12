package org.newsmetrics.amounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The grammar's table: every line of {@code amounts/cases.txt} is one input sentence and the exact
 * list of amounts it must yield (or NONE). See the file header for the format.
 */
class AmountParserTableTest {
  private static final String RESOURCE = "/amounts/cases.txt";

  static Stream<Arguments> cases() throws IOException {
    List<Arguments> out = new ArrayList<>();
    try (InputStream in = AmountParserTableTest.class.getResourceAsStream(RESOURCE);
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int no = 0;
      while ((line = r.readLine()) != null) {
        no++;
        if (line.isBlank() || line.startsWith("#")) continue;
        int sep = line.indexOf(" => ");
        if (sep < 0) throw new IllegalStateException("line " + no + " has no ' => ': " + line);
        out.add(Arguments.of(no, unescape(line.substring(0, sep)), line.substring(sep + 4).trim()));
      }
    }
    return out.stream();
  }

  @Test
  void tableHasAtLeast300Cases() throws IOException {
    assertTrue(cases().count() >= 300, "the table must keep at least 300 cases");
  }

  @ParameterizedTest(name = "line {0}: {1}")
  @MethodSource("cases")
  void parsesAsExpected(int line, String input, String expected) {
    List<Amount> found = AmountParser.findAll(input);
    String actual = found.isEmpty() ? "NONE" : found.stream().map(AmountParserTableTest::render)
        .collect(Collectors.joining(" ;; "));
    assertEquals(expected, actual, "line " + line + ": " + input);
    for (Amount a : found) {
      assertEquals(input.substring(a.start(), a.end()), a.text(), "offsets");
    }
  }

  /** The compact form used in the table: text|value|valueMax|kind|qualifier. */
  static String render(Amount a) {
    String kind = switch (a.kind()) {
      case MONEY -> a.unit();
      case COUNT -> "#" + a.measureWord();
      case NUMBER -> "N";
    };
    if (a.kind() == AmountKind.COUNT) assertEquals("count", a.unit());
    if (a.kind() == AmountKind.NUMBER) assertEquals(null, a.unit());
    if (a.kind() != AmountKind.COUNT) assertEquals(null, a.measureWord());
    return escape(a.text()) + "|" + plain(a.value()) + "|" + (a.valueMax() == null ? "-" : plain(a.valueMax()))
        + "|" + kind + "|" + a.qualifier().name().charAt(0);
  }

  private static String plain(BigDecimal v) {
    String s = v.toString();
    assertEquals(v.toPlainString(), s, "values must never print in scientific notation");
    return s;
  }

  private static String unescape(String s) {
    return s.replace("\\n", "\n");
  }

  private static String escape(String s) {
    return s.replace("\n", "\\n");
  }
}
