package org.newskg.attribute;

import com.google.common.collect.ImmutableSet;
import java.util.Set;
import org.newskg.extract.Quote;
import org.newskg.extract.Sentence;
import org.newskg.extract.Token;

/**
 * "The virus replaces the forum with a webpage announcing that …": a participle of saying right
 * after a common noun it modifies says what that noun says, not what the sentence's subject
 * says; the main clause's subject speaks only when it put out what the noun names ("the
 * ministry issued a statement saying …", "she sent a letter warning …").
 */
final class NounBeforeParticiple {
  /** Nouns for what someone issues: its issuer is the speaker when the verb issues it. */
  private static final Set<String> ISSUED = ImmutableSet.<String>builder()
      .addAll(Animacy.DOCUMENTS).add("speech", "message", "comment", "remark", "video",
          "webpage", "page", "notice", "sign", "banner", "poster", "leaflet", "campaign",
          "petition", "blog", "update", "bulletin", "warning", "appeal", "plea", "circular",
          "announcement", "response", "reply", "text", "letter").build();
  /** Verbs by which a subject puts out what it says. */
  private static final Set<String> ISSUING = ImmutableSet.of("issue", "release", "publish",
      "post", "send", "write", "put", "make", "give", "sign", "deliver", "file", "tweet",
      "launch", "run", "take", "air", "circulate", "submit", "present", "produce", "prepare",
      "draft", "unveil", "broadcast", "pen", "share", "email", "hand", "read", "respond",
      "reply", "follow", "leave", "place", "display", "print", "upload", "record", "film",
      "add", "say", "tell", "have", "use", "carry", "distribute", "show", "include", "offer");

  private NounBeforeParticiple() {}

  /**
   * The noun right before the participle {@code verb} that modifies it, when that noun speaks;
   * null when the main clause's subject issued it, or the participle is no such modifier.
   */
  static Token speaker(Sentence sentence, Token verb, Quote quote) {
    if (!verb.pos().equals("VBG") || !verb.deprel().equals("acl") || verb.head() < 0
        || verb.head() != verb.index() - 1) {
      return null;
    }
    Token noun = sentence.tokens().get(verb.head());
    if (!noun.pos().equals("NN") && !noun.pos().equals("NNS")
        || Clauses.inside(quote.outer(), noun)) {
      return null;
    }
    if (!ISSUED.contains(Clauses.lower(noun.lemma()))) {
      return noun;
    }
    Token governor = noun;
    for (int hops = 0; hops < 4 && governor.head() >= 0; hops++) {
      governor = sentence.tokens().get(governor.head());
      if (governor.pos().startsWith("VB")) {
        return ISSUING.contains(Clauses.lower(governor.lemma())) ? null : noun;
      }
    }
    return null;
  }
}
