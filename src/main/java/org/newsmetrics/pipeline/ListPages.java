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

  static List<String> list(String glob) {
    return OutputFolder.isLocal(glob) ? listLocal(glob) : listWithBeam(glob);
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

  private static List<String> listWithBeam(String glob) {
    try {
      MatchResult match = org.apache.beam.sdk.io.FileSystems.match(glob, EmptyMatchTreatment.ALLOW);
      List<String> out = new ArrayList<>();
      for (MatchResult.Metadata m : match.metadata()) out.add(m.resourceId().toString());
      out.sort(null);
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + glob, e);
    }
  }
}
