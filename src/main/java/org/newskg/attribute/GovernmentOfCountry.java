package org.newskg.attribute;

import java.util.List;
import java.util.Optional;
import org.newskg.extract.AnnotatedArticle;
import org.newskg.extract.Sentence;
import org.newskg.extract.Token;
import org.newskg.resolve.Actor;
import org.newskg.resolve.ActorType;
import org.newskg.resolve.ArticleEntities;

/**
 * "Venezuela has assured foreign firms that it respects their contracts. However, the
 * government insisted …": a bare "the government" is the government of the country that is
 * the main subject right before it, earlier in its sentence or in the sentence before, when
 * the first main subject naming anyone there is that country; a person or an organization
 * there leaves it as it stands (whose government it is is then not said). Applied once
 * attribution is done, so the ranker's candidates stay as they are.
 */
final class GovernmentOfCountry {
  private GovernmentOfCountry() {}

  static Statement resolve(AnnotatedArticle article, ArticleEntities entities, Statement s) {
    if (s.speaker() != null || s.speakerMention() == null
        || !"government".equalsIgnoreCase(s.speakerDescription())) {
      return s;
    }
    Token head = Clauses.lastWordOf(article, s.speakerMention());
    Sentence here = head == null ? null : article.sentenceAt(head.begin());
    if (here == null || !Clauses.hasDefiniteDeterminer(here, head)
        || article.insideQuote(head.span())) {
      return s;
    }
    List<Sentence> sentences = article.sentences();
    int at = sentences.indexOf(here);
    for (int si = at; si >= Math.max(0, at - 1); si--) {
      Sentence before = sentences.get(si);
      if (before.paragraph() < here.paragraph() - 1) {
        break;
      }
      for (Token subject : Spokespeople.mainSubjects(before)) {
        if (si == at && subject.index() >= head.index()
            || article.insideQuote(subject.span())) {
          continue;
        }
        Optional<Actor> named = entities.actorAt(subject.span());
        if (named.isPresent()) {
          return named.get().type() == ActorType.COUNTRY
              ? s.spokenBy(named.get(), Statement.Rule.NOMINAL) : s;
        }
      }
    }
    return s;
  }
}
