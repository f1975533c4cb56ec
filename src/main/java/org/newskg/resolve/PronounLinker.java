package org.newskg.resolve;

import java.util.Locale;
import java.util.Optional;
import org.newskg.extract.AnnotatedArticle;
import org.newskg.extract.Sentence;
import org.newskg.extract.Span;
import org.newskg.extract.Token;

/**
 * Ties each third-person pronoun outside quotes ("She called for patience") to the actor
 * {@link Antecedents} says it refers to, so that events and roles see the actor behind the
 * pronoun. This replaces CoreNLP's coreference, which newskg runs only with {@code --coref}
 * (then this pass covers the pronouns coreference left unlinked). Pronouns inside quotes are
 * left to the about-rules, which know the speaker.
 */
public final class PronounLinker {

  /** {@code entities} with the unlinked pronouns of {@code article} added to their actors. */
  public ArticleEntities link(AnnotatedArticle article, ArticleEntities entities) {
    ArticleEntities linked = entities;
    // one pass in text order: a pronoun linked here counts for the genders of later ones
    for (Sentence s : article.sentences()) {
      for (Token t : s.tokens()) {
        if (!t.pos().startsWith("PRP")) {
          continue;
        }
        Span pronoun = t.span();
        if (article.insideQuote(pronoun) || linked.actorAt(pronoun).isPresent()) {
          continue;
        }
        ArticleEntities sofar = linked;
        Optional<Actor> actor = Antecedents.reflexive(sofar, s, t)
            .or(() -> referent(article, sofar, s, t));
        if (actor.isPresent()) {
          linked = linked.withMention(actor.get(), pronoun);
        }
      }
    }
    return linked;
  }

  private static Optional<Actor> referent(AnnotatedArticle article, ArticleEntities entities,
                                          Sentence s, Token t) {
    Actor.Gender gender = Pronouns.genderOf(t.word());
    if (gender != Actor.Gender.UNKNOWN) {
      return Antecedents.describedPerson(entities, s, t, gender)
          .or(() -> Antecedents.person(article, entities, t.begin(), gender));
    }
    if (Pronouns.PLURAL.contains(t.word().toLowerCase(Locale.ROOT))) {
      return Antecedents.group(article, entities, t.begin());
    }
    return Optional.empty();
  }
}
