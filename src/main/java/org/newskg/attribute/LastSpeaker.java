package org.newskg.attribute;

import java.util.List;
import org.newskg.extract.AnnotatedArticle;
import org.newskg.extract.Sentence;
import org.newskg.resolve.Actor;
import org.newskg.resolve.ActorType;
import org.newskg.resolve.Pronouns;

/**
 * "“…,” warned economist Andreas Ross. But he did add that …", "According to Pat Fergus, …
 * He added that …", "A spokesperson for Delta told …: “…” She added …": news goes on with the
 * person it has just quoted (for an unnamed spokesperson, the body their words were given to),
 * though a name after the verb or after "according to" is no subject for the pronoun rules to
 * follow. A "he" or "she" given to a person the sentence before does not mention, right after
 * that sentence quoted a person of its gender, is that person; statements are taken in the
 * order of the text, so a second "he added" goes on with the first. Applied after attribution,
 * so the ranker's candidates stay as they are.
 */
final class LastSpeaker {
  private LastSpeaker() {}

  /** The statements with their pronouns so resolved, in place, in the order of the text. */
  static void resolveAll(AnnotatedArticle article, List<Statement> statements) {
    List<Integer> order = Statement.inMentionOrder(statements);
    for (int i : order) {
      statements.set(i, resolve(article, statements, statements.get(i)));
    }
  }

  static Statement resolve(AnnotatedArticle article, List<Statement> attributed, Statement s) {
    if (s.rule() != Statement.Rule.PRONOUN || s.speaker() == null
        || s.speaker().type() != ActorType.PERSON || s.speakerMention() == null) {
      return s;
    }
    String word = Clauses.lower(s.speakerMention().text());
    if (!word.equals("he") && !word.equals("she")) {
      return s;
    }
    Sentence here = article.sentenceAt(s.speakerMention().begin());
    Sentence before = Clauses.beforeInParagraph(article, here);
    if (before == null || names(s.speaker(), before)
        || namesAPersonBefore(article, here, s)) {
      return s;
    }
    Actor.Gender gender = Pronouns.genderOf(word);
    Statement last = null;
    for (Statement t : attributed) {
      if (t.speaker() != null && t.speakerMention() != null
          && (t.speaker().type() == ActorType.PERSON || spokesperson(t) != null)
          && t.speakerMention().begin() >= before.begin()
          && t.speakerMention().end() <= before.end()
          && (last == null || t.speakerMention().begin() > last.speakerMention().begin())) {
        last = t;
      }
    }
    if (last == null || followsTheSubject(article, before, last)) {
      return s;
    }
    Actor.Gender lastGender = last.speaker().type() == ActorType.PERSON
        ? last.speaker().gender() : spokesperson(last);
    if (last.speaker() == s.speaker()
        || lastGender != Actor.Gender.UNKNOWN && lastGender != gender) {
      return s;
    }
    return s.spokenBy(last.speaker(), Statement.Rule.PRONOUN);
  }

  /**
   * "And he hit back at Mr Mallon's claim that …": a person or a pronoun as the main subject of
   * the sentence before, other than the last speaker's own mention there, is whom the pronoun
   * goes on with, as the pronoun rules have it.
   */
  private static boolean followsTheSubject(AnnotatedArticle article, Sentence before,
                                           Statement last) {
    for (org.newskg.extract.Token subject : Spokespeople.mainSubjects(before)) {
      boolean person = Pronouns.PERSONAL.contains(Clauses.lower(subject.word()))
          || "PERSON".equals(subject.ner())
          || subject.pos().startsWith("NN") && Animacy.ANIMATE.contains(
              Clauses.lower(subject.lemma()));
      // the subject's phrase holds the last speaker's mention ("TV star David Jason")
      boolean lastSpeaker = before.tokens().stream().anyMatch(t -> (t == subject
              || Clauses.hangsFrom(before, t, subject, 3))
          && last.speakerMention().overlaps(t.span()));
      if (person && !article.insideQuote(subject.span()) && !lastSpeaker) {
        return true;
      }
    }
    return false;
  }

  /**
   * The gender of the unnamed spokesman, spokeswoman or spokesperson whose words were given to
   * the body they speak for ("A spokesperson for Delta told …: "…" She added …"), or null when
   * the statement's words are no such person's.
   */
  private static Actor.Gender spokesperson(Statement t) {
    List<String> words = List.of(Clauses.lower(t.speakerMention().text()).split("\\s+"));
    // ("the Tory spokesman" may be one the article has named)
    String noun = words.get(0).equals("a")
        ? words.stream().filter(Spokespeople.NOUNS::contains).findFirst().orElse(null) : null;
    return noun == null ? null : noun.equals("spokeswoman") ? Actor.Gender.FEMALE
        : noun.equals("spokesman") ? Actor.Gender.MALE : Actor.Gender.UNKNOWN;
  }

  private static boolean names(Actor actor, Sentence s) {
    return actor.names().stream().anyMatch(m -> m.begin() >= s.begin() && m.end() <= s.end());
  }

  /** Another person named in the pronoun's sentence before it, whom the pronoun may follow. */
  private static boolean namesAPersonBefore(AnnotatedArticle article, Sentence here, Statement s) {
    return here.tokens().stream().anyMatch(t -> t.begin() < s.speakerMention().begin()
        && "PERSON".equals(t.ner()) && !article.insideQuote(t.span()));
  }
}
