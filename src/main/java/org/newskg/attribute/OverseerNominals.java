package org.newskg.attribute;

import java.util.Set;
import java.util.regex.Pattern;
import org.newskg.extract.AnnotatedArticle;
import org.newskg.extract.Sentence;
import org.newskg.extract.Span;
import org.newskg.extract.Token;
import org.newskg.resolve.Actor;
import org.newskg.resolve.ActorType;
import org.newskg.resolve.ArticleEntities;

/**
 * "The Budget Office says … The fiscal watchdog adds …", "fined by the Shipping Authority …
 * The regulator said": news calls a public body that oversees others "the watchdog" or "the
 * regulator" once it has named it. Such a definite description, still unnamed once the other
 * rules are done, is the organization named last before it, within a few paragraphs, among
 * those whose name says they are a public body (an office, a commission, an authority, a board
 * …) or that the text introduced with the same noun ("the media watchdog, Pressfree Network").
 * A company named in between is no candidate: a firm is what a regulator oversees, not what it
 * is called.
 */
final class OverseerNominals {
  private static final Set<String> NOUNS = Set.of("watchdog", "regulator");
  /** Words whose presence in a name makes it a public body's. */
  private static final Set<String> PUBLIC_BODY = Set.of("office", "commission",
      "commissioner", "authority", "board", "agency", "council", "ombudsman", "bureau",
      "inspectorate", "directorate");
  /** Offices that are ministries, which oversee nothing as a watchdog does. */
  private static final Pattern MINISTRY = Pattern.compile(
      "(?i).*\\b(home|foreign|cabinet|scotland|scottish|wales|welsh|northern ireland|war|"
          + "colonial|india|post|patent|box) office\\b.*");
  /** Britain's regulators, named "Of-" and a short stem (Ofcom, Ofwat, Ofgem, Ofsted). */
  private static final Pattern OF_NAME = Pattern.compile("Of[a-z]{2,5}");
  /** Paragraphs back the body may be named in. */
  private static final int REACH = 3;

  private OverseerNominals() {}

  static Statement resolve(AnnotatedArticle article, ArticleEntities entities, Statement s) {
    if (s.speaker() != null || s.speakerMention() == null) {
      return s;
    }
    Token head = Clauses.lastWordOf(article, s.speakerMention());
    Sentence sentence = head == null ? null : article.sentenceAt(head.begin());
    if (sentence == null || !head.pos().equals("NN")
        || !NOUNS.contains(Clauses.lower(head.lemma()))
        || !Clauses.hasDefiniteDeterminer(sentence, head)) {
      return s;
    }
    String noun = Clauses.lower(head.lemma());
    Actor last = null;
    int lastBegin = -1;
    for (Actor a : entities.actors()) {
      if (a.type() != ActorType.ORGANIZATION
          || a.names().stream().noneMatch(n -> publicBody(n.text())
              || introducedAs(article.text(), n, noun))) {
        continue;
      }
      for (Span m : a.names()) {
        Sentence at = article.sentenceAt(m.begin());
        if (m.end() <= head.begin() && at != null
            && at.paragraph() >= sentence.paragraph() - REACH && !article.insideQuote(m)
            && m.begin() > lastBegin) {
          last = a;
          lastBegin = m.begin();
        }
      }
    }
    return last == null ? s : s.spokenBy(last, Statement.Rule.NOMINAL);
  }

  private static boolean publicBody(String name) {
    if (MINISTRY.matcher(name).matches()) {
      return false;
    }
    for (String w : name.split("[\\s-]+")) {
      if (PUBLIC_BODY.contains(Clauses.lower(w)) || OF_NAME.matcher(w).matches()) {
        return true;
      }
    }
    return false;
  }

  /** "the media watchdog, Reporters Without Borders", "regulator Ofcom": the noun right before. */
  private static boolean introducedAs(String text, Span name, String noun) {
    String before = Clauses.lower(text.substring(Math.max(0, name.begin() - 30), name.begin()));
    return before.matches("(?s).*\\b" + noun + "s?\\s*,?\\s*(the\\s+)?");
  }
}
