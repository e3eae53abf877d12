package org.newsmetrics.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.Normalizer2;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/**
 * The table-driven {@link TextNorm#punctForm} and {@link TextNorm#matchOffsets} against the
 * reference (NFKC of the whole string): exhaustively for single BMP chars, with ICU's normalisation
 * boundaries for the chars the fast path treats as isolated, and on random strings mixing plain text
 * with combining marks, jamo and compatibility chars.
 */
class PunctFormFastPathTest {

  @Test
  void everyBmpCharAloneMatchesTheReference() {
    StringBuilder form = new StringBuilder();
    for (int c = 0; c < 0x10000; c++) {
      String one = String.valueOf((char) c);
      String ref = TextNorm.punctFormReference(one);
      assertEquals(ref, TextNorm.punctForm(one), () -> "U+" + Integer.toHexString(one.charAt(0)));
      String ps = TextNorm.PunctTable.form((char) c);
      String table = ps == null ? String.valueOf(TextNorm.PunctTable.one((char) c)) : ps;
      assertEquals(ref, table, () -> "table U+" + Integer.toHexString(one.charAt(0)));
      byte kind = TextNorm.PunctTable.kind((char) c);
      assertEquals(TextNorm.PunctTable.isolated((char) c), kind != TextNorm.PunctTable.NOT_ISOLATED);
      form.setLength(0);
      int[] off = TextNorm.matchOffsets(one, form, Simplifier.ANY_TEXT);
      // matchOffsets works on the simplified text, which may differ from the char itself
      assertEquals(TextNorm.punctFormReference(TextNorm.simplified(one)), form.toString());
      assertEquals(form.length(), off[1]);
    }
  }

  /**
   * A char treated as isolated has a normalisation boundary before it (ICU's data: its
   * decomposition starts with a starter that composes with nothing before it), and is never the
   * second char of a canonical decomposition by the JDK's own data. Chars the JDK does not know yet
   * (assigned in a later Unicode version than the JDK's) are inert to the JDK's normaliser.
   */
  @Test
  void isolatedCharsHaveABoundaryBefore() {
    Normalizer2 nfkc = Normalizer2.getNFKCInstance();
    java.util.BitSet seconds = new java.util.BitSet(0x110000);
    for (int cp = 0; cp < 0x110000; cp++) {
      if (!Character.isDefined(cp) || (cp >= 0xD800 && cp <= 0xDFFF)) continue;
      String d = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFD);
      d.codePoints().skip(1).forEach(seconds::set);
    }
    int isolated = 0;
    for (int c = 0; c < 0x10000; c++) {
      if (!TextNorm.PunctTable.isolated((char) c)) continue;
      isolated++;
      if (!Character.isDefined(c)) continue;
      String d = Normalizer.normalize(String.valueOf((char) c), Normalizer.Form.NFKD);
      int first = d.codePointAt(0);
      String hex = "U+" + Integer.toHexString(c);
      assertTrue(nfkc.hasBoundaryBefore(c), hex);
      assertEquals(0, UCharacter.getCombiningClass(first), hex);
      assertTrue(!seconds.get(first), hex);
    }
    assertTrue(isolated > 60_000, "isolated chars: " + isolated);
  }

  @Test
  void randomMixedStringsMatchTheReference() {
    // plain text and the chars that interact under NFKC, so both paths and their seams are hit
    String alphabet = "中文报道，。、：；！？“”（）０１２ＡＢａｂ abc123 \u3000\u00a0\u200b\uFEFF"
        + "e\u0301\u0308\u0327\u0345\u0334\u302a\u3099\u309a\u304b\u30cf\uff8a\uff9e"
        + "\u1100\u1161\u11a8\uac00\uac01\u3131\u314f\uffa1\uffc2"
        + "\ufb01\u2160\u2460\u33a1\u3250\uf900\u2fa1\u00bd\u2026\u2014\uff0d\uff5e"
        + "\u0915\u093c\u09c7\u09be\u0b47\u0b3e\u0dd9\u0dcf\u1025\u102e\ud840\udc00\ud800";
    SplittableRandom rnd = new SplittableRandom(3);
    for (int t = 0; t < 200_000; t++) {
      String s = randomText(rnd, alphabet, 10);
      assertEquals(TextNorm.punctFormReference(s), TextNorm.punctForm(s), s);
    }
  }

  /** Up to {@code maxLength - 1} chars drawn from {@code alphabet}. */
  private static String randomText(SplittableRandom rnd, String alphabet, int maxLength) {
    int len = rnd.nextInt(maxLength);
    StringBuilder sb = new StringBuilder();
    for (int k = 0; k < len; k++) sb.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
    return sb.toString();
  }

  @Test
  void pairsOfIsolatedCharsWithInteractingNeighboursMatchTheReference() {
    // every BMP char next to chars that compose or reorder with a neighbour
    List<String> probes = new ArrayList<>(List.of("e", "\u0301", "\u0345", "\u1100", "\u1161", "\u11a8", "\uac00",
        "\u3131", "\u314f", "\u304b", "\u3099", "\u0915", "\u093c", "\u09c7", "\u09be", "A", "\u0308", "\u0338"));
    for (int c = 0; c < 0x10000; c++) {
      if (Character.isSurrogate((char) c)) continue;
      String one = String.valueOf((char) c);
      for (String p : probes) {
        assertEquals(TextNorm.punctFormReference(p + one), TextNorm.punctForm(p + one), p + one);
        assertEquals(TextNorm.punctFormReference(one + p), TextNorm.punctForm(one + p), one + p);
      }
    }
  }

  @Property(tries = 2000)
  void matchFormEndIsTheEndOfTheMatchOffsetsForm(@ForAll String s) {
    StringBuilder form = new StringBuilder();
    TextNorm.matchOffsets(s, form, Simplifier.ANY_TEXT);
    for (int n : new int[] {0, 1, 5, 20}) {
      String expected = form.length() <= n ? form.toString() : form.substring(form.length() - n);
      assertEquals(expected, TextNorm.matchFormEnd(s, n, Simplifier.ANY_TEXT));
    }
    String zh = "總投資達（一期）220億元，增長１５％。" + s + "　㎡ﬁ…";
    form.setLength(0);
    TextNorm.matchOffsets(zh, form, Simplifier.ANY_TEXT);
    assertEquals(form.substring(form.length() - 20), TextNorm.matchFormEnd(zh, 20, Simplifier.ANY_TEXT));
  }

  @Property(tries = 2000)
  void arbitraryStringsMatchTheReference(@ForAll String s) {
    assertEquals(TextNorm.punctFormReference(s), TextNorm.punctForm(s));
  }

  @Test
  void numberSpacesByHandMatchTheRegexOnRandomText() {
    String alphabet = "0123456789 \u00a0\u3000\u3000  %中文亿元讯電电AZaz.，。\ud840\udc00\ud800ABC";
    SplittableRandom rnd = new SplittableRandom(7);
    for (int t = 0; t < 300_000; t++) {
      String s = randomText(rnd, alphabet, 12);
      assertEquals(TextNorm.removeNumberSpacesReference(s), TextNorm.removeNumberSpaces(s), s);
    }
  }

  @Property(tries = 2000)
  void numberSpacesByHandMatchTheRegex(@ForAll String s) {
    assertEquals(TextNorm.removeNumberSpacesReference(s), TextNorm.removeNumberSpaces(s));
    String zh = "\u3000\u3000全市 2023 年完成 ABC 项目 12 个，增长 5 %。" + s + " 新华社电 3 日";
    assertEquals(TextNorm.removeNumberSpacesReference(zh), TextNorm.removeNumberSpaces(zh));
  }
}
