package org.newsmetrics.amounts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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
}
