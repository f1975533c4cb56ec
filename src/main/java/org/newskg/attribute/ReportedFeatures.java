package org.newskg.attribute;

import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newskg.extract.AnnotatedArticle;
import org.newskg.extract.Quote;
import org.newskg.extract.Sentence;
import org.newskg.extract.Token;

/**
 * What the reported-speech model reads of a candidate clause: the cue and how it governs the
 * clause, its subject's form, negation and modality, the clause's length, shape and how much of
 * it is quoted. Features are strings; the model learns their weights.
 */
public final class ReportedFeatures {
  private static final Set<String> MODALS = ImmutableSet.of("will", "would", "could", "may",
      "might", "should", "can", "must", "shall");
  private static final Set<String> CLAUSE_OPENERS = ImmutableSet.of("to", "for", "whether",
      "how", "why", "what", "if", "that", "the", "a", "he", "she", "they", "it", "we", "i");

  private ReportedFeatures() {}

  static List<String> of(AnnotatedArticle article, ReportedClauses.Candidate c,
                         Set<String> reportingVerbs) {
    List<String> f = new ArrayList<>();
    Sentence s = c.sentence();
    Token cue = c.cue();
    String lemma = Clauses.lower(cue.lemma());
    String construction = c.construction().name().toLowerCase(java.util.Locale.ROOT);
    f.add("bias");
    f.add("cue=" + lemma);
    f.add("construction=" + construction);
    f.add("cue+construction=" + lemma + "|" + construction);
    f.add("cuePos=" + cue.pos());
    f.add("cueRel=" + Clauses.baseRelation(cue.deprel()));
    if (c.negated()) {
      f.add("negated");
    }
    if (s.dependents(cue.index()).stream().anyMatch(t -> t.deprel().startsWith("aux")
        && MODALS.contains(Clauses.lower(t.word())))) {
      f.add("modal");
    }
    Quote content = new Quote(-1, c.content(), c.content(), s.index(), s.index(), null);
    Token subject = subjectOf(c, content);
    String form = subject == null ? "none" : subject.pos().startsWith("NNP") ? "name"
        : subject.pos().startsWith("PRP") ? "pronoun"
        : subject.pos().startsWith("NN") ? "noun" : "other";
    f.add("subject=" + form);
    f.add("cue+subject=" + lemma + "|" + form);
    if (subject != null && !subject.ner().equals("O")) {
      f.add("subjectNer=" + subject.ner());
    }
    String where = cue.end() <= c.content().begin() ? "before"
        : cue.begin() >= c.content().end() ? "after" : "inside";
    f.add("cueWhere=" + where);
    if (Clauses.isEmbedded(s, cue, reportingVerbs)) {
      f.add("embedded");
    }
    int words = 0;
    Token first = null;
    for (Token t : s.tokens()) {
      if (Clauses.inside(c.content(), t)) {
        words++;
        if (first == null) {
          first = t;
        }
      }
    }
    f.add("length=" + bucket(words));
    if (first != null) {
      String w = Clauses.lower(first.word());
      // a preposition tells what the cue takes ("called for …", "spoke of …") from where and
      // when it spoke ("explained in an interview", "reported from Hawaii")
      f.add("first=" + (CLAUSE_OPENERS.contains(w) || first.pos().equals("IN") ? w
          : first.pos()));
    }
    String sentenceText = article.text().substring(s.begin(), s.end());
    if (sentenceText.contains("?")) {
      f.add("question");
    }
    if (s.paragraph() == 0) {
      f.add("firstParagraph");
    }
    int quoted = 0;
    for (Quote q : article.quotes()) {
      quoted += Math.max(0, Math.min(q.inner().end(), c.content().end())
          - Math.max(q.inner().begin(), c.content().begin()));
    }
    if (quoted > 0) {
      f.add("partlyQuoted");
    }
    return f;
  }

  /** Who the clause's cue has as its source, as the sieves would look for it; null if none. */
  private static Token subjectOf(ReportedClauses.Candidate c, Quote content) {
    Sentence s = c.sentence();
    Token cue = c.cue();
    if (c.construction() == ReportedClauses.Construction.ACCORDING_TO) {
      return cue.head() >= 0 ? s.tokens().get(cue.head()) : null;
    }
    if (cue.pos().startsWith("NN")) {
      return Clauses.speechNounSource(s, cue, content);
    }
    return Clauses.subjectOf(s, cue, content);
  }

  private static String bucket(int words) {
    return words < 5 ? "<5" : words < 9 ? "<9" : words < 17 ? "<17" : words < 33 ? "<33"
        : "33+";
  }
}
