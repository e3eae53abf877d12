package org.newsmetrics.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsmetrics.model.Article;
import org.newsmetrics.model.Metric;

/** Projects and companies the text joins (A项目和B项目): together, 分别 in order, or referred back to. */
class CoordinatedSubjectsTest {
  private static final LocalDate PUB = LocalDate.of(2024, 6, 30);

  private static List<Metric> extract(String body) {
    Article a = new Article("d#1", "d", 1, "article", null, null, null, null, null, body, PUB, List.of());
    return new MetricExtractor().extract(a, new PageContext("d", PUB, "无锡日报", List.of(a)));
  }

  private static List<String> subjects(List<Metric> metrics) {
    return metrics.stream().map(Metric::subject).toList();
  }

  @Test
  void aFigureForJoinedProjectsBelongsToThemAll() {
    List<Metric> m = extract("长电科技先进封装项目和华虹半导体12英寸生产线项目总投资30亿元。");
    assertEquals(List.of("长电科技先进封装项目和华虹半导体12英寸生产线项目"), subjects(m));
    assertEquals("project", m.get(0).subjectType());
  }

  @Test
  void respectivelyGivesEachFigureTheNameInItsPlace() {
    assertEquals(List.of("长电科技先进封装项目", "华虹半导体12英寸生产线项目"),
        subjects(extract("长电科技先进封装项目和华虹半导体12英寸生产线项目总投资分别为10亿元和20亿元。")));
    assertEquals(List.of("无锡先导智能装备股份有限公司", "江苏恒力液压有限公司"),
        subjects(extract("无锡先导智能装备股份有限公司和江苏恒力液压有限公司去年营业收入分别为166亿元、12亿元。")));
  }

  @Test
  void aSecondListInTheSentenceCountsFromItsOwnRespectively() {
    List<Metric> m = extract("常州天合光能二期项目、宜兴中环领先硅片项目总投资分别为10亿元、20亿元，"
        + "达产后年产值分别为30亿元、40亿元。");
    assertEquals(List.of("常州天合光能二期项目", "宜兴中环领先硅片项目", "常州天合光能二期项目", "宜兴中环领先硅片项目"),
        subjects(m));
  }

  @Test
  void thisProjectAfterJoinedProjectsIsTheLastNamed() {
    List<Metric> m = extract("江苏卓胜微射频芯片项目和无锡奥特维光伏装备项目同时开工。据了解，该项目总投资30亿元。");
    assertEquals(List.of("无锡奥特维光伏装备项目"), subjects(m));
  }

  @Test
  void andInsideANameDoesNotSplitIt() {
    List<Metric> m = extract("苏州恒度生物高性能纳米微球产品研发及产业基地项目总投资5亿元。");
    assertEquals(List.of("苏州恒度生物高性能纳米微球产品研发及产业基地项目"), subjects(m));
  }
}
