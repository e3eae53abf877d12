package org.newsmetrics.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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
    return OutputFolder.isLocal(glob) ? listLocal(glob) : listWithBeam(glob);
  }

  private static long localSize(Path p) {
    try {
      return Files.isRegularFile(p) ? Files.size(p) : 0;
    } catch (IOException | RuntimeException e) {
      return 0; // unreadable: the reading step reports it
    }
  }

  private static List<Listed> listLocal(String glob) {
    String pattern = glob.startsWith("file:") ? glob.substring("file:".length()) : glob;
    Path absolute = Path.of(pattern).toAbsolutePath().normalize();
    Path base = absolute;
    while (base != null && hasWildcard(base.toString())) base = base.getParent();
    if (base == null) base = absolute.getRoot();
    if (!hasWildcard(absolute.toString())) {
      return Files.exists(absolute, LinkOption.NOFOLLOW_LINKS)
          ? List.of(new Listed(absolute.toString(), localSize(absolute))) : List.of();
    }
    if (!Files.isDirectory(base)) return List.of();
    PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + absolute);
    int depth = absolute.toString().contains("**") ? Integer.MAX_VALUE : absolute.getNameCount() - base.getNameCount();
    List<Listed> out = new ArrayList<>();
    // the walk's own attributes give each entry's size: one stat per page, where asking for it
    // again took two more (half a second over 69 000 pages)
    try {
      Files.walkFileTree(base, Set.of(), depth, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
          if (matcher.matches(dir)) out.add(new Listed(dir.toString(), 0));
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
          if (!matcher.matches(file)) return FileVisitResult.CONTINUE;
          long size = attributes.isRegularFile() ? attributes.size() : attributes.isSymbolicLink() ? localSize(file) : 0;
          out.add(new Listed(file.toString(), size));
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + glob, e);
    }
    out.sort(java.util.Comparator.comparing(Listed::path));
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
