package org.newsmetrics.amounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.StringLength;

/**
 * Round trips: numbers rendered the way Chinese news writes them parse back to the same exact value,
 * both through {@link ChineseNumerals#parse} and inside a sentence through {@link AmountParser}.
 */
class ChineseNumeralsPropertiesTest {
  private static final String LOWER_DIGITS = "零一二三四五六七八九";
  private static final String UPPER_DIGITS = "零壹贰叁肆伍陆柒捌玖";
  private static final String LOWER_UNITS = "十百千";
  private static final String UPPER_UNITS = "拾佰仟";

  @Property(tries = 500)
  void lowerCaseChineseRoundTrips(@ForAll @LongRange(min = 0, max = 9_999_999_999_999_999L) long n) {
    assertEquals(BigDecimal.valueOf(n), ChineseNumerals.parse(chinese(n, LOWER_DIGITS, LOWER_UNITS, false)));
  }

  @Property(tries = 300)
  void lowerCaseWithLeadingYiShi(@ForAll @LongRange(min = 10, max = 19) long n) {
    // 一十五 and 十五 are both written
    assertEquals(BigDecimal.valueOf(n), ChineseNumerals.parse(chinese(n, LOWER_DIGITS, LOWER_UNITS, true)));
  }

  @Property(tries = 500)
  void financialChineseRoundTrips(@ForAll @LongRange(min = 0, max = 9_999_999_999_999_999L) long n) {
    assertEquals(BigDecimal.valueOf(n), ChineseNumerals.parse(chinese(n, UPPER_DIGITS, UPPER_UNITS, true)));
  }

  @Property(tries = 500)
  void twoInsteadOfErRoundTrips(@ForAll @LongRange(min = 1, max = 999_999_999_999L) long n) {
    // 两 replaces 二 before units in running text (两千万, 两亿)
    String s = chinese(n, LOWER_DIGITS, LOWER_UNITS, false).replace("二千", "两千").replace("二万", "两万")
        .replace("二亿", "两亿");
    assertEquals(BigDecimal.valueOf(n), ChineseNumerals.parse(s));
  }

  @Property(tries = 500)
  void mixedArabicAndScaleRoundTrips(@ForAll("mixedNumbers") BigDecimal x, @ForAll("scales") String scale) {
    BigDecimal expected = x.multiply(multiplier(scale));
    assertEquals(0, expected.compareTo(ChineseNumerals.parse(x.toPlainString() + scale)), x + scale);
  }

  @Property(tries = 500)
  void arabicWithSeparatorsRoundTrips(@ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long n) {
    String grouped = String.format("%,d", n);
    assertEquals(BigDecimal.valueOf(n), ChineseNumerals.parse(grouped));
    assertEquals(BigDecimal.valueOf(n), ChineseNumerals.parse(fullWidth(Long.toString(n))));
  }

  @Property(tries = 300)
  void decimalsStayExact(@ForAll("mixedNumbers") BigDecimal x) {
    BigDecimal v = ChineseNumerals.parse(x.toPlainString() + "亿");
    assertEquals(v.toPlainString(), v.toString(), "no scientific notation");
    assertEquals(0, v.compareTo(x.multiply(new BigDecimal("100000000"))));
  }

  @Property(tries = 500)
  void chineseMoneyInASentence(@ForAll @LongRange(min = 1, max = 99_999_999_999_999L) long n,
      @ForAll boolean financial) {
    String numeral = financial ? chinese(n, UPPER_DIGITS, UPPER_UNITS, true) : chinese(n, LOWER_DIGITS, LOWER_UNITS, false);
    String s = "该项目总投资" + numeral + "元，建成后将带动就业。";
    List<Amount> found = AmountParser.findAll(s);
    assertEquals(1, found.size(), s);
    Amount a = found.get(0);
    assertEquals(BigDecimal.valueOf(n), a.value(), s);
    assertEquals(numeral + "元", a.text());
    assertEquals("CNY", a.unit());
  }

