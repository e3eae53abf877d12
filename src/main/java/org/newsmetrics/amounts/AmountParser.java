package org.newsmetrics.amounts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds every amount and counted number in a text. Thread-safe and stateless.
 *
 * <p>First version: Arabic numerals with 万/亿 scales, 元/美元 money and common measure words.
 * The full grammar (Chinese numerals, ranges, 大写, qualifiers) replaces it.
 */
public final class AmountParser {
  private static final Pattern NUMBER = Pattern.compile(
      "(\\d+(?:\\.\\d+)?)(多|余)?(万亿|万|亿)?(多|余)?(元|美元|欧元|港元|日元|英镑)?(个|家|项)?");

  private AmountParser() {}

  public static List<Amount> findAll(String text) {
    List<Amount> out = new ArrayList<>();
    Matcher m = NUMBER.matcher(text);
    while (m.find()) {
      BigDecimal value = new BigDecimal(m.group(1));
      String scale = m.group(3);
      if ("万".equals(scale)) value = value.multiply(BigDecimal.valueOf(10_000));
      else if ("亿".equals(scale)) value = value.multiply(BigDecimal.valueOf(100_000_000));
      else if ("万亿".equals(scale)) value = value.multiply(new BigDecimal("1000000000000"));
      String currency = m.group(5);
      String measure = m.group(6);
      Qualifier q = (m.group(2) != null || m.group(4) != null) ? Qualifier.OVER : Qualifier.EXACT;
      if (currency != null) {
        out.add(new Amount(m.group(), m.start(), m.end(), value.stripTrailingZeros(), null, AmountKind.MONEY,
            iso(currency), null, q));
      } else if (measure != null) {
        out.add(new Amount(m.group(), m.start(), m.end(), value.stripTrailingZeros(), null, AmountKind.COUNT,
            "count", measure, q));
      } else if (scale != null) {
        out.add(new Amount(m.group(), m.start(), m.end(), value.stripTrailingZeros(), null, AmountKind.NUMBER,
            null, null, q));
      }
    }
    return out;
  }

  private static String iso(String currency) {
    return switch (currency) {
      case "美元" -> "USD";
      case "欧元" -> "EUR";
      case "港元" -> "HKD";
      case "日元" -> "JPY";
      case "英镑" -> "GBP";
      default -> "CNY";
    };
  }
}
