package org.newskg.extract;

import java.util.List;

/** A coreference chain: the mentions CoreNLP found to refer to one thing, in text order. */
public record CorefChain(int id, CorefMention representative, List<CorefMention> mentions) {
  public CorefChain {
    mentions = List.copyOf(mentions);
  }
}
