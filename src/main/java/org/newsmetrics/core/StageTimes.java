package org.newsmetrics.core;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * CPU time spent in each stage of {@link PageProcessor} over many pages, measured on the calling
 * thread (wall time would count the time other threads had the core). Not thread-safe: one per
 * worker thread.
 */
public final class StageTimes {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private final boolean cpu = THREADS.isCurrentThreadCpuTimeSupported();
  private long cleanNanos;
  private long splitNanos;
  private long metricsNanos;

  /** This thread's CPU time in nanoseconds (wall time where the JVM cannot tell). */
  public long now() {
    return cpu ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
  }

  void add(long clean, long split, long metrics) {
    cleanNanos += clean;
    splitNanos += split;
    metricsNanos += metrics;
  }

  public long cleanNanos() {
    return cleanNanos;
  }

  public long splitNanos() {
    return splitNanos;
  }

  public long metricsNanos() {
    return metricsNanos;
  }
}
