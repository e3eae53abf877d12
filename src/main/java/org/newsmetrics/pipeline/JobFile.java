package org.newsmetrics.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A job definition in {@code pipelines/*.yaml}: what to read, where to write, on which runner, with
 * which options. It is checked strictly before anything runs: an unknown key or a bad value stops
 * the run with a message naming the key and the file.
 *
 * <pre>
 * name: seeds                 # the job's name (defaults to the file name)
 * input: seeds/*.txt          # glob of pages
 * output: output/seeds        # folder for the tables
 * runner: DirectRunner        # DirectRunner, FlinkRunner or SparkRunner
 * maxPageBytes: 67108864      # optional limit per page
 * maxLineChars: 1000000       # optional limit per line
 * atomicOutput: true          # optional: replace the output only when the run succeeds
 * options:                    # optional: any other Beam option, passed as --key=value
 *   targetParallelism: 2
 * </pre>
 */
public record JobFile(Path path, Map<String, String> arguments) {
  static final Set<String> RUNNERS = Set.of("DirectRunner", "FlinkRunner", "SparkRunner", "PrismRunner");
  private static final List<String> KEYS =
      List.of("name", "description", "input", "output", "runner", "maxPageBytes", "maxLineChars", "atomicOutput", "options");

  /** A job file that cannot be used, with a message for the person who wrote it. */
  public static final class InvalidJobException extends RuntimeException {
    public InvalidJobException(String message) {
      super(message);
    }
  }

  /**
   * Reads and checks a job file.
   *
   * @return the job's settings as Beam arguments by option name (without the leading dashes)
   */
  public static JobFile load(Path path) {
    JsonNode root;
    try {
      root = new ObjectMapper(new YAMLFactory()).readTree(Files.readString(path));
    } catch (IOException e) {
      throw new InvalidJobException("cannot read job file " + path + ": " + e.getMessage());
    }
    if (root == null || !root.isObject()) {
      throw new InvalidJobException("job file " + path + " must be a YAML mapping of keys " + KEYS);
    }
    Map<String, String> args = new LinkedHashMap<>();
    String name = fileStem(path);
    for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String key = e.getKey();
      JsonNode v = e.getValue();
      switch (key) {
        case "name" -> name = text(path, key, v);
        case "description" -> text(path, key, v);
        case "input", "output" -> args.put(key, text(path, key, v));
        case "runner" -> {
          String runner = text(path, key, v);
          if (!RUNNERS.contains(runner)) {
            throw bad(path, key, "'" + runner + "' is not a runner; use one of " + RUNNERS);
          }
          args.put(key, runner);
        }
        case "maxPageBytes", "maxLineChars" -> {
          if (!v.canConvertToLong() || v.asLong() <= 0) throw bad(path, key, "must be a positive whole number");
          args.put(key, Long.toString(v.asLong()));
        }
        case "atomicOutput" -> {
          if (!v.isBoolean()) throw bad(path, key, "must be true or false");
          args.put(key, Boolean.toString(v.asBoolean()));
        }
        case "options" -> {
          if (!v.isObject()) throw bad(path, key, "must be a mapping of Beam option names to values");
          for (Iterator<Map.Entry<String, JsonNode>> o = v.fields(); o.hasNext(); ) {
            Map.Entry<String, JsonNode> opt = o.next();
            if (!opt.getValue().isValueNode() || opt.getValue().getNodeType() == JsonNodeType.NULL) {
              throw bad(path, "options." + opt.getKey(), "must be a single value");
            }
            args.put(opt.getKey(), opt.getValue().asText());
          }
        }
        default -> throw new InvalidJobException(
            "unknown key '" + key + "' in job file " + path + "; known keys: " + KEYS);
      }
    }
    for (String required : List.of("input", "output")) {
      if (!args.containsKey(required)) throw bad(path, required, "is required");
    }
    args.putIfAbsent("runner", "DirectRunner");
    args.putIfAbsent("jobName", name);
    return new JobFile(path, args);
  }

  private static String text(Path path, String key, JsonNode v) {
    if (v == null || !v.isTextual() || v.asText().isBlank()) throw bad(path, key, "must be a non-empty string");
    return v.asText();
  }

  private static InvalidJobException bad(Path path, String key, String why) {
    return new InvalidJobException("bad value for '" + key + "' in job file " + path + ": " + why);
  }

  private static String fileStem(Path path) {
    String n = path.getFileName().toString();
    int dot = n.lastIndexOf('.');
    return dot > 0 ? n.substring(0, dot) : n;
  }
}
