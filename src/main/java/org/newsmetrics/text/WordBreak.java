package org.newsmetrics.text;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import com.hankcs.hanlp.dictionary.other.CharType;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;

/**
 * Confirms that a column or page break cut a word in two ({@code 基于自} / {@code 身发展}): the
 * HanLP segmentation of the text around the break has a word of two or more characters that spans it.
 *
 * <p>The segmentation uses the dictionaries only. HanLP's person-name recognition joined a
 * sentence's last character to the next one's first into a "name" (关在, 保秦), which glued
 * unrelated paragraphs together; and a dictionary word is the only thing it can then return across
 * the break, so a dictionary lookup answers most cases without segmenting at all.
 */
public final class WordBreak {
  private WordBreak() {}

  /** Characters read on each side of the break. */
  private static final int SIDE = 4;

  /** True when the last characters of {@code before} and the first of {@code after} form one word. */
  public static boolean splitsWord(String before, String after) {
    String a = TextNorm.simplified(tail(before.strip(), SIDE));
    String b = TextNorm.simplified(head(after.strip(), SIDE));
    if (a.isEmpty() || b.isEmpty()) return false;
    if (!TextNorm.isHan(a.codePointBefore(a.length())) || !TextNorm.isHan(b.codePointAt(0))) return false;
    String text = a + b;
    int cut = a.length();
    if (!mayJoin(text, cut)) return false;
    try {
      int pos = 0;
      for (Term t : Segmenter.DICTIONARY_ONLY.seg(text)) {
        int end = pos + t.word.length();
        if (pos < cut && end > cut) return true;
        pos = end;
      }
    } catch (RuntimeException e) {
      return false;
    }
    return false;
  }

  /**
   * A necessary condition for a word across {@code cut}: a core or custom dictionary entry spans
   * it, or the characters on both sides are numerals, which HanLP joins into one atom (三十|五万).
   */
  static boolean mayJoin(String text, int cut) {
    if (CharType.get(text.charAt(cut - 1)) != CharType.CT_CHINESE
        || CharType.get(text.charAt(cut)) != CharType.CT_CHINESE) {
      return true;
    }
    for (int i = 0; i < cut; i++) {
      for (int j = cut + 1; j <= text.length(); j++) {
        String w = text.substring(i, j);
        if (CoreDictionary.contains(w) || CustomDictionary.contains(w)) return true;
      }
    }
    return false;
  }

  private static String tail(String s, int n) {
    return s.length() <= n ? s : s.substring(s.length() - n);
  }

  private static String head(String s, int n) {
    return s.length() <= n ? s : s.substring(0, n);
  }

  /** Built on first use: loading HanLP's dictionaries is paid once per JVM, and only if needed. */
  private static final class Segmenter {
    static final Segment DICTIONARY_ONLY = HanLP.newSegment()
        .enableAllNamedEntityRecognize(false)
        .enableTranslatedNameRecognize(false)
        .enableJapaneseNameRecognize(false);
  }
}
