package org.newsmetrics.amounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Whole pages and many threads: the parser is stateless and keeps its invariants on real text. */
class AmountParserRobustnessTest {
  private static final String PAGE = "本报讯 6月6日，市委书记主持召开全市生物医药产业工作推进会。去年，全市生物医药产业全口径规模达2074亿元；"
      + "今年一季度，规上企业营收达251.48亿元。目前全市链主企业扩展至13家、共对应9条细分产业链。"
      + "签约项目58个、总投资约635.3亿元，投资3-5亿元的项目12个，德企 487\n家，超100亿元级产业集群。\n"
      + "联系电话：0510-81853620　邮编：214125　国内统一连续出版物号：CN 32-0092　6 942431 300011";

  @Test
  void sameResultsFromManyThreads() throws Exception {
    List<Amount> expected = AmountParser.findAll(PAGE);
    assertFalse(expected.isEmpty());
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<Amount>>> futures = new ArrayList<>();
      for (int k = 0; k < 200; k++) futures.add(pool.submit(() -> AmountParser.findAll(PAGE)));
      for (Future<List<Amount>> f : futures) assertEquals(expected, f.get());
    } finally {
      pool.shutdownNow();
    }
  }

  /** The project's seed pages (if present): never throws, offsets and value forms always hold. */
  @Test
  void seedPagesKeepTheInvariants() throws IOException {
    Path seeds = Path.of("seeds");
    if (!Files.isDirectory(seeds)) return;
    try (Stream<Path> files = Files.list(seeds)) {
      for (Path p : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
        String text = Files.readString(p, StandardCharsets.UTF_8);
        ChineseNumeralsPropertiesTest.checkInvariants(text, AmountParser.findAll(text));
      }
    }
  }
}
