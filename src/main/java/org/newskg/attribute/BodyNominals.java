package org.newskg.attribute;

import java.util.Optional;
import java.util.Set;
import org.newskg.data.WordList;
import org.newskg.extract.AnnotatedArticle;
import org.newskg.extract.Sentence;
import org.newskg.extract.Span;
import org.newskg.extract.Token;
import org.newskg.resolve.Actor;
import org.newskg.resolve.ActorType;
import org.newskg.resolve.ArticleEntities;
import org.newskg.resolve.LostSubjects;

/**
 * "The firm said", "the band said": a definite noun that news uses for an organization refers
 * back to the organization named last before it, in its paragraph or the two before (the
 * first paragraph of a news story names the organization; later ones call it "the firm").
 */
final class BodyNominals {
  static final Set<String> NOUNS = WordList.load("/attribute/body-nouns.txt");
  /** Paragraphs back that the organization may be named in. */
  private static final int REACH = 2;

  private BodyNominals() {}

  static Optional<Actor> resolve(AnnotatedArticle article, ArticleEntities entities,
                                 Sentence sentence, Token subject) {
    if (!subject.pos().equals("NN") || !NOUNS.contains(Clauses.lower(subject.lemma()))
        || !Clauses.hasDefiniteDeterminer(sentence, subject)
        || sentence.dependents(subject.index()).stream().anyMatch(d ->
            d.deprel().startsWith("compound") && d.pos().equals("NNS"))) {
      // "the supporters club said": a body of those people, not the club named before
      return Optional.empty();
    }
    // the organization last named as a clause's subject is the story's topic, which "the firm"
    // takes up ("Absa said it was close to a deal with Barclays. But the group said …" is
    // Absa); one only mentioned since then is not, unless no organization was a subject
    // … unless the article introduced exactly one of them with this very noun ("publishing
    // group Nordhavn Media … the group announced"), as news refers back to a body
    String noun = Clauses.lower(subject.lemma());
    Actor best = null;
    int bestBegin = -1;
    Actor topic = null;
    int topicBegin = -1;
    Set<Actor> introduced = new java.util.LinkedHashSet<>();
    for (Actor a : entities.actors()) {
      if (a.type() != ActorType.ORGANIZATION && !introducedAsBody(article.text(), a)) {
        continue;
      }
      for (Span m : a.names()) {
        Sentence s = article.sentenceAt(m.begin());
        if (m.end() > subject.begin() || s == null
            || s.paragraph() < sentence.paragraph() - REACH || article.insideQuote(m)) {
          continue;
        }
        if (noun.equals(wordBefore(article.text(), m))) {
          introduced.add(a);
        }
        if (m.begin() > bestBegin) {
          best = a;
          bestBegin = m.begin();
        }
        if (m.begin() > topicBegin && subjectOfClause(s, m)) {
          topic = a;
          topicBegin = m.begin();
        }
      }
    }
    if (introduced.size() == 1) {
      return Optional.of(introduced.iterator().next());
    }
    return Optional.ofNullable(topic != null ? topic : best);
  }

  /** The word right before a name, in lower case ("group" in "publishing group X"). */
  private static String wordBefore(String text, Span m) {
    String before = Clauses.lower(text.substring(Math.max(0, m.begin() - 20), m.begin()));
    java.util.regex.Matcher w = LAST_WORD.matcher(before);
    return w.find() ? w.group(1) : "";
  }

  /** The name heads the subject of a clause. */
  private static boolean subjectOfClause(Sentence s, Span name) {
    int i = s.tokenAt(name.end() - 1);
    return i >= 0 && (s.tokens().get(i).deprel().startsWith("nsubj")
        || LostSubjects.rootName(s, i));
  }

  /**
   * A name the recognizer took for a person but the article introduces with one of the nouns
   * ("Bookmaker William Hill"): an organization all the same.
   */
  private static boolean introducedAsBody(String text, Actor a) {
    for (Span m : a.names()) {
      if (NOUNS.contains(wordBefore(text, m))) {
        return true;
      }
    }
    return false;
  }

  private static final java.util.regex.Pattern LAST_WORD =
      java.util.regex.Pattern.compile("(\\p{L}+)\\s+$");
}
