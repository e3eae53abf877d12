package org.newsmetrics.text;

import com.hankcs.hanlp.HanLP;
import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Text forms used by the layout stage.
 *
 * <ul>
 *   <li>{@link #display}: how text stands in an article body: full-width digits/letters half-width,
 *       stray spaces inside numbers removed, Chinese punctuation kept.</li>
 *   <li>{@link #match}: a form for comparisons only: NFKC, simplified Chinese, one punctuation
 *       width, no white space. Digits are kept, so {@code 9.99亿元} never equals {@code 1.23亿元}.</li>
 * </ul>
 * All methods are pure and thread-safe.
 */
public final class TextNorm {
  private TextNorm() {}

  /** Characters that end no headline deck: a line ending with one was cut mid-sentence. */
  public static final String FUNCTION_END = "的了和与及或在是对为把被将从向以于之而并且但其等最更很较让使";
  /** Characters that start no headline deck: a line starting with one continues a sentence. */
  public static final String FUNCTION_START = "的了是和与及或而并且但地得所着过之";

  private static final String TERMINAL = "。！？!?…”’」』）)》";
  private static final Pattern NUM_SPACE = Pattern.compile(
      "(?<=[0-9])[ \\u00a0\\u3000]+(?=[\\p{IsHan}%])|(?<=[\\p{IsHan}&&[^讯電电]])[ \\u00a0\\u3000]+(?=[0-9])"
          + "|(?<=[A-Za-z])[ \\u00a0\\u3000]+(?=\\p{IsHan})|(?<=[\\p{IsHan}&&[^讯電电]])[ \\u00a0\\u3000]+(?=[A-Z]{2})");
  /** A pinyin gloss after a character: {@code 達(dá)}. */
  /** The chars Java's regexes take for line terminators ({@code .} never matches them; {@code $} may stand before one). */
  public static final String LINE_TERMINATORS = "\n\r\u0085\u2028\u2029";

  public static boolean isLineTerminator(char c) {
    return LINE_TERMINATORS.indexOf(c) >= 0;
  }

  /** A pinyin gloss after a Chinese character: {@code (dá)}, {@code （zhǎng）}. */
  public static final String PINYIN_GLOSS =
      "(?<=\\p{IsHan})[(（]\\s*([a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*(?:\\s+[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]?[a-zü]*)*)\\s*[)）]";

  /** Full-width ASCII digits/letters (and the ideographic space) to half width; punctuation untouched. */
  public static String halfWidth(String s) {
    StringBuilder sb = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      char r = c;
      if ((c >= '０' && c <= '９') || (c >= 'Ａ' && c <= 'Ｚ') || (c >= 'ａ' && c <= 'ｚ')
          || c == '％' || c == '．' || c == '＋' || c == '／' || c == '＠' || c == '＃' || c == '＆'
          || c == '＝' || c == '＜' || c == '＞') {
        r = (char) (c - 0xFEE0);
      } else if (c == '\u3000' || c == '\u00a0') {
        r = ' ';
      }
      if (r != c) {
        if (sb == null) sb = new StringBuilder(s);
        sb.setCharAt(i, r);
      }
    }
    return sb == null ? s : sb.toString();
  }

  /**
   * The lines of a text: {@code text.split("\\r\\n|\\r|\\n", -1)} without the regex (every line,
   * trailing empty ones included; {@code \r\n} is one line end).
   */
  public static String[] lines(String text) {
    java.util.List<String> out = new java.util.ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != '\n' && c != '\r') continue;
      out.add(text.substring(start, i));
      if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') i++;
      start = i + 1;
    }
    out.add(text.substring(start));
    return out.toArray(new String[0]);
  }

  /** Removes spaces inside numbers and between a number or Latin word and Chinese text. */
  public static String removeNumberSpaces(String s) {
    // every match is a run of these spaces: most lines have none, and need no search at all
    if (s.indexOf(' ') < 0 && s.indexOf('\u00a0') < 0 && s.indexOf('\u3000') < 0) return s;
    // The rule of removeNumberSpacesReference, by hand: a run of spaces is removed whole or not at
    // all (every alternative looks at the chars just outside the run), so each run is one decision.
    // Newspaper text indents with ideographic spaces, so the regex search ran on nearly every line.
    StringBuilder out = null;
    int copied = 0;
    for (int i = 0; i < s.length(); ) {
      if (!isNumberSpace(s.charAt(i))) {
        i++;
        continue;
      }
      int end = i + 1;
      while (end < s.length() && isNumberSpace(s.charAt(end))) end++;
      if (i > 0 && end < s.length() && removable(s, i, end)) {
        if (out == null) out = new StringBuilder(s.length());
        out.append(s, copied, i);
        copied = end;
      }
      i = end;
    }
    if (out == null) return s;
    return out.append(s, copied, s.length()).toString();
  }

  private static boolean isNumberSpace(char c) {
    return c == ' ' || c == '\u00a0' || c == '\u3000';
  }

  /** Whether the space run [start, end), with a char on each side, sits where NUM_SPACE removes it. */
  private static boolean removable(String s, int start, int end) {
    char before = s.charAt(start - 1); // the regex's look-behind sees one char, not a code point
    int after = s.codePointAt(end);
    boolean digitBefore = before >= '0' && before <= '9';
    boolean hanBefore = isHan(before) && before != '讯' && before != '電' && before != '电';
    if (digitBefore && (isHan(after) || after == '%')) return true;
    if (hanBefore && after >= '0' && after <= '9') return true;
    if (((before >= 'A' && before <= 'Z') || (before >= 'a' && before <= 'z')) && isHan(after)) return true;
    return hanBefore && end + 1 < s.length() && isUpper(s.charAt(end)) && isUpper(s.charAt(end + 1));
  }

  private static boolean isUpper(char c) {
    return c >= 'A' && c <= 'Z';
  }

  /** {@link #removeNumberSpaces} as one regex: the definition the hand-written scan is tested against. */
  static String removeNumberSpacesReference(String s) {
    return NUM_SPACE.matcher(s).replaceAll("");
  }

  /** The display form of a line or paragraph. */
  public static String display(String s) {
    return removeNumberSpaces(halfWidth(s.replace("\uFEFF", "").replace("\u200b", "")));
  }

  /** False when {@code s} certainly holds no pinyin gloss: every gloss opens with a bracket. */
  public static boolean mayHoldPinyinGloss(String s) {
    return s.indexOf('(') >= 0 || s.indexOf('（') >= 0;
  }

  /** One width for punctuation (half width, as the scorer sees it), no white space, NFKC. */
  public static String punctForm(String s) {
    // char by char from a table when no char can interact with its neighbours under NFKC
    char[] out = new char[s.length()];
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (PunctTable.kind(c)) {
        case PunctTable.ONE -> out[n++] = PunctTable.one(c);
        case PunctTable.MANY -> {
          String f = PunctTable.form(c);
          int need = n + f.length() + (s.length() - i - 1); // room for this form and one char per char left
          if (need > out.length) out = java.util.Arrays.copyOf(out, Math.max(need, out.length * 2));
          f.getChars(0, f.length(), out, n);
          n += f.length();
        }
        default -> {
          return punctFormReference(s);
        }
      }
    }
    return new String(out, 0, n);
  }

  /** {@link #punctForm} the slow, obvious way: NFKC of the whole string, then char mapping. */
  static String punctFormReference(String s) {
    String n = Normalizer.normalize(s, Normalizer.Form.NFKC);
    StringBuilder sb = new StringBuilder(n.length());
    for (int i = 0; i < n.length(); i++) {
      char c = n.charAt(i);
      if (Character.isWhitespace(c) || c == '\u200b' || c == '\uFEFF') continue;
      switch (c) {
        case '，', '、' -> sb.append(',');
        case '。' -> sb.append('.');
        case '（' -> sb.append('(');
        case '）' -> sb.append(')');
        case '：' -> sb.append(':');
        case '；' -> sb.append(';');
        case '！' -> sb.append('!');
        case '？' -> sb.append('?');
        case '“', '”' -> sb.append('"');
        case '‘', '’' -> sb.append('\'');
        case '—', '－' -> sb.append('-');
        case '～' -> sb.append('~');
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }

  /** The matching form: {@link #punctForm} of the simplified-Chinese text. */
  public static String match(String s) {
    return punctForm(simplified(s));
  }

  /**
   * The matching form with, for each char of {@code s}, the index in the form where that char's
   * contribution starts ({@code offsets[s.length()]} is the form's length). {@code simplifier}
   * simplifies the texts {@code s} belongs to ({@link Simplifier#ANY_TEXT} for any text).
   */
  public static int[] matchOffsets(String s, StringBuilder form, Simplifier simplifier) {
    String simp = simplifier.simplified(s);
    int[] off = new int[s.length() + 1];
    for (int i = 0; i < simp.length(); i++) {
      off[i] = form.length();
      char c = simp.charAt(i);
      String f = PunctTable.form(c); // = punctForm(String.valueOf(c)), from the table
      if (f == null) form.append(PunctTable.one(c));
      else form.append(f);
    }
    off[simp.length()] = form.length();
    return off;
  }

  /**
   * The last {@code n} chars (all when fewer) of the form {@link #matchOffsets} builds for
   * {@code s}, worked out from the end of the text only.
   */
  public static String matchFormEnd(String s, int n, Simplifier simplifier) {
    String simp = simplifier.simplified(s);
    int from = simp.length();
    int len = 0;
    while (from > 0 && len < n) {
      char c = simp.charAt(--from);
      String f = PunctTable.form(c);
      len += f == null ? 1 : f.length();
    }
    StringBuilder sb = new StringBuilder(len);
    for (int i = from; i < simp.length(); i++) {
      char c = simp.charAt(i);
      String f = PunctTable.form(c);
      if (f == null) sb.append(PunctTable.one(c));
      else sb.append(f);
    }
    return sb.length() <= n ? sb.toString() : sb.substring(sb.length() - n);
  }

  /** Simplified Chinese (HanLP), falling back to the input when conversion changes the length. */
  public static String simplified(String s) {
    // Most pages are simplified already: convert only text holding a character that has a
    // simplified form (the converter's dictionary walk is the costly part of cleaning)
    if (!mayHoldTraditional(s)) return s;
    try {
      String t = HanLP.convertToSimplifiedChinese(s);
      return t.length() == s.length() ? t : s;
    } catch (RuntimeException e) {
      return s;
    }
  }

  /**
   * Whether {@code s} holds a character that has a simplified form: without one, {@link #simplified}
   * returns it as it is. One pass over an 8 KB bitmap, which the first-level cache holds.
   */
  public static boolean mayHoldTraditional(String s) {
    long[] convertible = Traditional.CHARS;
    for (int i = 0, n = s.length(); i < n; i++) {
      char c = s.charAt(i);
      if ((convertible[c >>> 6] & (1L << c)) != 0) return true;
    }
    return false;
  }

  /**
   * {@link #punctFormReference} of every BMP char on its own, and which chars can be normalised on
   * their own inside a string. NFKC of a string is the concatenation of its chars' NFKC when every
   * char decomposes to a starter that never composes with what precedes it: combining marks
   * (reordering, composing) and Hangul vowel and trailing jamo (composing into syllables) are the
   * only chars that do. Built once per JVM from the JDK's own normaliser and character data.
   */
  static final class PunctTable {
    /** Kinds of char: its form alone is one char; any other string; it is not isolated. */
    static final byte ONE = 1;
    static final byte MANY = 2;
    static final byte NOT_ISOLATED = 0;

    private static final byte[] KIND = new byte[0x10000];
    /** The form of char c alone when it is one char. */
    private static final char[] ONE_CHAR = new char[0x10000];
    /** The form of char c alone when it is not one char (white space: empty; expansions). */
    private static final String[] MANY_CHARS = new String[0x10000];
    /** Chars whose NFKC does not depend on the chars around them. */
    private static final java.util.BitSet ISOLATED = new java.util.BitSet(0x10000);

    static {
      for (int c = 0; c < 0x10000; c++) {
        String one = String.valueOf((char) c);
        String f = punctFormReference(one);
        if (f.length() == 1) ONE_CHAR[c] = f.charAt(0);
        else MANY_CHARS[c] = f;
        if (!Character.isSurrogate((char) c) && startsWithBoundary(Normalizer.normalize(one, Normalizer.Form.NFKD))) {
          ISOLATED.set(c);
          KIND[c] = f.length() == 1 ? ONE : MANY;
        }
      }
    }

    static byte kind(char c) {
      return KIND[c];
    }

    /** The form of c alone when it is one char. */
    static char one(char c) {
      return ONE_CHAR[c];
    }

    /** The form of c alone when it is not one char, else null. */
    static String form(char c) {
      return MANY_CHARS[c];
    }

    /** Whether c's NFKC does not depend on the chars around it. */
    static boolean isolated(char c) {
      return ISOLATED.get(c);
    }

    private static boolean startsWithBoundary(String decomposition) {
      if (decomposition.isEmpty()) return false;
      char d = decomposition.charAt(0);
      if (Character.isSurrogate(d)) return false;
      int type = Character.getType(d);
      if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
          || type == Character.ENCLOSING_MARK) {
        return false;
      }
      // conjoining vowel and trailing jamo (and their extensions) compose algorithmically with the
      // leading jamo or syllable before them
      return !((d >= '\u1160' && d <= '\u11FF') || (d >= '\uD7B0' && d <= '\uD7FF'));
    }
  }

  /** The characters HanLP converts to another simplified character, found once per JVM. */
  private static final class Traditional {
    /** Bit c set for a char with a simplified form: an 8 KB bitmap, which the first-level cache holds. */
    static final long[] CHARS = bitmap(build());

    private static long[] bitmap(boolean[] set) {
      long[] bits = new long[0x10000 / 64];
      for (int c = 0; c < set.length; c++) if (set[c]) bits[c >>> 6] |= 1L << c;
      return bits;
    }

    private static boolean[] build() {
      boolean[] set = new boolean[0x10000];
      StringBuilder all = new StringBuilder();
      for (char c = '\u3400'; c <= '\u9FFF'; c++) all.append(c).append('\n');
      // one conversion of all characters (separated so no phrase spans two), compared char by char
      String converted = HanLP.convertToSimplifiedChinese(all.toString());
      if (converted.length() != all.length()) {
        for (char c = '\u3400'; c <= '\u9FFF'; c++) {
          if (!HanLP.convertToSimplifiedChinese(String.valueOf(c)).equals(String.valueOf(c))) set[c] = true;
        }
        return set;
      }
      for (int i = 0; i < all.length(); i += 2) {
        if (converted.charAt(i) != all.charAt(i)) set[all.charAt(i)] = true;
      }
      return set;
    }
  }

  /** Whether a paragraph ends a sentence (so a following break is a real paragraph break). */
  public static boolean endsSentence(String s) {
    String t = s.strip();
    if (t.isEmpty()) return true;
    return TERMINAL.indexOf(t.charAt(t.length() - 1)) >= 0;
  }

  /** Length in code points, ignoring white space. */
  public static int visibleLength(String s) {
    int n = 0;
    int length = s.length();
    for (int i = 0; i < length; i++) {
      char c = s.charAt(i);
      // Latin, CJK and most other text: no white space between U+0021 and U+167F, nor above
      // U+3000 outside the surrogates; only the rest asks Character
      if ((c > ' ' && c < '\u1680') || (c > '\u3000' && !Character.isSurrogate(c))) {
        n++;
      } else if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(s.charAt(i + 1))) {
        n++; // a supplementary code point, never white space
        i++;
      } else if (!Character.isWhitespace(c)) {
        n++;
      }
    }
    return n;
  }

  /** {@link #visibleLength} as first written, kept as the reference the fast version is tested against. */
  static int visibleLengthReference(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      if (!Character.isWhitespace(cp)) n++;
      i += Character.charCount(cp);
    }
    return n;
  }

  public static boolean isHan(int cp) {
    return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
  }
}
