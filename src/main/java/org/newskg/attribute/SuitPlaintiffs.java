package org.newskg.attribute;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.newskg.extract.AnnotatedArticle;
import org.newskg.extract.Sentence;
import org.newskg.extract.Token;
import org.newskg.resolve.Actor;
import org.newskg.resolve.ArticleEntities;

/**
 * "Singer Tom Vale is suing Northlight Studios … The lawsuit said …": a lawsuit speaks for
 * whoever brings it, as a report speaks for its author. A lawsuit, suit or legal action left a
 * description once the other steps are done is by the one actor the article has bringing one:
 * the subject of "sue" (not "has been sued"), the subject of filing, bringing or launching a
 * lawsuit, the owner of one ("Ms Dorset's legal action"), or the one it is "by" or "from".
 * With two such actors, or none, the description stays. Applied after attribution, like the
 * other description steps.
 */
final class SuitPlaintiffs {
  /** Nouns for a lawsuit; "action" only with a word that makes it legal. */
  private static final Set<String> SUITS = Set.of("lawsuit", "suit", "action", "litigation");
  private static final Set<String> LEGAL = Set.of("legal", "civil", "class", "court");
  /** Verbs whose subject brings the lawsuit that is their object. */
  private static final Set<String> BRINGING = Set.of("file", "bring", "launch", "lodge",
      "begin", "start");

  private SuitPlaintiffs() {}

  static Statement resolve(AnnotatedArticle article, ArticleEntities entities, Statement s) {
    Token head = Clauses.describedHead(article, s);
    Sentence here = head == null ? null : article.sentenceAt(head.begin());
    if (here == null || !suit(here, head)) {
      return s;
    }
    Set<Actor> plaintiffs = new LinkedHashSet<>();
    for (Sentence sentence : article.sentences()) {
      for (Token t : sentence.tokens()) {
        if (article.insideQuote(t.span())) {
          continue;
        }
        String lemma = Clauses.lower(t.lemma());
        if (t.pos().startsWith("VB") && lemma.equals("sue")) {
          subjectOf(sentence, t, entities).ifPresent(plaintiffs::add);
        } else if (t.pos().startsWith("VB") && BRINGING.contains(lemma)
            && sentence.dependents(t.index()).stream()
                .anyMatch(d -> d.deprel().equals("obj") && suit(sentence, d))) {
          subjectOf(sentence, t, entities).ifPresent(plaintiffs::add);
        } else if (suit(sentence, t)) {
          for (Token d : sentence.dependents(t.index())) {
            String prep = sentence.preposition(d.index());
            if (d.deprel().equals("nmod:poss") || d.deprel().startsWith("nmod")
                && ("by".equals(prep) || "from".equals(prep))) {
              entities.actorAt(d.span()).filter(a -> !sharedSurname(entities, a, d))
                  .ifPresent(plaintiffs::add);
            }
          }
        }
      }
    }
    return plaintiffs.size() == 1
        ? s.spokenBy(plaintiffs.iterator().next(), Statement.Rule.NOMINAL) : s;
  }

  /**
   * "Ms Clarkson's legal action" where the article names Donna and Lana Clarkson: a surname
   * alone that two people of the article share names neither for sure.
   */
  private static boolean sharedSurname(ArticleEntities entities, Actor a, Token surname) {
    return a.type() == org.newskg.resolve.ActorType.PERSON && entities.actors().stream()
        .anyMatch(o -> o != a && o.type() == org.newskg.resolve.ActorType.PERSON
            && o.label().endsWith(" " + surname.word()));
  }

  /** "lawsuit", "suit", "legal action": a noun for a lawsuit. */
  private static boolean suit(Sentence s, Token t) {
    String noun = Clauses.lower(t.lemma());
    if (!t.pos().startsWith("NN") || !SUITS.contains(noun)) {
      return false;
    }
    return !noun.equals("action") || s.dependents(t.index()).stream()
        .anyMatch(d -> LEGAL.contains(Clauses.lower(d.word())));
  }

  /** The active subject of the verb, by the actor its words name. */
  private static Optional<Actor> subjectOf(Sentence s, Token verb, ArticleEntities entities) {
    return s.dependents(verb.index()).stream().filter(d -> d.deprel().equals("nsubj"))
        .findFirst().flatMap(d -> entities.actorAt(d.span()));
  }
}
