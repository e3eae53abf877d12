package org.newsmetrics.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * {@link TextDecoder}'s fast path: bytes the String constructor decodes without a U+FFFD are valid
 * UTF-8, and a strict decoder gives the same text; with one, the strict decoder decides. Checked
 * on bytes made of well-formed characters of every length mixed with the malformed sequences a
 * damaged or mislabelled file holds (stray continuation bytes, overlong forms, encoded surrogates,
 * cut-off sequences, GB18030 and Latin-1 bytes).
 */
class Utf8FastPathTest {
  private static final byte[][] MALFORMED = {
    {(byte) 0x80}, {(byte) 0xBF}, {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xE0, (byte) 0x80, (byte) 0xAF},
    {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xED, (byte) 0xBF, (byte) 0xBF}, {(byte) 0xE4, (byte) 0xB8},
    {(byte) 0xF0, (byte) 0x9F, (byte) 0x98}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, {(byte) 0xFF},
    {(byte) 0xC4, (byte) 0xE3}, {(byte) 0xE9}, {(byte) 0xEF, (byte) 0xBF, (byte) 0xBD},
  };
  private static final String[] WELL_FORMED = {"a", "\n", "é", "本", "报", "，", "\uFFFD", "😀", "𠀀", "\u0085"};

  @Property(tries = 3000)
  void theFastPathDecodesAsTheStrictDecoderDoes(@ForAll long seed) {
    Random rnd = new Random(seed);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int parts = 1 + rnd.nextInt(12);
    for (int i = 0; i < parts; i++) {
      byte[] b = rnd.nextInt(4) == 0 ? MALFORMED[rnd.nextInt(MALFORMED.length)]
          : WELL_FORMED[rnd.nextInt(WELL_FORMED.length)].getBytes(StandardCharsets.UTF_8);
      bytes.write(b, 0, b.length);
    }
    byte[] in = bytes.toByteArray();
    String strict;
    try {
      strict = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(in)).toString();
    } catch (CharacterCodingException e) {
      strict = null;
    }
    String fast = new String(in, StandardCharsets.UTF_8);
    if (fast.indexOf('\uFFFD') < 0) assertEquals(strict, fast, "no U+FFFD: valid UTF-8, decoded alike");
    if (strict != null) {
      assertEquals(strict, TextDecoder.decode(in).text());
      assertEquals("UTF-8", TextDecoder.decode(in).charset());
    }
  }
}
