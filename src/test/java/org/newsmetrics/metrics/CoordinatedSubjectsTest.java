package org.newsmetrics.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsmetrics.model.Article;
import org.newsmetrics.model.Metric;

/**
 * Projects, companies and regions the text joins (A项目和B项目, 无锡和常州): together, 分别 in order, or
 * referred back to; and the counts of a list after 分别, which name their noun only once.
 */
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

  @Test
  void respectivelyGivesJoinedRegionsTheirOwnFigures() {
    List<Metric> m = extract("今年前三季度，梁溪区和锡山区分别签约项目32个、18个，总投资分别为210亿元、96亿元。");
    assertEquals(List.of("project_count", "project_count", "investment", "investment"),
        m.stream().map(Metric::metric).toList());
    assertEquals(List.of(32.0, 18.0, 2.1e10, 9.6e9), m.stream().map(Metric::value).toList());
    assertEquals(List.of("梁溪区", "锡山区", "梁溪区", "锡山区"), subjects(m));
    m = extract("无锡、常州、苏州分别新增规上工业企业120家、86家和210家。");
    assertEquals(List.of("enterprise_count", "enterprise_count", "enterprise_count"),
        m.stream().map(Metric::metric).toList());
    assertEquals(List.of("无锡", "常州", "苏州"), subjects(m));
  }

  @Test
  void withoutRespectivelyJoinedRegionsLeaveTheFigureToTheLastNamed() {
    assertEquals(List.of("锡山区"), subjects(extract("梁溪区和锡山区今年签约项目32个。")));
  }

  @Test
  void aCountListedRightAfterAnotherSharesItsNoun() {
    List<Metric> m = extract("全市签约项目32个、18个。");
    assertEquals(List.of(32.0, 18.0), m.stream().map(Metric::value).toList());
    // after a comma the next count is a clause of its own; with words of its own, it is another statement
    assertEquals(List.of(32.0), extract("全市签约项目32个，18个已开工。").stream().map(Metric::value).toList());
    assertEquals(List.of(320.0), extract("全市共有专精特新企业320家、180家已上市。").stream().map(Metric::value).toList());
  }
}
