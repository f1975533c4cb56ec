package org.newskg.attribute;

import java.util.Optional;
import org.newskg.extract.Sentence;
import org.newskg.extract.Token;
import org.newskg.resolve.Actor;
import org.newskg.resolve.ActorType;
import org.newskg.resolve.ArticleEntities;

/**
 * "US research group Pew Internet says …": a description followed by the organization's own
 * name, right before the verb, is that organization; the parser often makes the description's
 * noun the subject and hangs the name on it, and a place in the description ("US") is not
 * the speaker. Only names joined to the noun by compounds, apposition or coordination count
 * ("the head of the IMF said" is someone at the IMF, for the role rules to find).
 */
final class OrganizationBeforeVerb {
  private OrganizationBeforeVerb() {}

  static Optional<Actor> resolve(Sentence sentence, Token subject, Token verb,
                                 ArticleEntities entities) {
    if (!subject.pos().startsWith("NN") || subject.pos().startsWith("NNP")) {
      return Optional.empty();
    }
    Token last = Clauses.nameBeforeVerb(sentence, subject, verb);
    if (last == null) {
      return Optional.empty();
    }
    Token current = last;
    for (int hops = 0; hops < 10 && current.index() != subject.index(); hops++) {
      String rel = Clauses.baseRelation(current.deprel());
      if (current.head() < 0 || !(rel.equals("compound") || rel.equals("appos")
          || rel.equals("conj") || rel.equals("dep") || rel.equals("flat"))) {
        return Optional.empty();
      }
      current = sentence.tokens().get(current.head());
    }
    if (current.index() != subject.index()) {
      return Optional.empty();
    }
    return entities.actorAt(last.span()).filter(a -> a.type() == ActorType.ORGANIZATION);
  }
}
