package org.newsmetrics.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WordBreakTest {

  @Test
  void aWordCutByAColumnBreakIsConfirmed() {
    assertTrue(WordBreak.splitsWord("专注于医学影像人工智能的医疗创新。基于自", "身发展和对高端人才的需求"));
    assertTrue(WordBreak.splitsWord("为发展人形机器", "人筑牢产业新基石。"));
    assertTrue(WordBreak.splitsWord("综合实力排名一下子提", "升到了宜兴第10位。"));
  }

  @Test
  void aSentenceStartIsNotAWordCut() {
    assertFalse(WordBreak.splitsWord("基于自", "6月28日，座谈会在黄浦江畔举行。"));
    assertFalse(WordBreak.splitsWord("效果。", "会议强调"));
    assertFalse(WordBreak.splitsWord("", "会议"));
  }

  @Test
  void aPersonNameHanLpCouldInventAcrossTheBreakIsNotAWordCut() {
    // person-name recognition read 关在 and 保秦 as names
    assertFalse(WordBreak.splitsWord("妥善解决中方关", "在回答关于稀土出口管制议题时"));
    assertFalse(WordBreak.splitsWord("系统把保", "秦咏薪强调"));
    assertTrue(WordBreak.splitsWord("妥善解决中方关", "切，为中欧进一步扩大合作创造条件"));
  }

  @Test
  void numeralsCutByABreakAreOneWord() {
    // no dictionary entry spans 三十|五万: HanLP joins numerals into one atom
    assertTrue(WordBreak.splitsWord("累计投资三十", "五万元"));
    assertTrue(WordBreak.mayJoin("三十五万", 2));
  }

  @Test
  void withoutADictionaryWordAcrossTheBreakNothingIsSegmented() {
    assertFalse(WordBreak.mayJoin("取得效果会议强调", 4));
    assertTrue(WordBreak.mayJoin("基于自身发展", 3));
  }
}
