package org.newsmetrics.amounts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WordsTest {

  @Test
  void onlyAPlainListOfWordsIsTakenApart() {
    assertArrayEquals(new String[] {"分享到", "打印本页"}, Words.alternatives("(分享到|打印本页)"));
    assertArrayEquals(new String[] {"二维码", "扫码"}, Words.alternatives("(?:二维码|扫码)"));
    assertArrayEquals(new String[] {"版权所有"}, Words.alternatives("版权所有"));
    assertNull(Words.alternatives("^版权|所有"));
    assertNull(Words.alternatives("(a|b)(c)"));
    assertNull(Words.alternatives("(?i)abc"));
    assertNull(Words.alternatives("(a||b)"));
    assertNull(Words.alternatives("热线\\d+"));
    assertNull(Words.alternatives("(晴|多云).{0,40}气温"));
  }

  @Test
  void findsAWordInsideARange() {
    Words w = new Words(Words.alternatives("(分享到|打印本页)"));
    assertTrue(w.occursIn("请分享到朋友圈", 0, 7));
    assertFalse(w.occursIn("请分享到朋友圈", 0, 3));
    assertFalse(w.occursIn("打印本", 0, 3));
  }

  /**
   * Lookups agree with trying every word at every position, longest first then in listed order:
   * words sharing first and last chars, one-char words, a word inside another, both text ends.
   */
  @Test
  void lookupsAgreeWithTryingEveryWord() {
    String[] list = {"新", "新材料", "新能源", "新能源汽车", "新区", "材料", "料", "能源", "汽车", "区", "车", "源汽"};
    Words words = new Words(list);
    String[] byLength = list.clone();
    java.util.Arrays.sort(byLength, java.util.Comparator.comparingInt(String::length).reversed());
    String alphabet = "新材料能源汽车区的，";
    java.util.Random random = new java.util.Random(7);
    for (int round = 0; round < 2000; round++) {
      String s = org.newsmetrics.testing.RandomText.of(random, alphabet, 12);
      for (int i = 0; i <= s.length(); i++) {
        String at = null, ending = null;
        for (String w : byLength) if (at == null && s.startsWith(w, i)) at = w;
        for (String w : byLength) if (ending == null && i >= w.length() && s.startsWith(w, i - w.length())) ending = w;
        assertEquals(at, words.at(s, i), s + " @" + i);
        assertEquals(ending, words.endingAt(s, i), s + " ending @" + i);
        for (int j = i; j <= s.length(); j++) {
          boolean inside = false;
          for (String w : list) {
            int k = s.indexOf(w, i);
            if (k >= 0 && k + w.length() <= j) inside = true;
          }
          assertEquals(inside, words.occursIn(s, i, j), s + " [" + i + "," + j + ")");
        }
      }
    }
  }
}
