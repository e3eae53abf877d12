package org.newsmetrics.text;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.newsmetrics.jmh.Samples;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Line rejoining on the sample pages' non-blank lines (one call per page). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class LineRejoinBench {
  private final List<List<String>> pages = new ArrayList<>();
  private final List<List<Boolean>> indents = new ArrayList<>();

  @Setup
  public void load() {
    for (String page : Samples.pages()) {
      List<String> lines = new ArrayList<>();
      List<Boolean> indent = new ArrayList<>();
      for (String l : page.split("\n")) {
        if (l.isBlank()) continue;
        lines.add(l.strip());
        indent.add(Character.isWhitespace(l.charAt(0)));
      }
      pages.add(lines);
      indents.add(indent);
    }
  }

  @Benchmark
  public int groupSamplePages() {
    int n = 0;
    for (int i = 0; i < pages.size(); i++) {
      n += LineRejoiner.group(pages.get(i), indents.get(i), s -> s.startsWith("本报讯"), s -> s.length() < 20).size();
    }
    return n;
  }
}
