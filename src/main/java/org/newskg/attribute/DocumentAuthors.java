package org.newskg.attribute;

import org.newskg.extract.Sentence;
import org.newskg.extract.Token;

/**
 * "The statement issued by Vessa said …", "A report by two harbour committees called for …":
 * a document that says something speaks for its author, named by "by" on the document or on
 * the participle that describes it (the parser may make that participle the verb's clausal
 * subject). A document without an author stays the subject.
 */
final class DocumentAuthors {
  private DocumentAuthors() {}

  /**
   * The author of the document {@code subject} of {@code verb} (or of the one the parser hung
   * in a clausal subject when {@code subject} is null); else {@code subject}.
   */
  static Token author(Sentence s, Token subject, Token verb) {
    Token participle = null;
    Token document = subject;
    if (document == null) {
      participle = s.dependents(verb.index()).stream().filter(t -> t.index() < verb.index()
          && t.deprel().startsWith("csubj") && t.pos().equals("VBN")).findFirst().orElse(null);
      Token p = participle;
      document = p == null ? null : s.dependents(p.index()).stream().filter(t ->
          t.deprel().startsWith("nsubj") && t.index() < p.index()).findFirst().orElse(null);
    }
    if (document == null || !document.pos().startsWith("NN") || document.pos().startsWith("NNP")
        || !Animacy.DOCUMENTS.contains(Clauses.lower(document.lemma()))) {
      return subject;
    }
    Token agent = participle == null ? null : agentOf(s, participle);
    for (Token d : s.dependents(document.index())) {
      if (agent != null) {
        break;
      }
      if (d.deprel().startsWith("nmod") && "by".equals(s.preposition(d.index()))) {
        agent = d;
      } else if (d.deprel().startsWith("acl") && d.pos().equals("VBN")) {
        agent = agentOf(s, d);
      }
    }
    return agent != null ? agent : subject != null ? subject : document;
  }

  /** The "by" phrase of a participle ("issued by Vessa"); null when none. */
  static Token agentOf(Sentence s, Token participle) {
    return s.dependents(participle.index()).stream().filter(t ->
        Clauses.baseRelation(t.deprel()).equals("obl") && "by".equals(s.preposition(t.index())))
        .findFirst().orElse(null);
  }
}
