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
    // The DirectRunner's scheduler runs in its own worker pool and never sleeps while work is in
    // progress: with one worker per core it takes a core's share from the workers. More workers
    // than cores leave it a small share; each in-flight group holds at most --groupMegabytes.
    args.putIfAbsent("targetParallelism", String.valueOf(4 * Runtime.getRuntime().availableProcessors() + 1));
  }
}
