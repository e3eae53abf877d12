package org.newsmetrics.engines;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Every process the engine tests start goes through here: output to a log file, a bounded wait,
 * and a kill by PID (with its descendants) when it is done, timed out, or the test JVM exits.
 */
final class Processes {
  private static final Set<Process> LIVE = ConcurrentHashMap.newKeySet();

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(() -> LIVE.forEach(Processes::kill), "kill-engine-processes"));
  }

  private Processes() {}

  /** What a finished command did. */
  record Result(int exitCode, Duration wallTime, Path log) {
    String tail() {
      return Processes.tail(log, 60);
    }
  }

  /** Starts a long-running process (a cluster daemon); {@link #kill} it in a finally block. */
  static Process start(List<String> command, Path workDir, Map<String, String> env, Path log) {
    try {
      Files.createDirectories(log.getParent());
      Files.createDirectories(workDir);
      Files.writeString(log, String.join(" ", command) + "\n", StandardCharsets.UTF_8);
      // Each child in its own session (setsid execs in place: same PID), so that nothing a child
      // or its shutdown sends to its process group reaches Maven or the test JVM.
      List<String> cmd = new ArrayList<>();
      if (Files.isExecutable(Path.of("/usr/bin/setsid"))) cmd.add("/usr/bin/setsid");
      cmd.addAll(command);
      ProcessBuilder pb = new ProcessBuilder(cmd).directory(workDir.toFile())
          .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
          .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
      pb.environment().putAll(env);
      Process p = pb.start();
      LIVE.add(p);
      return p;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start " + command, e);
    }
  }

  /** Runs a command to completion within {@code timeout}; kills it if it takes longer. */
  static Result run(List<String> command, Path workDir, Map<String, String> env, Path log, Duration timeout) {
    long t0 = System.nanoTime();
    Process p = start(command, workDir, env, log);
    try {
      if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        kill(p);
        throw new AssertionError("timed out after " + timeout.toSeconds() + " s: " + String.join(" ", command)
            + "\n--- " + log + " ---\n" + tail(log, 80));
      }
      return new Result(p.exitValue(), Duration.ofNanos(System.nanoTime() - t0), log);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    } finally {
      kill(p);
    }
  }

  /** Stops a process and everything it started: SIGTERM, then SIGKILL after 10 s. */
  static void kill(Process p) {
    if (p == null) return;
    List<ProcessHandle> all = new ArrayList<>(p.descendants().toList());
    all.add(p.toHandle());
    for (ProcessHandle h : all) h.destroy();
    for (ProcessHandle h : all) {
      try {
        h.onExit().get(10, TimeUnit.SECONDS);
      } catch (Exception e) {
        h.destroyForcibly();
      }
    }
    for (ProcessHandle h : all) {
      if (h.isAlive()) {
        h.destroyForcibly();
        try {
          h.onExit().get(10, TimeUnit.SECONDS);
        } catch (Exception ignored) {
          // reported by the caller's checks, if it matters
        }
      }
    }
    LIVE.remove(p);
  }

  static String tail(Path log, int lines) {
    try {
      List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
      return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    } catch (IOException | UncheckedIOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }

  /** The java launcher of the running JVM. */
  static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /** A TCP port that was free a moment ago on 127.0.0.1. */
  static int freePort() {
    try (var s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
      s.setReuseAddress(true);
      return s.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
