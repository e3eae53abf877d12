package org.newsmetrics.text;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.common.Term;
import java.util.List;

/**
 * Confirms that a column or page break cut a word in two ({@code 基于自} / {@code 身发展}): the
 * HanLP segmentation of the text around the break has a word of two or more characters that spans it.
 */
public final class WordBreak {
  private WordBreak() {}

  /** True when the last characters of {@code before} and the first of {@code after} form one word. */
  public static boolean splitsWord(String before, String after) {
    String a = TextNorm.simplified(tail(before.strip(), 4));
    String b = TextNorm.simplified(head(after.strip(), 4));
    if (a.isEmpty() || b.isEmpty()) return false;
    if (!TextNorm.isHan(a.codePointBefore(a.length())) || !TextNorm.isHan(b.codePointAt(0))) return false;
    try {
      List<Term> terms = HanLP.segment(a + b);
      int pos = 0;
      int cut = a.length();
      for (Term t : terms) {
        int end = pos + t.word.length();
        if (pos < cut && end > cut) return true;
        pos = end;
      }
    } catch (RuntimeException e) {
      return false;
    }
    return false;
  }

  private static String tail(String s, int n) {
    return s.length() <= n ? s : s.substring(s.length() - n);
  }

  private static String head(String s, int n) {
    return s.length() <= n ? s : s.substring(0, n);
  }
}
