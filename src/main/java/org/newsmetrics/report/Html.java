package org.newsmetrics.report;

/** HTML escaping that is safe in text and in double- or single-quoted attributes. */
final class Html {
  private Html() {}

  /**
   * Escapes {@code & < > " '}, drops control characters that HTML forbids and replaces lone
   * surrogates (a figure's offsets may cut a pair) with U+FFFD. {@code null} becomes "".
   */
  static String esc(String s) {
    if (s == null) return "";
    StringBuilder b = new StringBuilder(s.length() + 16);
    escTo(b, s, 0, s.length());
    return b.toString();
  }

  static void escTo(StringBuilder b, String s, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        case '\t', '\n' -> b.append(c);
        case '\r' -> b.append('\n');
        default -> {
          if (Character.isHighSurrogate(c)) {
            if (i + 1 < to && Character.isLowSurrogate(s.charAt(i + 1))) {
              b.append(c).append(s.charAt(++i));
            } else {
              b.append('\uFFFD');
            }
          } else if (Character.isLowSurrogate(c)) {
            b.append('\uFFFD');
          } else if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\uFFFE' || c == '\uFFFF') {
            b.append('\uFFFD');
          } else {
            b.append(c);
          }
        }
      }
    }
  }

  /**
   * Makes JSON safe inside {@code <script type="application/json">}: {@code <}, {@code >} and
   * {@code &} can only stand inside JSON strings, where their {@code \}{@code u} escapes mean the
   * same; U+2028/2029 are escaped for old JavaScript parsers;
   * lone surrogates become U+FFFD.
   */
  static String scriptJson(String json) {
    StringBuilder b = new StringBuilder(json.length() + 16);
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      switch (c) {
        case '<' -> b.append("\\u003c");
        case '>' -> b.append("\\u003e");
        case '&' -> b.append("\\u0026");
        case '\u2028' -> b.append("\\u2028");
        case '\u2029' -> b.append("\\u2029");
        default -> {
          if (Character.isHighSurrogate(c) && i + 1 < json.length() && Character.isLowSurrogate(json.charAt(i + 1))) {
            b.append(c).append(json.charAt(++i));
          } else if (Character.isSurrogate(c)) {
            b.append("\\ufffd"); // a lone surrogate (a figure cut inside a pair) cannot be written as UTF-8
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.toString();
  }
}
