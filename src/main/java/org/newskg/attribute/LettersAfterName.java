package org.newskg.attribute;

import org.newskg.extract.AnnotatedArticle;
import org.newskg.extract.Sentence;
import org.newskg.extract.Token;
import org.newskg.resolve.ActorType;
import org.newskg.resolve.Antecedents;
import org.newskg.resolve.ArticleEntities;

/**
 * "Ben Emmerson QC, representing the detainees, said", "Tory frontbencher Andrew Tyrie MP
 * said": the parser makes the letters after a name the head the name modifies, so the speaker
 * is left as the description "Ben Emmerson QC"; it is the person the name names. Applied after
 * attribution, like the other description steps, and before the steps that go on from one
 * speaker to the next ({@link LastSpeaker}).
 */
final class LettersAfterName {
  private LettersAfterName() {}

  static Statement resolve(AnnotatedArticle article, ArticleEntities entities, Statement s) {
    Token head = Clauses.describedHead(article, s);
    Sentence here = head == null ? null : article.sentenceAt(head.begin());
    if (here == null || head.index() == 0 || !Antecedents.POST_NOMINALS.contains(head.word())) {
      return s;
    }
    Token name = here.tokens().get(head.index() - 1);
    if (name.head() != head.index()) {
      return s;
    }
    return entities.actorAt(name.span()).filter(a -> a.type() == ActorType.PERSON)
        .map(a -> s.spokenBy(a, s.rule() == Statement.Rule.UNNAMED_SOURCE
            ? Statement.Rule.REPORTING_CLAUSE : s.rule())).orElse(s);
  }
}
