package org.newsmetrics.layout;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LayoutRulesTest {

  @Test
  void onlyAPlainListOfWordsIsAnsweredWithoutTheRegex() {
    assertArrayEquals(new String[] {"分享到", "打印本页"}, LayoutRules.plainWords("(分享到|打印本页)"));
    assertArrayEquals(new String[] {"二维码", "扫码"}, LayoutRules.plainWords("(?:二维码|扫码)"));
    assertArrayEquals(new String[] {"版权所有"}, LayoutRules.plainWords("版权所有"));
    assertNull(LayoutRules.plainWords("^版权|所有"));
    assertNull(LayoutRules.plainWords("(a|b)(c)"));
    assertNull(LayoutRules.plainWords("(?i)abc"));
    assertNull(LayoutRules.plainWords("(a||b)"));
    assertNull(LayoutRules.plainWords("热线\\d+"));
    assertNull(LayoutRules.plainWords("(晴|多云).{0,40}气温"));
  }

  /** Each rule answers as its regex does, on lines made of its own words, their pieces and noise. */
  @Test
  void everyFurnitureRuleAgreesWithItsRegex() {
    SplittableRandom rnd = new SplittableRandom(5);
    int plain = 0;
    for (LayoutRules.FurnitureRule r : LayoutRules.get().furniture) {
      if (r.words() != null) plain++;
      String alphabet = r.pattern().pattern().replaceAll("[\\\\^$.|?*+()\\[\\]{}]", "") + "新闻，。:12ab";
      for (int k = 0; k < 3000; k++) {
        StringBuilder sb = new StringBuilder();
        for (int n = rnd.nextInt(14); n > 0; n--) {
          if (r.words() != null && rnd.nextInt(6) == 0) sb.append(r.words()[rnd.nextInt(r.words().length)]);
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
}
