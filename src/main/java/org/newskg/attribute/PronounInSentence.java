package org.newskg.attribute;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.newskg.extract.AnnotatedArticle;
import org.newskg.extract.Sentence;
import org.newskg.extract.Span;
import org.newskg.extract.Token;
import org.newskg.resolve.Actor;
import org.newskg.resolve.ActorType;
import org.newskg.resolve.ArticleEntities;

/**
 * Pronouns the sentence before, or the pronoun's own sentence, settles once attribution is
 * done, so the ranker's candidates stay as they are:
 * <ul>
 *   <li>"Shares in drug maker Phytopharm closed down 20%, after it said …": an "it" after the
 *       one organization its own sentence names before it (outside what is reported) is that
 *       organization, not one the sentences before were about;</li>
 *   <li>"Tony Blair's official spokesman said: … He added …": a "he" or "she" given to the
 *       person whose spokesman (or other description) spoke last goes on with that description,
 *       not with its owner, unless the owner is named again in between.</li>
 * </ul>
 */
final class PronounInSentence {
  /** Paragraphs back the description's statement may be in. */
  private static final int REACH = 1;

  private PronounInSentence() {}

  /** {@code statements} with such pronouns resolved, in place, in the order of the text. */
  static void resolveAll(AnnotatedArticle article, ArticleEntities entities,
                         List<Statement> statements) {
    Statement before = null;
    for (int i : Statement.inMentionOrder(statements)) {
      Statement s = statements.get(i);
      Statement resolved = ofOwnSentence(article, entities, s);
      if (resolved == s && before != null) {
        resolved = notTheOwner(article, before, s);
      }
      statements.set(i, resolved);
      before = resolved;
    }
  }

  private static Statement ofOwnSentence(AnnotatedArticle article, ArticleEntities entities,
                                         Statement s) {
    if (s.rule() != Statement.Rule.PRONOUN
        || !Clauses.lower(s.speakerMention().text()).equals("it")) {
      return s;
    }
    Sentence here = article.sentenceAt(s.speakerMention().begin());
    if (here == null) {
      return s;
    }
    Set<Actor> named = new LinkedHashSet<>();
    // those named in a clause's subject: "Shares in Phytopharm closed down on the London Stock
    // Exchange, after it said …" is about the firm whose shares fell, not where they traded
    Set<Actor> inSubject = new LinkedHashSet<>();
    for (Actor a : entities.actors()) {
      for (Span m : a.names()) {
        if (m.begin() < here.begin() || m.end() > s.speakerMention().begin()
            || article.insideQuote(m) || s.quote().outer().contains(m)) {
          continue;
        }
        // (a country that only qualifies a name, "UK drug maker Phytopharm", is no
        // antecedent; one that is a subject leaves it open)
        int at = here.tokenAt(m.end() - 1);
        boolean subject = at >= 0 && here.tokens().get(at).deprel().startsWith("nsubj");
        if (a.type() != ActorType.COUNTRY || subject) {
          named.add(a);
          Token word = at < 0 ? null : here.tokens().get(at);
          if (word != null && here.tokens().stream().anyMatch(t -> t.deprel().startsWith("nsubj")
              && t.end() <= s.speakerMention().begin()
              && (t == word || Clauses.hangsFrom(here, word, t, 4)))) {
            inSubject.add(a);
          }
        }
      }
    }
    // (a person or a second body named there too leaves it open, as does a body's noun as a
    // subject there: "The new government, led by the Congress Party, won after it pledged")
    boolean bodySubject = here.tokens().stream().anyMatch(t -> t.end() <= s.speakerMention().begin()
        && t.deprel().startsWith("nsubj") && t.pos().equals("NN")
        && (BodyNominals.NOUNS.contains(Clauses.lower(t.lemma()))
            || DescribedBody.BODIES.contains(Clauses.lower(t.lemma()))));
    if (named.size() > 1 && inSubject.size() == 1
        && named.stream().noneMatch(a -> a.type() == ActorType.PERSON)) {
      named.retainAll(inSubject);
    }
    if (named.size() != 1 || named.iterator().next().type() != ActorType.ORGANIZATION
        || named.contains(s.speaker()) || bodySubject) {
      return s;
    }
    return s.spokenBy(named.iterator().next(), Statement.Rule.PRONOUN);
  }

  private static Statement notTheOwner(AnnotatedArticle article, Statement before,
                                       Statement s) {
    String word = Clauses.lower(s.speakerMention().text());
    Actor owner = s.speaker();
    if (s.rule() != Statement.Rule.PRONOUN || !word.equals("he") && !word.equals("she")
        || owner == null || owner.type() != ActorType.PERSON || before.speaker() != null
        || before.speakerDescription() == null) {
      return s;
    }
    Sentence here = article.sentenceAt(s.speakerMention().begin());
    Sentence there = article.sentenceAt(before.speakerMention().begin());
    if (here == null || there == null || there.paragraph() < here.paragraph() - REACH) {
      return s;
    }
    // the owner's name, with "'s", in the description's sentence before its noun
    String text = article.text();
    boolean owns = owner.names().stream().anyMatch(m -> m.begin() >= there.begin()
        && m.end() <= before.speakerMention().begin()
        && (text.startsWith("'s", m.end()) || text.startsWith("\u2019s", m.end())));
    // (named again since, "Bellamy was fined after he accused …", the pronoun is theirs)
    boolean namedSince = owner.names().stream().anyMatch(m -> m.begin()
        >= before.speakerMention().end() && m.end() <= s.speakerMention().begin()
        && !article.insideQuote(m));
    return owns && !namedSince ? s.describedOnlyAs(before.speakerDescription()) : s;
  }
}
