package org.newsmetrics.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LayoutRulesTest {

  /** Each rule answers as its regex does, on lines made of its own words, their pieces and noise. */
  @Test
  void everyFurnitureRuleAgreesWithItsRegex() {
    SplittableRandom rnd = new SplittableRandom(5);
    int plain = 0;
    for (LayoutRules.FurnitureRule r : LayoutRules.get().furniture) {
      String[] words = org.newsmetrics.amounts.Words.alternatives(r.pattern().pattern());
      if (r.words() != null) plain++;
      String alphabet = r.pattern().pattern().replaceAll("[\\\\^$.|?*+()\\[\\]{}]", "") + "新闻，。:12ab";
      for (int k = 0; k < 3000; k++) {
        StringBuilder sb = new StringBuilder();
        for (int n = rnd.nextInt(14); n > 0; n--) {
          if (words != null && rnd.nextInt(6) == 0) sb.append(words[rnd.nextInt(words.length)]);
          else sb.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
        }
        String line = sb.toString();
        assertEquals(r.pattern().matcher(line).find(), r.found(line), r.pattern() + " on " + line);
      }
    }
    assertTrue(plain >= 2, "the word-list rules are recognised");
  }

  @Test
  void aNavigationBarHasNoSentencePunctuation() {
    LayoutRules rules = LayoutRules.get();
    assertTrue(rules.navigationBar("首页新闻频道资讯视频图片"));
    assertFalse(rules.navigationBar("首页新闻频道资讯视频图片."));
    assertFalse(rules.navigationBar("首页,新闻频道资讯视频图片"));
  }

  @Test
  void fourShortItemsBetweenBarsAreAMenuWhateverTheirWords() {
    LayoutRules rules = LayoutRules.get();
    assertTrue(rules.navigationBar("首页|政务公开|政务服务|互动交流|走进无锡"));
    assertTrue(rules.navigationBar("本地丨时政丨民生丨产经"));
    assertFalse(rules.navigationBar("快讯|无锡高新区上半年签约项目多|产值稳步增长"), "three items, one long");
    assertFalse(rules.navigationBar("一月|二月|三月|12.5|13.1"), "figures are a table row");
    assertFalse(rules.navigationBar("首页||政务公开|政务服务|互动交流"), "an empty item");
  }
}
