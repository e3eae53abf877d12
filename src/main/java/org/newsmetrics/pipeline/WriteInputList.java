package org.newsmetrics.pipeline;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.WithKeys;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PDone;

/**
 * Writes the list of input files (path, size, SHA-256) as {@code _inputs.json} into the output
 * folder; the driver folds it into {@code _manifest.json} when the run has finished.
 */
final class WriteInputList extends PTransform<PCollection<InputFile>, PDone> {
  static final String FILE = "_inputs.json";
  private final String outputDir;

  WriteInputList(String outputDir) {
    this.outputDir = outputDir.endsWith("/") ? outputDir : outputDir + "/";
  }

  @Override
  public PDone expand(PCollection<InputFile> inputs) {
    // One key: the list is small (one entry per file) and written once. An empty input still
    // gets its (empty) list through the driver's manifest, which treats a missing file as [].
    inputs.apply("KeyAll", WithKeys.of("inputs")).setCoder(KvCoder.of(StringUtf8Coder.of(), inputs.getCoder()))
        .apply("Collect", GroupByKey.create())
        .apply("Write", ParDo.of(new WriteFn(outputDir + FILE)));
    return PDone.in(inputs.getPipeline());
  }

  static final class WriteFn extends DoFn<KV<String, Iterable<InputFile>>, Void> {
    private final String path;

    WriteFn(String path) {
      this.path = path;
    }

    @ProcessElement
    public void process(@Element KV<String, Iterable<InputFile>> files) throws IOException {
      List<InputFile> sorted = new ArrayList<>();
      files.getValue().forEach(sorted::add);
      sorted.sort(Comparator.comparing(InputFile::path));
      List<Map<String, Object>> rows = new ArrayList<>();
      for (InputFile f : sorted) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("path", f.path());
        row.put("size_bytes", f.sizeBytes());
        row.put("sha256", f.sha256());
        rows.add(row);
      }
      try (OutputStream out = Channels.newOutputStream(FileSystems.create(
          FileSystems.matchNewResource(path, false), "application/json"))) {
        new ObjectMapper().writeValue(out, rows);
      }
    }
  }
}
