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
 * Reads articles from files and directories, each file with the reader registered for its
 * extension in {@link ArticleReaders} (case-insensitive): {@code .txt}, {@code .jsonl},
 * {@code .html}/{@code .htm}, {@code .warc}/{@code .warc.gz}.
 *
 * <p>Directories are walked recursively in sorted path order, so runs are reproducible; hidden
 * files and directories (name starting with '.') are skipped, files of other types are skipped
 * and counted. A path named explicitly must exist and be a readable file of a known format or a
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
   * @param files          files read
   * @param articles       articles passed to the sink
   * @param problems       problems passed to the sink
   * @param skippedFiles   files in directories skipped for their extension (hidden files are
   *                       not counted)
   * @param skippedTypes   the extensions of those files (".pdf"; "" for a file without one)
   * @param skippedRecords WARC records that are not HTML pages with status 200, and pages of a
   *                       WARC with no article text
   * @param notEnglish     pages skipped for their language
   */
  public record Summary(int files, int articles, int problems, int skippedFiles,
                        java.util.SortedSet<String> skippedTypes, int skippedRecords,
                        int notEnglish) {
    public Summary {
      skippedTypes = java.util.Collections.unmodifiableSortedSet(
          new java.util.TreeSet<>(skippedTypes));
    }

    /** A summary of input with no WARC record or page skipped. */
    public Summary(int files, int articles, int problems, int skippedFiles,
                   java.util.SortedSet<String> skippedTypes) {
      this(files, articles, problems, skippedFiles, skippedTypes, 0, 0);
    }

    /** A summary of input with no file of another type skipped. */
    public Summary(int files, int articles, int problems, int skippedFiles, int skippedRecords,
                   int notEnglish) {
      this(files, articles, problems, skippedFiles, new java.util.TreeSet<>(), skippedRecords,
          notEnglish);
    }

    /** A summary of input with no file, WARC record or page skipped. */
    public Summary(int files, int articles, int problems, int skippedFiles) {
      this(files, articles, problems, skippedFiles, new java.util.TreeSet<>(), 0, 0);
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

  private final ArticleReaders readers;
  private final int maxArticleChars;

  public ArticleSources() {
    this(DEFAULT_MAX_ARTICLE_CHARS);
  }

  /** @param maxArticleChars longer articles are reported as problems */
  public ArticleSources(int maxArticleChars) {
    this(ArticleReaders.standard(), maxArticleChars);
  }

  public ArticleSources(ArticleReaders readers, int maxArticleChars) {
    if (maxArticleChars < 1) {
      throw new IllegalArgumentException("the longest article must be at least 1 character");
    }
    this.readers = readers;
    this.maxArticleChars = maxArticleChars;
  }

  /**
   * How many articles {@link #read} would give, for a progress bar: each reader's
   * {@link ArticleReader#count}, which for pages does not extract them. Paths that read
   * would report count as nothing.
   */
  public long count(List<Path> paths, ArticleDefaults defaults) {
    ArticleDefaults d = defaults == null ? ArticleDefaults.NONE : defaults;
    ArticleSink ignore = new ArticleSink() {
      @Override
      public void article(Article a) {
      }

      @Override
      public void problem(String origin, String reason) {
      }
    };
    long n = 0;
    for (Path path : paths) {
      List<Path> files = Files.isDirectory(path) ? list(path, readers, ignore).files
          : List.of(path);
      for (Path file : files) {
        if (Files.isRegularFile(file) && Files.isReadable(file)) {
          n += readers.forFile(file).map(r -> r.count(file, d)).orElse(0L);
        }
      }
    }
    return n;
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
        Listing listing = list(path, readers, counting);
        skipped += listing.skipped;
        skippedTypes.addAll(listing.skippedTypes);
        for (Path file : listing.files) {
          files += readFile(file, d, counting) ? 1 : 0;
        }
      } else if (!Files.exists(path)) {
        counting.problem(path.toString(), "no such file or directory");
      } else if (readers.forFile(path).isEmpty()) {
        counting.problem(path.toString(), "unsupported file type (expected "
            + readers.extensions() + ")");
      } else {
        files += readFile(path, d, counting) ? 1 : 0;
      }
    }
    return new Summary(files, counting.articles, counting.problems, skipped, skippedTypes,
        counting.skippedRecords, counting.notEnglish);
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
    readers.forFile(file).orElseThrow().read(file, defaults, sink);
    return true;
  }

  private static final class Listing {
    final List<Path> files = new ArrayList<>();
    final java.util.SortedSet<String> skippedTypes = new java.util.TreeSet<>();
    int skipped;
  }

  private static Listing list(Path dir, ArticleReaders readers, ArticleSink sink) {
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
          if (readers.forFile(f).isEmpty()) {
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
    int skippedRecords;
    int notEnglish;

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

    @Override
    public void skipped(String origin, SkipReason reason) {
      if (reason == SkipReason.NOT_ENGLISH) {
        notEnglish++;
      } else {
        skippedRecords++;
      }
      sink.skipped(origin, reason);
    }
  }
}
