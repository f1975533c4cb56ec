package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.source.Article;

class AnnotationCacheTest {
  private static final String TEXT = "Maren Holt said on Monday: “We will not be rushed.”";

  private static Article article(String text, String published) {
    return new Article("a1", null, "Harbour vote", null, published, text, "test");
  }

  /** An analysis written by hand: every kind of record the cache keeps. */
  private static AnnotatedArticle annotated(Article a) {
    List<Token> tokens = List.of(
        new Token(0, 0, 5, "Maren", "Maren", "NNP", "PERSON", 1, "compound"),
        new Token(1, 6, 10, "Holt", "Holt", "NNP", "PERSON", 2, "nsubj"),
        new Token(2, 11, 15, "said", "say", "VBD", "O", -1, "root"));
    Span name = new Span(0, 10, "Maren Holt");
    Span quote = new Span(27, 51, TEXT.substring(27, 51));
    Span inner = new Span(28, 50, TEXT.substring(28, 50));
    CorefMention m = new CorefMention(name, new Span(6, 10, "Holt"), 0, "PROPER", "FEMALE",
        "SINGULAR", "ANIMATE");
    return new AnnotatedArticle(a, List.of(new Sentence(0, 0, TEXT.length(), 0, tokens)),
        List.of(new EntityMention(name, "PERSON", 0, 3)),
        List.of(new CorefChain(3, m, List.of(m))),
        List.of(new Quote(0, quote, inner, 0, 0, new CoreNlpSpeaker(name, name, "sieve"))),
        List.of(new TimeExpression(new Span(19, 25, "Monday"), 0, "DATE", "2025-04-07")));
  }

  @Test
  void givesBackWhatWasPutForTheSameTextDateAndSettings(@TempDir Path dir) throws IOException {
    Properties settings = CoreNlpModels.newsProperties(false);
    AnnotationCache cache = new AnnotationCache(dir, settings);
    Article a = article(TEXT, "2025-04-08");
    assertTrue(cache.get(a).isEmpty());
    cache.put(annotated(a));
    assertEquals(annotated(a), cache.get(a).orElseThrow());
    // another process with the same settings reads it too
    assertEquals(annotated(a), new AnnotationCache(dir, settings).get(a).orElseThrow());
    // another text, date or setting is a miss
    assertTrue(cache.get(article(TEXT + " More.", "2025-04-08")).isEmpty());
    assertTrue(cache.get(article(TEXT, "2025-04-09")).isEmpty());
    assertTrue(new AnnotationCache(dir, CoreNlpModels.newsProperties(true)).get(a).isEmpty());
  }

  @Test
  void analysesOnlyWhatIsNotCachedAndADamagedEntryAgain(@TempDir Path dir) throws IOException {
    AnnotationCache cache = new AnnotationCache(dir, CoreNlpModels.newsProperties(false));
    AtomicInteger made = new AtomicInteger();
    AtomicInteger analysed = new AtomicInteger();
    CachingExtractor extractor = new CachingExtractor(cache, () -> {
      made.incrementAndGet();
      return article -> {
        analysed.incrementAndGet();
        return annotated(article);
      };
    });
    Article a = article(TEXT, null);
    extractor.extract(a);
    extractor.extract(a);
    assertEquals(1, analysed.get());
    assertEquals(1, made.get());
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.toList()) {
        Files.writeString(f, "not gzip");
      }
    }
    assertEquals(annotated(a), extractor.extract(a));
    assertEquals(2, analysed.get());
    assertEquals(1, made.get());
  }
}
