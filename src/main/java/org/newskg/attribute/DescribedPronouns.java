package org.newskg.attribute;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newskg.extract.AnnotatedArticle;
import org.newskg.extract.Sentence;
import org.newskg.extract.Span;
import org.newskg.resolve.Actor;
import org.newskg.resolve.ActorType;
import org.newskg.resolve.ArticleEntities;
import org.newskg.resolve.Pronouns;

/**
 * "The police spokesman said the newspaper handed the report over. The force's directorate is
 * investigating, he said": a pronoun that stands for a description (see
 * {@link DescribedAntecedent}) keeps that description as its speaker, while the description's
 * own statement may be named by a later step ("the police spokesman" → the force). The
 * pronoun's statement follows its antecedent's: the nearest statement before it, within
 * {@link #REACH} sentences, whose speaker was described the same way and is now a named body,
 * or whose sentence names that speaker right after the title the pronoun was given ("Shadow
 * spokesman for sport Hugh Robertson said: … He said …"). Applied last, after every step that
 * names a description.
 */
final class DescribedPronouns {
  /** Sentences back that the described antecedent may be in. */
  private static final int REACH = 2;

  private DescribedPronouns() {}

  /** Each statement's description before the description steps, by its speaker mention. */
  static Map<Span, String> descriptions(List<Statement> statements) {
    Map<Span, String> out = new HashMap<>();
    for (Statement s : statements) {
      if (s.speaker() == null && s.speakerDescription() != null && s.speakerMention() != null) {
        out.put(s.speakerMention(), s.speakerDescription());
      }
    }
    return out;
  }

  /** The statements with such pronouns resolved, in place. */
  static void resolveAll(AnnotatedArticle article, ArticleEntities entities,
                         Map<Span, String> described, List<Statement> statements) {
    List<Integer> order = Statement.inMentionOrder(statements);
    for (int k = 0; k < order.size(); k++) {
      Statement s = statements.get(order.get(k));
      if (s.speaker() != null || s.speakerDescription() == null || !byPronoun(s)) {
        continue;
      }
      Sentence here = article.sentenceAt(s.speakerMention().begin());
      if (here == null) {
        continue;
      }
      for (int j = k - 1; j >= 0; j--) {
        Statement before = statements.get(order.get(j));
        Sentence there = article.sentenceAt(before.speakerMention().begin());
        if (there == null || there.index() < here.index() - REACH) {
          break;
        }
        if (byPronoun(before)) {
          continue;
        }
        if (!s.speakerDescription().equals(described.get(before.speakerMention()))) {
          // "Shadow spokesman for sport Hugh Robertson said: … He said …": the title the
          // pronoun was given is the one whose holder that speaker's sentence names after it
          Optional<Actor> holder = before.speaker() == null ? Optional.empty()
              : NameAfterTitle.holderIn(there, s.speakerDescription(), entities);
          if (holder.isPresent() && holder.get() == before.speaker()) {
            statements.set(order.get(k), s.spokenBy(before.speaker(), Statement.Rule.PRONOUN));
            break;
          }
          continue;
        }
        // (only a body: a person a description was given may be a guess, "the home secretary"
        // as the person quoted before, which the pronoun should not repeat)
        if (before.speaker() != null && before.speaker().type() == ActorType.ORGANIZATION) {
          statements.set(order.get(k), s.spokenBy(before.speaker(), Statement.Rule.PRONOUN));
        }
        break;
      }
    }
  }

  /** The statement's speaker is a pronoun ("he", "it", "they"). */
  private static boolean byPronoun(Statement s) {
    return Pronouns.ALL.contains(Clauses.lower(s.speakerMention().text()));
  }
}
