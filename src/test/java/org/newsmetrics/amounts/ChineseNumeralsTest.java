package org.newsmetrics.amounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link ChineseNumerals#parse} on its own: one numeral in, one exact value out. */
class ChineseNumeralsTest {

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(delimiter = '=', value = {
      "0 = 0", "零 = 0", "一 = 1", "十 = 10", "十五 = 15", "一十五 = 15", "二十 = 20", "一百零八 = 108",
      "一百一十 = 110", "一千零五 = 1005", "一千五 = 1500", "一百五 = 150", "两千 = 2000", "兩千 = 2000",
      "一万 = 10000", "一万五 = 15000", "一万零五百 = 10500", "十万 = 100000", "一百万 = 1000000",
      "两千万 = 20000000", "一亿 = 100000000", "三亿五 = 350000000", "一亿零五万 = 100050000",
      "一千八百亿 = 180000000000", "一万五千亿 = 1500000000000", "二十万亿 = 20000000000000",
      "三点五 = 3.5", "三点一四 = 3.14", "一点五亿 = 150000000", "零点五 = 0.5",
      "壹佰壹拾万贰仟陆佰壹拾肆 = 1102614", "玖仟玖佰玖拾玖 = 9999", "壹亿 = 100000000", "貳萬 = 20000",
      "十萬 = 100000", "三億 = 300000000", "一千〇五 = 1005",
      "1.5万亿 = 1500000000000", "3千万 = 30000000", "1亿8千万 = 180000000", "2.5千万 = 25000000",
      "1,100万 = 11000000", "12,345,678 = 12345678", "１２３ = 123", "１．５ = 1.5", "143.3亿 = 14330000000",
      "0.25亿 = 25000000", "5000万 = 50000000", "3千5百 = 3500", "100 = 100", "007 = 7",
      "万 = 10000", "亿 = 100000000", "百 = 100"
  })
  void parses(String numeral, String expected) {
    BigDecimal v = ChineseNumerals.parse(numeral.trim());
    assertEquals(new BigDecimal(expected.trim()), v);
    assertEquals(v.toPlainString(), v.toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "", "二〇二三", "一一", "一二三", "十四五", "百千", "十十", "亿亿", "万万", "亿亿亿", "一亿亿", "1,00",
      "1,0000", ",100", "二5", "5二", "abc", "十点", "点五", "1..5", "一万万", "五零", "1万2", "3千5", "十8", "6千万两"})
  void rejects(String junk) {
    assertNull(ChineseNumerals.tryParse(junk));
    assertThrows(NumberFormatException.class, () -> ChineseNumerals.parse(junk));
  }

  @ParameterizedTest
  @ValueSource(ints = {65, 1000, 100_000})
  void rejectsLongRunsWithoutWork(int length) {
    assertNull(ChineseNumerals.tryParse("1".repeat(length)));
    assertNull(ChineseNumerals.tryParse("亿".repeat(length)));
  }
}
