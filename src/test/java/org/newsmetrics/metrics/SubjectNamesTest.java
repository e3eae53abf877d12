package org.newsmetrics.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsmetrics.model.Article;
import org.newsmetrics.model.Metric;

/**
 * Subjects named exactly (the case table only checks containment): zones whose own short name sits
 * between the place and the zone word, and classes of projects that are no project's name.
 */
class SubjectNamesTest {
  private static final LocalDate PUB = LocalDate.of(2024, 6, 30);

  private static List<String> subjects(String body) {
    Article a = new Article("d#1", "d", 1, "article", null, null, null, null, null, body, PUB, List.of());
    return new MetricExtractor().extract(a, new PageContext("d", PUB, "苏州日报", List.of(a))).stream()
        .map(m -> m.subject() + "/" + m.subjectType()).toList();
  }

  @Test
  void aZoneKeepsTheShortNameBetweenPlaceAndZoneWord() {
    assertEquals(List.of("太仓港经济技术开发区/region"), subjects("太仓港经济技术开发区一季度完成工业开票销售320亿元。"));
    assertEquals(List.of("江阴临港开发区/region"), subjects("江阴临港开发区上半年完成固定资产投资86亿元。"));
  }

  @Test
  void aBreakBetweenPlaceAndZoneWordKeepsThemApart() {
    assertEquals(List.of("开发区/region"), subjects("项目落户太仓后，开发区上半年完成固定资产投资86亿元。"));
  }

  @Test
  void projectsCountedOrClassedByInvestorAreNoProjectsName() {
    assertEquals(List.of("浏河镇/region", "浏河镇/region"), subjects("日前，浏河镇两个新材料项目开工，总投资8500万元。"));
    assertEquals(List.of("太仓市/region", "太仓市/region"),
        subjects("太仓市举行德资企业项目集中签约活动，共有12个德资项目现场签约，总投资约4.6亿欧元。"));
    assertEquals(List.of("新吴区/region"), subjects("上半年，新吴区新增注册外资项目68个。"));
  }

  @Test
  void aNamedProjectStaysAProject() {
    assertEquals(List.of("舍弗勒智能驱动项目/project"), subjects("当天签约的舍弗勒智能驱动项目投资额达1.2亿欧元。"));
  }

  @Test
  void aDatelineNamingItsPaperGivesThePageItsHomeCity() {
    Article a = new Article("d#1", "d", 1, "article", null, null, null, "苏报讯（记者 李欣）", null,
        "今年前5个月，全市新能源产业完成产值1860亿元。", PUB, List.of());
    List<Metric> m = new MetricExtractor().extract(a, new PageContext("d", PUB, null, List.of(a)));
    assertEquals("苏州", m.get(0).subject());
  }
}
