package org.newskg.attribute;

import java.util.List;
import org.newskg.extract.AnnotatedArticle;
import org.newskg.extract.Sentence;
import org.newskg.extract.Token;

/**
 * "promised to cut crime when she was elected three years ago": what a promise or an appeal
 * reports with an infinitive is still to be done when it is made, so a "when" clause or a
 * phrase at its end that dates something in the past counted from now ("… ago") tells when the
 * cue was said, not when the act is to be done; the content ends before it.
 */
final class CueTime {
  private CueTime() {}

  static ReportedClauses.Candidate cut(AnnotatedArticle article, ReportedClauses.Candidate c) {
    Sentence s = c.sentence();
    List<Token> words = c.words();
    if (words.size() < 4 || c.cue().index() > words.get(0).index()) {
      return c;
    }
    Token last = words.get(words.size() - 1);
    for (Token d : words) {
      String rel = Clauses.baseRelation(d.deprel());
      if (d.head() < 0 || !(rel.equals("advcl") || rel.equals("obl"))) {
        continue;
      }
      Token infinitive = s.tokens().get(d.head());
      if (!infinitive.pos().equals("VB") || !Clauses.hasChild(s, infinitive, "to")
          || !Clauses.inside(c.content(), infinitive) || infinitive.index() > d.index()) {
        continue;
      }
      int first = d.index();
      int end = d.index();
      boolean ago = false;
      for (Token t : words) {
        if (ReportedClauses.under(s, t, d)) {
          first = Math.min(first, t.index());
          end = Math.max(end, t.index());
          ago |= Clauses.lower(t.word()).equals("ago");
        }
      }
      // "after the flood struck two years ago" may date what is to be rebuilt after; "when"
      // dates the saying
      boolean when = rel.equals("obl") || s.tokens().get(first).word().equalsIgnoreCase("when");
      // a phrase dates the saying only by its own "ago" ("three years ago"): "with more homes
      // than a year ago" compares with a time, and is what was said
      if (rel.equals("obl") && s.dependents(d.index()).stream()
          .noneMatch(x -> Clauses.lower(x.word()).equals("ago"))) {
        continue;
      }
      if (ago && when && end == last.index() && first > infinitive.index()) {
        int from = first;
        List<Token> kept = words.stream().filter(t -> t.index() < from).toList();
        return ReportedClauses.trimmed(article, kept).map(c::withContent).orElse(c);
      }
    }
    return c;
  }
}
