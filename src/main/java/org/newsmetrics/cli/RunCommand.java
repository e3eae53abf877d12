package org.newsmetrics.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.newsmetrics.pipeline.JobFile;
import org.newsmetrics.pipeline.NewsMetricsOptions;
import org.newsmetrics.pipeline.NewsMetricsPipeline;
import org.newsmetrics.pipeline.RunSummary;
import org.newsmetrics.pipeline.RunnerDefaults;

/** Runs a job: the job file's settings, overridden by any {@code --key=value} on the command line. */
final class RunCommand {
  static final Path DEFAULT_JOB = Path.of("pipelines", "seeds.yaml");

  private RunCommand() {}

  static int run(List<String> args, PrintStream out) {
    Arguments arguments = arguments(args);
    if ("DirectRunner".equals(arguments.named().get("runner"))) {
      // The pages are processed in this JVM: load the dictionaries while Beam builds the pipeline.
      Thread warmUp = new Thread(NewsMetricsPipeline::warmUp, "warm-up");
      warmUp.setDaemon(true);
      warmUp.start();
    }
    NewsMetricsOptions options = options(arguments);
    RunSummary summary = NewsMetricsPipeline.run(options);
    out.println(summary.format());
    return 0;
  }

  /** The options of a run: job file first, command line over it. */
  static NewsMetricsOptions options(List<String> args) {
    return options(arguments(args));
  }

  /** A run's arguments: {@code --key=value} pairs, runner defaults included, and bare flags. */
  record Arguments(Map<String, String> named, List<String> flags) {}

  static Arguments arguments(List<String> args) {
    Map<String, String> merged = new LinkedHashMap<>();
    Map<String, String> cli = new LinkedHashMap<>();
    List<String> flags = new ArrayList<>();
    Path job = null;
    for (String a : args) {
      if (!a.startsWith("--")) throw new IllegalArgumentException("unexpected argument '" + a + "'\n" + Main.usage());
      int eq = a.indexOf('=');
      if (eq < 0) {
        flags.add(a);
        continue;
      }
      String key = a.substring(2, eq);
      String value = a.substring(eq + 1);
      if (key.equals("job")) job = Path.of(value);
      else cli.put(key, value);
    }
    if (job == null && Files.exists(DEFAULT_JOB)) job = DEFAULT_JOB;
    if (job != null) {
      if (!Files.isRegularFile(job)) throw new IllegalArgumentException("no job file " + job);
      merged.putAll(JobFile.load(job).arguments());
    }
    merged.putAll(cli);
    merged.putIfAbsent("runner", "DirectRunner");
    RunnerDefaults.addTo(merged);
    return new Arguments(merged, flags);
  }

  static NewsMetricsOptions options(Arguments arguments) {
    List<String> beamArgs = new ArrayList<>(arguments.flags());
    arguments.named().forEach((k, v) -> beamArgs.add("--" + k + "=" + v));
    PipelineOptionsFactory.register(NewsMetricsOptions.class);
    return PipelineOptionsFactory.fromArgs(beamArgs.toArray(String[]::new)).withValidation().as(NewsMetricsOptions.class);
  }
}
