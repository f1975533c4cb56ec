package org.newskg.attribute;

import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import java.util.Set;
import org.newskg.extract.AnnotatedArticle;
import org.newskg.extract.Sentence;
import org.newskg.extract.Token;
import org.newskg.resolve.Actor;
import org.newskg.resolve.Antecedents;
import org.newskg.resolve.ArticleEntities;
import org.newskg.resolve.Pronouns;

/**
 * "Mr Lund's lawyers claimed …", "her spokesman said", "the firm's team argued": people who
 * speak for someone, named by a possessive, speak for that owner, person or organization; an
 * owner the article names is the speaker (never some other organization that happens to be
 * named nearby). That is how the ranker sees them; once attribution is done, a person's
 * lawyer, agent or spokesman goes back to being described ({@link #counselOfPerson}).
 */
final class Representatives {
  /** Nouns for people speaking on someone's behalf. */
  static final Set<String> NOUNS = ImmutableSet.of("team", "lawyer", "attorney", "solicitor",
      "barrister", "counsel", "spokesman", "spokeswoman", "spokesperson", "representative",
      "aide", "agent", "camp", "campaign", "office", "publicist", "adviser", "advisor",
      "defence", "defense", "staff", "entourage");

  private Representatives() {}

  /**
   * Whom the owner of a representative noun subject names; empty when the subject is no such
   * noun, has no possessive owner, or the owner names no one the article knows.
   */
  static Optional<Actor> owner(AnnotatedArticle article, ArticleEntities entities,
                               Sentence sentence, Token subject) {
    if (!subject.pos().startsWith("NN") || subject.pos().startsWith("NNP")
        || !NOUNS.contains(Clauses.lower(subject.lemma()))) {
      return Optional.empty();
    }
    for (Token t : sentence.dependents(subject.index())) {
      if (!t.deprel().equals("nmod:poss") || t.index() > subject.index()) {
        continue;
      }
      String w = Clauses.lower(t.word());
      if (t.pos().equals("PRP$")) {
        if (Pronouns.GENDERED.contains(w)) {
          return Antecedents.person(article, entities, t.begin(), Pronouns.genderOf(t.word()));
        }
        if (w.equals("its")) {
          return Antecedents.body(article, entities, t.begin());
        }
        return Optional.empty();
      }
      return entities.actorAt(t.span());
    }
    return Optional.empty();
  }

  /** People who act or speak for a person: their words are their own, not the person's. */
  static final Set<String> COUNSEL = ImmutableSet.of("lawyer", "attorney", "solicitor",
      "barrister", "counsel", "agent", "publicist", "spokesman", "spokeswoman", "spokesperson",
      "adviser", "advisor", "aide", "team", "camp", "defence", "defense");

  /**
   * "Mr Ebbers's lawyers have said …", "Mike Tindall's agent has warned …", "Mr Elgindy's team
   * claimed …", "a spokesman for
   * Mr Prescott warned …", "her lawyers said", "according to his former adviser": a person's
   * lawyers, agent, spokesman or adviser speak in words of their own,
   * so the description stays the speaker, with the person in it ("spokesman for Mr
   * Prescott"); an organization's spokesman is the organization speaking. Applied once
   * attribution is done, to statements the person was given.
   */
  static Statement counselOfPerson(AnnotatedArticle article, Statement s) {
    if (s.speaker() == null || s.speaker().type() != org.newskg.resolve.ActorType.PERSON
        || s.speakerMention() == null) {
      return s;
    }
    Token head = Clauses.lastWordOf(article, s.speakerMention());
    Sentence sentence = head == null ? null : article.sentenceAt(head.begin());
    int first = sentence == null ? -1 : sentence.tokenAt(s.speakerMention().begin());
    if (first > 0 && head.pos().startsWith("NNP") && head.deprel().startsWith("nmod")
        && Clauses.lower(sentence.tokens().get(first - 1).word()).equals("for")
        && head.head() >= 0 && namesOnly(s)) {
      // "a spokesman for Mr Prescott warned …": the ranker took the name for the speaker
      Token counsel = sentence.tokens().get(head.head());
      String description = counsel.deprel().startsWith("nsubj") && counsel.pos().startsWith("NN")
          && !counsel.pos().startsWith("NNP") && COUNSEL.contains(Clauses.lower(counsel.lemma()))
          ? Clauses.describe(sentence, counsel) : null;
      if (description == null) {
        return s;
      }
      int from = sentence.tokens().get(ReportedClauses.firstUnder(sentence, counsel)).begin();
      int to = s.speakerMention().end();
      return s.unnamed(description + " for " + s.speakerMention().text()).mentionedAs(
          new org.newskg.extract.Span(from, to, article.text().substring(from, to)),
          description + " for " + s.speakerMention().text());
    }
    if (sentence == null || !head.pos().startsWith("NN") || head.pos().startsWith("NNP")
        || !COUNSEL.contains(Clauses.lower(head.lemma()))
        || s.speaker().names().stream().anyMatch(n -> n.overlaps(head.span()))) {
      return s;
    }
    boolean owned = sentence.dependents(head.index()).stream().anyMatch(t ->
        (t.deprel().equals("nmod:poss") && t.index() < head.index()
            || t.deprel().startsWith("nmod") && "for".equals(sentence.preposition(t.index())))
            && s.speaker().names().stream().anyMatch(n -> n.overlaps(t.span())));
    // "her lawyers", "his former adviser": the possessive the ranker followed to the person,
    // who is not named in the noun's own phrase ("her lawyer, Perry Wander, said" is the
    // lawyer)
    boolean ownedByPronoun = sentence.dependents(head.index()).stream().anyMatch(t ->
        t.deprel().equals("nmod:poss") && t.pos().equals("PRP$")
            && Pronouns.GENDERED.contains(Clauses.lower(t.word())))
        && sentence.tokens().stream().noneMatch(t -> ReportedClauses.under(sentence, t, head)
            && s.speaker().names().stream().anyMatch(n -> n.overlaps(t.span())));
    String description = owned || ownedByPronoun ? Clauses.describe(sentence, head) : null;
    if (description != null && ownedByPronoun && !description.contains(s.speaker().label())) {
      // whose they are, as "Mr Berg's lawyers" says
      description = s.speaker().label() + "'s " + description.replaceFirst("^(?i)(his|her) ", "");
    }
    return description == null ? s : s.unnamed(description);
  }

  /**
   * The mention is a name of the speaker, titled or not ("Mr Prescott"): no other word before
   * the name ("for sport Hugh Robertson" names the spokesman himself).
   */
  private static boolean namesOnly(Statement s) {
    org.newskg.extract.Span mention = s.speakerMention();
    return s.speaker().names().stream().anyMatch(n -> n.end() == mention.end()
        && n.begin() >= mention.begin() && java.util.Arrays.stream(
            mention.text().substring(0, n.begin() - mention.begin()).trim().split("\\s+"))
        .allMatch(w -> w.isEmpty() || Character.isUpperCase(w.charAt(0))));
  }
}
