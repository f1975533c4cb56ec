package org.newskg.attribute;

import com.google.common.collect.ImmutableSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newskg.data.WordList;
import org.newskg.extract.AnnotatedArticle;
import org.newskg.extract.Sentence;
import org.newskg.extract.Span;
import org.newskg.extract.Token;
import org.newskg.resolve.Names;

/**
 * What was said around its reporting clause. News sets a reporting clause off by commas or
 * dashes in the middle of what it reports ("The plan, he said, would fail", "The council will,
 * the minister said, cut the subsidy", "In 2019, he said, the fleet caught …"): the content is
 * the words on both sides, in two pieces without the reporting clause between them (as a
 * quotation in pieces is), whichever side the parser gave the cue's clause. A reporting clause
 * at the end of its content ("…, the company said") is no part of it either. A cue inside its
 * content that is not set off so ("users can search the results they have noted") reports no
 * clause around it: no statement. An occasion of speech after a comma at the end ("…, in an
 * interview on BBC Radio 4") is where it was said, not what.
 *
 * <p>Applied to a clause the reported-speech model admitted, so the model reads the clause as
 * the cue's construction gave it.
 */
final class ContentAroundCue {
  /** What sets a reporting clause off from the words around it. */
  private static final Set<String> MARKS = ImmutableSet.of(",", "-", "--", "—", "–");
  private static final Set<String> FINITE = ImmutableSet.of("VBD", "VBZ", "VBP", "MD");
  /** The most words a reporting clause between two marks has ("Mayor Anna Berg said on Friday"). */
  private static final int MAX_REPORTING = 12;
  /**
   * A content in one piece right before its reporting clause, which commas set off on both
   * sides in the middle of the sentence ("A, he said, B"): the token bounds of each.
   */
  private record Medial(int contentFirst, int contentLast, int clauseFirst, int clauseLast) {
    static Medial of(ReportedClauses.Candidate c, Span content) {
      Sentence s = c.sentence();
      List<Token> tokens = s.tokens();
      int cFirst = s.tokenAt(content.begin());
      int cLast = s.tokenAt(content.end() - 1);
      if (cFirst < 0 || cLast < 0 || c.cue().index() <= cLast || content.text().contains(GAP)) {
        return null;
      }
      Stretch stretch = Stretch.around(tokens, c.cue().index());
      int rFirst = stretch.first();
      int rLast = stretch.last();
      if (rFirst - 2 != cLast || !tokens.get(rFirst - 1).word().equals(",")
          || rLast + 2 >= tokens.size() || !tokens.get(rLast + 1).word().equals(",")
          || !reportingClause(s, c, rFirst, rLast)) {
        return null;
      }
      return new Medial(cFirst, cLast, rFirst, rLast);
    }
  }

  /** The words between marks that hold a cue: indices of the first and the last. */
  private record Stretch(int first, int last) {
    static Stretch around(List<Token> tokens, int cue) {
      int first = cue;
      while (first > 0 && !MARKS.contains(tokens.get(first - 1).word())) {
        first--;
      }
      int last = cue;
      while (last + 1 < tokens.size() && !MARKS.contains(tokens.get(last + 1).word())
          && !tokens.get(last + 1).pos().equals(".")) {
        last++;
      }
      return new Stretch(first, last);
    }
  }

  /** What joins the pieces of a content, as for a quotation in pieces. */
  static final String GAP = " … ";
  /** Words that set another view against what was said. */
  private static final Set<String> CONTRASTS = ImmutableSet.of("although", "though", "while",
      "whereas", "but");
  /** Verbs that call someone or something a name ("branded it scandalous"). */
  private static final Set<String> CALLING = WordList.load("/attribute/characterizing-verbs.txt");
  /** Verbs of holding a view, which a contrasted clause gives others. */
  static final Set<String> VIEWS = ImmutableSet.of("feel", "think", "believe", "fear",
      "expect", "doubt");
  /** Relative pronouns that open a clause about a noun set off by a comma. */
  private static final Set<String> RELATIVES = ImmutableSet.of("which", "who");
  /**
   * Verbs that make public what another found out ("…, a new documentary has revealed"): no
   * speech of their own subject (PolNeAR classes them apart), but a clause of them closing the
   * content tells where the writer learnt it, as a reporting clause does.
   */
  private static final Set<String> DISCLOSING = ImmutableSet.of("reveal", "disclose", "show",
      "find", "uncover");
  /** Verbs of wanting. */
  static final Set<String> WISHES = ImmutableSet.of("want", "wish", "hope");

  private ContentAroundCue() {}

  /**
   * The content of {@code c} without its reporting clause, with the words before that clause
   * that belong to what was said; {@code c}'s own content when its cue is outside it and
   * nothing before belongs to it; empty when the cue lies inside the content without being set
   * off from it.
   */
  static Optional<Span> of(AnnotatedArticle article, ReportedClauses.Candidate c,
                           Set<String> verbs) {
    return around(article, c, verbs).map(span -> withContinuation(article, c, span, verbs))
        .map(span -> withConjunctAfterCue(article, c, span, verbs))
        .map(span -> withVerblessConjunct(article, c, span))
        .map(span -> withoutOccasion(article, c.sentence(), span))
        .map(span -> withoutAccompaniment(article, c.sentence(), span))
        .map(span -> withoutOtherSource(article, c, span))
        .map(span -> withoutSourcesTitle(article, c, span))
        .map(span -> beforeOtherView(article, c, span, verbs))
        .map(span -> withSharedSubject(article, c, span))
        .map(span -> withStrandedSubject(article, c, span))
        .map(span -> withRaisingWords(article, c, span))
        .map(span -> withItBefore(article, c, span))
        .map(span -> withoutParticle(article, c, span))
        .map(span -> withoutAddresseesName(article, c, span))
        .map(span -> withoutAddressee(article, c, span))
        .map(span -> withoutNamedAddressee(article, c, span))
        .map(span -> withSubjectAfterAddressee(article, c, span))
        .map(span -> withoutClosingReport(article, c, span, verbs))
        .map(span -> beforeNextCue(article, c.sentence(), span, verbs))
        .map(span -> beforeAsideConjunct(article, c, span, verbs))
        .map(span -> beforeCuesConjunct(article, c, span, verbs))
        .map(span -> beforeOthersReport(article, c, span, verbs))
        .map(span -> beforeSummingDash(article, c, span))
        .map(span -> beforeClosingRelative(article, c, span, verbs))
        .map(span -> WritersClose.without(article, c, span))
        .map(span -> fromSentenceStart(article, c, span, verbs))
        .map(span -> withRelativesNoun(article, c, span))
        .map(span -> BackshiftedConjunct.extend(article, c, span, verbs))
        .map(span -> PollComparison.beforeOtherShare(article, c, span))
        .map(span -> SecondCueParticiple.before(article, c, span, verbs))
        // "(parchment made from goat's skin)": an aside in brackets explains a word; it is
        // no one's statement
        .filter(span -> !(span.text().startsWith("(") && span.text().endsWith(")")));
  }

  /**
   * "It is set, according to analysts, to do for images what CDs did for sound", "There was
   * evidence, according to Gartner, that sales slowed": a reporting clause set off after a
   * clause that goes on beyond it. The words after its closing mark that hang from the
   * content's own words (their clause's complement, relative, adverbial or conjunct) are what
   * was said too: the content is in two pieces. A piece that opens with a cue of its own
   * ("…, adding that …") is that cue's.
   */
  private static Span withContinuation(AnnotatedArticle article, ReportedClauses.Candidate c,
                                       Span content, Set<String> verbs) {
    Sentence s = c.sentence();
    List<Token> tokens = s.tokens();
    Medial medial = Medial.of(c, content);
    if (medial == null) {
      return content;
    }
    int cFirst = medial.contentFirst();
    int cLast = medial.contentLast();
    int rFirst = medial.clauseFirst();
    int rLast = medial.clauseLast();
    int open = rLast + 2;
    // the words after the mark whose governor is a word of the content, with all under them
    int last = -1;
    for (Token t : tokens.subList(open, tokens.size())) {
      if (t.head() < cFirst || t.head() > cLast) {
        continue;
      }
      if (t.deprel().equals("conj") && t.pos().startsWith("VB") && s.dependents(t.index())
          .stream().noneMatch(d -> d.deprel().startsWith("nsubj"))) {
        // "…, Eurotunnel said, but warned that …": a verb without a subject of its own goes
        // on with the reporting clause's, whatever the parser hung it on
        return content;
      }
      for (Token u : tokens) {
        if (ReportedClauses.under(s, u, t)) {
          if (u.index() < open && u.index() != rLast + 1 && u.index() != rFirst - 1) {
            // the reporting clause hangs from it: the parser read the sentence otherwise
            return content;
          }
          last = Math.max(last, u.index());
        }
      }
    }
    if (last < 0 || !hangsFromContent(s, open, cFirst, cLast)) {
      return content;
    }
    List<Token> second = tokens.subList(open, last + 1);
    // a piece without a verb is more of the reporting clause ("…, the CEA, on Tuesday"); one
    // set against what was said ("…, but one of his first jobs is …") is the reporter's
    if (opensWithCue(second, verbs) || second.stream().noneMatch(t -> t.pos().startsWith("VB"))
        || CONTRASTS.contains(Clauses.lower(second.get(0).word()))
        || Clauses.lower(second.get(0).word()).equals("despite")) {
      return content;
    }
    return pieces(article, tokens.subList(cFirst, cLast + 1), second, content).orElse(content);
  }

