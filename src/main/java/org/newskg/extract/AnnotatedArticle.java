package org.newskg.extract;

import java.util.List;
import java.util.Optional;
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

  /** The 0-based paragraph of character {@code offset}, or -1 outside every sentence. */
  public int paragraphAt(int offset) {
    Sentence s = sentenceAt(offset);
    return s == null ? -1 : s.paragraph();
  }

  /** True when the name modifies a noun: "Trump" in "the Trump administration" names no one. */
  public boolean modifiesANoun(Span name) {
    Sentence s = sentenceAt(name.begin());
    if (s == null) {
      return false;
    }
    int last = s.tokenAt(name.end() - 1);
    return last >= 0 && s.tokens().get(last).deprel().equals("compound");
  }

  /** True when {@code span} lies inside the words of one of the article's quotes. */
  public boolean insideQuote(Span span) {
    // loops, not streams: the rules ask this for every mention and token
    for (Quote q : quotes) {
      if (q.inner().contains(span)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The first quote whose marks enclose characters [{@code begin}, {@code end}) (a token of the
   * quote, or one of its marks), if any: the one "inside a quote" test of the stages that also
   * count the marks.
   */
  public Optional<Quote> quoteAround(int begin, int end) {
    for (Quote q : quotes) {
      if (q.outer().begin() <= begin && end <= q.outer().end()) {
        return Optional.of(q);
      }
    }
    return Optional.empty();
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
