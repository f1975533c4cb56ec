package org.newskg.source;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Reads articles from files and directories: {@code .txt} with {@link TxtArticleReader},
 * {@code .jsonl} with {@link JsonlArticleReader} (extensions case-insensitive).
 *
 * <p>Directories are walked recursively in sorted path order, so runs are reproducible; hidden
 * files and directories (name starting with '.') are skipped, files of other types are skipped
 * and counted. A path named explicitly must exist and be a readable .txt or .jsonl file or a
 * directory, else it is a {@code problem}. Articles go to the sink as they are read; only the
 * list of file names of a directory is held.
 *
 * <p>An article longer than the limit ({@link #DEFAULT_MAX_ARTICLE_CHARS} unless given) is a
 * {@code problem}, not an article: CoreNLP's time and memory grow faster than the text, so one
 * runaway file (a whole dump on one line, a book) would otherwise stall or exhaust an ingest.
 */
public final class ArticleSources {
  /**
   * What one {@link #read} call saw.
   *
   * @param files        files read (.txt and .jsonl)
   * @param articles     articles passed to the sink
   * @param problems     problems passed to the sink
   * @param skippedFiles files in directories skipped for their extension (hidden files are not
   *                     counted)
   * @param skippedTypes the extensions of those files (".pdf"; "" for a file without one)
   */
  public record Summary(int files, int articles, int problems, int skippedFiles,
                        java.util.SortedSet<String> skippedTypes) {
    public Summary {
      skippedTypes = java.util.Collections.unmodifiableSortedSet(
          new java.util.TreeSet<>(skippedTypes));
    }

    public Summary(int files, int articles, int problems, int skippedFiles) {
      this(files, articles, problems, skippedFiles, new java.util.TreeSet<>());
    }

    /**
     * "skipped 2 files of unsupported types: .docx, .pdf", or null when none was skipped.
     */
    public String skippedMessage() {
      if (skippedFiles == 0) {
        return null;
      }
      return "skipped " + skippedFiles + (skippedFiles == 1 ? " file of an unsupported type: "
          : " files of unsupported types: ") + String.join(", ", skippedTypes.stream()
          .map(t -> t.isEmpty() ? "(no extension)" : t).toList());
    }
  }

  /**
   * The default longest article, in characters: about 16,000 words, well above a long-form
   * news feature (~10,000 words). Coreference time grows about with the square of the length:
   * measured at 62, 118 and 448 s for 25k, 50k and 100k characters (README, Reliability).
   */
  public static final int DEFAULT_MAX_ARTICLE_CHARS = 100_000;

  private final TxtArticleReader txt;
  private final JsonlArticleReader jsonl;
  private final int maxArticleChars;

  public ArticleSources() {
    this(DEFAULT_MAX_ARTICLE_CHARS);
  }

  /** @param maxArticleChars longer articles are reported as problems */
  public ArticleSources(int maxArticleChars) {
    this(new TxtArticleReader(), new JsonlArticleReader(), maxArticleChars);
  }

  public ArticleSources(TxtArticleReader txt, JsonlArticleReader jsonl) {
    this(txt, jsonl, DEFAULT_MAX_ARTICLE_CHARS);
  }

  public ArticleSources(TxtArticleReader txt, JsonlArticleReader jsonl, int maxArticleChars) {
    if (maxArticleChars < 1) {
      throw new IllegalArgumentException("the longest article must be at least 1 character");
    }
    this.txt = txt;
    this.jsonl = jsonl;
    this.maxArticleChars = maxArticleChars;
  }

  /**
   * Reads every path in order. Never throws for bad input; each missing, unreadable or
   * unsupported path is a problem and the others are still read.
   *
   * @param defaults publisher and date for articles whose input has none; null means none
   */
  public Summary read(List<Path> paths, ArticleDefaults defaults, ArticleSink sink) {
    ArticleDefaults d = defaults == null ? ArticleDefaults.NONE : defaults;
    Counting counting = new Counting(sink, maxArticleChars);
    int files = 0;
    int skipped = 0;
    java.util.SortedSet<String> skippedTypes = new java.util.TreeSet<>();
    for (Path path : paths) {
      if (Files.isDirectory(path)) {
        Listing listing = list(path, counting);
        skipped += listing.skipped;
        skippedTypes.addAll(listing.skippedTypes);
        for (Path file : listing.files) {
          files += readFile(file, d, counting) ? 1 : 0;
        }
      } else if (!Files.exists(path)) {
        counting.problem(path.toString(), "no such file or directory");
      } else if (typeOf(path) == null) {
        counting.problem(path.toString(), "unsupported file type (expected .txt or .jsonl)");
      } else {
        files += readFile(path, d, counting) ? 1 : 0;
      }
    }
    return new Summary(files, counting.articles, counting.problems, skipped, skippedTypes);
  }

  private enum Type { TXT, JSONL }

  private static Type typeOf(Path file) {
    Path name = file.getFileName();
    String n = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
    if (n.endsWith(".txt")) {
      return Type.TXT;
    }
    if (n.endsWith(".jsonl")) {
      return Type.JSONL;
    }
    return null;
  }

  private boolean readFile(Path file, ArticleDefaults defaults, ArticleSink sink) {
    if (!Files.isRegularFile(file)) {
      sink.problem(file.toString(), "not a regular file");
      return false;
    }
    if (!Files.isReadable(file)) {
      sink.problem(file.toString(), "cannot read: permission denied");
      return false;
    }
    switch (typeOf(file)) {
      case TXT -> txt.read(file, defaults, sink);
      case JSONL -> jsonl.read(file, defaults, sink);
      default -> throw new AssertionError(file);
    }
    return true;
  }

  private static final class Listing {
    final List<Path> files = new ArrayList<>();
    final java.util.SortedSet<String> skippedTypes = new java.util.TreeSet<>();
    int skipped;
  }

  private static Listing list(Path dir, ArticleSink sink) {
    Listing listing = new Listing();
    try {
      Files.walkFileTree(dir, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
          return !d.equals(dir) && isHidden(d) ? FileVisitResult.SKIP_SUBTREE
              : FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
          // links are not followed into directories (cycles), but a link to a file is read
          boolean file = attrs.isRegularFile() || (attrs.isSymbolicLink() && Files.isRegularFile(f));
          if (!file || isHidden(f)) {
            return FileVisitResult.CONTINUE;
          }
          if (typeOf(f) == null) {
            listing.skipped++;
            listing.skippedTypes.add(extension(f));
          } else {
            listing.files.add(f);
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path f, IOException e) {
          sink.problem(f.toString(), "cannot read: " + describe(e));
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      sink.problem(dir.toString(), "cannot read: " + describe(e));
    }
    Collections.sort(listing.files);
    return listing;
  }

  /** ".pdf" of "report.PDF"; "" without an extension. */
  static String extension(Path f) {
    String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
    int dot = name.lastIndexOf('.');
    return dot <= 0 ? "" : name.substring(dot);
  }

  private static boolean isHidden(Path p) {
    Path name = p.getFileName();
    return name != null && name.toString().startsWith(".");
  }

  /** A short reason for an I/O failure; the exception's own message is often just the path. */
  static String describe(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file or directory";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    String m = e.getMessage();
    return m == null ? e.getClass().getSimpleName() : m;
  }

  /** Counts what passes, for the summary, and refuses articles over the length limit. */
  private static final class Counting implements ArticleSink {
    private final ArticleSink sink;
    private final int maxArticleChars;
    int articles;
    int problems;

    Counting(ArticleSink sink, int maxArticleChars) {
      this.sink = sink;
      this.maxArticleChars = maxArticleChars;
    }

    @Override
    public void article(Article a) {
      if (a.text().length() > maxArticleChars) {
        problem(a.origin(), String.format(Locale.ROOT, "article too long (%,d characters; the "
            + "limit is %,d, set by ingest --max-article-chars)", a.text().length(),
            maxArticleChars));
        return;
      }
      articles++;
      sink.article(a);
    }

    @Override
    public void problem(String origin, String reason) {
      problems++;
      sink.problem(origin, reason);
    }
  }
}
