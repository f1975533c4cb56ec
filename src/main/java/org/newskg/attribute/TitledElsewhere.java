package org.newskg.attribute;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.newskg.extract.AnnotatedArticle;
import org.newskg.extract.Sentence;
import org.newskg.extract.Span;
import org.newskg.extract.Token;
import org.newskg.resolve.Actor;
import org.newskg.resolve.ActorType;
import org.newskg.resolve.ArticleEntities;

/**
 * "The Texas attorney general said … , said Greg Abbott, Texas attorney general": a definite
 * description of one person whose very words the article gives one named person as a title,
 * before or after it ("Texas Attorney General Greg Abbott", "Greg Abbott, the Texas attorney
 * general,"), is that person. Nouns for someone news quotes unnamed ("the spokesman") are left
 * alone, and so is a description two people of the article carry. Applied after attribution,
 * like the other description steps.
 */
final class TitledElsewhere {
  private static final Set<String> UNNAMED = Set.of("spokesman", "spokeswoman",
      "spokesperson", "official", "source", "aide", "analyst", "expert");

  private TitledElsewhere() {}

  static Statement resolve(AnnotatedArticle article, ArticleEntities entities, Statement s) {
    Token head = Clauses.describedHead(article, s);
    Sentence here = head == null ? null : article.sentenceAt(head.begin());
    String noun = head == null ? "" : Clauses.lower(head.lemma());
    if (here == null || !head.pos().equals("NN") || UNNAMED.contains(noun)
        || !(Animacy.ANIMATE.contains(noun) || RoleNominals.NOUNS.contains(noun)
            || RoleNominals.OFFICES.contains(noun) || TopicNominals.EPITHETS.contains(noun))
        || !Clauses.hasDefiniteDeterminer(here, head)) {
      return s;
    }
    String words = Clauses.descriptionWords(article, here, head);
    if (words.isBlank() || words.contains(",")) {
      return s;
    }
    String text = article.text().toLowerCase(Locale.ROOT).replaceAll("\\s", " ");
    Set<Actor> titled = new LinkedHashSet<>();
    for (Actor a : entities.actors()) {
      if (a.type() != ActorType.PERSON) {
        continue;
      }
      for (Span m : a.names()) {
        if (m.overlaps(s.speakerMention()) || article.insideQuote(m)) {
          continue;
        }
        if (titledBefore(article, entities, text, words, m) || titledAfter(text, words, m)) {
          titled.add(a);
        }
      }
    }
    return titled.size() == 1
        ? s.spokenBy(titled.iterator().next(), Statement.Rule.NOMINAL) : s;
  }

  /**
   * "Texas Attorney General Greg Abbott", "Finance Minister, Greg Abbott,": the words right
   * before the name, and no word of a longer title before them ("Deputy Prime Minister",
   * "shadow chancellor"); a named place or body before them only says where the office is
   * ("Scottish Finance Minister").
   */
  private static boolean titledBefore(AnnotatedArticle article, ArticleEntities entities,
                                      String text, String words, Span name) {
    int end = name.begin() - 1;
    if (end >= 1 && text.startsWith(", ", end - 1)) {
      end--;
    }
    int begin = end - words.length();
    if (begin < 0 || !text.startsWith(words, begin)
        || text.charAt(end) != ' ' && text.charAt(end) != ','
        || begin > 0 && Character.isLetter(text.charAt(begin - 1))) {
      return false;
    }
    Sentence s = article.sentenceAt(name.begin());
    int at = s == null ? -1 : s.tokenAt(begin);
    if (at < 0) {
      return false;
    }
    Token before = at > 0 ? s.tokens().get(at - 1) : null;
    return before == null || entities.actorAt(before.span()).isPresent()
        || before.ner() != null && (DescribedLastSpeaker.PLACES.contains(before.ner())
            || before.ner().equals("MISC"))
        || !before.pos().startsWith("NN") && !before.pos().startsWith("JJ")
        && !before.pos().startsWith("VBN");
  }

  /** "Greg Abbott, Texas attorney general", "Greg Abbott, the Texas attorney general". */
  private static boolean titledAfter(String text, String words, Span name) {
    int at = name.end();
    if (!text.startsWith(", ", at)) {
      return false;
    }
    at += 2;
    if (text.startsWith("the ", at)) {
      at += 4;
    }
    int end = at + words.length();
    return text.startsWith(words, at)
        && (end == text.length() || !Character.isLetter(text.charAt(end)));
  }
}
