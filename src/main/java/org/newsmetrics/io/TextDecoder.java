package org.newsmetrics.io;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes the bytes of a page whatever its charset: a BOM wins; then strict UTF-8; then ICU4J's
 * detector among the charsets Chinese pages come in (GB18030 covers GBK and GB2312, Big5 for
 * traditional pages). Binary files are refused rather than decoded into noise.
 */
public final class TextDecoder {

  /** The text and the charset it was decoded from. */
  public record Decoded(String text, String charset) {}

  /** Thrown for input that is not text in any charset we read. */
  public static final class UndecodableException extends RuntimeException {
    public UndecodableException(String message) {
      super(message);
    }
  }

  private TextDecoder() {}

  public static Decoded decode(byte[] bytes) {
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return new Decoded(strict(bytes, 3, StandardCharsets.UTF_8, "UTF-8 (BOM)"), "UTF-8-BOM");
    }
    if (startsWith(bytes, 0xFF, 0xFE)) {
      return new Decoded(strict(bytes, 2, StandardCharsets.UTF_16LE, "UTF-16LE (BOM)"), "UTF-16LE");
    }
    if (startsWith(bytes, 0xFE, 0xFF)) {
      return new Decoded(strict(bytes, 2, StandardCharsets.UTF_16BE, "UTF-16BE (BOM)"), "UTF-16BE");
    }
    if (looksBinary(bytes)) {
      throw new UndecodableException("not a text file: it holds binary data (control bytes in the first "
          + Math.min(bytes.length, 8192) + " bytes)");
    }
    // The String constructor decodes UTF-8 about twice as fast as a decoder, and marks each
    // malformed sequence with U+FFFD: text without one was valid UTF-8, decoded as strictly.
    String utf8 = new String(bytes, StandardCharsets.UTF_8);
    if (utf8.indexOf('\uFFFD') < 0) return new Decoded(utf8, "UTF-8");
    try {
      return new Decoded(decodeStrictly(bytes, 0, StandardCharsets.UTF_8), "UTF-8");
    } catch (CharacterCodingException notUtf8) {
      return decodeDetected(bytes);
    }
  }

  private static Decoded decodeDetected(byte[] bytes) {
    CharsetDetector detector = new CharsetDetector();
    detector.setText(bytes);
    String best = null;
    for (CharsetMatch match : detector.detectAll()) {
      String name = match.getName();
      if (name.equals("GB18030") || name.equals("Big5") || name.startsWith("UTF-16")) {
        best = name;
        break;
      }
    }
    // Chinese text that is not UTF-8 is GB18030 (a superset of GBK/GB2312) far more often than
    // anything else; when the detector has no Chinese candidate, try GB18030 strictly, then Big5.
    for (String name : best == null ? new String[] {"GB18030", "Big5"} : new String[] {best, "GB18030"}) {
      try {
        return new Decoded(decodeStrictly(bytes, 0, Charset.forName(name)), name);
      } catch (CharacterCodingException e) {
        // try the next candidate
      }
    }
    // Mostly valid UTF-8 with a few bad bytes: keep the text, mark the damage with U+FFFD.
    String lenient = new String(bytes, StandardCharsets.UTF_8);
    long bad = lenient.chars().filter(c -> c == '\uFFFD').count();
    if (bad * 100 <= Math.max(1, lenient.length())) {
      return new Decoded(lenient, "UTF-8 (with " + bad + " invalid bytes replaced)");
    }
    throw new UndecodableException("cannot decode as UTF-8, GB18030 or Big5 (" + bad
        + " invalid UTF-8 sequences in " + bytes.length + " bytes)");
  }

  private static String strict(byte[] bytes, int offset, Charset charset, String label) {
    try {
      return decodeStrictly(bytes, offset, charset);
    } catch (CharacterCodingException e) {
      return new String(bytes, offset, bytes.length - offset, charset);
    }
  }

  private static String decodeStrictly(byte[] bytes, int offset, Charset charset) throws CharacterCodingException {
    CharsetDecoder decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    return decoder.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) return false;
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) return false;
    }
    return true;
  }

  /** Control bytes other than tab, line ends, form feed and ESC in the head of the file. */
  static boolean looksBinary(byte[] bytes) {
    int n = Math.min(bytes.length, 8192);
    int control = 0;
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xFF;
      if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1B) control++;
    }
    return n > 0 && control * 20 > n; // more than 5%
  }
}