  @Property(tries = 500)
  void arabicMoneyInASentence(@ForAll("mixedNumbers") BigDecimal x, @ForAll("scales") String scale,
      @ForAll boolean grouped) {
    String figure = grouped && x.scale() == 0 ? String.format("%,d", x.longValueExact()) : x.toPlainString();
    String s = "今年一季度，全市规上企业营收达" + figure + scale + "元，同比增长5.2%。";
    List<Amount> found = AmountParser.findAll(s);
    assertEquals(1, found.size(), s);
    assertEquals(0, x.multiply(multiplier(scale)).compareTo(found.get(0).value()), s);
    assertEquals(AmountKind.MONEY, found.get(0).kind());
  }

  @Property(tries = 300)
  void countsInASentence(@ForAll @LongRange(min = 1, max = 99_999) long n, @ForAll boolean chinese) {
    String figure = chinese ? chinese(n, LOWER_DIGITS, LOWER_UNITS, false) : Long.toString(n);
    String s = "截至目前，共签约项目" + figure + "个。";
    List<Amount> found = AmountParser.findAll(s);
    assertEquals(1, found.size(), s);
    assertEquals(BigDecimal.valueOf(n), found.get(0).value());
    assertEquals("个", found.get(0).measureWord());
  }

  @Property(tries = 500)
  void rangesKeepBothBounds(@ForAll @LongRange(min = 1, max = 9999) long a, @ForAll @LongRange(min = 1, max = 9999) long b,
      @ForAll("connectors") String conn, @ForAll("moneyScales") String scale) {
    long lo = Math.min(a, b);
    long hi = Math.max(a, b);
    if (lo == hi) hi++;
    String s = "预计总投资" + lo + conn + hi + scale + "元，建设期两年。";
    List<Amount> found = AmountParser.findAll(s);
    assertEquals(1, found.size(), s);
    Amount r = found.get(0);
    BigDecimal m = multiplier(scale);
    assertEquals(0, BigDecimal.valueOf(lo).multiply(m).compareTo(r.value()), s);
    assertEquals(0, BigDecimal.valueOf(hi).multiply(m).compareTo(r.valueMax()), s);
    assertEquals(Qualifier.OVER, r.qualifier());
    assertEquals(lo + conn + hi + scale + "元", r.text());
  }

  @Provide
  Arbitrary<String> connectors() {
    return Arbitraries.of("-", "－", "~", "～", "至", "到", "—");
  }

  @Provide
  Arbitrary<String> moneyScales() {
    return Arbitraries.of("", "万", "亿", "千万", "万亿");
  }

  @Property(tries = 1000)
  void junkNeverThrowsAndOffsetsHold(@ForAll("junk") String s) {
    checkInvariants(s, AmountParser.findAll(s));
  }

  @Property(tries = 300)
  void anyStringNeverThrows(@ForAll @StringLength(max = 200) String s) {
    checkInvariants(s, AmountParser.findAll(s));
    assertFalse(ChineseNumerals.tryParse(s) != null && ChineseNumerals.tryParse(s).toString().contains("E"));
  }

  static void checkInvariants(String s, List<Amount> found) {
    int lastEnd = 0;
    for (Amount a : found) {
      assertTrue(a.start() >= lastEnd && a.start() < a.end() && a.end() <= s.length(), "ordered offsets");
      assertEquals(s.substring(a.start(), a.end()), a.text());
      assertNotNull(a.value());
      assertNotNull(a.kind());
      assertNotNull(a.qualifier());
      assertEquals(a.value().toPlainString(), a.value().toString());
      if (a.valueMax() != null) {
        assertTrue(a.valueMax().compareTo(a.value()) > 0, "range upper above lower");
        assertEquals(a.valueMax().toPlainString(), a.valueMax().toString());
      }
      switch (a.kind()) {
        case MONEY -> assertTrue(a.unit() != null && a.unit().length() == 3);
        case COUNT -> assertTrue("count".equals(a.unit()) && a.measureWord() != null);
        case NUMBER -> assertEquals(null, a.unit());
      }
      lastEnd = a.end();
    }
  }

