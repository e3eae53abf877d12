package org.newsmetrics.pipeline;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.util.ReleaseInfo;
import org.newsmetrics.tables.Table;

/**
 * {@code _manifest.json} of a finished run: the job, the versions that produced it, the input files
 * with sizes and hashes, row counts per table, and start and end times; plus the {@code _SUCCESS}
 * marker. Written into the staging folder just before it replaces the output.
 */
final class RunManifest {
  static final String FILE = "_manifest.json";
  static final String SUCCESS = "_SUCCESS";

  private RunManifest() {}

  static void write(Path folder, NewsMetricsOptions options, Map<String, Long> counters, List<InputFile> inputs,
      Instant start, Instant end) throws IOException {
    ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("job", options.getJobName());
    m.put("runner", options.getRunner().getSimpleName());
    m.put("input", options.getInput());
    m.put("output", options.getOutput());
    Map<String, Object> versions = new LinkedHashMap<>();
    versions.put("news-metrics", version());
    versions.put("beam", ReleaseInfo.getReleaseInfo().getVersion());
    versions.put("java", System.getProperty("java.version"));
    m.put("versions", versions);
    m.put("started", start.toString());
    m.put("finished", end.toString());
    Map<String, Long> rows = new LinkedHashMap<>();
    for (Table t : Table.values()) rows.put(t.folder(), counters.getOrDefault("rows_" + t.folder(), 0L));
    m.put("rows", rows);
    List<Map<String, Object>> files = new ArrayList<>();
    for (InputFile f : inputs) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("path", f.path());
      row.put("size_bytes", f.sizeBytes());
      row.put("sha256", f.sha256());
      files.add(row);
    }
    m.put("input_files", files);
    json.writeValue(folder.resolve(FILE).toFile(), m);
    Files.writeString(folder.resolve(SUCCESS), "");
  }

  static String version() {
    String v = RunManifest.class.getPackage().getImplementationVersion();
    return v == null ? "dev" : v;
  }
}
