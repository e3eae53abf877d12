package org.newsmetrics.pipeline;

import java.util.Map;

/** Beam options a run gets unless the job file or the command line sets them. */
public final class RunnerDefaults {
  private RunnerDefaults() {}

  /** Adds the defaults for the runner named in {@code args} (DirectRunner when none is). */
  public static void addTo(Map<String, String> args) {
    if (!"DirectRunner".equals(args.getOrDefault("runner", "DirectRunner"))) return;
    // The DirectRunner's checks that DoFns neither mutate nor fail to encode their elements are
    // for testing DoFns (TestPipeline keeps them on); in a run they cost a walk of the whole
    // pipeline graph per bundle.
    args.putIfAbsent("enforceImmutability", "false");
    args.putIfAbsent("enforceEncodability", "false");
    // One worker per core. Each worker runs whole page groups, so more workers add no overlap of
    // waiting and working, only contention: on 2 cores, 9 workers ran a cold 300 MB corpus in
    // 98 s and 2 workers in 59 s (the JIT compiler, busy for the first minute, and the workers
    // then share the cores with fewer threads; each worker's caches stay its own).
    args.putIfAbsent("targetParallelism", String.valueOf(Runtime.getRuntime().availableProcessors()));
  }
}
