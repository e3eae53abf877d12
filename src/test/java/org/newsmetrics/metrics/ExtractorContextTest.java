package org.newsmetrics.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.newsmetrics.model.Article;
import org.newsmetrics.model.Metric;

/** Page context (home city, 该区), numbering, de-duplication, reuse and thread confinement. */
class ExtractorContextTest {
  private static final LocalDate PUB = LocalDate.of(2023, 6, 21);

  private static Article art(String id, String kicker, String headline, String body) {
    return new Article("d#" + id, "d", Integer.parseInt(id), "article", kicker, headline, null, null, null, body, PUB,
        List.of());
  }

  @Test
  void aFigureForAListOfIndustriesDoesNotTakeTheArticlesMainOne() {
    Article a = art("1", "电子信息　装备制造　生物医药　先进材料", "苏州四大主导产业协同发力",
        "去年全市电子信息、装备制造、生物医药、先进材料四大主导产业规模均超过千亿元。"
            + "其中，电子信息产业规模达1.3万亿元。全市新增规上企业120家。");
    List<Metric> m = new MetricExtractor().extract(a, new PageContext("d", PUB, "苏州日报", List.of(a)));
    assertEquals(3, m.size());
    assertNull(m.get(0).industry(), "four industries share the figure");
    assertEquals("电子信息", m.get(1).industry());
    // an unscoped figure still takes the industry the decks lead with
    assertEquals("电子信息", m.get(2).industry());
  }

  @Test
  void aDeckFigureBelongsToTheProjectTheHeadlineNames() {
    Article a = art("1", "总投资近10亿元", "省重大项目苏州恒度生物奠基", "昨日，项目举行奠基仪式。");
    List<Metric> m = new MetricExtractor().extract(a, new PageContext("d", PUB, "苏州日报", List.of(a)));
    assertEquals("苏州恒度生物", m.get(0).subject());
    assertEquals("project", m.get(0).subjectType());
    Article b = art("1", null, "华虹无锡二期项目加快建设", "记者获悉，厂房已封顶。");
    Article c = new Article("d#1", "d", 1, "article", null, b.headline(), "总投资67亿美元，预计明年全面达产", null, null,
        b.body(), PUB, List.of());
    m = new MetricExtractor().extract(c, new PageContext("d", PUB, "无锡日报", List.of(c)));
    assertEquals("华虹无锡二期项目", m.get(0).subject());
    // a count is the region's, whatever project the headline names
    Article d = art("1", "签约项目12个", "省重大项目苏州恒度生物奠基", "昨日，项目举行奠基仪式。");
    m = new MetricExtractor().extract(d, new PageContext("d", PUB, "苏州日报", List.of(d)));
    assertEquals("region", m.get(0).subjectType());
  }

  @Test
  void anIndustryNamedOnlyInListsIsNotTheArticlesOwn() {
    Article a = art("1", null, "梁溪区重大项目建设提速",
        "一是无锡数字经济产业园项目，总投资25亿元。二是锡商银行总部大楼项目，计划总投资12亿元。"
            + "下半年，梁溪区将聚焦数字经济、现代金融等主导产业。");
    List<Metric> m = new MetricExtractor().extract(a, new PageContext("d", PUB, "江南晚报", List.of(a)));
    assertEquals("数字经济", m.get(0).industry(), "the park is named for it");
    assertNull(m.get(1).industry(), "a bank's headquarters is not in the listed industry");
  }

  @Test
  void homeCityFromTheSitesOwnLinesWhenThePageNamesNoPlace() {
    Article a = art("1", null, "一季度全市经济运行稳中向好", "一季度，全市规上工业总产值1.02万亿元。");
    PageContext site = new PageContext("d", PUB, "市统计局", List.of(a),
        List.of("苏州市人民政府办公室主办ICP备案号：苏ICP备05021347号"));
    assertEquals("苏州", new MetricExtractor().extract(a, site).get(0).subject());
    PageContext none = new PageContext("d", PUB, "市统计局", List.of(a));
    assertNull(new MetricExtractor().extract(a, none).get(0).subject());
  }

  @Test
  void homeCityFromPublication() {
    Article a = art("1", null, "推进会召开", "今年1~5月，全市签约落户生物医药项目65个。");
    List<Metric> m = new MetricExtractor().extract(a, new PageContext("d", PUB, "苏州日报", List.of(a)));
    assertEquals("苏州", m.get(0).subject());
    assertEquals("region", m.get(0).subjectType());
  }

