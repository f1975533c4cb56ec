package org.newskg.attribute;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newskg.extract.AnnotatedArticle;
import org.newskg.extract.Sentence;
import org.newskg.extract.Span;
import org.newskg.extract.Token;

/**
 * "Retail surveys suggest a weaker economy, Ms Fenwick said.": the parser can read the
 * reporting clause that closes a sentence as the complement of a verb of saying before it, so
 * "surveys" spoke "a weaker economy, Ms Fenwick said". A clause a cue reports that ends the
 * sentence with a comma, a name (capitalized words only) and a verb of saying with nothing
 * after it but punctuation is that name's statement instead: the sentence before the comma,
 * reported by the closing verb.
 */
final class TrailingReportingClause {
  private static final int MAX_NAME_WORDS = 4;

  private TrailingReportingClause() {}

  /** The candidate of the closing reporting clause that {@code c}'s content ends with. */
  static Optional<ReportedClauses.Candidate> of(AnnotatedArticle article,
                                                ReportedClauses.Candidate c,
                                                Set<String> reportingVerbs) {
    Sentence s = c.sentence();
    List<Token> tokens = s.tokens();
    int last = tokens.size() - 1;
    while (last >= 0 && tokens.get(last).pos().equals(".")) {
      last--;
    }
    if (last < 3) {
      return Optional.empty();
    }
    Token verb = tokens.get(last);
    if (verb == c.cue() || !verb.pos().startsWith("VB") || verb.pos().equals("VBG")
        || !reportingVerbs.contains(Clauses.lower(verb.lemma()))
        || verb.begin() < c.content().begin() || verb.end() > c.content().end()
        || c.cue().index() >= verb.index()) {
      return Optional.empty();
    }
    int comma = last - 1;
    while (comma >= 0 && tokens.get(comma).pos().equals("NNP")) {
      comma--;
    }
    int nameWords = last - 1 - comma;
    if (comma <= c.cue().index() || nameWords < 1 || nameWords > MAX_NAME_WORDS
        || !tokens.get(comma).word().equals(",")) {
      return Optional.empty();
    }
    Token first = tokens.get(0);
    int end = tokens.get(comma - 1).end();
    Span content = new Span(first.begin(), end, article.text().substring(first.begin(), end));
    return Optional.of(new ReportedClauses.Candidate(s, verb, content,
        ReportedClauses.Construction.PARENTHETICAL, false));
  }
}
