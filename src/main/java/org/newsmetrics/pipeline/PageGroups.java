package org.newsmetrics.pipeline;

/**
 * Spreads the listed pages over groups, the pipeline's unit of work: one group is read, processed
 * and written as one piece ({@link ProcessPages}). Groups are runs of consecutive pages (in listing
 * order) of about equal size in bytes, so that a run's memory is bounded by a group's size, never
 * by the corpus's, and that the same listing always gives the same groups on every runner.
 */
final class PageGroups {
  private PageGroups() {}

  /** Below this a group's fixed cost (a step, five files) outweighs what spreading it out gains. */
  static final long MIN_GROUP_BYTES = 16 * 1024;

  /**
   * @param sizes the pages' sizes in bytes, in listing order (0 for what cannot be sized)
   * @param minGroups groups to make at least (the parallelism of a small corpus), when there are
   *     that many pages and each gets {@link #MIN_GROUP_BYTES}
   * @param maxGroupBytes bytes a group should not exceed (a single larger page gets its own group)
   * @return each page's group number, from 0, non-decreasing
   */
  static int[] assign(long[] sizes, int minGroups, long maxGroupBytes) {
    int n = sizes.length;
    int[] group = new int[n];
    if (n == 0) return group;
    long total = 0;
    for (long s : sizes) total += Math.max(0, s);
    long bySize = maxGroupBytes > 0 ? (total + maxGroupBytes - 1) / maxGroupBytes : 1;
    long forParallelism = Math.min(Math.max(1, minGroups), Math.max(1, total / MIN_GROUP_BYTES));
    int groups = (int) Math.min(n, Math.max(forParallelism, bySize));
    if (total == 0) return group; // nothing to spread: one group
    // a page belongs to the group its first byte falls in, on a scale of `groups` equal parts
    long before = 0;
    for (int i = 0; i < n; i++) {
      group[i] = (int) Math.min(groups - 1, (before * groups) / total);
      before += Math.max(0, sizes[i]);
    }
    // a page larger than a part leaves parts without a first byte: number the groups densely
    return renumber(group);
  }

  private static int[] renumber(int[] group) {
    int[] out = new int[group.length];
    for (int i = 1; i < group.length; i++) out[i] = out[i - 1] + (group[i] != group[i - 1] ? 1 : 0);
    return out;
  }
}
