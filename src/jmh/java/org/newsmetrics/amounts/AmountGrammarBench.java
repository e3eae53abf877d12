package org.newsmetrics.amounts;

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

/** The amount grammar over every line of the sample pages (throughput in sample passes/s). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class AmountGrammarBench {
  private List<String> lines;

  @Setup
  public void load() {
    lines = Samples.lines();
  }

  @Benchmark
  public int findAllOnSampleLines() {
    int n = 0;
    for (String line : lines) n += AmountParser.findAll(line).size();
    return n;
  }
}
