package org.newskg.attribute;

import com.google.common.collect.ImmutableSet;
import java.util.Set;
import org.newskg.extract.Quote;
import org.newskg.extract.Sentence;
import org.newskg.extract.Token;

/**
 * "Mr Lund also left the party saying he would …": the parser often reads the object of the
 * verb before a participle of saying as the participle's subject ("the party saying"). A
 * participle clause after a verb's object, with no comma or "with" to make that object its
 * own subject, says what the verb's subject says; only verbs of perceiving or citing someone
 * ("heard Lund saying", "quoted Lund saying") report their object's words.
 */
final class ObjectBeforeParticiple {
  /** Verbs whose object is the one seen, heard or cited saying something. */
  private static final Set<String> PERCEIVING = ImmutableSet.of("see", "hear", "watch", "show",
      "quote", "cite", "film", "record", "catch", "find", "notice", "overhear", "feature",
      "depict", "picture", "photograph", "spot", "listen");

  private ObjectBeforeParticiple() {}

  /**
   * The subject of the verb before the participle {@code verb}, when the parser gave
   * {@code subject}, that verb's object, to the participle; else {@code subject}.
   */
  static Token speaker(Sentence sentence, Token verb, Token subject, Quote quote) {
    if (subject == null || !verb.pos().equals("VBG") || verb.head() < 0
        || subject.index() != verb.index() - 1) {
      // the noun right before the participle ("footage of Ann Lee saying": Lee, not footage)
      return subject;
    }
    // the parser made the noun the participle's subject, or the participle the noun's
    // modifier ("the Alliance saying" as one phrase)
    boolean subjectOfParticiple = subject.head() == verb.index()
        && subject.deprel().startsWith("nsubj");
    // "has written to Mr Lund asking for …": the one written or spoken to is no speaker either
    boolean modified = verb.head() == subject.index() && verb.deprel().startsWith("acl")
        && (subject.deprel().equals("obj") || subject.deprel().equals("obl")
            && "to".equals(sentence.preposition(subject.index())));
    if (!subjectOfParticiple && !modified) {
      return subject;
    }
    // the first word of the noun phrase, and the word before it
    int first = subject.index();
    while (first > 0 && Clauses.hangsFrom(sentence, sentence.tokens().get(first - 1), subject, 4)) {
      first--;
    }
    if (first == 0) {
      return subject;
    }
    Token before = sentence.tokens().get(first - 1);
    // the verb the noun phrase follows, however the parser hung the participle (it makes the
    // participle a clausal subject of the reported clause's verb as often as the verb's own)
    if (!before.pos().startsWith("VB") || before.pos().equals("VBG")
        || PERCEIVING.contains(Clauses.lower(before.lemma()))) {
      return subject;
    }
    Token outer = Clauses.subjectOf(sentence, before, quote);
    return outer == null || outer.index() == subject.index() ? subject : outer;
  }
}
