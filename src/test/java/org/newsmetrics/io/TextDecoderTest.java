package org.newsmetrics.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
  static final String PAGE = "本报讯（记者 王硕）昨日，太仓市生物医药产业创新集群融合发展推进会举行。\n"
      + "今年1~5月，全市签约落户生物医药项目65个、总投资113.86亿元。\n";

  @Test
  void utf8() {
    TextDecoder.Decoded d = TextDecoder.decode(PAGE.getBytes(StandardCharsets.UTF_8));
    assertEquals(PAGE, d.text());
    assertEquals("UTF-8", d.charset());
  }

  @Test
  void utf8WithBomDropsTheBom() {
    byte[] body = PAGE.getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[body.length + 3];
    bytes[0] = (byte) 0xEF; bytes[1] = (byte) 0xBB; bytes[2] = (byte) 0xBF;
    System.arraycopy(body, 0, bytes, 3, body.length);
    assertEquals(PAGE, TextDecoder.decode(bytes).text());
  }

  @Test
  void gb18030IsDetected() {
    TextDecoder.Decoded d = TextDecoder.decode(PAGE.getBytes(Charset.forName("GB18030")));
    assertEquals(PAGE, d.text());
    assertEquals("GB18030", d.charset());
  }

  @Test
  void gbkPagesDecodeAsGb18030() {
    assertEquals(PAGE, TextDecoder.decode(PAGE.getBytes(Charset.forName("GBK"))).text());
  }

  @Test
  void utf16WithBom() {
    byte[] body = PAGE.getBytes(StandardCharsets.UTF_16LE);
    byte[] bytes = new byte[body.length + 2];
    bytes[0] = (byte) 0xFF; bytes[1] = (byte) 0xFE;
    System.arraycopy(body, 0, bytes, 2, body.length);
    assertEquals(PAGE, TextDecoder.decode(bytes).text());
  }

  @Test
  void crlfIsKeptForTheCleanerToSplit() {
    String crlf = PAGE.replace("\n", "\r\n");
    assertEquals(crlf, TextDecoder.decode(crlf.getBytes(StandardCharsets.UTF_8)).text());
  }

  @Test
  void binaryFilesAreRefusedWithAClearMessage() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R', 0, 0, 1, 0, 0, 0, 1, 0, 8, 2, 0, 0, 0};
    TextDecoder.UndecodableException e = assertThrows(TextDecoder.UndecodableException.class, () -> TextDecoder.decode(png));
    assertTrue(e.getMessage().contains("binary"), e.getMessage());
  }

  @Test
  void docIdIsTheFileNameWithoutExtension() {
    assertEquals("003_791e4569c83e3c52", PageReader.docId("/data/seeds/003_791e4569c83e3c52.txt"));
    assertEquals("page", PageReader.docId("page"));
    assertEquals("a.b", PageReader.docId("dir/a.b.txt"));
  }
}
