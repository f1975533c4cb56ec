package org.newskg.spark;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SortedSet;
import java.util.TreeSet;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.newskg.source.ArticleReaders;

/**
 * The job's input files on any Hadoop file system, in the order {@code newskg ingest} reads
 * them: the paths in the order given, each directory's files (recursively, hidden ones left
 * out) in sorted path order. Globs ({@code s3a://bucket/2025-0?/*.warc.gz}) are expanded, in
 * sorted order too.
 */
final class InputFiles {
  /** One input file and its place among all of them. */
  record InputFile(long index, String path) implements Serializable {}

  /**
   * @param files        the files to read
   * @param problems     paths that could not be read, each with a reason ("origin: reason")
   * @param skippedFiles files in directories left out for their type
   * @param skippedTypes their extensions
   */
  record Listing(List<InputFile> files, List<String[]> problems, int skippedFiles,
                 SortedSet<String> skippedTypes) {}

  private InputFiles() {}

  static Listing list(List<String> paths, Configuration conf) {
    ArticleReaders readers = ArticleReaders.standard();
    List<String> files = new ArrayList<>();
    List<String[]> problems = new ArrayList<>();
    SortedSet<String> skippedTypes = new TreeSet<>();
    int skipped = 0;
    for (String given : paths) {
      Path path = new Path(given);
      try {
        FileSystem fs = path.getFileSystem(conf);
        FileStatus[] matches = fs.globStatus(path);
        if (matches == null || matches.length == 0) {
          problems.add(new String[] {given, "no such file or directory"});
          continue;
        }
        java.util.Arrays.sort(matches);
        for (FileStatus match : matches) {
          if (match.isDirectory()) {
            List<String> inDir = new ArrayList<>();
            RemoteIterator<LocatedFileStatus> it = fs.listFiles(match.getPath(), true);
            String root = match.getPath().toString();
            while (it.hasNext()) {
              LocatedFileStatus f = it.next();
              String p = f.getPath().toString();
              if (hidden(p.substring(Math.min(p.length(), root.length())))) {
                continue;
              }
              if (supported(readers, f.getPath().getName())) {
                inDir.add(p);
              } else {
                skipped++;
                skippedTypes.add(extension(f.getPath().getName()));
              }
            }
            inDir.sort(null);
            files.addAll(inDir);
          } else if (supported(readers, match.getPath().getName())) {
            files.add(match.getPath().toString());
          } else {
            problems.add(new String[] {given, "unsupported file type (expected "
                + readers.extensions() + ")"});
          }
        }
      } catch (IOException | IllegalArgumentException e) {
        problems.add(new String[] {given, "cannot read: " + e.getMessage()});
      }
    }
    List<InputFile> indexed = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      indexed.add(new InputFile(i, files.get(i)));
    }
    return new Listing(indexed, problems, skipped, skippedTypes);
  }

  static boolean supported(ArticleReaders readers, String name) {
    return readers.forFile(java.nio.file.Path.of(name)).isPresent();
  }

  /** A path below the listed directory with a part starting with '.', as ingest skips. */
  private static boolean hidden(String relative) {
    for (String part : relative.split("/")) {
      if (part.startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  private static String extension(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    int dot = lower.lastIndexOf('.');
    return dot <= 0 ? "" : lower.substring(dot);
  }
}
