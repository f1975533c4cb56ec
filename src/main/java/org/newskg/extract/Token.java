package org.newskg.extract;

/**
 * One token with its analysis.
 *
 * @param index  0-based index within its sentence
 * @param begin  character offset into the article body (inclusive)
 * @param end    character offset (exclusive)
 * @param head   0-based index of the syntactic head within the sentence, -1 for the root
 * @param deprel Universal Dependencies relation to the head ("nsubj", "obj", "root"…)
 * @param ner    coarse NER tag ("PERSON", "ORGANIZATION", "O"…)
 */
public record Token(int index, int begin, int end, String word, String lemma, String pos, String ner,
                    int head, String deprel) {
  /** The token's characters as a span, with its word as the text. */
  public Span span() {
    return new Span(begin, end, word);
  }
}