  /**
   * "The best services would get more cash, he said, but he would not shirk from stepping in",
   * "…, the airline added, and had passed all checks": after a reporting clause set off in the
   * middle of its sentence, a clause joined by "and" or "but" that the parser hung from the cue
   * goes on with what was said (PolNeAR's annotators keep it, as a second piece), when its form
   * is one the writer's narration does not take: a modal, a past perfect, or the present after
   * a past cue (see {@link BackshiftedConjunct}); not when it is an act of its own ("…, he
   * said, but warned that …").
   */
  private static Span withConjunctAfterCue(AnnotatedArticle article, ReportedClauses.Candidate c,
                                           Span content, Set<String> verbs) {
    Sentence s = c.sentence();
    List<Token> tokens = s.tokens();
    Medial medial = Medial.of(c, content);
    int join = medial == null ? -1 : medial.clauseLast() + 2;
    if (medial == null || join + 1 >= tokens.size()
        || !AND_BUT.contains(Clauses.lower(tokens.get(join).word()))
        || tokens.get(join).head() <= join) {
      return content;
    }
    Token verb = tokens.get(tokens.get(join).head());
    if (!verb.deprel().equals("conj") || verb.head() != c.cue().index()
        || ReportedClauses.act(verb, verbs) || VIEWS.contains(Clauses.lower(verb.lemma()))
        || !BackshiftedConjunct.reportedForm(s, c.cue(), verb)) {
      return content;
    }
    int last = join;
    for (Token t : tokens.subList(join, tokens.size())) {
      if (ReportedClauses.under(s, t, verb)) {
        if (t != verb && t.pos().startsWith("VB") && ReportedClauses.act(t, verbs)
            && !BackshiftedConjunct.reportedWithin(s, t, verb)) {
          return content;
        }
        last = t.index();
      } else if (Character.isLetterOrDigit(t.word().charAt(0))) {
        return content;
      }
    }
    return pieces(article, tokens.subList(medial.contentFirst(), medial.contentLast() + 1),
        tokens.subList(join, last + 1), content).orElse(content);
  }

  /** The conjunctions that join more of what was said after a medial reporting clause. */
  private static final Set<String> AND_BUT = ImmutableSet.of("and", "but");

  /** Tags that open a noun phrase: "and [a few] that had won …". */
  private static final Set<String> PHRASE_OPENERS = ImmutableSet.of("DT", "PDT", "CD", "JJ",
      "JJR", "JJS");

  /**
   * "US officials were talking up the dollar, they said, but failing to act", "There were
   * many new finalists, he added, and a few that had won before": after a reporting clause set
   * off in the middle of its sentence, "and" or "but" and the rest of the sentence without a
   * finite verb of its own (a participle, or a noun phrase, with or without a relative clause)
   * cannot be the writer's narration, which would need one; it goes on with what was said, as
   * a second piece, however the parser hung it.
   */
  private static Span withVerblessConjunct(AnnotatedArticle article,
                                           ReportedClauses.Candidate c, Span content) {
    Sentence s = c.sentence();
    List<Token> tokens = s.tokens();
    Medial medial = Medial.of(c, content);
    int join = medial == null ? -1 : medial.clauseLast() + 2;
    if (medial == null || join + 2 >= tokens.size()
        || !AND_BUT.contains(Clauses.lower(tokens.get(join).word()))) {
      return content;
    }
    Token opener = tokens.get(join + 1);
    // ("according to exit polls (a sizable margin, but one that is …)": an aside in brackets
    // is the writer's)
    if (!opener.pos().equals("VBG") && !PHRASE_OPENERS.contains(opener.pos())
        || tokens.subList(medial.clauseFirst(), tokens.size()).stream()
            .anyMatch(t -> t.pos().equals("-LRB-") || t.pos().equals("-RRB-"))) {
      return content;
    }
    int last = join;
    for (Token t : tokens.subList(join + 1, tokens.size())) {
      String tag = t.pos();
      if (tag.equals("WDT") || tag.equals("WP")) {
        // a relative clause's verb describes the phrase; it is no clause of the writer's
        last = tokens.size() - 1;
        break;
      }
      if (FINITE.contains(tag) || tag.equals(":") || article.insideQuote(t.span())) {
        return content;
      }
      last = t.index();
    }
    return pieces(article, tokens.subList(medial.contentFirst(), medial.contentLast() + 1),
        tokens.subList(join, last + 1), content).orElse(content);
  }

  /** Word {@code i} is governed, through words after it, by a word of the content. */
  private static boolean hangsFromContent(Sentence s, int i, int cFirst, int cLast) {
    Token current = s.tokens().get(i);
    for (int hops = 0; hops < 40 && current.head() >= 0; hops++) {
      if (current.head() >= cFirst && current.head() <= cLast) {
        return true;
      }
      if (current.head() < i) {
        return false;
      }
      current = s.tokens().get(current.head());
    }
    return false;
  }

  /**
   * "near the stadium, which, Lund said, is usually full on game days": a reporting clause set
   * off after a relative pronoun reports the relative clause, whose subject is the noun the
   * relative follows; the content is that noun with its relative and the words after the
   * reporting clause, in two pieces. Without such a noun right before it the content stays as
   * it is.
   */
  private static Span withRelativesNoun(AnnotatedArticle article, ReportedClauses.Candidate c,
                                        Span content) {
    Sentence s = c.sentence();
    int cue = c.cue().index();
    int open = cue;
    while (open > 0 && !MARKS.contains(s.tokens().get(open - 1).word())) {
      open--;
    }
    if (open < 4 || !s.tokens().get(open - 1).word().equals(",")
        || content.begin() < c.cue().end() || content.text().contains(GAP)) {
      return content;
    }
    Token relative = s.tokens().get(open - 2);
    if (!relative.pos().equals("WDT") && !(relative.pos().equals("WP")
        && !Clauses.lower(relative.word()).equals("what"))
        || !s.tokens().get(open - 3).word().equals(",")) {
      return content;
    }
    // the noun phrase the relative follows: its determiner, modifiers and nouns
    int end = open - 4;
    int start = end;
    while (start >= 0 && NOUN_PHRASE.contains(s.tokens().get(start).pos())) {
      start--;
    }
    start++;
    if (start > end || !s.tokens().get(end).pos().startsWith("NN")) {
      return content;
    }
    // with the relative itself, which stands for the noun in what was said
    Span noun = new Span(s.tokens().get(start).begin(), relative.end(),
        article.text().substring(s.tokens().get(start).begin(), relative.end()));
    return new Span(noun.begin(), content.end(), noun.text() + GAP + content.text());
  }

  /** What a plain noun phrase is made of. */
  private static final Set<String> NOUN_PHRASE = ImmutableSet.of("DT", "PRP$", "JJ", "JJR",
      "JJS", "CD", "NN", "NNS", "NNP", "NNPS", "POS");

  /**
   * "promised to protect the savings he had built up and which, he claimed, would be lost":
   * a conjunct that holds a reporting clause of its own set off by commas is that clause's
   * statement; what this cue says ends before the conjunction.
   */
  private static Span beforeAsideConjunct(AnnotatedArticle article, ReportedClauses.Candidate c,
                                          Span content, Set<String> verbs) {
    Sentence s = c.sentence();
    int first = s.tokenAt(content.begin());
    int last = s.tokenAt(content.end() - 1);
    if (first < 0 || last < 0 || content.text().contains(GAP)) {
      return content;
    }
    for (int i = first + 2; i < last; i++) {
      Token t = s.tokens().get(i);
      if (t == c.cue() || !FINITE.contains(t.pos()) || !verbs.contains(Clauses.lower(t.lemma()))
          || !s.tokens().get(i + 1).word().equals(",")
          || article.insideQuote(t.span())) {
        continue;
      }
      // the aside: a comma, the subject (a pronoun or a name), the verb, a comma
      int open = i - 1;
      while (open > first && !s.tokens().get(open).word().equals(",")) {
        open--;
      }
      if (open <= first || i - open > 4 || s.tokens().subList(open + 1, i).stream()
          .noneMatch(w -> w.pos().equals("PRP") || w.pos().startsWith("NNP"))) {
        continue;
      }
      for (int k = open - 1; k > first; k--) {
        Token w = s.tokens().get(k);
        if (w.pos().equals("CC")) {
          return ReportedClauses.trimmed(article, s.tokens().subList(first, k)).orElse(content);
        }
        if (w.word().equals(",")) {
          break;
        }
      }
      return content;
    }
    return content;
  }

