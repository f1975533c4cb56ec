package org.newskg.attribute;

import java.util.List;
import java.util.Set;
import org.newskg.extract.AnnotatedArticle;
import org.newskg.extract.Sentence;
import org.newskg.extract.Token;

/**
 * "The coach said he had unfinished business with the club, who are fourth in the league": a
 * past verb of saying shifts what it reports into the past, so a relative clause set off by a
 * comma at the end of a backshifted content, itself in the present, is told in the writer's
 * own time: it is the writer's background on the noun, not what was said. A relative clause
 * with a personal pronoun as its subject ("the mayor, whom he considers a friend") voices someone
 * of the story and stays.
 */
final class NarratorsRelative {
  private static final Set<String> RELATIVES = Set.of("who", "whom", "whose", "which", "where");
  /** Modals that carry a reported future or possibility into the past. */
  private static final Set<String> PAST_MODALS = Set.of("would", "could", "might", "'d");
  private static final Set<String> PERSONAL = Set.of("i", "we", "you", "he", "she", "they");

  private NarratorsRelative() {}

  static ReportedClauses.Candidate cut(AnnotatedArticle article, ReportedClauses.Candidate c) {
    Sentence s = c.sentence();
    List<Token> words = c.words();
    if (words.size() < 5 || c.cue().index() > words.get(0).index()
        || !past(s, c.cue())) {
      return c;
    }
    int comma = -1;
    for (int i = words.size() - 2; i >= 3; i--) {
      if (words.get(i).word().equals(",")) {
        comma = i;
        break;
      }
    }
    if (comma < 0) {
      return c;
    }
    Token relative = words.get(comma + 1);
    if (!RELATIVES.contains(Clauses.lower(relative.word()))) {
      return c;
    }
    Token clause = relativeClause(s, relative, words.get(comma));
    if (clause == null || clause.head() < 0
        || !Clauses.inside(c.content(), s.tokens().get(clause.head()))) {
      return c;
    }
    for (Token t : words.subList(comma + 1, words.size())) {
      if (t != clause && !ReportedClauses.under(s, t, clause)
          && Character.isLetterOrDigit(t.word().charAt(0))) {
        return c;
      }
    }
    Token before = mainPredicate(s, words.subList(0, comma));
    if (voiced(s, clause) || before == null || !BackshiftedConjunct.present(s, clause)
        || !backshifted(s, before)) {
      return c;
    }
    return ReportedClauses.trimmed(article, words.subList(0, comma)).map(c::withContent)
        .orElse(c);
  }

  /**
   * Whether the relative clause headed by {@code clause} has a personal pronoun for subject
   * ("…, whom he considers a friend", "…, which they were not"): the voice of the story's
   * people, not the writer's background.
   */
  static boolean voiced(Sentence s, Token clause) {
    return s.dependents(clause.index()).stream().anyMatch(d ->
        d.deprel().startsWith("nsubj") && PERSONAL.contains(Clauses.lower(d.word())));
  }

  /**
   * The root of the clause the relative word opens: the word above it whose head lies before
   * the comma, whatever the parser called the relation (it may take "which include" for a
   * complement).
   */
  private static Token relativeClause(Sentence s, Token relative, Token comma) {
    Token t = relative;
    for (int hops = 0; hops < 4 && t.head() >= 0; hops++) {
      Token head = s.tokens().get(t.head());
      if (head.index() < comma.index()) {
        return t == relative ? null : t;
      }
      t = head;
    }
    return null;
  }

  /** The one word of {@code words} that no other of them governs (their head), or null. */
  private static Token mainPredicate(Sentence s, List<Token> words) {
    Token top = null;
    for (Token t : words) {
      boolean governed = t.head() >= 0 && words.contains(s.tokens().get(t.head()));
      if (!governed && Character.isLetterOrDigit(t.word().charAt(0))) {
        if (top != null) {
          return null;
        }
        top = t;
      }
    }
    return top;
  }

  private static String finiteForm(Sentence s, Token verb) {
    return s.dependents(verb.index()).stream()
        .filter(d -> d.deprel().startsWith("aux") || d.deprel().equals("cop"))
        .map(d -> d.pos().equals("MD") ? Clauses.lower(d.word()) : d.pos())
        .findFirst().orElse(verb.pos());
  }

  private static boolean past(Sentence s, Token cue) {
    return finiteForm(s, cue).equals("VBD");
  }

  /** In the past, a past perfect, or under a past modal. */
  private static boolean backshifted(Sentence s, Token verb) {
    String form = finiteForm(s, verb);
    return form.equals("VBD") || PAST_MODALS.contains(form);
  }
}