  @Test
  void homeCityFromMostMentionedPlaceWhenPaperUnknown() {
    Article a = art("1", null, "太仓生物医药推进会举行", "太仓加快构建发展格局。太仓生物港建设提速。全市签约项目65个。");
    Article b = art("2", null, "苏州简讯", "苏州天气晴。");
    List<Metric> m = new MetricExtractor().extract(a, new PageContext("d", PUB, null, List.of(a, b)));
    assertEquals("太仓", m.get(0).subject());
  }

  @Test
  void thisDistrictIsTheDistrictNamedLast() {
    Article a = art("1", null, "精准医疗产业名片",
        "近日，从无锡高新区（新吴区）发展改革委获悉，园区发展良好。如今该区集聚60多家精准医疗企业。");
    List<Metric> m = new MetricExtractor().extract(a, new PageContext("d", PUB, "无锡日报", List.of(a)));
    assertEquals("无锡高新区", m.get(0).subject());
    assertEquals("精准医疗", m.get(0).industry());
  }

  @Test
  void headlineFiguresAreNumberedFirstAndLocatedInTheirField() {
    Article a = art("1", "聚集企业60多家,今年产值预计突破30亿元", "锡山打造精准医疗产业名片",
        "如今该区集聚60多家精准医疗企业。");
    List<Metric> m = new MetricExtractor().extract(a, new PageContext("d", PUB, null, List.of(a)));
    assertEquals(3, m.size());
    assertEquals("d#1/m1", m.get(0).metricId());
    assertEquals("kicker", m.get(0).field());
    assertEquals("kicker", m.get(1).field());
    assertEquals("精准医疗", m.get(1).industry());
    assertEquals("锡山", m.get(1).subject());
    assertEquals("body", m.get(2).field());
    assertEquals("d#1/m3", m.get(2).metricId());
    for (Metric x : m) {
      String f = x.field().equals("kicker") ? a.kicker() : a.body();
      assertEquals(x.rawText(), f.substring(x.charStart(), x.charEnd()));
    }
  }

  @Test
  void duplicatedParagraphCountsOnceEvenAcrossArticlesOfAPage() {
    String p = "目前已集聚450多家生物医药企业。";
    Article a = art("1", null, "甲", p + "\n" + p);
    Article b = art("2", null, "乙", p);
    MetricExtractor x = new MetricExtractor();
    PageContext ctx = new PageContext("d", PUB, "太仓日报", List.of(a, b));
    assertEquals(1, x.extract(a, ctx).size());
    assertEquals(0, x.extract(b, ctx).size());
    // the same article extracted again (a retry) keeps its rows
    assertEquals(1, x.extract(a, ctx).size());
    // a new page starts afresh
    PageContext next = new PageContext("e", PUB, "太仓日报", List.of(b));
    assertEquals(1, x.extract(b, next).size());
  }

  @Test
  void aParagraphPrintedCutOffAndWholeCountsOnce() {
    Article a = art("1", null, "甲", "今年1~5月，全市签约项目65个、总投\n今年1~5月，全市签约项目65个、总投资113.86亿元。");
    List<Metric> m = new MetricExtractor().extract(a, new PageContext("d", PUB, "太仓日报", List.of(a)));
    assertEquals(2, m.size(), m.toString());
  }

  @Test
  void aFigureWithoutAPlaceTakesTheHeadlinesPlace() {
    Article a = art("1", null, "惠山区重大项目建设跑出加速度", "今年以来，新开工产业项目20个，完成投资86亿元。");
    List<Metric> m = new MetricExtractor().extract(a, new PageContext("d", PUB, "无锡日报", List.of(a)));
    assertEquals(2, m.size());
    assertEquals("惠山区", m.get(0).subject());
    assertEquals("惠山区", m.get(1).subject());
    assertEquals("investment_completed", m.get(1).metric());
  }

