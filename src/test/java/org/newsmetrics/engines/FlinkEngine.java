package org.newsmetrics.engines;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Flink 1.19: the bundled jar carries the Flink client, so {@code java -jar} runs a job in-process
 * ({@code --flinkMaster=[local]}) or submits it to a cluster's REST address. The loopback cluster is
 * a standalone JobManager and one TaskManager, two JVMs started from Flink's Maven jars.
 */
final class FlinkEngine extends Engine {
  /** What Flink 1.19's own config.yaml passes to every Flink JVM on Java 17 (env.java.opts.all). */
  static final List<String> JAVA17_OPTS = List.of(
      "--add-exports=java.base/sun.net.util=ALL-UNNAMED",
      "--add-exports=java.rmi/sun.rmi.registry=ALL-UNNAMED",
      "--add-exports=java.security.jgss/sun.security.krb5=ALL-UNNAMED",
      "--add-opens=java.base/java.lang=ALL-UNNAMED",
      "--add-opens=java.base/java.net=ALL-UNNAMED",
      "--add-opens=java.base/java.io=ALL-UNNAMED",
      "--add-opens=java.base/java.nio=ALL-UNNAMED",
      "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
      "--add-opens=java.base/java.lang.reflect=ALL-UNNAMED",
      "--add-opens=java.base/java.text=ALL-UNNAMED",
      "--add-opens=java.base/java.time=ALL-UNNAMED",
      "--add-opens=java.base/java.util=ALL-UNNAMED",
      "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
      "--add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED",
      "--add-opens=java.base/java.util.concurrent.locks=ALL-UNNAMED");

  FlinkEngine(Path project, Path jar, Path work) {
    super(project, jar, work);
  }

  @Override
  String name() {
    return "flink";
  }

  @Override
  List<String> command(String master, List<String> args) {
    List<String> cmd = new ArrayList<>(List.of(Processes.java(), "-Xmx1g", "-jar", jar.toString()));
    cmd.addAll(args);
    return cmd;
  }

  @Override
  List<String> localRunnerArgs() {
    return List.of("--runner=FlinkRunner", "--flinkMaster=[local]", "--parallelism=2");
  }

  @Override
  String localMaster() {
    return "[local]";
  }

  @Override
  Cluster startCluster() throws IOException {
    List<Path> classpath = resolveClasspath("flink-cluster", List.of());
    Path dir = work.resolve("flink-cluster");
    Path conf = dir.resolve("conf");
    Files.createDirectories(conf);
    int rpc = Processes.freePort();
    int rest = Processes.freePort();
    int blob = Processes.freePort();
    int tmRpc = Processes.freePort();
    Map<String, String> settings = new java.util.LinkedHashMap<>();
    settings.put("jobmanager.rpc.address", "127.0.0.1");
    settings.put("jobmanager.rpc.port", Integer.toString(rpc));
    settings.put("jobmanager.bind-host", "127.0.0.1");
    settings.put("rest.address", "127.0.0.1");
    settings.put("rest.bind-address", "127.0.0.1");
    settings.put("rest.port", Integer.toString(rest));
    settings.put("blob.server.port", Integer.toString(blob));
    settings.put("taskmanager.host", "127.0.0.1");
    settings.put("taskmanager.bind-host", "127.0.0.1");
    settings.put("taskmanager.rpc.port", Integer.toString(tmRpc));
    settings.put("taskmanager.numberOfTaskSlots", "2");
    settings.put("parallelism.default", "2");
    settings.put("jobmanager.memory.process.size", "1024m");
    // The TaskManager's memory, as flink's shell scripts would have computed it.
    settings.put("taskmanager.cpu.cores", "2");
    settings.put("taskmanager.memory.framework.heap.size", "128m");
    settings.put("taskmanager.memory.task.heap.size", "1024m");
    settings.put("taskmanager.memory.framework.off-heap.size", "128m");
    settings.put("taskmanager.memory.task.off-heap.size", "64m");
    // Beam's batch translation deploys many operators at once, each blocking result partition
    // asking for sort-shuffle.min-buffers (512 by default): with Flink's defaults the job fails
    // with "Insufficient number of network buffers".
    settings.put("taskmanager.memory.network.min", "512m");
    settings.put("taskmanager.memory.network.max", "512m");
    settings.put("taskmanager.network.sort-shuffle.min-buffers", "64");
    settings.put("taskmanager.memory.managed.size", "128m");
    settings.put("taskmanager.memory.jvm-metaspace.size", "256m");
    settings.put("taskmanager.memory.jvm-overhead.min", "192m");
    settings.put("taskmanager.memory.jvm-overhead.max", "192m");
    settings.put("io.tmp.dirs", dir.resolve("tmp").toString());
    Files.createDirectories(dir.resolve("tmp"));
    Files.writeString(conf.resolve("flink-conf.yaml"), settings.entrySet().stream()
        .map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining("\n", "", "\n")), StandardCharsets.UTF_8);
    Files.writeString(conf.resolve("log4j.properties"), String.join("\n",
        "rootLogger.level = INFO",
        "rootLogger.appenderRef.console.ref = console",
        "appender.console.name = console",
        "appender.console.type = CONSOLE",
        "appender.console.layout.type = PatternLayout",
        "appender.console.layout.pattern = %d{HH:mm:ss,SSS} %-5p %c{1} - %m%n", ""), StandardCharsets.UTF_8);
    String cp = classpath.stream().map(Path::toString).collect(Collectors.joining(java.io.File.pathSeparator));

    List<Process> processes = new ArrayList<>();
    Path jmLog = dir.resolve("jobmanager.log");
    Path tmLog = dir.resolve("taskmanager.log");
    try {
      processes.add(Processes.start(daemon(cp, conf, List.of("-Xmx512m", "-Xms512m"),
          "org.apache.flink.runtime.entrypoint.StandaloneSessionClusterEntrypoint"), dir, Map.of(), jmLog));
      processes.add(Processes.start(daemon(cp, conf,
          List.of("-Xmx1152m", "-Xms1152m", "-XX:MaxDirectMemorySize=704m", "-XX:MaxMetaspaceSize=256m"),
          "org.apache.flink.runtime.taskexecutor.TaskManagerRunner"), dir, Map.of(), tmLog));
      Pattern slots = Pattern.compile("\"slots-total\"\\s*:\\s*(\\d+)");
      awaitHttp("http://127.0.0.1:" + rest + "/overview", body -> {
        Matcher m = slots.matcher(body);
        return m.find() && Integer.parseInt(m.group(1)) >= 2;
      }, Duration.ofMinutes(3), processes, List.of(jmLog, tmLog));
    } catch (RuntimeException | Error e) {
      processes.forEach(Processes::kill);
      throw e;
    }
    String master = "localhost:" + rest;
    return new Cluster() {
      @Override
      public String master() {
        return master;
      }

      @Override
      public List<String> runnerArgs() {
        return List.of("--flinkMaster=" + master);
      }

      @Override
      public void close() {
        for (int i = processes.size() - 1; i >= 0; i--) Processes.kill(processes.get(i));
      }
    };
  }

  private static List<String> daemon(String cp, Path conf, List<String> jvm, String mainClass) {
    List<String> cmd = new ArrayList<>();
    cmd.add(Processes.java());
    cmd.addAll(jvm);
    cmd.addAll(JAVA17_OPTS);
    cmd.add("-Dlog4j.configurationFile=" + conf.resolve("log4j.properties").toUri());
    cmd.addAll(List.of("-cp", cp, mainClass, "--configDir", conf.toString()));
    return cmd;
  }
}
