package org.newskg.attribute;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.newskg.extract.AnnotatedArticle;
import org.newskg.extract.Sentence;
import org.newskg.extract.Token;
import org.newskg.resolve.ActorType;
import org.newskg.resolve.Pronouns;

/**
 * "A spokesman for the watchdog said … The spokesman said … He added …": a definite
 * description left without a name (or a pronoun resolved to one) refers back to the speaker of
 * the nearest earlier statement whose speaker's words had the same noun ("spokesman", "firm",
 * "committee"), within two paragraphs, as a reader takes it: that statement's speaker, or its
 * fuller description; without such a statement, the words the noun was last introduced with.
 * Applied after attribution, like the other description steps, so the ranker's candidates stay
 * as they are.
 */
final class DefiniteDescriptions {
  /** Paragraphs back that the earlier statement may be in. */
  private static final int REACH = 2;
  /**
   * Nouns for someone who speaks for no one: "the source" is the same unnamed person as "a
   * Labour source", not the party the earlier statement's rule took the source for.
   */
  private static final Set<String> UNNAMED = Set.of("source", "insider");

  private DefiniteDescriptions() {}

  /** {@code statements} with each description that refers back resolved, in their order. */
  static List<Statement> resolve(AnnotatedArticle article, List<Statement> statements) {
    List<Integer> order = new ArrayList<>();
    for (int k = 0; k < statements.size(); k++) {
      order.add(k);
    }
    order.sort(Comparator.comparingInt(k -> statements.get(k).quote().outer().begin()));
    List<Statement> out = new ArrayList<>(statements);
    List<Statement> earlier = new ArrayList<>();
    for (int k : order) {
      Statement s = out.get(k);
      String noun = referringNoun(article, s);
      if (noun != null) {
        Statement antecedent = antecedent(article, s, noun, earlier);
        if (antecedent == null && RoleNominals.OFFICES.contains(noun)) {
          antecedent = introducedHolder(article, noun, earlier);
        }
        if (antecedent != null) {
          s = antecedent.speaker() == null ? s.describedAs(antecedent.speakerDescription())
              : s.spokenBy(antecedent.speaker(), Statement.Rule.NOMINAL);
          out.set(k, s);
        } else if (!RoleNominals.OFFICES.contains(noun)) {
          // an office is weighed against the people who hold it elsewhere (RoleNominals): "the
          // minister" after "the prime minister's spokesman" is not the prime minister
          String fuller = introduced(article, s, noun);
          if (fuller != null) {
            s = s.describedAs(fuller);
            out.set(k, s);
          }
        }
      }
      earlier.add(s);
    }
    return out;
  }

  /**
   * The noun, in lower case, a statement's bare description refers back with ("the
   * spokesman", or "he" resolved to it); null when it has a speaker or a fuller description.
   */
  private static String referringNoun(AnnotatedArticle article, Statement s) {
    if (s.speaker() != null || s.speakerDescription() == null || s.speakerMention() == null
        || s.speakerDescription().contains(" ")) {
      return null;
    }
    Token head = Clauses.lastWordOf(article, s.speakerMention());
    if (head == null) {
      return null;
    }
    String noun = null;
    if (Pronouns.PERSONAL.contains(Clauses.lower(head.word()))) {
      noun = Clauses.lower(s.speakerDescription());
    } else if (head.pos().equals("NN") && s.speakerDescription().equals(head.word())
        && Clauses.hasDefiniteDeterminer(article.sentenceAt(s.speakerMention().begin()), head)) {
      noun = Clauses.lower(head.lemma());
    }
    return noun == null || UNNAMED.contains(noun) ? null : noun;
  }

  /** The nearest earlier statement, within reach, whose speaker's words end with the noun. */
  private static Statement antecedent(AnnotatedArticle article, Statement s, String noun,
                                      List<Statement> earlier) {
    Sentence sentence = article.sentenceAt(s.speakerMention().begin());
    Statement found = null;
    for (Statement e : earlier) {
      if (e.speakerMention() == null || e.speakerMention().end() >= s.speakerMention().begin()
          || e.speaker() == null && (e.speakerDescription() == null
              || !e.speakerDescription().contains(" "))) {
        continue;
      }
      Sentence es = article.sentenceAt(e.speakerMention().begin());
      Token head = Clauses.lastWordOf(article, e.speakerMention());
      if (es != null && head != null && es.paragraph() >= sentence.paragraph() - REACH
          && Clauses.lower(head.lemma()).equals(noun)) {
        found = e;
      }
    }
    return found;
  }

  /**
   * "…, a Home Office minister has said. Hazel Blears said … The minister had been saying …":
   * an office farther back than the reach of {@link #antecedent} is the person an earlier
   * statement described with it and was found to be, when every such statement's speaker is
   * that one person.
   */
  private static Statement introducedHolder(AnnotatedArticle article, String noun,
                                            List<Statement> earlier) {
    Statement found = null;
    for (Statement e : earlier) {
      Token head = e.speakerMention() == null ? null
          : Clauses.lastWordOf(article, e.speakerMention());
      if (head == null || !head.pos().equals("NN") || !Clauses.lower(head.lemma()).equals(noun)) {
        continue;
      }
      if (e.speaker() == null || e.speaker().type() != ActorType.PERSON
          || found != null && found.speaker() != e.speaker()) {
        return null;
      }
      found = e;
    }
    return found;
  }

  /**
   * "A new MPs' report … The report warns": the words the noun was last introduced with before
   * the statement, outside quotations, when they say more than the noun (whose it is, what
   * kind, what it is of); null when no such mention comes before. Farther back than reach too,
   * when every such mention there says the same: news introduces a body once ("the Commons
   * home affairs committee") and calls it "the committee" paragraphs on.
   */
  private static String introduced(AnnotatedArticle article, Statement s, String noun) {
    Sentence here = article.sentenceAt(s.speakerMention().begin());
    int at = article.sentences().indexOf(here);
    Set<String> fartherBack = new java.util.LinkedHashSet<>();
    for (int si = at; si >= 0; si--) {
      Sentence sentence = article.sentences().get(si);
      boolean inReach = sentence.paragraph() >= here.paragraph() - REACH;
      List<Token> tokens = sentence.tokens();
      for (int i = tokens.size() - 1; i >= 0; i--) {
        Token t = tokens.get(i);
        if (t.end() > s.speakerMention().begin() || !t.pos().equals("NN")
            || !Clauses.lower(t.lemma()).equals(noun) || article.insideQuote(t.span())) {
          continue;
        }
        String described = Clauses.describe(sentence, t);
        if (described == null) {
          continue;
        }
        described = Clauses.withWhatItIsOf(article, Clauses.mentionAround(sentence, t),
            described);
        if (described.contains(" ") && inReach) {
          return described;
        }
        if (described.contains(" ")) {
          fartherBack.add(described);
        }
      }
    }
    // farther back, only when the article introduced the noun one way ("a report by X" and
    // "a report by Y" leave "the report" open)
    return fartherBack.size() == 1 ? fartherBack.iterator().next() : null;
  }

}