  // ---- generators and renderers ----

  @Provide
  Arbitrary<BigDecimal> mixedNumbers() {
    return Arbitraries.bigDecimals().between(new BigDecimal("0.01"), new BigDecimal("9999")).ofScale(2)
        .map(Decimals::plain);
  }

  @Provide
  Arbitrary<String> scales() {
    return Arbitraries.of("万", "亿", "万亿", "千万", "百万", "千亿", "百亿", "十亿", "萬", "億");
  }

  @Provide
  Arbitrary<String> junk() {
    return Arbitraries.strings()
        .withChars("0123456789０１.,，-~～至到一二三两十百千万亿億萬零〇O多余几点元美家个项名人第%％约超近以上左右 \n　年月日项目级千瓦时")
        .ofMaxLength(60);
  }

  private static BigDecimal multiplier(String scale) {
    BigDecimal m = BigDecimal.ONE;
    for (char c : scale.toCharArray()) {
      m = m.multiply(switch (c) {
        case '十' -> BigDecimal.TEN;
        case '百' -> BigDecimal.valueOf(100);
        case '千' -> BigDecimal.valueOf(1000);
        case '万', '萬' -> BigDecimal.valueOf(10_000);
        default -> BigDecimal.valueOf(100_000_000);
      });
    }
    return m;
  }

  private static String fullWidth(String ascii) {
    StringBuilder b = new StringBuilder();
    for (char c : ascii.toCharArray()) b.append((char) (c - '0' + '０'));
    return b.toString();
  }

  /**
   * Standard written form: groups of four digits joined by 万 and 亿 (万亿 when the 亿 group is
   * itself above 万), 零 for every gap, and optionally 一十 for 10–19 at the front.
   */
  static String chinese(long n, String digits, String units, boolean yiShi) {
    if (n == 0) return String.valueOf(digits.charAt(0));
    long yi = n / 100_000_000L;
    long rest = n % 100_000_000L;
    StringBuilder b = new StringBuilder();
    if (yi > 0) b.append(belowYi(yi, digits, units, yiShi)).append('亿');
    if (rest > 0) {
      if (yi > 0 && rest < 10_000_000L) b.append(digits.charAt(0));
      b.append(belowYi(rest, digits, units, yiShi || yi > 0));
    }
    return b.toString();
  }

  private static String belowYi(long n, String digits, String units, boolean yiShi) {
    long wan = n / 10_000;
    long rest = n % 10_000;
    StringBuilder b = new StringBuilder();
    if (wan > 0) b.append(section(wan, digits, units, yiShi)).append('万');
    if (rest > 0) {
      if (wan > 0 && rest < 1000) b.append(digits.charAt(0));
      b.append(section(rest, digits, units, yiShi || wan > 0));
    }
    return b.toString();
  }

  /** 1 ≤ n ≤ 9999. */
  private static String section(long n, String digits, String units, boolean yiShi) {
    int[] d = {(int) (n / 1000), (int) (n / 100 % 10), (int) (n / 10 % 10), (int) (n % 10)};
    char[] u = {units.charAt(2), units.charAt(1), units.charAt(0)};
    StringBuilder b = new StringBuilder();
    boolean started = false;
    boolean gap = false;
    for (int k = 0; k < 4; k++) {
      if (d[k] == 0) {
        if (started) gap = true;
        continue;
      }
      if (gap) b.append(digits.charAt(0));
      gap = false;
      boolean leadingTen = k == 2 && !started && d[k] == 1 && !yiShi;
      if (!leadingTen) b.append(digits.charAt(d[k]));
      if (k < 3) b.append(u[k]);
      started = true;
    }
    return b.toString();
  }
}
