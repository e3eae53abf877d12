package org.newsmetrics.engines;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Spark 3.5: the bundled jar leaves Spark out (provided), so it runs under spark-submit, here its
 * main class {@code org.apache.spark.deploy.SparkSubmit} on a SPARK_HOME/jars/ made of Spark's
 * Maven jars, which is what {@code bin/spark-submit} starts. The loopback cluster is a standalone
 * master and one worker (which starts the executor JVMs), from the same jars.
 */
final class SparkEngine extends Engine {
  /** The one module flag the driver needs on Java 17 (spark-submit's launcher adds Spark's full list itself). */
  static final String ADD_OPENS = "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED";

  private Path sparkHome;

  SparkEngine(Path project, Path jar, Path work) {
    super(project, jar, work);
  }

  @Override
  String name() {
    return "spark";
  }

  /** A SPARK_HOME whose jars/ links Spark's Maven jars (resolved once). */
  synchronized Path sparkHome() {
    if (sparkHome != null) return sparkHome;
    String version = System.getProperty("engine.sparkVersion", "3.5.6");
    List<Path> classpath = resolveClasspath("spark-home", List.of("-Dspark.version=" + version));
    Path home = work.resolve("spark-home");
    Path jars = home.resolve("jars");
    try {
      if (Files.exists(jars)) {
        try (var s = Files.list(jars)) {
          for (Path p : s.toList()) Files.delete(p);
        }
      }
      Files.createDirectories(jars);
      Files.createDirectories(home.resolve("conf"));
      for (Path p : classpath) Files.createSymbolicLink(jars.resolve(p.getFileName()), p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    sparkHome = home;
    return home;
  }

  @Override
  Map<String, String> environment() {
    return Map.of("SPARK_HOME", sparkHome().toString(), "SPARK_LOCAL_IP", "127.0.0.1", "SPARK_SCALA_VERSION", "2.12",
        "JAVA_HOME", System.getProperty("java.home"));
  }

  private String jarsGlob() {
    return sparkHome().resolve("jars") + "/*";
  }

  @Override
  List<String> command(String master, List<String> args) {
    List<String> cmd = new ArrayList<>(List.of(Processes.java(), "-Xmx1g", ADD_OPENS, "-cp", jarsGlob(),
        "org.apache.spark.deploy.SparkSubmit", "--master", master, "--class", "org.newsmetrics.cli.Main",
        "--conf", "spark.ui.enabled=false", "--conf", "spark.executor.memory=1g", jar.toString()));
    cmd.addAll(args);
    return cmd;
  }

  @Override
  List<String> localRunnerArgs() {
    return List.of("--runner=SparkRunner", "--sparkMaster=local[2]");
  }

  @Override
  String localMaster() {
    return "local[2]";
  }

  @Override
  Cluster startCluster() throws IOException {
    Path dir = work.resolve("spark-cluster");
    Files.createDirectories(dir.resolve("work"));
    int port = Processes.freePort();
    int masterUi = Processes.freePort();
    int workerUi = Processes.freePort();
    String master = "spark://127.0.0.1:" + port;
    Path masterLog = dir.resolve("master.log");
    Path workerLog = dir.resolve("worker.log");
    List<Process> processes = new ArrayList<>();
    try {
      processes.add(Processes.start(List.of(Processes.java(), "-Xmx512m", "-cp", jarsGlob(),
          "org.apache.spark.deploy.master.Master", "--host", "127.0.0.1", "--port", Integer.toString(port),
          "--webui-port", Integer.toString(masterUi)), dir, environment(), masterLog));
      awaitHttp("http://127.0.0.1:" + masterUi + "/json/", body -> body.contains("\"ALIVE\""), Duration.ofMinutes(2),
          processes, List.of(masterLog));
      processes.add(Processes.start(List.of(Processes.java(), "-Xmx512m", "-cp", jarsGlob(),
          "org.apache.spark.deploy.worker.Worker", "--host", "127.0.0.1", "--cores", "2", "--memory", "2g",
          "--webui-port", Integer.toString(workerUi), "--work-dir", dir.resolve("work").toString(), master),
          dir, environment(), workerLog));
      Pattern alive = Pattern.compile("\"aliveworkers\"\\s*:\\s*(\\d+)");
      awaitHttp("http://127.0.0.1:" + masterUi + "/json/", body -> {
        Matcher m = alive.matcher(body);
        return m.find() && Integer.parseInt(m.group(1)) >= 1;
      }, Duration.ofMinutes(2), processes, List.of(masterLog, workerLog));
    } catch (RuntimeException | Error e) {
      processes.forEach(Processes::kill);
      throw e;
    }
    return new Cluster() {
      @Override
      public String master() {
        return master;
      }

      @Override
      public List<String> runnerArgs() {
        // Only the job jar goes to the executors (Beam would otherwise stage the driver's whole classpath).
        return List.of("--sparkMaster=" + master, "--filesToStage=" + jar);
      }

      @Override
      public void close() {
        for (int i = processes.size() - 1; i >= 0; i--) Processes.kill(processes.get(i));
      }
    };
  }
}
