package org.newskg.extract;

import java.util.List;
import org.newskg.source.Article;

/** Everything extraction found in one article, as plain data (no CoreNLP types, no RDF). */
public record AnnotatedArticle(Article article, List<Sentence> sentences,
                               List<EntityMention> entities, List<CorefChain> chains,
                               List<Quote> quotes, List<TimeExpression> times) {
  public AnnotatedArticle {
    sentences = List.copyOf(sentences);
    entities = List.copyOf(entities);
    chains = List.copyOf(chains);
    quotes = List.copyOf(quotes);
    times = List.copyOf(times);
  }

  public int tokenCount() {
    return sentences.stream().mapToInt(s -> s.tokens().size()).sum();
  }

  public String text() {
    return article.text();
  }

  /** The sentence containing character {@code offset}, or null. */
  public Sentence sentenceAt(int offset) {
    for (Sentence s : sentences) {
      if (offset >= s.begin() && offset < s.end()) {
        return s;
      }
    }
    return null;
  }
}
