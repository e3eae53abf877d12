package org.newsmetrics.engines;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * How the engine tests launch the news-metrics jar of one engine build, and start that engine's
 * loopback cluster. The jar is always started as a user would: {@code java -jar} for Flink,
 * spark-submit's main class for Spark.
 */
abstract class Engine {
  final Path project;
  final Path jar;
  final Path work;

  Engine(Path project, Path jar, Path work) {
    this.project = project;
    this.jar = jar;
    this.work = work;
  }

  static Engine of(String name, Path project, Path jar, Path work) {
    return switch (name) {
      case "flink" -> new FlinkEngine(project, jar, work);
      case "spark" -> new SparkEngine(project, jar, work);
      default -> throw new IllegalArgumentException("engine.name must be flink or spark, not '" + name + "'");
    };
  }

  abstract String name();

  /** The command that runs news-metrics with {@code args}; {@code master} is the engine's master URL. */
  abstract List<String> command(String master, List<String> args);

  Map<String, String> environment() {
    return Map.of();
  }

  /** Runner flags of the engine's in-process mode. */
  abstract List<String> localRunnerArgs();

  /** The master of the in-process mode (for spark-submit's --master). */
  abstract String localMaster();

  /** The example job file for a cluster of this engine. */
  Path clusterJob() {
    return project.resolve("pipelines").resolve(name() + "-cluster.yaml");
  }

  /** Starts a real multi-process cluster on 127.0.0.1; close it to stop every process. */
  abstract Cluster startCluster() throws IOException;

  /** A running cluster: its master URL and the flags that point a job at it. */
  interface Cluster extends AutoCloseable {
    String master();

    List<String> runnerArgs();

    @Override
    void close();
  }

  Processes.Result run(String name, String master, List<String> args, Duration timeout) {
    return Processes.run(command(master, args), project, environment(), work.resolve("logs").resolve(name + ".log"), timeout);
  }

  /**
   * The classpath of a small "distribution" pom under src/test/resources/engines/, resolved by
   * Maven from the local repository (Maven Central on the first run); cached in {@code work}.
   */
  List<Path> resolveClasspath(String distribution, List<String> mavenProps) {
    Path pom = project.resolve("src/test/resources/engines").resolve(distribution).resolve("pom.xml");
    Path out = work.resolve(distribution + ".classpath");
    try {
      if (!Files.exists(out) || Files.getLastModifiedTime(out).compareTo(Files.getLastModifiedTime(pom)) < 0) {
        String mavenHome = System.getProperty("engine.mavenHome", "");
        String mvn = mavenHome.isBlank() ? "mvn" : Path.of(mavenHome, "bin", "mvn").toString();
        List<String> cmd = new ArrayList<>(List.of(mvn, "-B", "-q", "-ntp", "-f", pom.toString(),
            "dependency:build-classpath", "-Dmdep.outputFile=" + out));
        String repo = System.getProperty("engine.localRepository", "");
        if (!repo.isBlank()) cmd.add("-Dmaven.repo.local=" + repo);
        cmd.addAll(mavenProps);
        Processes.Result r = Processes.run(cmd, project, Map.of(), work.resolve("logs").resolve(distribution + "-resolve.log"),
            Duration.ofMinutes(10));
        if (r.exitCode() != 0) throw new AssertionError("cannot resolve " + pom + "\n" + r.tail());
      }
      return Arrays.stream(Files.readString(out, StandardCharsets.UTF_8).strip().split(java.io.File.pathSeparator))
          .map(Path::of).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Polls {@code url} until its body satisfies {@code ready}, the processes die, or the time is up. */
  static void awaitHttp(String url, Predicate<String> ready, Duration timeout, List<Process> processes, List<Path> logs) {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    long deadline = System.nanoTime() + timeout.toNanos();
    String last = "(no answer)";
    while (System.nanoTime() < deadline) {
      for (Process p : processes) {
        if (!p.isAlive()) throw new AssertionError("a cluster process exited with " + p.exitValue() + logTails(logs));
      }
      try {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build(),
            HttpResponse.BodyHandlers.ofString());
        last = r.statusCode() + " " + r.body();
        if (r.statusCode() == 200 && ready.test(r.body())) return;
      } catch (IOException e) {
        last = e.toString();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted", e);
      }
      try {
        Thread.sleep(1000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted", e);
      }
    }
    throw new AssertionError("not ready after " + timeout.toSeconds() + " s: " + url + " → " + last + logTails(logs));
  }

  static String logTails(List<Path> logs) {
    StringBuilder sb = new StringBuilder();
    for (Path l : logs) sb.append("\n--- ").append(l).append(" ---\n").append(Processes.tail(l, 40));
    return sb.toString();
  }
}
