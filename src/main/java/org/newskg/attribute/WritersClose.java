package org.newskg.attribute;

import com.google.common.collect.ImmutableSet;
import java.util.List;
import java.util.Set;
import org.newskg.extract.AnnotatedArticle;
import org.newskg.extract.Sentence;
import org.newskg.extract.Span;
import org.newskg.extract.Token;

/**
 * Words the writer closes a report with, which the parse hangs inside what was said: a
 * contrast that tells what the speaker would not say ("…, Mr Mendis told reporters, although he
 * would not say by how much"), a "despite" that sets other people's words against it ("he
 * still trusted Mr Blair, despite claims to the contrary in a new book"), and the writer's
 * summing up of a decision as a move ("should restate its earnings, a move that is likely to
 * …"). The content ends before them. (PolNeAR's annotators leave such words out of the content
 * wherever its training split has them.)
 */
final class WritersClose {
  /** Words that set a clause against what was said. */
  private static final Set<String> CONTRASTS = ImmutableSet.of("although", "though", "but",
      "while");
  /** Verbs of telling more, which a speaker "would not" do. */
  private static final Set<String> TELLING = ImmutableSet.of("say", "comment", "elaborate",
      "specify", "disclose", "reveal", "confirm", "name", "explain", "detail", "give", "go");
  /** Verbs of not telling. */
  private static final Set<String> DECLINING = ImmutableSet.of("decline", "refuse");
  /** Nouns for other people's words, which "despite" sets against what was said. */
  private static final Set<String> OTHERS_WORDS = ImmutableSet.of("claim", "report",
      "speculation", "suggestion", "allegation", "rumour", "rumor", "denial", "criticism",
      "warning", "assertion", "accusation");
  /** Nouns by which the writer sums up a decision reported. */
  private static final Set<String> MOVES = ImmutableSet.of("move", "step", "decision");

  private WritersClose() {}

  /** {@code content} without the writer's closing words, or {@code content} itself. */
  static Span without(AnnotatedArticle article, ReportedClauses.Candidate c, Span content) {
    Sentence s = c.sentence();
    String[] pieces = content.text().split(ContentAroundCue.GAP, -1);
    if (pieces.length > 2) {
      return content;
    }
    int first = s.tokenAt(content.begin());
    int last = s.tokenAt(content.end() - 1);
    if (first < 0 || last < 0) {
      return content;
    }
    List<Token> tokens = s.tokens();
    int from = pieces.length == 2 ? s.tokenAt(content.end() - pieces[1].length()) : first + 2;
    if (from < 0) {
      return content;
    }
    if (pieces.length == 2) {
      // a piece after the reporting clause that tells what went unsaid: the piece before it
      // is all that was said
      Token opening = tokens.get(from);
      int end = s.tokenAt(content.begin() + pieces[0].length() - 1);
      return CONTRASTS.contains(Clauses.lower(opening.word())) && withheld(s, opening)
          && end >= first
          ? ReportedClauses.trimmed(article, tokens.subList(first, end + 1)).orElse(content)
          : content;
    }
    for (int k = from; k <= last; k++) {
      Token t = tokens.get(k);
      if (article.insideQuote(t.span()) || !closes(s, t, last)) {
        continue;
      }
      int end = k - 1;
      while (end > first && (tokens.get(end).word().equals(",")
          || tokens.get(end).word().equals("-"))) {
        end--;
      }
      return ReportedClauses.trimmed(article, tokens.subList(first, end + 1)).orElse(content);
    }
    return content;
  }

  /** Whether {@code t} opens the writer's closing words, inside a one-piece content. */
  private static boolean closes(Sentence s, Token t, int last) {
    String word = Clauses.lower(t.word());
    Token before = s.tokens().get(t.index() - 1);
    if (CONTRASTS.contains(word) && before.word().equals(",")) {
      return withheld(s, t);
    }
    if (word.equals("despite") && t.index() + 1 <= last) {
      // "despite claims to the contrary", "despite speculation about 5 May"
      Token object = s.tokens().get(t.head() < 0 ? t.index() : t.head());
      return object.pos().startsWith("NN")
          && OTHERS_WORDS.contains(Clauses.lower(object.lemma()));
    }
    if (before.word().equals(",") && t.pos().equals("DT") && t.index() + 2 <= last
        && Set.of("a", "an").contains(word)) {
      // ", a move that is likely to …"
      Token noun = s.tokens().get(t.index() + 1);
      Token relative = s.tokens().get(t.index() + 2);
      return MOVES.contains(Clauses.lower(noun.word()))
          && Set.of("that", "which").contains(Clauses.lower(relative.word()));
    }
    return false;
  }

  /**
   * "although he would not say by how much", "but declined to give details": a contrast whose
   * clause is a pronoun not telling more, the writer's account of what went unsaid.
   */
  private static boolean withheld(Sentence s, Token contrast) {
    if (contrast.head() < 0) {
      return false;
    }
    Token verb = s.tokens().get(contrast.head());
    boolean pronoun = s.dependents(verb.index()).stream()
        .anyMatch(d -> d.deprel().startsWith("nsubj") && d.pos().equals("PRP"));
    if (!pronoun || !verb.pos().startsWith("VB")) {
      return false;
    }
    String lemma = Clauses.lower(verb.lemma());
    return ReportedClauses.negated(s, verb) && TELLING.contains(lemma)
        || DECLINING.contains(lemma);
  }
}
