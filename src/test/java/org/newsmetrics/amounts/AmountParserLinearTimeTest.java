package org.newsmetrics.amounts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The scanner must be linear: adversarial pages (digit walls, 亿亿亿…, 一一一…, endless ranges) may
 * cost at most a constant factor more per character than ordinary news text measured in the same
 * run. Only ratios are asserted, never absolute times, so a slow or busy machine does not matter;
 * a quadratic scan would blow the ratio by orders of magnitude at this size.
 */
class AmountParserLinearTimeTest {
  private static final int SIZE = 100_000;
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  /** Generous: the real ratios are around 1–3; a quadratic scan gives thousands. */
  private static final double MAX_RATIO = 25.0;

  private static final String NEWS = "本报讯 6月6日，全市生物医药产业工作推进会召开。去年，全市生物医药产业全口径规模达2074亿元；"
      + "今年一季度，规上企业营收达251.48亿元，营业利润达27.51亿元。目前全市链主企业扩展至13家、共对应9条细分产业链，"
      + "签约项目58个、总投资约635.3亿元，其中超10亿元项目12个，新增就业3000余人，同比增长19.8%。"
      + "联系电话：0510-81853620，地址：机场路100号。\n";

  @Test
  void adversarialInputsCostAtMostAConstantFactorPerCharacter() {
    String normal = repeat(NEWS, SIZE);
    Map<String, String> adversarial = new LinkedHashMap<>();
    adversarial.put("digit wall", repeat("1234567890", SIZE));
    adversarial.put("亿亿亿", repeat("亿", SIZE));
    adversarial.put("一一一", repeat("一", SIZE));
    adversarial.put("1亿1亿", repeat("1亿", SIZE));
    adversarial.put("ranges", repeat("1-", SIZE));
    adversarial.put("money ranges", repeat("5亿元至", SIZE));
    adversarial.put("spaced digits", repeat("1 ", SIZE));
    adversarial.put("line-broken digits", repeat("1\n", SIZE));
    adversarial.put("separators", repeat("1,000,", SIZE));
    adversarial.put("多余", repeat("十多余", SIZE));
    adversarial.put("decimals", repeat("1.2.3.", SIZE));
    adversarial.put("qualified", repeat("约超过近", SIZE) + "1亿元");
    adversarial.put("cues", repeat("投资产值", SIZE / 2) + repeat("1亿", SIZE / 2));
    adversarial.put("万万", repeat("1万万亿亿千千", SIZE));
    adversarial.put("digits after 亿", repeat("1亿" + "1".repeat(200), SIZE));
    adversarial.put("random", random(SIZE));

    nanosPerChar(normal); // warm-up: compile the scanner before measuring anything
    double perCharNormal = nanosPerChar(normal);
    for (Map.Entry<String, String> e : adversarial.entrySet()) {
      double perChar = nanosPerChar(e.getValue());
      double ratio = perChar / perCharNormal;
      assertTrue(ratio < MAX_RATIO, String.format(
          "%s: %.1f ns/char vs %.1f ns/char on news text (ratio %.1f)", e.getKey(), perChar, perCharNormal, ratio));
    }
  }

  /** Doubling the input must roughly double the time (a second, self-relative check). */
  @Test
  void doublingTheInputRoughlyDoublesTheTime() {
    String small = repeat("1亿元至", SIZE / 2) + repeat("一", SIZE / 2);
    String large = small + small;
    nanosPerChar(large); // warm-up
    double perCharSmall = nanosPerChar(small);
    double perCharLarge = nanosPerChar(large);
    assertTrue(perCharLarge / perCharSmall < 4.0,
        String.format("%.1f ns/char at %d chars vs %.1f at %d", perCharLarge, large.length(), perCharSmall, small.length()));
  }

  /**
   * Best of several runs, in this thread's CPU time: the least disturbed measurement on a shared
   * machine (other processes and collector pauses do not count).
   */
  private static double nanosPerChar(String s) {
    long best = Long.MAX_VALUE;
    for (int run = 0; run < 3; run++) {
      long t0 = THREADS.getCurrentThreadCpuTime();
      List<Amount> found = AmountParser.findAll(s);
      long t = THREADS.getCurrentThreadCpuTime() - t0;
      if (found.size() < 0) throw new AssertionError(); // keep the result alive
      best = Math.min(best, t);
    }
    return (double) best / s.length();
  }

  private static String repeat(String unit, int size) {
    StringBuilder b = new StringBuilder(size + unit.length());
    while (b.length() < size) b.append(unit);
    return b.toString();
  }

  private static String random(int size) {
    String alphabet = "0123456789一二两十百千万亿多余元家个-至 \n%第约超.,";
    Random r = new Random(42);
    StringBuilder b = new StringBuilder(size);
    for (int i = 0; i < size; i++) b.append(alphabet.charAt(r.nextInt(alphabet.length())));
    return b.toString();
  }
}