  /**
   * "stressing that the party would cut taxes and attacking the plans for a levy", "said he
   * rarely watched the awards and labelled them idiotic": a predicate joined by "and" to a
   * verb of the content, without a subject of its own, that is a bare participle like the
   * cue's while that verb is none, or that calls something a name ("labelled", "branded"), is
   * the speaker's next act, joined to the cue; what the cue says ends before the conjunction.
   * So is a verb of saying in the cue's own tense joined by "and" or "but" ("said the posters
   * were part of a trend and reminded MPs that …", "added it would cut costs - but said …",
   * "insisted there could be no deals but declined to say …"),
   * and a verb whose number fits the cue's subject, not the content's ("say this is illegal and
   * are trying to block …").
   */
  private static Span beforeCuesConjunct(AnnotatedArticle article, ReportedClauses.Candidate c,
                                         Span content, Set<String> verbs) {
    Sentence s = c.sentence();
    int first = s.tokenAt(content.begin());
    int last = s.tokenAt(content.end() - 1);
    if (first < 0 || last < 0 || content.text().contains(GAP)) {
      return content;
    }
    for (int i = first + 2; i <= last; i++) {
      Token v = s.tokens().get(i);
      if (!v.deprel().equals("conj") || !v.pos().startsWith("VB") || v.head() < first
          || v.head() >= i || article.insideQuote(v.span())) {
        continue;
      }
      Token h = s.tokens().get(v.head());
      Token cc = s.dependents(v.index()).stream().filter(d -> d.deprel().equals("cc")
          && d.index() > h.index() && d.index() < v.index()).findFirst().orElse(null);
      boolean ownSubject = s.dependents(v.index()).stream().anyMatch(d ->
          d.deprel().startsWith("nsubj") || d.deprel().startsWith("csubj")
              || d.deprel().startsWith("expl"));
      String conjunction = cc == null ? "" : Clauses.lower(cc.word());
      if (!conjunction.equals("and") && !conjunction.equals("but") || ownSubject) {
        continue;
      }
      // "Opponents say this is illegal and are trying to block …": a verb whose number fits
      // the cue's subject and not the content's goes on with the cue's subject's acts
      // (SpeakerPredicate does the same for candidates, reading number its own way)
      Boolean number = SpeakerPredicate.finitePlural(s, v);
      Boolean cueNumber = SpeakerPredicate.plural(s, SpeakerPredicate.subject(s, c.cue()), true);
      Boolean contentNumber = SpeakerPredicate.plural(s, SpeakerPredicate.subject(s, h), false);
      if (number != null && number.equals(cueNumber) && contentNumber != null
          && !number.equals(contentNumber)) {
        return beforeConjunction(article, s, first, cc.index(), content);
      }
      // ("there could be no deals … but twice declined …": a copula's noun or adjective heads
      // the content's clause as a verb does)
      if (!h.pos().startsWith("VB")
          && s.dependents(h.index()).stream().noneMatch(d -> d.deprel().equals("cop"))) {
        continue;
      }
      String vForm = form(s, v);
      String cueForm = form(s, c.cue());
      // "… and reminded MPs that …", "but declined to say …": another verb of saying (or a
      // refusal) in the cue's tense is the speaker's next act, not the content's subject's
      String lemma = Clauses.lower(v.lemma());
      // ("had seen the scripts and had agreed to …" is the content's own past perfect)
      // (a verb deeper in the content is its own: "… when the police located her and told
      // her to leave")
      boolean saysToo = (ReportedClauses.act(v, verbs) || lemma.equals("remind"))
          && vForm.equals(v.pos()) && vForm.equals(cueForm) && FINITE.contains(vForm)
          && !subordinateWithin(s, h, first, last);
      String hForm = form(s, h);
      Token hSubject = s.dependents(h.index()).stream()
          .filter(d -> d.deprel().startsWith("nsubj")).findFirst().orElse(null);
      // "stressing that … and attacking …": a bare participle goes with a participle cue, not
      // with a verb of the content that is none ("was borrowing and spending", "would be long
      // and damaging" share their "be")
      boolean participleOfCue = vForm.equals("VBG") && c.cue().pos().equals("VBG")
          && !h.pos().equals("VBG") && !hForm.equals("VBG")
          && s.dependents(h.index()).stream().noneMatch(d -> (d.deprel().startsWith("aux")
              || d.deprel().equals("cop")) && Clauses.lower(d.lemma()).equals("be"));
      // a bare "labelled" after a finite verb is its past tense, whatever the tagger says
      boolean characterizes = NAMING.contains(Clauses.lower(v.lemma()))
          && (FINITE.contains(vForm) || vForm.equals("VBN")) && hSubject != null;
      if (conjunction.equals("and") && (participleOfCue || characterizes) || saysToo) {
        return beforeConjunction(article, s, first, cc.index(), content);
      }
    }
    return content;
  }

  /** Conjunctions that join a clause of the writer's own to what was said. */
  static final Set<String> JOINING = ImmutableSet.of("and", "but", "while", "whereas");

  /**
   * "said the chip would support several systems but designers would not confirm if …", "said
   * it regretted the limit while BP, a big investor, declined to comment": a clause of the
   * content, joined by "and", "but", "while" or "whereas", whose own subject reports or refuses
   * is the writer's account of that subject; what the cue says ends before the conjunction.
   */
  private static Span beforeOthersReport(AnnotatedArticle article, ReportedClauses.Candidate c,
                                         Span content, Set<String> verbs) {
    Sentence s = c.sentence();
    int first = s.tokenAt(content.begin());
    int last = s.tokenAt(content.end() - 1);
    if (first < 0 || last < 0 || content.text().contains(GAP)) {
      return content;
    }
    for (int i = first + 2; i <= last; i++) {
      Token v = s.tokens().get(i);
      if (v == c.cue() || v.head() < first || v.head() > last
          || !v.deprel().equals("conj") && !v.deprel().equals("advcl")
          || article.insideQuote(v.span())) {
        continue;
      }
      int joint = othersReport(s, v, first, verbs);
      if (joint >= 0) {
        return beforeConjunction(article, s, first, joint, content);
      }
    }
    return content;
  }

  /** The content from {@code first} up to the conjunction at {@code joint} and its comma. */
  private static Span beforeConjunction(AnnotatedArticle article, Sentence s, int first,
                                        int joint, Span content) {
    int end = joint;
    if (end - 1 > first && s.tokens().get(end - 1).word().equals(",")) {
      end--;
    }
    return ReportedClauses.trimmed(article, s.tokens().subList(first, end)).orElse(content);
  }

  /**
   * The index of the "and", "but", "while" or "whereas" after {@code from} that joins
   * {@code v} when {@code v} reports or refuses with a subject of its own, in the active ("but
   * designers would not confirm", "while BP declined to comment"), or holds a named subject's
   * view or wish; -1 for any other word. A second "that"
   * clause of what was said ("and that goods … would arrive"), a participle without an
   * auxiliary and "continue" (a cue only after a quotation) are none.
   */
  static int othersReport(Sentence s, Token v, int from, Set<String> verbs) {
    // a view or a wish counts when its subject is no pronoun ("but the unions want a £6
    // rate"): "and he believed …" may be the speaker's own
    String lemma = Clauses.lower(v.lemma());
    boolean namedView = (VIEWS.contains(lemma) || WISHES.contains(lemma))
        && s.dependents(v.index()).stream().anyMatch(d -> d.deprel().equals("nsubj")
            && d.pos().startsWith("NN"));
    if (!v.pos().startsWith("VB") || !ReportedClauses.act(v, verbs) && !namedView
        || lemma.equals("continue") || Clauses.hasChild(s, v, "that")
        || v.pos().equals("VBN") && s.dependents(v.index()).stream()
            .noneMatch(d -> d.deprel().startsWith("aux"))
        || s.dependents(v.index()).stream()
            .noneMatch(d -> d.deprel().equals("nsubj") && d.index() < v.index())) {
      // (a passive, "and Trump is assured to be shut out", is no act of its subject's)
      return -1;
    }
    // (a clause that quotes, "while her opponent wants to “take America backward”", is the
    // speaker's own words)
    boolean quotes = s.tokens().stream().anyMatch(t -> (t.pos().equals("``")
        || t.pos().equals("''")) && ReportedClauses.under(s, t, v));
    return quotes ? -1 : s.dependents(v.index()).stream()
        .filter(d -> (d.deprel().equals("cc") || d.deprel().equals("mark"))
            && JOINING.contains(Clauses.lower(d.word())) && d.index() > from)
        .mapToInt(Token::index).findFirst().orElse(-1);
  }

  /** Nouns by which the writer sums up what was just said ("- a move he announced …"). */
  private static final Set<String> SUMMING = ImmutableSet.of("something", "move", "step",
      "claim", "view", "charge", "allegation", "accusation", "suggestion", "assertion", "idea",
      "promise", "pledge", "decision", "stance", "position", "warning", "prediction",
      "admission", "comment", "remark", "figure", "sentiment", "proposal", "signal", "sign",
      "argument", "point", "concern", "criticism", "complaint", "assessment", "estimate",
      "forecast", "theory", "verdict");

  /** Participles by which the writer hedges what follows ("- understood to be his"). */
  private static final Set<String> HEDGES = ImmutableSet.of("understand", "believe", "think",
      "say", "report", "rumour", "rumor", "expect");

  /**
   * "said there was support for a new party - something he has yet to confirm will happen",
   * "told them he would stand - a move he announced after the meeting": a dash and a noun that
   * sums up what was said, with a clause of its own about it, is the writer's comment, and so
   * is a dash and a participle that hedges ("- understood to be Mr Hale's"); what the cue says
   * ends before the dash.
   */
  private static Span beforeSummingDash(AnnotatedArticle article, ReportedClauses.Candidate c,
                                        Span content) {
    Sentence s = c.sentence();
    int first = s.tokenAt(content.begin());
    int last = s.tokenAt(content.end() - 1);
    if (first < 0 || last < 0 || content.text().contains(GAP)) {
      return content;
    }
    for (int k = first + 2; k + 1 < last; k++) {
      Token dash = s.tokens().get(k);
      if (!MARKS.contains(dash.word()) || article.insideQuote(dash.span())) {
        continue;
      }
      boolean comma = dash.word().equals(",");
      int h = k + 1;
      if (s.tokens().get(h).pos().equals("DT") && h + 1 <= last) {
        h++;
      }
      Token noun = s.tokens().get(h);
      // (the clause about it: a relative, or a subject right after the noun, "a move he
      // announced", wherever the parser hung it)
      Token after = h + 1 <= last ? s.tokens().get(h + 1) : null;
      boolean aboutIt = s.dependents(noun.index()).stream()
          .anyMatch(d -> d.deprel().startsWith("acl"))
          || after != null && (after.pos().equals("PRP") || after.pos().startsWith("W"));
      // ("an argument backed by …": a participle the parser made the noun's verb)
      Token verb = noun.head() < 0 ? null : s.tokens().get(noun.head());
      boolean reduced = noun.deprel().equals("nsubj") && verb != null
          && verb.index() == noun.index() + 1 && verb.pos().equals("VBN")
          && s.dependents(verb.index()).stream().noneMatch(d -> d.deprel().startsWith("aux"));
      boolean summing = noun.pos().startsWith("NN")
          && SUMMING.contains(Clauses.lower(noun.lemma()))
          && (!noun.deprel().startsWith("nsubj") && aboutIt || reduced);
      // "… about political calls - understood to be Mr Hale's": the writer's hedge on it
      boolean hedge = h == k + 1 && noun.pos().equals("VBN")
          && HEDGES.contains(Clauses.lower(noun.lemma())) && after != null
          && Clauses.lower(after.word()).equals("to");
      // after a comma only a noun whose participle names who disputes it (", a claim denied by
      // the chancellor"): the speaker may sum up their own words, but not rebut them
      boolean rebutted = after != null && after.pos().equals("VBN") && after.head() == noun.index()
          && s.dependents(after.index()).stream().anyMatch(d ->
              "by".equals(s.preposition(d.index())));
      if (comma ? summing && rebutted : summing || hedge) {
        return ReportedClauses.trimmed(article, s.tokens().subList(first, k)).orElse(content);
      }
    }
    return content;
  }

