package org.newsmetrics.engines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The same job on the DirectRunner, on the engine's in-process mode and on a real loopback cluster
 * of the engine must write the same five tables, row for row. Run by maven-failsafe under
 * {@code -Pflink} or {@code -Pspark} ({@code mvn -B verify -Pflink}), against the bundled jar that
 * build just made, launched as README's recipes launch it.
 */
@Tag("engines")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EngineEquivalenceIT {
  static final int CORPUS_PAGES = 200;
  static final Duration RUN_TIMEOUT = Duration.ofMinutes(15);
  static final Pattern WALL = Pattern.compile("wall time: ([0-9.]+) s");

  Path project;
  Path work;
  Engine engine;
  Path corpus;
  final Map<String, TableSet> outputs = new LinkedHashMap<>();
  final List<String> timings = new ArrayList<>();

  @BeforeAll
  void setUp() throws IOException {
    String name = System.getProperty("engine.name");
    String jar = System.getProperty("engine.jar");
    if (name == null || jar == null) {
      throw new IllegalStateException("run the engine tests through Maven: mvn -B verify -Pflink (or -Pspark)");
    }
    project = Path.of("").toAbsolutePath();
    work = project.resolve("target/engines").resolve(name);
    Files.createDirectories(work);
    engine = Engine.of(name, project, Path.of(jar), work);
    assertTrue(Files.isRegularFile(engine.jar), "no bundled jar " + engine.jar + " (mvn package -P" + name + ")");
    corpus = project.resolve("target/engines/corpus"); // shared: the same source paths in both builds
    Corpus.generate(project.resolve("seeds"), corpus, CORPUS_PAGES);
  }

  @AfterAll
  void writeTimings() throws IOException {
    Path file = work.resolve("timings.tsv");
    Files.write(file, timings, StandardCharsets.UTF_8);
    System.out.println("engine test wall times (" + file + "):\n  " + String.join("\n  ", timings));
  }

  @Test
  @Order(1)
  void seedsJobWritesTheSameTablesAsTheDirectRunner() throws Exception {
    List<String> job = List.of("--job=pipelines/seeds.yaml");
    TableSet direct = run("direct-seeds", engine.localMaster(), job, List.of("--runner=DirectRunner"));
    TableSet local = run(engine.name() + "-local-seeds", engine.localMaster(), job, engine.localRunnerArgs());
    assertEquals(5, direct.count("documents"), direct.counts());
    assertTrue(direct.count("articles") > 0 && direct.count("metrics") > 0, direct.counts());
    assertSame(direct, local);
  }

  @Test
  @Order(2)
  void corpusWritesTheSameTablesAsTheDirectRunner() throws Exception {
    TableSet direct = directCorpus();
    TableSet local = run(engine.name() + "-local-corpus", engine.localMaster(), corpusArgs(), engine.localRunnerArgs());
    assertSame(direct, local);
  }

  @Test
  @Order(3)
  void corpusOnALoopbackClusterWritesTheSameTables() throws Exception {
    TableSet direct = directCorpus();
    TableSet onCluster;
    try (Engine.Cluster cluster = engine.startCluster()) {
      List<String> args = new ArrayList<>();
      args.add("--job=" + engine.clusterJob());
      args.addAll(corpusArgs());
      onCluster = run(engine.name() + "-cluster-corpus", cluster.master(), args, cluster.runnerArgs());
    }
    assertSame(direct, onCluster);
  }

  /**
   * A page over --maxPageBytes must become a documents row with status error and an errors row, on
   * every runner. Disabled: today the read stage's failure row has encoding null while
   * documents.encoding is non-nullable, so TableRows throws and the whole run fails (on every
   * runner). Re-enable when the pipeline writes read errors.
   */
  @Test
  @Order(4)
  void readErrorsBecomeErrorRowsOnEveryRunner() throws Exception {
    List<String> args = List.of("--input=" + corpus + "/gen_12*.txt", "--maxPageBytes=" + Corpus.MAX_PAGE_BYTES,
        "--jobName=read-errors");
    TableSet direct = run("direct-read-errors", engine.localMaster(), args, List.of("--runner=DirectRunner"));
    assertEquals(1, direct.count("errors"), direct.counts());
    assertSame(direct, run(engine.name() + "-local-read-errors", engine.localMaster(), args, engine.localRunnerArgs()));
  }

  /**
   * The DirectRunner's tables of the corpus. They depend only on the compiled pipeline and the
   * corpus, so the Flink and the Spark build share them (keyed by a hash of target/classes, the
   * corpus and the arguments): CI pays for the slow DirectRunner run once.
   */
  private TableSet directCorpus() throws Exception {
    TableSet t = outputs.get("direct-corpus");
    if (t != null) return t;
    List<String> runner = List.of("--runner=DirectRunner");
    Path cache = project.resolve("target/engines/direct-baseline").resolve(baselineKey(runner));
    if (Files.isDirectory(cache.resolve("documents"))) {
      t = TableSet.read(cache);
      timings.add(String.format("%-24s (reused %s)", "direct-corpus", project.relativize(cache)));
    } else {
      t = run("direct-corpus", engine.localMaster(), corpusArgs(), runner);
      Path tmp = cache.resolveSibling(cache.getFileName() + ".tmp");
      deleteRecursively(tmp);
      copyRecursively(t.folder(), tmp);
      Files.move(tmp, cache, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }
    assertEquals(CORPUS_PAGES, t.count("documents"), t.counts());
    assertTrue(t.count("metrics") > 0, t.counts());
    outputs.put("direct-corpus", t);
    return t;
  }

  private String baselineKey(List<String> runner) throws IOException {
    java.security.MessageDigest md;
    try {
      md = java.security.MessageDigest.getInstance("SHA-256");
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    for (Path root : List.of(project.resolve("target/classes"), corpus)) {
      try (Stream<Path> s = Files.walk(root)) {
        for (Path f : s.filter(Files::isRegularFile).sorted().toList()) {
          md.update(root.relativize(f).toString().getBytes(StandardCharsets.UTF_8));
          md.update(Files.readAllBytes(f));
        }
      }
    }
    md.update(String.join(" ", corpusArgs()).getBytes(StandardCharsets.UTF_8));
    md.update(String.join(" ", runner).getBytes(StandardCharsets.UTF_8));
    return java.util.HexFormat.of().formatHex(md.digest()).substring(0, 16);
  }

  private static void copyRecursively(Path from, Path to) throws IOException {
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : s.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) Files.createDirectories(target);
        else Files.copy(p, target);
      }
    }
  }

  private List<String> corpusArgs() {
    return List.of("--input=" + corpus + "/*.txt", "--jobName=corpus200");
  }

  /** Runs the jar with {@code job} and {@code runner} flags into a fresh output folder; reads the tables back. */
  private TableSet run(String name, String master, List<String> job, List<String> runner) throws Exception {
    Path out = work.resolve("out").resolve(name);
    deleteRecursively(out);
    List<String> args = new ArrayList<>(job);
    args.add("--output=" + out);
    args.addAll(runner);
    Processes.Result r = engine.run(name, master, args, RUN_TIMEOUT);
    String log = Files.readString(r.log(), StandardCharsets.UTF_8);
    assertEquals(0, r.exitCode(), name + " failed; see " + r.log() + "\n" + r.tail());
    Matcher m = WALL.matcher(log);
    String pipelineWall = m.find() ? m.group(1) : "?";
    timings.add(String.format("%-24s process %6.1f s   pipeline %6s s", name, r.wallTime().toMillis() / 1000.0, pipelineWall));
    assertNoLeftovers(out);
    TableSet tables = TableSet.read(out);
    outputs.put(name, tables);
    return tables;
  }

  private void assertSame(TableSet expected, TableSet actual) {
    assertNull(expected.differences(actual), () -> "the runs wrote different tables:\n" + expected.differences(actual));
  }

  /** A finished run leaves its tables only: no staging folder beside them, no .temp-beam inside. */
  private static void assertNoLeftovers(Path out) throws IOException {
    try (Stream<Path> s = Files.list(out.getParent())) {
      List<String> staging = s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".")).toList();
      assertTrue(staging.isEmpty(), "left behind beside " + out + ": " + staging);
    }
    try (Stream<Path> s = Files.walk(out)) {
      List<Path> temp = s.filter(p -> p.getFileName().toString().startsWith(".temp")).toList();
      assertTrue(temp.isEmpty(), "left behind in " + out + ": " + temp);
    }
  }

  private static void deleteRecursively(Path root) throws IOException {
    if (!Files.exists(root)) return;
    try (Stream<Path> walk = Files.walk(root)) {
      walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}
