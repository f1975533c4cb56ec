package org.newskg.attribute;

import org.newskg.extract.Sentence;
import org.newskg.extract.Token;
import org.newskg.resolve.ActorType;
import org.newskg.resolve.ArticleEntities;

/**
 * "The statement issued by Vessa said …", "A report by two harbour committees called for …",
 * "Research from Nordbank suggests …": a document that says something speaks for its author,
 * named by "by" or "from" on the document or by "by" on the participle that describes it (the
 * parser may make that participle the verb's clausal subject). A document without an author
 * stays the subject.
 */
final class DocumentAuthors {
  private DocumentAuthors() {}

  /**
   * "those [asked in a poll] said", "the statement [issued by X] said": a past participle before
   * {@code verb} that the parser made its clausal subject; null when there is none.
   */
  static Token clausalParticiple(Sentence s, Token verb) {
    return s.dependents(verb.index()).stream().filter(t -> t.index() < verb.index()
        && t.deprel().startsWith("csubj") && t.pos().equals("VBN")).findFirst().orElse(null);
  }

  /** The subject the parser gave {@code participle}, before it: the noun it describes. */
  static Token nounBefore(Sentence s, Token participle) {
    return s.dependents(participle.index()).stream().filter(t ->
        t.deprel().startsWith("nsubj") && t.index() < participle.index()).findFirst().orElse(null);
  }

  /**
   * The author of the document {@code subject} of {@code verb} (or of the one the parser hung
   * in a clausal subject when {@code subject} is null); else {@code subject}.
   */
  static Token author(Sentence s, Token subject, Token verb, ArticleEntities entities) {
    Token participle = null;
    Token document = subject;
    if (document == null) {
      participle = clausalParticiple(s, verb);
      document = participle == null ? null : nounBefore(s, participle);
    }
    // a sentence's capitalised first word may be tagged a name ("Research from X suggests")
    boolean name = document != null && document.pos().startsWith("NNP")
        && !(document.index() == 0 && "O".equals(document.ner()));
    if (document == null || !document.pos().startsWith("NN") || name
        || !Animacy.DOCUMENTS.contains(Clauses.lower(document.lemma()))) {
      return subject;
    }
    Token agent = participle == null ? null : agentOf(s, participle);
    for (Token d : s.dependents(document.index())) {
      if (agent != null) {
        break;
      }
      String preposition = s.preposition(d.index());
      if (d.deprel().startsWith("nmod") && ("by".equals(preposition)
          || "from".equals(preposition) && !place(d, entities))) {
        agent = d;
      } else if (d.deprel().startsWith("acl") && d.pos().equals("VBN")) {
        agent = agentOf(s, d);
      }
    }
    return agent != null ? agent : subject != null ? subject : document;
  }

  /**
   * "Reports from Russia": where a document comes from, not who wrote it (a town's name may be
   * a firm's, "research from Halifax": the article's actor for it decides).
   */
  private static boolean place(Token t, ArticleEntities entities) {
    return entities.actorAt(t.span()).filter(a -> a.type() == ActorType.COUNTRY).isPresent();
  }

  /** The "by" phrase of a participle ("issued by Vessa"); null when none. */
  static Token agentOf(Sentence s, Token participle) {
    return s.dependents(participle.index()).stream().filter(t ->
        Clauses.baseRelation(t.deprel()).equals("obl") && "by".equals(s.preposition(t.index())))
        .findFirst().orElse(null);
  }
}