  /**
   * "claimed that Baikal was a front for Gazprom, which had been expected to win", "said the
   * two sides would reopen talks in the subsidies row, which led to tit-for-tat filings": a
   * relative clause set off by a comma at the end of what was said tells the reader who or what
   * its noun is; news puts its own background there more often than the speaker's words (on
   * PolNeAR's training split the gold leaves such a clause out about twice as often as it keeps
   * it, when the clause has no comma, dash or quotation of its own). What the cue says ends
   * before the comma; a relative inside a quotation, or one that quotes, stays, and so does
   * one in the past whose subject is a person's pronoun ("…, which they were not").
   */
  private static Span beforeClosingRelative(AnnotatedArticle article, ReportedClauses.Candidate c,
                                            Span content, Set<String> verbs) {
    Sentence s = c.sentence();
    int first = s.tokenAt(content.begin());
    int last = s.tokenAt(content.end() - 1);
    if (first < 0 || last < 0 || content.text().contains(GAP) || c.cue().index() > first) {
      return content;
    }
    List<Token> tokens = s.tokens();
    // (only a content that closes its sentence: one a second report follows, "…, the FT
    // reports", is left as the reporter gave it)
    for (int k = last + 1; k < tokens.size(); k++) {
      if (Character.isLetterOrDigit(tokens.get(k).word().charAt(0))) {
        return content;
      }
    }
    for (int k = first + 3; k + 2 <= last; k++) {
      Token comma = tokens.get(k);
      Token relative = tokens.get(k + 1);
      if (!comma.word().equals(",") || !RELATIVES.contains(Clauses.lower(relative.word()))
          || article.insideQuote(comma.span()) || relative.head() < 0) {
        continue;
      }
      Token verb = tokens.get(relative.head());
      boolean clause = verb.deprel().equals("acl:relcl") && verb.head() >= first
          && verb.head() < k && tokens.get(verb.head()).pos().startsWith("NN");
      if (!clause) {
        continue;
      }
      // (in the present, "…, which he has been able to appeal", it is the writer's after all;
      // "…, which he said had …" is a statement of its own)
      if (NarratorsRelative.voiced(s, verb) && !BackshiftedConjunct.present(s, verb)
          && !ReportedClauses.act(verb, verbs)) {
        return content;
      }
      for (int j = k + 1; j <= last; j++) {
        Token t = tokens.get(j);
        // (a relative that goes on past a comma or a dash, or quotes, is as often what was said:
        // "…, which came into force on Friday, and pretended they were not")
        // (a hyphen inside a word, "early-week", is no dash)
        boolean dash = MARKS.contains(t.word()) && t.begin() > tokens.get(j - 1).end();
        boolean on = dash || t.word().equals(",") || t.word().equals(";")
            || t.pos().equals("``") || t.pos().equals("''");
        if (on || !ReportedClauses.under(s, t, verb)
            && Character.isLetterOrDigit(t.word().charAt(0))) {
          return content;
        }
      }
      return ReportedClauses.trimmed(article, tokens.subList(first, k)).orElse(content);
    }
    return content;
  }

