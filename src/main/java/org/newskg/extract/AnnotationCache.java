package org.newskg.extract;

import com.google.gson.Gson;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import com.google.common.hash.Hashing;
import org.newskg.source.Article;

/**
 * CoreNLP's analysis of articles kept on disk, one gzipped JSON file per article, so that
 * evaluation and training, which read the same articles again and again, run CoreNLP once.
 * An entry is found by a hash of the article's text and date, the pipeline's settings and
 * {@link #FORMAT}: a change to any of them misses and analyses again. Safe for several threads
 * and processes (each entry is written to a temporary file and moved into place).
 */
public final class AnnotationCache {
  /** Raise when extraction's output changes for the same text and settings. */
  static final int FORMAT = 2;

  private final Path dir;
  private final String settings;
  private final Gson gson = new Gson();

  /** What an entry holds: the analysis without the article, which the caller has. */
  private record Entry(List<Sentence> sentences, List<EntityMention> entities,
                       List<CorefChain> chains, List<Quote> quotes, List<TimeExpression> times) {}

  /**
   * @param dir        where the entries live (created when missing)
   * @param properties the CoreNLP settings the entries were made with
   */
  public AnnotationCache(Path dir, Properties properties) {
    this.dir = dir;
    this.settings = new TreeMap<>(properties).toString();
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the annotation cache " + dir, e);
    }
  }

  /** The analysis of {@code article} made earlier with the same settings, if there is one. */
  public Optional<AnnotatedArticle> get(Article article) {
    Path file = fileOf(article);
    try (Reader r = new InputStreamReader(new GZIPInputStream(Files.newInputStream(file)),
        StandardCharsets.UTF_8)) {
      Entry e = gson.fromJson(r, Entry.class);
      // paragraphs are numbered, quotations of mixed marks paired and joined quotations split
      // from the text, as the extractor does them now
      List<Sentence> sentences = Paragraphs.number(article.text(), e.sentences());
      return Optional.of(new AnnotatedArticle(article, sentences, e.entities(), e.chains(),
          JoinedQuotes.split(article.text(), sentences,
              MixedQuotes.repair(article.text(), sentences, e.quotes())), e.times()));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException | RuntimeException e) {
      // a damaged entry is analysed again and overwritten
      return Optional.empty();
    }
  }

  public void put(AnnotatedArticle annotated) {
    Path file = fileOf(annotated.article());
    Entry e = new Entry(annotated.sentences(), annotated.entities(), annotated.chains(),
        annotated.quotes(), annotated.times());
    try {
      Path tmp = Files.createTempFile(dir, "entry", ".tmp");
      try (Writer w = new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(tmp)),
          StandardCharsets.UTF_8)) {
        gson.toJson(e, w);
      }
      try {
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE,
            StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException x) {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException x) {
      throw new UncheckedIOException("cannot write to the annotation cache " + dir, x);
    }
  }

  private Path fileOf(Article article) {
    String key = Hashing.sha256().newHasher()
        .putInt(FORMAT).putString(settings, StandardCharsets.UTF_8).putByte((byte) 0)
        .putString(String.valueOf(article.publishedDate()), StandardCharsets.UTF_8)
        .putByte((byte) 0).putString(article.text(), StandardCharsets.UTF_8)
        .hash().toString();
    return dir.resolve(key + ".json.gz");
  }
}