  @Test
  void reusableAndThreadConfined() throws Exception {
    List<Article> page = List.of(
        art("1", null, "推进会", "今年1~5月，全市签约落户生物医药项目65个、总投资113.86亿元。"),
        art("2", null, "开工", "苏州恒度生物高性能纳米微球产品研发及产业基地项目开工，计划总投资9.99亿元。"));
    PageContext ctx = new PageContext("d", PUB, "太仓日报", page);
    List<String> expected = run(new MetricExtractor(), ctx);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<String>>> fs = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        fs.add(pool.submit(() -> {
          MetricExtractor x = new MetricExtractor();
          List<String> last = null;
          for (int k = 0; k < 5; k++) {
            last = run(x, new PageContext("d", PUB, "太仓日报", page));
          }
          return last;
        }));
      }
      for (Future<List<String>> f : fs) assertEquals(expected, f.get());
    } finally {
      pool.shutdown();
    }
  }

  private static List<String> run(MetricExtractor x, PageContext ctx) {
    List<String> out = new ArrayList<>();
    for (Article a : ctx.pageArticles()) {
      for (Metric m : x.extract(a, ctx)) out.add(MetricCasesTest.show(m) + "|" + m.period());
    }
    return out;
  }

  @Test
  void countsSignedAtAnEventTakeTheEventMonth() {
    LocalDate pub = LocalDate.of(2024, 7, 1);
    Article a = new Article("d#1", "d", 1, "article", null, "签约", null, "本报讯 6月28日，", null,
        "推进会举行。会上，共有15个项目集中签约。", pub, List.of());
    List<Metric> m = new MetricExtractor().extract(a, new PageContext("d", pub, "无锡日报", List.of(a)));
    assertEquals("2024-06", m.get(0).period());
    Article b = new Article("d#2", "d", 2, "article", null, "签约", null, null, null,
        "昨日，推进会举行。会上，共有15个项目集中签约。", pub, List.of());
    assertEquals("2024-06", new MetricExtractor().extract(b, new PageContext("d", pub, null, List.of(b))).get(0).period());
    assertEquals(LocalDate.of(2023, 12, 30), MetricExtractor.eventDate(new Article("d#3", "d", 3, "article", null, "x",
        null, null, null, "12月30日，会议召开。", pub, List.of()), LocalDate.of(2024, 1, 2)));
  }

  @Test
  void industriesRankedByMentions() {
    Article a = art("1", null, "生物医药产业推进会", "集成电路企业参会。生物制药、医疗器械项目签约。集成电路");
    List<String> got = new MetricExtractor().industries(a);
    assertEquals("生物医药", got.get(0));
    assertTrue(got.contains("集成电路"));
  }

  @Test
  void noPublicationDateLeavesRelativePeriodsOpen() {
    Article a = new Article("d#1", "d", 1, "article", null, "x", null, null, null, "今年一季度，全市营收达25亿元。",
        null, List.of());
    List<Metric> m = new MetricExtractor().extract(a, new PageContext("d", null, null, List.of(a)));
    assertEquals(1, m.size());
    assertNull(m.get(0).period());
  }

  @Test
  void periodResolver() {
    LocalDate pub = LocalDate.of(2024, 6, 30);
    assertEquals("2024-01/2024-05", first("前5个月", pub));
    assertEquals("2023-01/2023-05", first("2023年1~5月", pub));
    assertEquals("2025-Q1", first("2025年一季度", pub));
    assertEquals("2024-01/2024-06", first("今年上半年", pub));
    assertEquals("2023", first("截至2023年年末", pub));
    assertEquals("2024-06", first("截至6月底", pub));
    assertEquals("2023", first("去年", pub));
    assertEquals("2024-06", first("截至目前", pub));
    assertEquals("2024-01/2024-09", first("前三季度", pub));
    assertEquals("2024-05", first("上月", pub));
    assertEquals("2023", first("上年", pub));
    assertEquals("2021-01/2025-12", first("“十四五”期间", pub));
    assertEquals("2026-01/2030-12", first("十五五", pub));
    assertTrue(PeriodResolver.find("计划于2025年6月30日前投产", pub).isEmpty());
    assertTrue(PeriodResolver.find("该项目为2023年度省重大项目", pub).isEmpty());
    assertTrue(PeriodResolver.find("30 年来", pub).isEmpty());
    assertTrue(PeriodResolver.find("计划三年内建成", pub).isEmpty());
  }

  private static String first(String s, LocalDate pub) {
    return PeriodResolver.find(s, pub).get(0).period().label();
  }
}
