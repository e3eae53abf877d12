package org.newsmetrics.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class TextNormTest {

  @Test
  void fullWidthDigitsAndLettersBecomeHalfWidthPunctuationStays() {
    assertEquals("今年前2个月，总值8123.5亿元，增长6.2%。", TextNorm.display("今年前２个月，总值８１２３.５亿元，增长６.２％。"));
    assertEquals("IMAX厅", TextNorm.display("ＩＭＡＸ厅"));
  }

  @Test
  void straySpacesInsideNumbersGo() {
    assertEquals("2批次共12个项目", TextNorm.display("2 批次共12 个项目"));
    assertEquals("德企487家", TextNorm.display("德企 487家"));
    assertEquals("于6月19日至20日在南京召开", TextNorm.display("于 6 月 19 日至 20 日在南京召开"));
    assertEquals("左旋星生物CDMO/CRO项目", TextNorm.display("左旋星生物 CDMO/CRO 项目"));
  }

  @Test
  void spacesBetweenWordsStay() {
    assertEquals("美丽无锡 向绿而行", TextNorm.display("美丽无锡 向绿而行"));
    assertEquals("本报讯 6月6日,", TextNorm.display("本报讯 6月6日,"));
  }

  @Test
  void pinyinGlossesAreFound() {
    Matcher m = java.util.regex.Pattern.compile(TextNorm.PINYIN_GLOSS).matcher("總投資達(dá)220億元，增長(zhǎng)15%，(CDMO)项目");
    assertTrue(m.find());
    assertEquals("(dá)", m.group());
    assertTrue(m.find());
    assertEquals("(zhǎng)", m.group());
    assertFalse(m.find());
  }

  @Test
  void matchFormUnifiesWidthsAndScriptsButKeepsDigits() {
    assertEquals(TextNorm.match("总投资9.99亿元，（一期）"), TextNorm.match("總投資 9.99億元,(一期)"));
    assertNotEquals(TextNorm.match("总投资9.99亿元"), TextNorm.match("总投资1.23亿元"));
  }

  @Test
  void linesSplitLikeTheLineEndRegex() {
    java.util.SplittableRandom rnd = new java.util.SplittableRandom(1);
    String alphabet = "ab\r\n中";
    for (int t = 0; t < 20_000; t++) {
      String s = randomText(rnd, alphabet, 8);
      org.junit.jupiter.api.Assertions.assertArrayEquals(s.split("\r\n|\r|\n", -1), TextNorm.lines(s), s);
    }
  }

  @Test
  void sentenceEnds() {
    assertTrue(TextNorm.endsSentence("参加活动。"));
    assertTrue(TextNorm.endsSentence("“雷正君说。”"));
    assertFalse(TextNorm.endsSentence("巩固创新药、"));
    assertFalse(TextNorm.endsSentence("市政协主席朱"));
  }

  @Property(tries = 300)
  void displayIsIdempotent(@ForAll String s) {
    String once = TextNorm.display(s);
    assertEquals(once, TextNorm.display(once));
  }

  @Property(tries = 300)
  void matchFormHasNoWhiteSpace(@ForAll String s) {
    String m = TextNorm.match(s);
    for (int i = 0; i < m.length(); i++) assertFalse(Character.isWhitespace(m.charAt(i)));
  }

  @Test
  void visibleLengthCountsLikeCodePointsWithoutWhiteSpace() {
    // every BMP char alone, and after a high surrogate (pairs and lone halves)
    for (int c = 0; c < 0x10000; c++) {
      String one = String.valueOf((char) c);
      assertEquals(TextNorm.visibleLengthReference(one), TextNorm.visibleLength(one), one);
      String pair = "\uD83D" + one + " ";
      assertEquals(TextNorm.visibleLengthReference(pair), TextNorm.visibleLength(pair), pair);
    }
    java.util.SplittableRandom rnd = new java.util.SplittableRandom(11);
    String alphabet = "新闻 \u3000\t\n\u2003\u00A0\u2007\u202F\u1680\u001Fa1，。\uD840\uDC00\uD83D\uDE00";
    for (int k = 0; k < 100_000; k++) {
      String s = randomText(rnd, alphabet, 12);
      assertEquals(TextNorm.visibleLengthReference(s), TextNorm.visibleLength(s), s);
    }
  }

  @Property
  void visibleLengthMatchesTheReference(@ForAll String s) {
    assertEquals(TextNorm.visibleLengthReference(s), TextNorm.visibleLength(s));
  }

  /** Up to {@code maxLength - 1} chars drawn from {@code alphabet}. */
  private static String randomText(java.util.SplittableRandom rnd, String alphabet, int maxLength) {
    StringBuilder sb = new StringBuilder();
    for (int n = rnd.nextInt(maxLength); n > 0; n--) sb.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
    return sb.toString();
  }
}
