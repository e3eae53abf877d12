package org.newsmetrics.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class PageGroupsTest {
  private static final long KB = 1024;

  @Test
  void aSmallCorpusGetsFewGroupsOfAtLeastTheMinimumSize() {
    long[] five = {15 * KB, 15 * KB, 15 * KB, 15 * KB, 15 * KB}; // 75 KiB: four groups of 16 KiB or more
    assertEquals(4, distinct(PageGroups.assign(five, 16, 8_000_000)));
    long[] many = new long[100];
    Arrays.fill(many, 20 * KB); // 2 MB: enough for 16 groups of 16 KiB and more
    assertEquals(16, distinct(PageGroups.assign(many, 16, 8_000_000)));
  }

  @Test
  void aLargeCorpusGetsGroupsOfBoundedSize() {
    long[] pages = new long[10_000];
    Arrays.fill(pages, 100 * KB); // 1 GB
    int[] g = PageGroups.assign(pages, 16, 8_000_000);
    assertEquals((10_000 * 100 * KB + 7_999_999) / 8_000_000, distinct(g));
    assertTrue(maxGroupBytes(pages, g) <= 8_000_000 + 100 * KB);
  }

  @Test
  void emptyAndUnsizedPagesMakeOneGroup() {
    assertArrayEquals(new int[0], PageGroups.assign(new long[0], 16, 1));
    assertArrayEquals(new int[] {0, 0, 0, 0}, PageGroups.assign(new long[4], 2, 1));
  }

  @Property(tries = 300)
  void groupsAreConsecutiveRunsNumberedFromZero(
      @ForAll @Size(min = 1, max = 300) List<@LongRange(min = 0, max = 3_000_000) Long> sizes,
      @ForAll @IntRange(min = 1, max = 64) int minGroups,
      @ForAll @LongRange(min = 1, max = 20_000_000) long maxGroupBytes) {
    long[] s = sizes.stream().mapToLong(Long::longValue).toArray();
    int[] g = PageGroups.assign(s, minGroups, maxGroupBytes);
    assertEquals(s.length, g.length);
    assertEquals(0, g[0]);
    for (int i = 1; i < g.length; i++) assertTrue(g[i] == g[i - 1] || g[i] == g[i - 1] + 1, "consecutive at " + i);
    // no group beyond what size or parallelism asks for, and each over-size group is one page
    long largest = Arrays.stream(s).max().orElse(0);
    assertTrue(maxGroupBytes(s, g) <= Math.max(2 * maxGroupBytes, 2 * largest), "bounded groups");
    assertArrayEquals(g, PageGroups.assign(s, minGroups, maxGroupBytes), "deterministic");
  }

  private static int distinct(int[] groups) {
    return (int) Arrays.stream(groups).distinct().count();
  }

  private static long maxGroupBytes(long[] sizes, int[] groups) {
    long[] bytes = new long[groups.length == 0 ? 0 : groups[groups.length - 1] + 1];
    for (int i = 0; i < groups.length; i++) bytes[groups[i]] += sizes[i];
    return Arrays.stream(bytes).max().orElse(0);
  }
}
