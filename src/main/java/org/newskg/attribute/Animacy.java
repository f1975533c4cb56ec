package org.newskg.attribute;

import com.google.common.collect.ImmutableSet;
import java.util.Set;
import org.newskg.data.WordList;

/**
 * Whether a described speaker's head noun can speak: "footage", "the speech", "his right foot"
 * or "a famous story" cannot, though the parser makes them the subject of a verb of saying.
 * The nouns come from the animacy lists CoreNLP's coreference ships (Bergsma and Lin's
 * web-scale counts): a noun on the inanimate list and not on the animate one is no speaker,
 * unless it names an organization ({@code body-nouns.txt}) or a body that speaks as one
 * ({@code speaking-bodies.txt}). Documents ("the report said") stay: news quotes them.
 */
final class Animacy {
  private static final String LISTS = "/edu/stanford/nlp/models/dcoref/";
  static final Set<String> DOCUMENTS = ImmutableSet.of("report", "study", "document",
      "statement", "letter", "memo", "survey", "poll", "analysis", "audit", "review", "paper",
      "filing", "lawsuit", "complaint", "indictment", "release", "note", "email", "ad",
      "advertisement", "post", "tweet", "website", "article", "editorial", "book", "research");
  /** Nouns for people and other beings (CoreNLP's animate list). */
  static final Set<String> ANIMATE = WordList.load(LISTS + "animate.unigrams.txt");

  private final Set<String> inanimate;
  private final Set<String> speaking;

  Animacy() {
    this.speaking = ImmutableSet.<String>builder()
        .addAll(WordList.load("/attribute/body-nouns.txt"))
        .addAll(WordList.load("/attribute/speaking-bodies.txt")).addAll(DOCUMENTS).build();
    ImmutableSet.Builder<String> out = ImmutableSet.builder();
    for (String w : WordList.load(LISTS + "inanimate.unigrams.txt")) {
      if (!ANIMATE.contains(w) && !speaking.contains(w)) {
        out.add(w);
      }
    }
    this.inanimate = out.build();
  }

  /** True when the noun (a lemma) names people, a body of them or a document that speaks. */
  boolean namesSpeakers(String lemma) {
    String w = Clauses.lower(lemma);
    return ANIMATE.contains(w) || speaking.contains(w);
  }

  /** True when CoreNLP's lists or ours know the noun (a lower-case word or lemma) at all. */
  boolean knows(String noun) {
    String w = Clauses.lower(noun);
    return ANIMATE.contains(w) || speaking.contains(w) || inanimate.contains(w);
  }

  /** True when the noun (word or lemma, any case) cannot be a speaker. */
  boolean cannotSpeak(String word, String lemma) {
    return inanimate.contains(Clauses.lower(word)) && inanimate.contains(Clauses.lower(lemma));
  }
}
