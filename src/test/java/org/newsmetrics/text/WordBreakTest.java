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
}
