package org.newsmetrics.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JobFileTest {
  @TempDir Path dir;

  private Path write(String yaml) throws IOException {
    Path p = dir.resolve("job.yaml");
    Files.writeString(p, yaml);
    return p;
  }

  @Test
  void theDefaultJobReadsSeedsOnTheDirectRunner() {
    JobFile job = JobFile.load(Path.of("pipelines", "seeds.yaml"));
    assertEquals("seeds/*.txt", job.arguments().get("input"));
    assertEquals("output/seeds", job.arguments().get("output"));
    assertEquals("DirectRunner", job.arguments().get("runner"));
    assertEquals("seeds", job.arguments().get("jobName"));
  }

  @Test
  void everyShippedJobIsValid() throws IOException {
    try (Stream<Path> jobs = Files.list(Path.of("pipelines"))) {
      jobs.filter(p -> p.toString().endsWith(".yaml")).forEach(JobFile::load);
    }
  }

  @Test
  void optionsBecomeBeamArguments() throws IOException {
    JobFile job = JobFile.load(write("input: a/*.txt\noutput: out\noptions:\n  targetParallelism: 4\nmaxPageBytes: 1000\n"));
    assertEquals("4", job.arguments().get("targetParallelism"));
    assertEquals("1000", job.arguments().get("maxPageBytes"));
    assertEquals("job", job.arguments().get("jobName"));
  }

  @Test
  void anUnknownKeyNamesTheKeyAndTheFile() throws IOException {
    Path p = write("input: a/*.txt\noutput: out\nouptut: typo\n");
    JobFile.InvalidJobException e = assertThrows(JobFile.InvalidJobException.class, () -> JobFile.load(p));
    assertTrue(e.getMessage().contains("'ouptut'") && e.getMessage().contains(p.toString()), e.getMessage());
  }

  @Test
  void badValuesNameTheKeyAndTheFile() throws IOException {
    for (String yaml : new String[] {
        "input: a\noutput: o\nrunner: TurboRunner\n", "input: a\noutput: o\nmaxPageBytes: -5\n",
        "input: ''\noutput: o\n", "input: a\noutput: o\natomicOutput: maybe\n", "input: a\n",
        "input: a\noutput: o\noptions: [1, 2]\n"}) {
      Path p = write(yaml);
      JobFile.InvalidJobException e = assertThrows(JobFile.InvalidJobException.class, () -> JobFile.load(p), yaml);
      assertTrue(e.getMessage().contains(p.toString()) && e.getMessage().contains("'"), e.getMessage());
    }
  }
}
