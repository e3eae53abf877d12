package org.newsmetrics.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.io.fs.MatchResult;

/**
 * Expands an input glob into the paths of the pages. On the local file system every matching entry
 * is listed, directories and broken links included, so that each shows up in the documents table
 * as an error instead of vanishing; other file systems (hdfs://, gs:// …) go through Beam's
 * {@link org.apache.beam.sdk.io.FileSystems#match}.
 */
final class ListPages {
  private ListPages() {}

  /** A listed page and its size in bytes (0 for what is not a readable file). */
  record Listed(String path, long size) {}

  /** The matching paths in sorted order, with their sizes. */
  static List<Listed> listSized(String glob) {
    if (!OutputFolder.isLocal(glob)) return listWithBeam(glob);
    List<Listed> out = new ArrayList<>();
    for (String p : listLocal(glob)) out.add(new Listed(p, localSize(p)));
    return out;
  }

  private static long localSize(String path) {
    try {
      Path p = Path.of(path);
      return Files.isRegularFile(p) ? Files.size(p) : 0;
    } catch (IOException | RuntimeException e) {
      return 0; // unreadable: the reading step reports it
    }
  }

  private static List<String> listLocal(String glob) {
    String pattern = glob.startsWith("file:") ? glob.substring("file:".length()) : glob;
    Path absolute = Path.of(pattern).toAbsolutePath().normalize();
    Path base = absolute;
    while (base != null && hasWildcard(base.toString())) base = base.getParent();
    if (base == null) base = absolute.getRoot();
    if (!hasWildcard(absolute.toString())) {
      return Files.exists(absolute, LinkOption.NOFOLLOW_LINKS) ? List.of(absolute.toString()) : List.of();
    }
    if (!Files.isDirectory(base)) return List.of();
    PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + absolute);
    int depth = absolute.toString().contains("**") ? Integer.MAX_VALUE : absolute.getNameCount() - base.getNameCount();
    List<String> out = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(base, depth)) {
      walk.filter(matcher::matches).forEach(p -> out.add(p.toString()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + glob, e);
    }
    out.sort(null);
    return out;
  }

  private static boolean hasWildcard(String s) {
    return s.indexOf('*') >= 0 || s.indexOf('?') >= 0 || s.indexOf('[') >= 0 || s.indexOf('{') >= 0;
  }

  private static List<Listed> listWithBeam(String glob) {
    try {
      MatchResult match = org.apache.beam.sdk.io.FileSystems.match(glob, EmptyMatchTreatment.ALLOW);
      List<Listed> out = new ArrayList<>();
      for (MatchResult.Metadata m : match.metadata()) out.add(new Listed(m.resourceId().toString(), m.sizeBytes()));
      out.sort(java.util.Comparator.comparing(Listed::path));
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + glob, e);
    }
  }
}