  /**
   * "TV services will have to live up to the expectations …, which expects good images at low
   * prices, according to analysts": an "according to" set off at the end of its sentence
   * reports the whole sentence before it, wherever the parser hung it (here in a relative
   * clause), when the words before the content hold no verb of saying, no "that" and no
   * quotation.
   */
  private static Span fromSentenceStart(AnnotatedArticle article, ReportedClauses.Candidate c,
                                        Span content, Set<String> verbs) {
    Sentence s = c.sentence();
    Token according = c.cue();
    List<Token> tokens = s.tokens();
    int first = s.tokenAt(content.begin());
    int last = s.tokenAt(content.end() - 1);
    if (!Clauses.isAccordingTo(s, according) || first <= 0 || last < 0
        || content.text().contains(GAP) || according.index() < last
        || !tokens.get(according.index() - 1).word().equals(",")) {
      return content;
    }
    // the phrase closes the sentence: only its own words and punctuation after it
    for (int i = according.index() + 2; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.word().equals(",") || t.pos().startsWith("VB") || t.pos().equals("MD")) {
        return content;
      }
    }
    for (int i = 0; i < first; i++) {
      Token t = tokens.get(i);
      String lemma = Clauses.lower(t.lemma());
      if (verbs.contains(lemma) || VIEWS.contains(lemma) || lemma.equals("that")
          || t.pos().equals("``") || t.pos().equals("''") || article.insideQuote(t.span())) {
        return content;
      }
    }
    return ReportedClauses.trimmed(article, tokens.subList(0, last + 1)).orElse(content);
  }

  /** Verbs of calling something a name, which say what the speaker did, not what was said. */
  private static final Set<String> NAMING = ImmutableSet.of("label", "brand", "dub", "term",
      "nickname");

  /** {@code t} or a word it hangs from inside the content opens a subordinate clause there. */
  private static boolean subordinateWithin(Sentence s, Token t, int first, int last) {
    for (Token at = t; at.head() >= first && at.head() <= last; at = s.tokens().get(at.head())) {
      if (at.deprel().equals("advcl") || at.deprel().startsWith("acl")) {
        return true;
      }
    }
    return false;
  }

  /** A verb's form: its first auxiliary's tag if it has one, else its own. */
  private static String form(Sentence s, Token verb) {
    return s.dependents(verb.index()).stream()
        .filter(d -> d.deprel().startsWith("aux") || d.deprel().equals("cop"))
        .map(Token::pos).findFirst().orElse(verb.pos());
  }

  /**
   * "announced a new drive to help women, saying sexism was still holding them back": a
   * participle of saying after a comma inside the content is the speaker's next statement,
   * found from its own cue; what this cue says ends before it.
   */
  private static Span beforeNextCue(AnnotatedArticle article, Sentence s, Span content,
                                    Set<String> verbs) {
    int first = s.tokenAt(content.begin());
    int last = s.tokenAt(content.end() - 1);
    if (first < 0 || last < 0 || content.text().contains(GAP)) {
      return content;
    }
    for (int i = first + 1; i < last; i++) {
      Token next = s.tokens().get(i + 1);
      // (a verb that reports through what it takes, "repeating his insistence that …",
      // "blaming delays", is a cue too; "orchestrated tricks, ordering staff to …" may be the
      // content's subject's act)
      String lemma = Clauses.lower(next.lemma());
      boolean cue = verbs.contains(lemma) || ReportedClauses.OBJECT_CUES.contains(lemma);
      if (s.tokens().get(i).word().equals(",") && next.pos().equals("VBG") && cue
          && !article.insideQuote(next.span())) {
        // "Okafor, who seemed unrepentant, insisting …, has now apologised": the participle
        // sits inside the subject; words before it that hold no head of the content are no
        // content of their own
        boolean headBefore = s.tokens().subList(first, i).stream()
            .anyMatch(t -> (t.head() < first || t.head() > last)
                && Character.isLetterOrDigit(t.word().charAt(0)));
        return !headBefore ? content
            : ReportedClauses.trimmed(article, s.tokens().subList(first, i)).orElse(content);
      }
    }
    return content;
  }

  /**
   * "the treasurer said the savings were the same as closing every library, he told members",
   * "…, a new documentary has revealed": a second reporting clause after the last comma at the
   * end (a subject, a verb of saying or disclosing, whom it was said to; no subordinator:
   * "since the trio announced …" is part of it) repeats who spoke or tells where the writer
   * learnt it; it is no part of what was said.
   */
  private static Span withoutClosingReport(AnnotatedArticle article, ReportedClauses.Candidate c,
                                           Span content, Set<String> verbs) {
    Sentence s = c.sentence();
    int first = s.tokenAt(content.begin());
    int last = s.tokenAt(content.end() - 1);
    if (first < 0 || last < 0 || content.text().contains(GAP)) {
      return content;
    }
    int lastComma = last;
    while (lastComma > first && !s.tokens().get(lastComma).word().equals(",")) {
      lastComma--;
    }
    int comma = lastComma;
    if (comma <= first || last - comma > MAX_REPORTING) {
      return content;
    }
    List<Token> clause = s.tokens().subList(comma + 1, last + 1);
    List<Token> finite = clause.stream().filter(t -> FINITE.contains(t.pos())).toList();
    if (finite.isEmpty() && taggedAsNoun(clause, verbs)) {
      return ReportedClauses.trimmed(article, s.tokens().subList(first, comma)).orElse(content);
    }
    if (finite.size() != 1) {
      return content;
    }
    // "…, a new book has claimed": the perfect's auxiliary is finite, the verb after it reports
    // (not a modal's or a passive's: "he should have insisted …", "he is often asked …")
    Token aux = finite.get(0);
    Token verb = aux.deprel().equals("aux") && Clauses.lower(aux.lemma()).equals("have")
        && aux.head() > comma ? s.tokens().get(aux.head()) : aux;
    String lemma = Clauses.lower(verb.lemma());
    boolean reports = verb != c.cue() && (verbs.contains(lemma) || DISCLOSING.contains(lemma))
        && s.dependents(verb.index()).stream().anyMatch(t -> t.deprel().startsWith("nsubj")
            && t.index() > comma && t.index() < verb.index()
            && (t.pos().equals("PRP") || t.pos().startsWith("NN")))
        && s.dependents(verb.index()).stream().noneMatch(t -> t.deprel().equals("ccomp")
            || t.deprel().equals("xcomp") || t.deprel().equals("parataxis")
            || t.deprel().equals("mark") && t.index() > comma)
        && clause.stream().allMatch(t -> t.index() == verb.index()
            || ReportedClauses.under(s, t, verb));
    return reports
        ? ReportedClauses.trimmed(article, s.tokens().subList(first, comma)).orElse(content)
        : content;
  }

  /**
   * "…, the FT reports": a name and a verb of saying that the tagger took for a plural noun
   * ("reports", "says"), nothing else.
   */
  private static boolean taggedAsNoun(List<Token> clause, Set<String> verbs) {
    Token verb = clause.get(clause.size() - 1);
    return clause.size() >= 2 && verb.pos().startsWith("NN") && verb.word().endsWith("s")
        && verbs.contains(Clauses.lower(verb.lemma()))
        && clause.get(clause.size() - 2).pos().startsWith("NNP")
        && clause.subList(0, clause.size() - 1).stream()
            .allMatch(t -> t.pos().startsWith("NNP") || t.pos().equals("DT"));
  }

  /**
   * "told news agency AFP such a deal would …": a verb of telling whose addressee the parser
   * made a second subject of the clause (the cue has no object of its own): the clause
   * starts at its last subject.
   */
  private static Span withoutAddressee(AnnotatedArticle article, ReportedClauses.Candidate c,
                                       Span content) {
    Sentence s = c.sentence();
    int first = s.tokenAt(content.begin());
    int last = s.tokenAt(content.end() - 1);
    if (first < 0 || last < 0 || content.text().contains(GAP)
        || !ReportedClauses.ADDRESSED.contains(Clauses.lower(c.cue().lemma()))
        || s.dependents(c.cue().index()).stream().anyMatch(t -> t.deprel().equals("obj")
            || t.deprel().equals("iobj"))) {
      return content;
    }
    Token head = onlyHead(s, first, last);
    if (head == null) {
      return content;
    }
    // "told Radio 4's Today the government's response would …": the addressee may also be a
    // loose dependent the parser hung before the subject
    List<Token> subjects = s.dependents(head.index()).stream()
        .filter(t -> (t.deprel().startsWith("nsubj") || t.deprel().equals("dep")
            && t.pos().startsWith("NN")) && t.index() < head.index()).toList();
    if (subjects.size() != 2 || !subjects.get(1).deprel().startsWith("nsubj")) {
      return content;
    }
    // the addressee is the clause's first words, right before the subject's
    int addresseeFirst = phraseFirst(s, subjects.get(0));
    int subjectFirst = phraseFirst(s, subjects.get(1));
    if (addresseeFirst != first || subjects.get(0).index() + 1 != subjectFirst) {
      return content;
    }
    return ReportedClauses.trimmed(article, s.tokens().subList(subjectFirst, last + 1))
        .orElse(content);
  }

  /**
   * Nouns an addressee's name may hold: "the BBC programme Go Digital", "Radio 4's Today
   * programme".
   */
  private static final Set<String> OUTLETS = ImmutableSet.of("programme", "program", "show",
      "newspaper", "paper", "website", "magazine", "station", "channel", "radio", "agency",
      "service", "network");
  /** Words that open a clause after an addressee: a subject's first word, "that", a wh-word. */
  private static final Set<String> CLAUSE_OPENERS = ImmutableSet.of("DT", "PRP", "PRP$", "NNP",
      "NNPS", "NNS", "CD", "EX", "WRB", "WP");

  /**
   * "Mr Brown told MPs child benefit would rise …", "told the BBC Mr Howard had …": the parser
   * made the addressee and the clause's subject one object of the verb of telling, so the
   * clause opens with its verb. Its first noun (or organization's name) is whom it was told;
   * the words after it are the clause's subject.
   */
  private static Span withSubjectAfterAddressee(AnnotatedArticle article,
                                                ReportedClauses.Candidate c, Span content) {
    Sentence s = c.sentence();
    List<Token> tokens = s.tokens();
    int first = s.tokenAt(content.begin());
    int last = s.tokenAt(content.end() - 1);
    if (first < 3 || last < 0 || content.text().contains(GAP)
        || !ReportedClauses.ADDRESSED.contains(Clauses.lower(c.cue().lemma()))
        || !tokens.get(first).pos().equals("MD") && !tokens.get(first).deprel().startsWith("aux")) {
      return content;
    }
    Token object = tokens.get(first - 1);
    // ("told the BBC Mr Howard had …": the subject may be a person's name after an outlet)
    if (!object.deprel().equals("obj") || object.head() != c.cue().index()
        || !object.pos().equals("NN")
            && !(object.pos().startsWith("NNP") && "PERSON".equals(object.ner()))) {
      return content;
    }
    if (object.pos().startsWith("NNP")) {
      return personAfterOutlet(article, c, object, last).orElse(content);
    }
    // the object's words: the addressee (a plural noun or a name) right after the cue, then
    // the subject's own words
    int addressee = c.cue().index() + 1;
    Token whom = tokens.get(addressee);
    if (addressee >= first - 1 || whom.head() != object.index()
        || !whom.deprel().equals("compound")
        || !(whom.pos().equals("NNS") || whom.pos().startsWith("NNP"))) {
      return content;
    }
    for (int i = addressee + 1; i < first - 1; i++) {
      if (tokens.get(i).head() != object.index() || !tokens.get(i).pos().startsWith("NN")) {
        return content;
      }
    }
    return ReportedClauses.trimmed(article, tokens.subList(addressee + 1, last + 1))
        .orElse(content);
  }

  /**
   * The clause from the person's name ("Mr Howard") that ends the object {@code object} of a
   * verb of telling, when the object's words before the name are all an organization's or an
   * outlet's ("the BBC", "BBC Radio 4's Today programme"): whom it was told.
   */
  private static Optional<Span> personAfterOutlet(AnnotatedArticle article,
                                                  ReportedClauses.Candidate c, Token object,
                                                  int last) {
    Sentence s = c.sentence();
    List<Token> tokens = s.tokens();
    int start = object.index();
    while (start - 1 > c.cue().index() && (tokens.get(start - 1).pos().startsWith("NNP")
        && "PERSON".equals(tokens.get(start - 1).ner())
        || Names.HONORIFICS.contains(Clauses.lower(tokens.get(start - 1).word())))) {
      start--;
    }
    List<Token> whom = tokens.subList(c.cue().index() + 1, start);
    boolean outlet = whom.stream().anyMatch(t -> "ORGANIZATION".equals(t.ner())
        || OUTLETS.contains(Clauses.lower(t.word())));
    if (!outlet || whom.stream().anyMatch(t -> !ReportedClauses.under(s, t, object)
        || "PERSON".equals(t.ner()))) {
      return Optional.empty();
    }
    return ReportedClauses.trimmed(article, tokens.subList(start, last + 1));
  }

  /**
   * "told BBC Radio 4's Today programme Mr Blair had refused …", "told the BBC programme Go
   * Digital how …": a verb of telling with no object of its own always has its addressee
   * first; when the parser read a named one (capitalised words, an outlet's noun among them)
   * as the clause's start, what was said starts after it, at "that", a wh-word or the words
   * that open the clause's subject. The name ends before a title ("Mr Blair"), where an
   * organization's name gives way to another kind of name ("told Reuters Italian policy …",
   * "BBC News US policy"), and after a body's noun that closes it ("a Commons select committee
   * human rights concerns remained"); a subject there may open with any noun or adjective.
   */
  private static Span withoutNamedAddressee(AnnotatedArticle article,
                                            ReportedClauses.Candidate c, Span content) {
    Sentence s = c.sentence();
    List<Token> tokens = s.tokens();
    int first = s.tokenAt(content.begin());
    int last = s.tokenAt(content.end() - 1);
    if (first != c.cue().index() + 1 || last < 0 || content.text().contains(GAP)
        || !ReportedClauses.ADDRESSED.contains(Clauses.lower(c.cue().lemma()))
        || s.dependents(c.cue().index()).stream().anyMatch(t -> t.deprel().equals("obj")
            || t.deprel().equals("iobj"))) {
      return content;
    }
    int i = first;
    if (Set.of("the", "a", "an").contains(Clauses.lower(tokens.get(i).word()))) {
      i++;
    }
    int named = 0;
    // where the name plainly ends, the subject after it may open with any noun or adjective
    boolean ended = false;
    while (i < last) {
      Token t = tokens.get(i);
      Token previous = tokens.get(i - 1);
      if (named > 0 && (Names.HONORIFICS.contains(Clauses.lower(t.word()))
          || "ORGANIZATION".equals(previous.ner()) && t.ner() != null
              && !t.ner().equals("ORGANIZATION") && !t.ner().equals("O")
              && !t.pos().equals("POS"))) {
        ended = true;
        break;
      }
      // a programme's own title may hold any word ("Go Digital")
      boolean capital = Character.isUpperCase(t.word().charAt(0))
          && (t.pos().startsWith("NNP") || named > 0 && !t.pos().equals("PRP"));
      if (capital || named > 0 && (t.pos().equals("CD") || t.pos().equals("POS")
          || OUTLETS.contains(Clauses.lower(t.word())))) {
        named += capital ? 1 : 0;
        i++;
      } else {
        int body = named > 0 ? bodyNounWithin(tokens, i, last) : -1;
        if (body >= 0) {
          i = body + 1;
          ended = true;
        }
        break;
      }
    }
    if (named == 0 || i >= last) {
      return content;
    }
    Token next = tokens.get(i);
    int from = Clauses.lower(next.word()).equals("that") ? i + 1 : i;
    if (from == i && !CLAUSE_OPENERS.contains(next.pos())
        && !(ended && (next.pos().startsWith("NN") || next.pos().startsWith("JJ")))) {
      return content;
    }
    // what is left is a clause: a finite verb of its own
    boolean finite = tokens.subList(from, last + 1).stream()
        .anyMatch(t -> ReportedClauses.FINITE.contains(t.pos()));
    return finite ? ReportedClauses.trimmed(article, tokens.subList(from, last + 1))
        .orElse(content) : content;
  }

  /** Nouns of a body or an audience that close the name of whom someone told something. */
  private static final Set<String> AUDIENCES = ImmutableSet.of("committee", "panel",
      "inquiry", "hearing", "conference", "audience", "reporters", "journalists", "delegates");

  /**
   * The index of a body's noun among the lowercase words right after a name ("Commons [select
   * committee]"), within two words, or -1.
   */
  private static int bodyNounWithin(List<Token> tokens, int from, int last) {
    for (int k = from; k < Math.min(from + 2, last); k++) {
      Token t = tokens.get(k);
      if (!Character.isLowerCase(t.word().charAt(0))) {
        return -1;
      }
      if (t.pos().startsWith("NN") && (AUDIENCES.contains(Clauses.lower(t.word()))
          || OUTLETS.contains(Clauses.lower(t.word())))) {
        return k;
      }
    }
    return -1;
  }

  /** The first word of the phrase {@code head} heads. */
  private static int phraseFirst(Sentence s, Token head) {
    int first = head.index();
    for (int i = head.index() - 1; i >= 0; i--) {
      if (ReportedClauses.under(s, s.tokens().get(i), head)) {
        first = i;
      }
    }
    return first;
  }

  /**
   * "told BBC 6 Music the record was …": a number and the capitalised words after it, right
   * after whom a verb of telling addresses, finish the addressee's name ("BBC Radio 4"); the
   * parser gave them to the clause.
   */
  private static Span withoutAddresseesName(AnnotatedArticle article,
                                            ReportedClauses.Candidate c, Span content) {
    Sentence s = c.sentence();
    int first = s.tokenAt(content.begin());
    int last = s.tokenAt(content.end() - 1);
    if (first < 1 || last < 0 || content.text().contains(GAP)
        || !ReportedClauses.ADDRESSED.contains(Clauses.lower(c.cue().lemma()))) {
      return content;
    }
    Token before = s.tokens().get(first - 1);
    boolean afterAddressee = before.pos().startsWith("NNP") && s.dependents(c.cue().index())
        .stream().anyMatch(o -> (o.deprel().equals("obj") || o.deprel().equals("iobj"))
            && ReportedClauses.under(s, before, o));
    int k = first;
    if (afterAddressee && s.tokens().get(k).pos().equals("CD") && k + 1 <= last
        && Character.isUpperCase(s.tokens().get(k + 1).word().charAt(0))) {
      k += 2;
      while (k <= last && s.tokens().get(k).pos().startsWith("NNP")) {
        k++;
      }
    }
    return k == first ? content
        : ReportedClauses.trimmed(article, s.tokens().subList(k, last + 1)).orElse(content);
  }

  /**
   * The one word of words {@code first} to {@code last} whose head lies outside them; null when
   * none or several do (the words are no single phrase).
   */
  private static Token onlyHead(Sentence s, int first, int last) {
    Token head = null;
    for (Token t : s.tokens().subList(first, last + 1)) {
      if (t.head() < first || t.head() > last) {
        if (head != null) {
          return null;
        }
        head = t;
      }
    }
    return head;
  }

  /**
   * "told MPs the UK was losing …": a content that opens with its auxiliary takes the subject
   * the parser stranded before it ({@link StrandedSubject}), whichever construction found it,
   * after the addressee too ("told the BBC the “control orders” would …").
   */
  private static Span withStrandedSubject(AnnotatedArticle article, ReportedClauses.Candidate c,
                                          Span content) {
    Sentence s = c.sentence();
    int first = s.tokenAt(content.begin());
    int last = s.tokenAt(content.end() - 1);
    if (first < 0 || last < 0 || content.text().contains(GAP)) {
      return content;
    }
    Token head = onlyHead(s, first, last);
    int stranded = head == null ? -1 : StrandedSubject.first(s, head, c.cue());
    if (stranded < 0 && head != null) {
      stranded = StrandedSubject.afterAddressee(s, head, c.cue());
    }
    if (stranded < 0 || stranded >= first) {
      return content;
    }
    int begin = s.tokens().get(stranded).begin();
    return new Span(begin, content.end(), article.text().substring(begin, content.end()));
  }

  /**
   * "Much of this shopping is likely to be done at work, according to research": the parser
   * hung "according to" on the infinitive a word such as "likely" or "set" governs; what the
   * source says is the whole clause, from its subject.
   */
  private static Span withRaisingWords(AnnotatedArticle article, ReportedClauses.Candidate c,
                                       Span content) {
    Sentence s = c.sentence();
    if (c.construction() != ReportedClauses.Construction.ACCORDING_TO
        || !content.text().startsWith("to ") || content.text().contains(GAP)) {
      return content;
    }
    int first = s.tokenAt(content.begin());
    int last = s.tokenAt(content.end() - 1);
    Token head = first < 0 || last < 0 ? null : onlyHead(s, first, last);
    if (head == null || !head.deprel().equals("xcomp") || head.head() < 0
        || head.head() > first) {
      return content;
    }
    Token governor = s.tokens().get(head.head());
    int begin = first;
    for (Token t : s.tokens()) {
      if (t.index() < begin && ReportedClauses.under(s, t, governor)
          && !ReportedClauses.under(s, t, c.cue())) {
        begin = t.index();
      }
    }
    if (begin == first || s.tokens().subList(begin, first).stream()
        .anyMatch(t -> t.deprel().equals("punct") && !t.word().equals("-"))) {
      return content;
    }
    int at = s.tokens().get(begin).begin();
    return new Span(at, content.end(), article.text().substring(at, content.end()));
  }

  /**
   * "The party said it \"beggared belief\" he could not …": an "it" the parser made the
   * object of a verb of saying, right before the content, is the content's subject (a verb of
   * saying takes no "it" and a clause both).
   */
  private static Span withItBefore(AnnotatedArticle article, ReportedClauses.Candidate c,
                                   Span content) {
    Sentence s = c.sentence();
    int first = s.tokenAt(content.begin());
    if (first < 1 || content.text().contains(GAP) || c.cue().index() >= first
        || ReportedClauses.ADDRESSED.contains(Clauses.lower(c.cue().lemma()))) {
      return content;
    }
    int k = first - 1;
    while (k > c.cue().index() && !Character.isLetterOrDigit(s.tokens().get(k).word().charAt(0))) {
      k--;
    }
    Token it = s.tokens().get(k);
    if (k != c.cue().index() + 1 || !Clauses.lower(it.word()).equals("it")
        || it.head() != c.cue().index() || !it.deprel().equals("obj")) {
      return content;
    }
    return new Span(it.begin(), content.end(), article.text().substring(it.begin(), content.end()));
  }

  /**
   * "called on the prime minister to …", "insisted on delaying the surgery": the "on" of a
   * phrasal verb of saying, right after it, is the verb's, not what was said ("called for X"
   * keeps its "for": what was called for reads with it).
   */
  private static Span withoutParticle(AnnotatedArticle article, ReportedClauses.Candidate c,
                                      Span content) {
    Sentence s = c.sentence();
    int first = s.tokenAt(content.begin());
    int last = s.tokenAt(content.end() - 1);
    if (first < 0 || last <= first || content.text().contains(GAP)
        || first != c.cue().index() + 1 || !s.tokens().get(first).pos().equals("IN")) {
      return content;
    }
    String word = Clauses.lower(s.tokens().get(first).word());
    Token object = s.tokens().get(first).head() < 0 ? null
        : s.tokens().get(s.tokens().get(first).head());
    // "announced on Friday the arrest of …": a time is no particle's object
    if (!word.equals("on") || object == null
        || object.ner() != null && Clauses.TEMPORAL_OR_NUMERIC.contains(object.ner())) {
      return content;
    }
    return ReportedClauses.trimmed(article, s.tokens().subList(first + 1, last + 1), 1)
        .orElse(content);
  }

  /**
   * The phrase from word {@code from} is a bare figure ("26% against") or names someone who may
   * act or speak: a name, or a noun for people, a body or a document ("the unions", "an
   * accompanying survey showing …").
   */
  private static boolean figureOrSomeone(Sentence s, int from, int last) {
    List<Token> phrase = s.tokens().subList(from, last + 1);
    boolean verb = phrase.stream().anyMatch(t -> t.pos().startsWith("VB"));
    if (phrase.get(0).pos().equals("CD")) {
      return !verb;
    }
    for (Token t : phrase) {
      if (t.pos().startsWith("NN") || t.pos().equals("PRP")) {
        String lemma = Clauses.lower(t.lemma());
        boolean named = t.ner() != null && NAMED.contains(t.ner()) || t.pos().equals("NNPS");
        // a document only with what it does after it ("with a survey showing …", not "with a
        // planned release in May")
        boolean acts = phrase.stream().anyMatch(w -> w.index() > t.index()
            && w.pos().startsWith("VB"));
        return named || BodyNominals.NOUNS.contains(lemma) || RoleNominals.NOUNS.contains(lemma)
            || PEOPLE.contains(lemma) || acts && Animacy.DOCUMENTS.contains(lemma);
      }
    }
    return false;
  }

  /** Nouns for people in general who may act or speak. */
  private static final Set<String> PEOPLE = Set.of("people", "member", "critic", "analyst",
      "official", "minister", "campaigner", "protester", "voter", "investor", "expert", "rival");

  /** Tags of a name that can act or speak. */
  private static final Set<String> NAMED = Set.of("PERSON", "ORGANIZATION", "COUNTRY",
      "NATIONALITY", "STATE_OR_PROVINCE", "CITY", "LOCATION");

  /** A participle from word {@code from} on governs {@code w}. */
  private static boolean reportedByParticiple(Sentence s, Token w, int from) {
    Token t = w;
    for (int hops = 0; hops < 8 && t.head() >= from; hops++) {
      t = s.tokens().get(t.head());
      if (t.pos().equals("VBG") || t.pos().equals("VBN")) {
        return true;
      }
    }
    return false;
  }

  /**
   * "Some economists have predicted rates will drop, although others feel the Bank may …": a
   * clause after a comma that sets the view of a subject of its own against what was said
   * ("although others feel", "while critics say", or a name after a bare "but": "but Tory Ann
   * Lee branded it …") is that subject's, not the speaker's.
   */
  private static Span beforeOtherView(AnnotatedArticle article, ReportedClauses.Candidate c,
                                      Span content, Set<String> verbs) {
    Sentence s = c.sentence();
    int first = s.tokenAt(content.begin());
    int last = s.tokenAt(content.end() - 1);
    if (first < 0 || last < 0 || content.text().contains(GAP)) {
      return content;
    }
    for (int i = first + 1; i + 3 <= last; i++) {
      boolean afterComma = s.tokens().get(i).word().equals(",")
          && CONTRASTS.contains(Clauses.lower(s.tokens().get(i + 1).word()));
      // "… “without a stain on his character” but Tory Ann Lee branded …": a name after a
      // bare "but" opens a clause of its own too
      boolean beforeName = Clauses.lower(s.tokens().get(i).word()).equals("but")
          && s.tokens().get(i + 1).pos().startsWith("NNP") && i + 4 <= last;
      if (!afterComma && !beforeName) {
        continue;
      }
      int contrast = afterComma ? i + 1 : i;
      // the subject right after the contrast, then its verb of saying, calling or of a view
      for (int v = contrast + 2; v <= Math.min(last, contrast + 5); v++) {
        Token verb = s.tokens().get(v);
        String lemma = Clauses.lower(verb.lemma());
        boolean holdsAView = verb.pos().startsWith("VB")
            && (VIEWS.contains(lemma) || verbs.contains(lemma) || CALLING.contains(lemma));
        // "although others feel", "though many believed": a subject that is no pronoun (the
        // speaker's own "though he believed" stays theirs)
        int verbIndex = v;
        boolean ownSubject = s.tokens().subList(contrast + 1, v).stream()
            .anyMatch(t -> t.pos().startsWith("NN") || t.head() == verbIndex
                && t.deprel().startsWith("nsubj") && !t.pos().startsWith("PRP"));
        if (holdsAView && ownSubject) {
          return ReportedClauses.trimmed(article, s.tokens().subList(first, i))
              .orElse(content);
        }
      }
    }
    return content;
  }

  /**
   * "According to Frank Bowen, global advisory leader at the firm, the trend …": words right
   * after the named source, set off by commas and with no verb, are the source's title; what
   * was said starts after them.
   */
  private static Span withoutSourcesTitle(AnnotatedArticle article, ReportedClauses.Candidate c,
                                          Span content) {
    Sentence s = c.sentence();
    int first = s.tokenAt(content.begin());
    int last = s.tokenAt(content.end() - 1);
    if (first < 2 || last < 0 || content.text().contains(GAP)
        || c.construction() != ReportedClauses.Construction.ACCORDING_TO
        || !s.tokens().get(first - 1).word().equals(",")
        || !s.tokens().get(first - 2).pos().startsWith("NNP")) {
      return content;
    }
    int comma = first;
    while (comma <= last && !s.tokens().get(comma).word().equals(",")) {
      if (s.tokens().get(comma).pos().startsWith("VB")) {
        return content;
      }
      comma++;
    }
    // the rest is a clause of its own
    if (comma >= last || s.tokens().subList(comma + 1, last + 1).stream()
        .noneMatch(t -> FINITE.contains(t.pos()))) {
      return content;
    }
    return ReportedClauses.trimmed(article, s.tokens().subList(comma + 1, last + 1))
        .orElse(content);
  }

  /**
   * "Donor nations have promised to give $717m, according to the United Nations": an
   * "according to" after a comma at the end of another cue's content names who reports that
   * the cue's subject said it, no part of what was said (it is a statement of its own).
   */
  private static Span withoutOtherSource(AnnotatedArticle article, ReportedClauses.Candidate c,
                                         Span content) {
    Sentence s = c.sentence();
    int first = s.tokenAt(content.begin());
    int last = s.tokenAt(content.end() - 1);
    if (first < 0 || last < 0 || content.text().contains(GAP)
        || c.construction() == ReportedClauses.Construction.ACCORDING_TO) {
      return content;
    }
    for (int i = first + 1; i + 2 <= last; i++) {
      if (s.tokens().get(i).word().equals(",")
          && Clauses.lower(s.tokens().get(i + 1).word()).equals("according")
          && Clauses.lower(s.tokens().get(i + 2).word()).equals("to")
          && s.tokens().subList(i + 3, last + 1).stream().noneMatch(t ->
              FINITE.contains(t.pos()))) {
        return ReportedClauses.trimmed(article, s.tokens().subList(first, i)).orElse(content);
      }
    }
    return content;
  }

  /**
   * "47% said they supported the law, with 26% against", "said the ballot could be held in
   * autumn, with the unions set to back it": a phrase of "with" after a comma or dash at the
   * end, with no verb of its own, that gives a second figure or what someone else (a party, a
   * body, a survey) does, is the writer's setting of the statement beside other facts, not
   * what was said. Any other ("said prices fell, with inflation at a low", "with aid yet to
   * reach some areas") goes on with what was said, as PolNeAR's annotators mark it.
   */
  private static Span withoutAccompaniment(AnnotatedArticle article, Sentence s, Span content) {
    int first = s.tokenAt(content.begin());
    int last = s.tokenAt(content.end() - 1);
    if (first < 0 || last < 0 || content.text().contains(GAP)) {
      return content;
    }
    for (int i = last - 2; i > first; i--) {
      Token t = s.tokens().get(i);
      if (!MARKS.contains(t.word())
          || !Clauses.lower(s.tokens().get(i + 1).word()).equals("with")) {
        continue;
      }
      // a finite verb of its own makes it a clause; one a participle reports ("with a survey
      // showing that pupils knew little") does not
      int from = i + 2;
      Token with = s.tokens().get(i + 1);
      // "with the Tories set to campaign": a verb "with" introduces, or one describing the
      // noun "with" introduces, is a participle, whatever its tag says
      boolean verb = s.tokens().subList(from, last + 1).stream()
          .anyMatch(w -> FINITE.contains(w.pos()) && !reportedByParticiple(s, w, from)
              && !(w.pos().equals("VBD") && (with.head() == w.index()
                  && with.deprel().equals("mark") || w.head() == with.head()
                  && w.deprel().startsWith("acl") && !w.deprel().equals("acl:relcl"))));
      // a quotation around the mark, or one that opens with the phrase ("- \"with a margin
      // to spare\""): the speaker's own words
      boolean quoted = article.quotes().stream().anyMatch(q -> q.outer().begin() < t.begin()
          && q.outer().end() > t.end() || q.inner().begin() == with.begin());
      return verb || quoted || !figureOrSomeone(s, from, last) ? content
          : ReportedClauses.trimmed(article, s.tokens().subList(first, i)).orElse(content);
    }
    return content;
  }

  /**
   * "Cable firms A and B are likely to cut prices and, according to an A spokesman, are in a
   * better position": a content that is the second predicate of a subject named before
   * "according to" says nothing without it; the subject and the predicate, in two pieces.
   * A content with a subject of its own, or in pieces already, stays as it is.
   */
  private static Span withSharedSubject(AnnotatedArticle article, ReportedClauses.Candidate c,
                                        Span content) {
    Sentence s = c.sentence();
    int first = s.tokenAt(content.begin());
    int last = s.tokenAt(content.end() - 1);
    if (first < 0 || last < 0 || content.text().contains(GAP)) {
      return content;
    }
    Token head = onlyHead(s, first, last);
    // only where "according to" hangs from the predicate it reports: a verb's own subject
    // is its speaker, never a part of what it said
    if (head == null || c.construction() != ReportedClauses.Construction.ACCORDING_TO
        || !ReportedClauses.under(s, c.cue(), head)
        || !Clauses.baseRelation(head.deprel()).equals("conj") || head.head() < 0
        || head.head() >= first || s.dependents(head.index()).stream().anyMatch(t ->
            t.deprel().startsWith("nsubj") || t.deprel().equals("expl"))
        || s.dependents(head.index()).stream().noneMatch(t -> t.deprel().equals("cop")
            || t.pos().startsWith("VB") && t.deprel().startsWith("aux"))
            && !FINITE.contains(head.pos())) {
      return content;
    }
    // the subject of the predicate it is coordinated with, or of the one that predicate
    // completes ("are likely [to cut prices] and … are in a better position")
    Token subject = null;
    Token shared = s.tokens().get(head.head());
    for (int hops = 0; hops < 3 && subject == null; hops++) {
      Token verb = shared;
      subject = s.dependents(verb.index()).stream()
          .filter(t -> t.deprel().startsWith("nsubj") && t.index() < verb.index())
          .findFirst().orElse(null);
      String rel = Clauses.baseRelation(verb.deprel());
      if (subject != null || verb.head() < 0 || !rel.equals("xcomp") && !rel.equals("conj")) {
        break;
      }
      shared = s.tokens().get(verb.head());
    }
    // a relative pronoun ("who … are") stands for a noun outside the clause
    if (subject == null || subject.pos().startsWith("W")
        || ReportedClauses.under(s, c.cue(), subject)
        || ReportedClauses.lastUnder(s, subject) >= first) {
      return content;
    }
    List<Token> words = s.tokens().subList(ReportedClauses.firstUnder(s, subject),
        ReportedClauses.lastUnder(s, subject) + 1);
    return pieces(article, words, s.tokens().subList(first, last + 1), content)
        .orElse(content);
  }

  /**
   * "claimed the law would encourage a culture of vice, in an interview on BBC Radio 4": an
   * occasion of speech after a comma at the end is where it was said, not what.
   */
  private static Span withoutOccasion(AnnotatedArticle article, Sentence s, Span content) {
    int first = s.tokenAt(content.begin());
    int last = s.tokenAt(content.end() - 1);
    if (first < 0 || last < 0) {
      return content;
    }
    for (int i = last - 1; i > first; i--) {
      Token t = s.tokens().get(i);
      if (!t.word().equals(",")) {
        continue;
      }
      Token preposition = s.tokens().get(i + 1);
      if (!ReportedClauses.SETTINGS.contains(Clauses.lower(preposition.word()))
          || preposition.head() <= i + 1) {
        return content;
      }
      Token noun = s.tokens().get(preposition.head());
      if (!ReportedClauses.OCCASIONS.contains(Clauses.lower(noun.lemma()))
          || content.text().contains(ContentAroundCue.GAP)) {
        return content;
      }
      return ReportedClauses.trimmed(article, s.tokens().subList(first, i)).orElse(content);
    }
    return content;
  }

  private static Optional<Span> around(AnnotatedArticle article, ReportedClauses.Candidate c,
                                       Set<String> verbs) {
    Sentence s = c.sentence();
    List<Token> tokens = s.tokens();
    int cFirst = s.tokenAt(c.content().begin());
    int cLast = s.tokenAt(c.content().end() - 1);
    int cue = c.cue().index();
    if (cFirst < 0 || cLast < 0) {
      return Optional.of(c.content());
    }
    Stretch stretch = Stretch.around(tokens, cue);
    int rFirst = stretch.first();
    int rLast = stretch.last();
    boolean reporting = reportingClause(s, c, rFirst, rLast);
    if (c.construction() == ReportedClauses.Construction.PARENTHETICAL
        && c.cue().pos().equals("VB") && Clauses.hasChild(s, c.cue(), "to")) {
      // "the organisation had nothing to add on …": an infinitive reports no clause around it
      return Optional.empty();
    }
    Optional<Clauses.InvertedSubject> inverted = Clauses.subjectBetweenMarks(s, c.cue());
    if (inverted.isPresent() && cue < cFirst && cFirst <= inverted.get().close()
        && inverted.get().close() < cLast) {
      // "A key priority, said the forum, is to …": the parser gave the clause the reporting
      // clause's own subject; what was said starts after the closing mark
      rLast = inverted.get().close() - 1;
      reporting = true;
      cFirst = rLast + 2;
    }
    if (cue >= cFirst && cue <= cLast) {
      if (!reporting) {
        return Optional.empty();
      }
      if (rFirst > cFirst && rLast < cLast) {
        // "The council will, the minister said, cut …": the pieces on both sides; "…, he
        // claimed, saying he has …" goes on with a cue of its own, and "hints on whether, as
        // the party claims, he plans …" opens with no word of substance
        List<Token> first = tokens.subList(cFirst, rFirst);
        List<Token> second = tokens.subList(rLast + 1, cLast + 1);
        if (opensWithCue(second, verbs) || !substance(first)) {
          return opensWithCue(second, verbs) ? ReportedClauses.trimmed(article, first)
              : ReportedClauses.trimmed(article, second);
        }
        return pieces(article, first, second, c.content());
      }
      // "…, the company said" ends the content, or opens it: the rest is what was said
      return rFirst > cFirst ? ReportedClauses.trimmed(article, tokens.subList(cFirst, rFirst))
          : rLast < cLast ? ReportedClauses.trimmed(article, tokens.subList(rLast + 1, cLast + 1))
          : Optional.empty();
    }
    if (!reporting || cue >= cFirst || rLast + 2 != cFirst || rFirst < 2
        || !MARKS.contains(tokens.get(rLast + 1).word())
        || !tokens.get(rFirst - 1).word().equals(",")) {
      return Optional.of(c.content());
    }
    // "In 2019, he said, the fleet caught …", "The plan, Berg said, would fail": the words
    // before the reporting clause, when they are a piece of what follows it
    List<Token> before = tokens.subList(0, rFirst - 1);
    // after an inverted subject ("The problem they face, said Ann Lee, is …") the words before
    // are the subject of the predicate after, whatever clause of their own they hold
    boolean subjectBefore = inverted.isPresent() && substance(before)
        && !ReportedClauses.statementBefore(article, s, before.size(), verbs);
    return subjectBefore || fronted(article, s, before, verbs)
        ? pieces(article, before, tokens.subList(cFirst, cLast + 1), c.content())
        : Optional.of(c.content());
  }

  /**
   * Words between marks that report: few, holding the cue and someone who speaks (a name, a
   * noun, a pronoun; "according to X" is one), and no finite verb but the cue's own.
   */
  private static boolean reportingClause(Sentence s, ReportedClauses.Candidate c, int first,
                                         int last) {
    if (last - first + 1 > MAX_REPORTING) {
      return false;
    }
    boolean speaker = false;
    for (Token t : s.tokens().subList(first, last + 1)) {
      if (t.index() == c.cue().index()) {
        continue;
      }
      boolean cueAux = t.head() == c.cue().index() && t.deprel().startsWith("aux");
      if (FINITE.contains(t.pos()) && !cueAux) {
        return false;
      }
      speaker |= t.pos().startsWith("NN") || t.pos().equals("PRP");
    }
    return speaker;
  }

  /**
   * Words that open the sentence before a reporting clause and belong to the clause after it:
   * its subject when that clause has none ("The plan, Berg said, would fail"), or a phrase of
   * time, place or manner when it has ("In 2019, he said, the fleet …"), or a clause a
   * subordinator opens ("If the site returned, the message said, it would …"). Not a clause
   * of their own else (no finite verb), not a participle describing the speaker ("Asked about
   * it, …"), and no cue, quotation or colon of their own.
   */
  private static boolean fronted(AnnotatedArticle article, Sentence s, List<Token> before,
                                 Set<String> verbs) {
    // "If the site returned, the message said, it would …": a clause a subordinator opens
    boolean subordinate = !before.isEmpty() && before.get(0).deprel().equals("mark");
    if (before.isEmpty() || !subordinate && before.stream().anyMatch(t -> FINITE.contains(t.pos()))
        || before.get(0).pos().equals("VBG") || before.get(0).pos().equals("VBN")
        || !substance(before)) {
      return false;
    }
    return !ReportedClauses.statementBefore(article, s, before.size(), verbs);
  }

  /**
   * A word of substance among the words: not only prepositions, subordinators and
   * punctuation ("on whether"); "All of this" has one.
   */
  private static boolean substance(List<Token> words) {
    return words.stream().anyMatch(t -> Character.isLetterOrDigit(t.word().charAt(0))
        && !t.pos().equals("IN") && !t.pos().equals("CC") && !t.pos().equals("TO")
        && !t.deprel().equals("mark"));
  }

  /** The words open with a participle of saying: "saying he has …", a cue of its own. */
  private static boolean opensWithCue(List<Token> words, Set<String> verbs) {
    Token first = words.stream().filter(t -> Character.isLetterOrDigit(t.word().charAt(0)))
        .findFirst().orElse(null);
    return first != null && first.pos().equals("VBG")
        && verbs.contains(Clauses.lower(first.lemma()));
  }

  /** The two pieces as one content: the article's span over both, their words with a gap. */
  private static Optional<Span> pieces(AnnotatedArticle article, List<Token> first,
                                       List<Token> second, Span whole) {
    Optional<Span> a = ReportedClauses.trimmed(article, first, 1);
    Optional<Span> b = ReportedClauses.trimmed(article, second, 1);
    if (a.isEmpty() || b.isEmpty()) {
      return a.isPresent() ? a : b.isPresent() ? b : Optional.of(whole);
    }
    return Optional.of(new Span(a.get().begin(), b.get().end(),
        a.get().text() + GAP + b.get().text()));
  }
}
