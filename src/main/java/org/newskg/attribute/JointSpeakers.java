package org.newskg.attribute;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.newskg.extract.AnnotatedArticle;
import org.newskg.extract.Sentence;
import org.newskg.extract.Token;
import org.newskg.resolve.Actor;
import org.newskg.resolve.ArticleEntities;

/**
 * "Apple and Motorola announced they were getting together", "the Conservatives and Liberal
 * Democrats say they want the advice published", "wine makers and farmers said the support was
 * too little": a subject of names or nouns joined by "and" speaks together; the ranker picks
 * one of them, and a reader takes the statement for all of theirs. The speaker becomes a
 * description in their names ("Apple and Motorola"), as {@link NamedGroup} writes a group the
 * article named, since it is no one actor. Applied after attribution, to the subject of the
 * statement's own verb of saying.
 */
final class JointSpeakers {
  private JointSpeakers() {}

  static Statement resolve(AnnotatedArticle article, ArticleEntities entities, Statement s) {
    if (s.speakerMention() == null || s.cue() == null) {
      return s;
    }
    Token head = Clauses.lastWordOf(article, s.speakerMention());
    Sentence sentence = head == null ? null : article.sentenceAt(head.begin());
    if (sentence == null || !head.deprel().startsWith("nsubj") || head.head() < 0
        || !head.pos().startsWith("NN") || article.insideQuote(head.span())
        || !Clauses.lower(sentence.tokens().get(head.head()).lemma()).equals(s.cue())) {
      return s;
    }
    List<Token> conjuncts = sentence.dependents(head.index()).stream()
        .filter(d -> d.deprel().equals("conj") && d.index() > head.index()
            && d.pos().startsWith("NN"))
        .toList();
    // joined by "and", not "or" or "but", and ending before the verb
    if (conjuncts.isEmpty() || conjuncts.stream().anyMatch(c -> c.index() > head.head()
        || sentence.dependents(c.index()).stream().filter(d -> d.deprel().equals("cc"))
            .anyMatch(d -> !Clauses.lower(d.word()).equals("and")))
        || conjuncts.stream().noneMatch(c -> sentence.dependents(c.index()).stream()
            .anyMatch(d -> d.deprel().equals("cc")))) {
      return s;
    }
    // an "and" the tagger took into a name ("Qualifications and Curriculum Authority",
    // "Ironhorse Oil and Gas") joins no one
    boolean insideName = conjuncts.stream().flatMap(c -> sentence.dependents(c.index()).stream())
        .anyMatch(d -> d.deprel().equals("cc") && d.ner() != null && !d.ner().equals("O"));
    if (insideName) {
      return s;
    }
    List<String> names = new ArrayList<>();
    names.add(nameOf(article, entities, sentence, head, s));
    for (Token c : conjuncts) {
      names.add(nameOf(article, entities, sentence, c, null));
    }
    if (names.contains(null) || names.stream().distinct().count() < names.size()) {
      return s;
    }
    String together = names.subList(0, names.size() - 1).stream()
        .collect(Collectors.joining(", ")) + " and " + names.get(names.size() - 1);
    return s.describedOnlyAs(together);
  }

  /**
   * The conjunct's actor's name, or else its words ("wine makers", "Liberal Democrats"); for the
   * first conjunct, the statement's own speaker or description where it has one.
   */
  private static String nameOf(AnnotatedArticle article, ArticleEntities entities,
                               Sentence sentence, Token conjunct, Statement s) {
    if (s != null && s.speaker() != null) {
      return s.speaker().label();
    }
    if (s != null && s.speakerDescription() != null) {
      return s.speakerDescription().replaceFirst("^(?i)(the|a|an) ", "");
    }
    if (s == null) {
      Actor named = entities.actorAt(conjunct.span()).orElse(null);
      if (named != null) {
        return named.label();
      }
    }
    // a bare singular noun the tagger names nothing is a title of the same person ("Hillary
    // Clinton and current Democratic nominee", "Kamal Nath, Commerce and Industry Minister"),
    // not someone else
    boolean determined = sentence.dependents(conjunct.index()).stream()
        .anyMatch(d -> d.deprel().equals("det") || d.deprel().equals("nmod:poss"));
    boolean tagged = conjunct.ner() != null && !conjunct.ner().equals("O");
    if (s == null && !conjunct.pos().endsWith("S") && !determined && !tagged) {
      return null;
    }
    String described = Clauses.describe(sentence, conjunct);
    if (described == null) {
      return null;
    }
    described = described.replaceFirst("^(?i)(the|a|an) ", "");
    // "RT and its defenders"
    String owner = sentence.dependents(conjunct.index()).stream()
        .filter(d -> d.deprel().equals("nmod:poss") && d.pos().equals("PRP$"))
        .map(d -> Clauses.lower(d.word())).findFirst().orElse(null);
    return owner == null ? described : owner + " " + described;
  }
}
