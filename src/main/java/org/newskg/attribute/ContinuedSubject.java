package org.newskg.attribute;

import java.util.ArrayList;
import java.util.List;
import org.newskg.extract.AnnotatedArticle;
import org.newskg.extract.Sentence;
import org.newskg.extract.Span;
import org.newskg.extract.Token;
import org.newskg.resolve.Actor;
import org.newskg.resolve.ActorType;
import org.newskg.resolve.Pronouns;

/**
 * "The paper said that … It also said that …": an "it" (or a "they": "The Tories said …
 * whether the Home Office would deliver them. And they pledged …") that is the subject of a
 * sentence's main clause goes on with the speaker of the sentence right before, when that
 * speaker was its main clause's subject too and is a body, however it was found ("the paper",
 * resolved to "the Observer", a name the tagger missed), rather than with the organization
 * named as a subject before it. A "he" or "she" goes on so with the person who was the
 * sentence before's main subject and speaker, past someone named only inside what that
 * sentence reported. Applied last, on the speakers the other steps gave, so the ranker's
 * candidates stay as they are.
 */
final class ContinuedSubject {
  private ContinuedSubject() {}

  /** {@code statements} with each such "it" given its predecessor's speaker, in their order. */
  static List<Statement> resolve(AnnotatedArticle article, List<Statement> statements) {
    List<Integer> order = Statement.inMentionOrder(statements);
    List<Statement> out = new ArrayList<>(statements);
    Statement before = null;
    for (int k : order) {
      Statement s = out.get(k);
      Token subject = mainSubject(article, s);
      String word = subject == null ? "" : Clauses.lower(subject.word());
      if (subject != null && before != null && (word.equals("it") || word.equals("they"))
          && s.rule() == Statement.Rule.PRONOUN && continues(article, before, s)) {
        s = before.speaker() != null ? s.spokenBy(before.speaker(), Statement.Rule.PRONOUN)
            : s.describedOnlyAs(before.speakerDescription());
        out.set(k, s);
      } else if (subject != null && before != null && (word.equals("he") || word.equals("she"))
          && s.rule() == Statement.Rule.PRONOUN && continuesPerson(article, before, s, word)) {
        s = s.spokenBy(before.speaker(), Statement.Rule.PRONOUN);
        out.set(k, s);
      }
      if (subject != null) {
        before = s;
      }
    }
    return out;
  }

  /**
   * The previous speaker was the main subject of the sentence right before {@code s}'s, a body
   * or a document, and someone else than {@code s}'s.
   */
  private static boolean continues(AnnotatedArticle article, Statement before, Statement s) {
    Sentence previous = article.sentenceAt(before.speakerMention().begin());
    Sentence here = article.sentenceAt(s.speakerMention().begin());
    if (previous == null || here == null || previous.index() != here.index() - 1
        || before.speaker() == null && before.speakerDescription() == null
        || before.speaker() != null && (before.speaker().type() == ActorType.PERSON
            || before.speaker() == s.speaker())) {
      return false;
    }
    if (before.speaker() == null) {
      // a name the tagger missed ("the Observer"), not a bare noun ("The report said … it
      // said" is the report's author's, whom the name rules may have found)
      Token head = Clauses.lastWordOf(article, before.speakerMention());
      return head != null && Character.isUpperCase(before.speakerDescription().charAt(0))
          && !Animacy.ANIMATE.contains(Clauses.lower(head.lemma()))
          && !Pronouns.PERSONAL.contains(Clauses.lower(head.word()));
    }
    return true;
  }

  /**
   * "He said Mr Lane and himself had no intention of resigning. He accused the party of …":
   * a "he" or "she" whose speaker is someone named only inside what the sentence before
   * reported goes on with that sentence's speaker, a person of its gender who was its main
   * subject, as news keeps its topic in subject position.
   */
  private static boolean continuesPerson(AnnotatedArticle article, Statement before,
                                         Statement s, String word) {
    Sentence previous = article.sentenceAt(before.speakerMention().begin());
    Sentence here = article.sentenceAt(s.speakerMention().begin());
    Actor person = before.speaker();
    if (previous == null || here == null || previous.index() != here.index() - 1
        || person == null || person.type() != ActorType.PERSON || person == s.speaker()
        || person.gender() != Actor.Gender.UNKNOWN && person.gender() != Pronouns.genderOf(word)) {
      return false;
    }
    Span reported = before.quote().inner();
    return s.speaker() != null && s.speaker().names().stream().anyMatch(reported::contains)
        && s.speaker().names().stream().noneMatch(m -> m.begin() >= previous.begin()
            && m.end() <= previous.end() && !reported.contains(m));
  }

  /** The statement's speaker mention's head, when it is its sentence's main subject; else null. */
  private static Token mainSubject(AnnotatedArticle article, Statement s) {
    Token head = Clauses.lastWordOf(article, s.speakerMention());
    Sentence sentence = head == null ? null : article.sentenceAt(head.begin());
    if (sentence == null || !head.deprel().startsWith("nsubj")
        || !DescribedAntecedent.mainClause(sentence, head)) {
      return null;
    }
    return head;
  }
}
