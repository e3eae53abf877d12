package org.newsmetrics.pipeline;

import org.apache.beam.sdk.options.Default;
import org.apache.beam.sdk.options.Description;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.options.Validation;

/** Every option of a news-metrics run; a job file's keys map onto these (see {@link JobFile}). */
public interface NewsMetricsOptions extends PipelineOptions {

  @Description("Glob of the pages to read, e.g. seeds/*.txt")
  @Validation.Required
  String getInput();

  void setInput(String value);

  @Description("Folder the tables are written to (one sub-folder per table)")
  @Validation.Required
  String getOutput();

  void setOutput(String value);

  @Description("Pages larger than this many bytes become error rows instead of being read")
  @Default.Long(64L * 1024 * 1024)
  Long getMaxPageBytes();

  void setMaxPageBytes(Long value);

  @Description("Pages with a line longer than this many characters become error rows")
  @Default.Integer(1_000_000)
  Integer getMaxLineChars();

  void setMaxLineChars(Integer value);

  @Description("Groups the pages are spread over at least: the parallelism of a run (raise it on "
      + "clusters with many workers); small corpora get fewer groups of at least 16 KiB")
  @Default.Integer(16)
  Integer getPageGroups();

  void setPageGroups(Integer value);

  @Description("Megabytes of pages per group at most: a group is processed and written in one piece, "
      + "so this bounds a worker's memory; larger corpora get more groups")
  @Default.Integer(4)
  Integer getGroupMegabytes();

  void setGroupMegabytes(Integer value);

  @Description("Seconds between progress lines (pages processed, MB/s) on long runs; 0 turns them off")
  @Default.Integer(10)
  Integer getProgressSeconds();

  void setProgressSeconds(Integer value);

  @Description("Write into a staging folder and replace the output folder only when the run succeeds")
  @Default.Boolean(true)
  Boolean getAtomicOutput();

  void setAtomicOutput(Boolean value);
}
