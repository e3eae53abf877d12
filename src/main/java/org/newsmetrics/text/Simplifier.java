package org.newsmetrics.text;

/**
 * Simplified-Chinese forms of one page's texts. Most pages hold no character that has a simplified
 * form, and then no text made of their characters (their lines, parts and joins of them) changes
 * when simplified: a simplifier built from such a page returns its texts as they are, where
 * {@link TextNorm#simplified} scans each text again for such a character. The layout rules ask for
 * the same paragraphs' forms many times, and those scans were about 4 % of a run.
 */
public final class Simplifier {
  /** For texts of unknown origin: simplifies every text it is given. */
  public static final Simplifier ANY_TEXT = new Simplifier(true);
  private static final Simplifier NOTHING_TO_SIMPLIFY = new Simplifier(false);

  private final boolean converts;

  private Simplifier(boolean converts) {
    this.converts = converts;
  }

  /**
   * For the texts of a page whose characters are all in {@code texts}: simplifies nothing when none
   * of them holds a character with a simplified form.
   */
  public static Simplifier forTexts(Iterable<String> texts) {
    for (String t : texts) {
      if (t != null && TextNorm.mayHoldTraditional(t)) return ANY_TEXT;
    }
    return NOTHING_TO_SIMPLIFY;
  }

  /** {@link TextNorm#simplified} of {@code s}. */
  public String simplified(String s) {
    return converts ? TextNorm.simplified(s) : s;
  }

  /** {@link TextNorm#match} of {@code s}. */
  public String match(String s) {
    return TextNorm.punctForm(simplified(s));
  }

  /** Whether the texts may hold characters that simplifying changes. */
  public boolean converts() {
    return converts;
  }
}
