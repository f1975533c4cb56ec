package org.newskg.attribute;

import org.newskg.extract.AnnotatedArticle;
import org.newskg.extract.Span;
import org.newskg.extract.Token;
import org.newskg.resolve.Actor;
import org.newskg.resolve.ActorType;
import org.newskg.resolve.ArticleEntities;

/**
 * "Detective Inspector Paul Miller of Thames Valley Police said … Police said the man wore a
 * mask": police with no name of their own (or their spokesman) are the force the article
 * names before them (the last one, when it names several), as a reader takes them; an
 * article that names no force
 * leaves them as they are. Applied once attribution is done, so the ranker's candidates stay
 * as they are.
 */
final class PoliceForce {
  private PoliceForce() {}

  static Statement resolve(AnnotatedArticle article, ArticleEntities entities, Statement s) {
    Token head = Clauses.describedHead(article, s);
    // ("a police spokesman" speaks for the force as "police" would)
    boolean spokesperson = head != null
        && Spokespeople.NOUNS.contains(Clauses.lower(head.word()))
        && Clauses.lower(s.speakerDescription()).matches("(senior )?police " + head.word());
    if (head == null || !spokesperson && (!Clauses.lower(head.word()).equals("police")
        || !Clauses.lower(s.speakerDescription()).equals("police"))) {
      return s;
    }
    Actor force = null;
    int last = -1;
    for (Actor a : entities.actors()) {
      if (a.type() != ActorType.ORGANIZATION) {
        continue;
      }
      for (Span m : a.names()) {
        if (m.end() <= head.begin() && m.begin() > last && isForce(m.text())) {
          force = a;
          last = m.begin();
        }
      }
    }
    return force == null ? s : s.spokenBy(force, Statement.Rule.NOMINAL);
  }

  /** "Thames Valley Police", "Cheshire Constabulary", "Scotland Yard". */
  private static boolean isForce(String name) {
    String lower = Clauses.lower(name);
    return lower.contains(" ") && (lower.endsWith(" police") || lower.endsWith(" constabulary")
        || lower.endsWith(" police service") || lower.endsWith(" police department"))
        || lower.equals("scotland yard");
  }
}
