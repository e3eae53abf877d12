package org.newsmetrics.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;
import org.newsmetrics.model.Article;
import org.newsmetrics.model.Metric;

/** Properties over generated sentences: offsets always locate the raw text; typing is stable. */
class MetricPropertiesTest {

  private static final LocalDate PUB = LocalDate.of(2024, 6, 30);

  record Sentence(String text, String metric, double value, String unit) {}

  @Provide
  Arbitrary<Sentence> sentences() {
    Arbitrary<String> lead = Arbitraries.of("", "今年以来，", "去年，", "今年1~5月，", "目前，", "据悉，", "上半年，");
    Arbitrary<String> who = Arbitraries.of("全市", "我市", "无锡高新区", "该区", "江阴市", "苏州工业园区", "");
    Arbitrary<String[]> cue = Arbitraries.of(
        new String[] {"计划总投资", "investment"}, new String[] {"完成投资", "investment_completed"},
        new String[] {"实现产值", "output_value"}, new String[] {"营业收入达", "revenue"},
        new String[] {"利润总额", "profit"}, new String[] {"纳税", "tax"});
    Arbitrary<Integer> whole = Arbitraries.integers().between(1, 9999);
    Arbitrary<Integer> frac = Arbitraries.integers().between(0, 99);
    Arbitrary<String[]> scale = Arbitraries.of(new String[] {"亿元", "100000000", "CNY"},
        new String[] {"万元", "10000", "CNY"}, new String[] {"亿美元", "100000000", "USD"});
    Arbitrary<Integer> wrapAt = Arbitraries.integers().between(-1, 30);
    return Combinators.combine(lead, who, cue, whole, frac, scale, wrapAt).as((l, w, c, n, f, s, wrap) -> {
      String number = f == 0 ? Integer.toString(n) : n + "." + String.format("%02d", f).replaceAll("0$", "");
      String text = l + w + c[0] + number + s[0] + "，同比增长12%。";
      if (wrap >= 0 && wrap < text.length() - 1) text = text.substring(0, wrap) + "\n" + text.substring(wrap);
      double value = Double.parseDouble(number) * Double.parseDouble(s[1]);
      return new Sentence(text, c[1], value, s[2]);
    });
  }

  @Property(tries = 300)
  void offsetsLocateRawTextAndTypeIsFound(@ForAll("sentences") Sentence s) {
    List<Metric> got = MetricCasesTest.run("B", s.text(), PUB, "无锡日报");
    assertEquals(1, got.size(), () -> s.text() + " -> " + got);
    Metric m = got.get(0);
    assertEquals(m.rawText(), s.text().substring(m.charStart(), m.charEnd()));
    assertEquals(s.metric(), m.metric(), s.text());
    assertEquals(s.unit(), m.unit());
    assertEquals(s.value(), m.value(), s.value() * 1e-9);
    assertTrue(m.metricId().endsWith("/m1"));
  }

  @Property(tries = 150)
  void fullWidthDigitsReadLikeAscii(@ForAll("sentences") Sentence s) {
    StringBuilder sb = new StringBuilder();
    for (char c : s.text().toCharArray()) sb.append(c >= '0' && c <= '9' ? (char) (c - '0' + '\uFF10') : c);
    String wide = sb.toString();
    List<Metric> narrow = MetricCasesTest.run("B", s.text(), PUB, "无锡日报");
    List<Metric> got = MetricCasesTest.run("B", wide, PUB, "无锡日报");
    assertEquals(narrow.size(), got.size(), wide);
    for (int i = 0; i < got.size(); i++) {
      Metric m = got.get(i);
      assertEquals(m.rawText(), wide.substring(m.charStart(), m.charEnd()));
      assertEquals(narrow.get(i).value(), m.value(), 1e-6);
      assertEquals(narrow.get(i).metric(), m.metric());
      assertEquals(narrow.get(i).period(), m.period());
    }
  }

  @Property(tries = 300)
  void neverThrowsAndOffsetsHoldOnArbitraryText(
      @ForAll @StringLength(max = 120) String noise, @ForAll("sentences") Sentence s) {
    String text = noise + s.text() + noise;
    Article a = new Article("p#1", "p", 1, "article", noise, noise, null, null, null, text, PUB, List.of());
    for (Metric m : new MetricExtractor().extract(a, new PageContext("p", PUB, null, List.of(a)))) {
      String field = m.field().equals("body") ? text : noise;
      assertEquals(m.rawText(), field.substring(m.charStart(), m.charEnd()));
    }
  }

  @Property(tries = 100)
  void countsWithNounBeforeOrAfter(@ForAll("counts") String[] c) {
    List<Metric> got = MetricCasesTest.run("B", c[0], PUB, null);
    assertEquals(1, got.size(), () -> c[0] + " -> " + got);
    assertEquals(c[1], got.get(0).metric());
    assertEquals(Double.parseDouble(c[2]), got.get(0).value());
  }

  @Provide
  Arbitrary<String[]> counts() {
    Arbitrary<Integer> n = Arbitraries.integers().between(2, 999);
    Arbitrary<Integer> form = Arbitraries.integers().between(0, 5);
    return Combinators.combine(n, form).as((k, f) -> switch (f) {
      case 0 -> new String[] {"全市签约落户项目" + k + "个。", "project_count", k.toString()};
      case 1 -> new String[] {"今年以来新开工" + k + "个重大项目。", "project_count", k.toString()};
      case 2 -> new String[] {"园区已集聚" + k + "家生物医药企业。", "enterprise_count", k.toString()};
      case 3 -> new String[] {"太仓已聚集德企 " + k + "家。", "enterprise_count", k.toString()};
      case 4 -> new String[] {"全区规上工业企业达" + k + "户。", "enterprise_count", k.toString()};
      default -> new String[] {"共有" + k + " 个项目集中签约。", "project_count", k.toString()};
    });
  }
}
