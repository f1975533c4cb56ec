package org.newskg.attribute;

import com.google.common.collect.ImmutableSet;
import java.util.Set;
import org.newskg.extract.Sentence;
import org.newskg.extract.Token;

/**
 * "told MPs on Monday caution was needed to …", "told MPs the UK was losing …": with no "that"
 * the parser read the reported clause's subject as the last word of a phrase of the cue ("on
 * Monday caution") or as a loose dependent of its addressee, and left the clause without a
 * subject, or as the cue's object after its addressee ("told news agency AFP such a deal would
 * …"). A noun of the cue's right before a clause that has no subject and
 * opens with its finite auxiliary or copula is that clause's subject, with the words that
 * describe it.
 */
final class StrandedSubject {
  private static final Set<String> FINITE = ImmutableSet.of("VBD", "VBZ", "VBP", "MD");
  private static final Set<String> QUOTE_MARKS = ImmutableSet.of("\"", "''", "``", "\u201d",
      "\u2019", "'");
  /** What a noun's own words before it may be: not the preposition or date of the phrase. */
  private static final Set<String> DESCRIBING = ImmutableSet.of("det", "det:predet", "amod",
      "nmod:poss", "nummod");

  private StrandedSubject() {}

  /**
   * The index of the first word of the subject stranded before {@code clause}, a complement of
   * {@code cue}; -1 when there is none.
   */
  static int first(Sentence s, Token clause, Token cue) {
    // the cue with a subject of its own: a bare participle ("sections added to the festival
    // include …") describes a noun and reports nothing
    if (s.dependents(clause.index()).stream().anyMatch(t -> t.deprel().startsWith("nsubj")
        || t.deprel().startsWith("expl") || t.deprel().equals("mark") && !t.pos().equals("TO"))
        || s.dependents(cue.index()).stream().noneMatch(t -> t.deprel().startsWith("nsubj"))) {
      return -1;
    }
    int start = clauseStart(s, clause, cue);
    // an auxiliary or copula first ("caution was needed"), not a verb that may be the cue's
    // sentence's own ("stages added to the festival include …")
    Token opener = s.tokens().get(start);
    if (start < 1 || start <= cue.index() + 1 || !FINITE.contains(opener.pos())) {
      return -1;
    }
    Token noun = s.tokens().get(start - 1);
    // "told his news conference Britain had …": a name the parser made the addressee's
    // apposition with no comma between them is the subject of the finite verb after it
    if (namedAfterAddressee(s, noun, cue)) {
      int name = noun.index();
      while (name - 1 > cue.index() && s.tokens().get(name - 1).head() == noun.index()
          && s.tokens().get(name - 1).deprel().startsWith("compound")) {
        name--;
      }
      return name;
    }
    if (!(opener.deprel().startsWith("aux") || opener.deprel().equals("cop"))) {
      return -1;
    }
    boolean phraseOfCue = noun.head() == cue.index()
        && Clauses.baseRelation(noun.deprel()).equals("obl")
        && (noun.pos().equals("NN") || noun.pos().equals("NNS"));
    // "told MPs [the UK] was losing …": hung from the addressee as a loose dependent
    Token addressee = noun.head() < 0 ? null : s.tokens().get(noun.head());
    boolean afterAddressee = addressee != null && noun.deprel().equals("dep")
        && addressee.head() == cue.index() && addressee.index() < noun.index()
        && (addressee.deprel().equals("iobj") || addressee.deprel().equals("obj"))
        && noun.pos().startsWith("NN");
    boolean objectAfterAddressee = objectAfterAddressee(s, noun, cue);
    if (!phraseOfCue && !afterAddressee && !objectAfterAddressee) {
      return -1;
    }
    int first = noun.index();
    for (int i = noun.index() - 1; i > cue.index(); i--) {
      Token t = s.tokens().get(i);
      if (t.head() != noun.index() || !DESCRIBING.contains(t.deprel())) {
        break;
      }
      first = i;
    }
    // the addressee's name stays the cue's: "the Daily Post such talks" is "such talks"
    return objectAfterAddressee && !s.tokens().get(first - 1).pos().startsWith("NNP")
        && s.dependents(cue.index()).stream().noneMatch(t -> t.deprel().equals("iobj")
            && t.index() < noun.index()) ? -1 : first;
  }

  /**
   * The index of the clause's first word. "Kell told news agency AFP such a deal would …": the
   * parser may make the cue the subject clause of the clause it reports; the clause's own words
   * are the others.
   */
  private static int clauseStart(Sentence s, Token clause, Token cue) {
    boolean cueInside = ReportedClauses.under(s, cue, clause);
    int start = clause.index();
    for (Token t : s.tokens()) {
      if (ReportedClauses.under(s, t, clause) && !(cueInside && ReportedClauses.under(s, t, cue))) {
        start = Math.min(start, t.index());
      }
    }
    return start;
  }

  /**
   * "said there were no plans", "said 2004 had been a great year": the parser hung the
   * clause's "there", or a year that is its subject, on the cue. The index of that word right
   * before a clause that opens with its finite verb; -1 when there is none.
   */
  static int expletive(Sentence s, Token clause, Token cue) {
    int start = clause.index();
    for (Token t : s.tokens()) {
      if (ReportedClauses.under(s, t, clause)) {
        start = Math.min(start, t.index());
      }
    }
    if (start < 1 || start <= cue.index() + 1 || !FINITE.contains(s.tokens().get(start).pos())) {
      return -1;
    }
    Token before = s.tokens().get(start - 1);
    if (before.head() != cue.index()) {
      return -1;
    }
    // "there" the tagger took for an adverb is existential before a form of "be"
    if (before.pos().equals("EX") || Clauses.lower(before.word()).equals("there")
        && Clauses.lower(s.tokens().get(start).lemma()).equals("be")) {
      return before.index();
    }
    // a year alone ("2004"), with no subject in the clause: the cue's time would come with a
    // preposition or a comma ("said on Monday", "said, in 2004,")
    boolean subjectless = s.dependents(clause.index()).stream()
        .noneMatch(t -> t.deprel().startsWith("nsubj") || t.deprel().startsWith("expl"));
    return subjectless && before.pos().equals("CD") && before.word().matches("(19|20)\\d\\d")
        && s.dependents(before.index()).isEmpty() ? before.index() : -1;
  }

  /**
   * "told news agency AFP such a deal would …", "told the Daily Post such talks were …": a
   * common noun the parser made the cue's object, after whom the cue addresses (an indirect
   * object, or a name it took into the object's phrase).
   */
  private static boolean objectAfterAddressee(Sentence s, Token noun, Token cue) {
    if (noun.head() != cue.index() || !noun.deprel().equals("obj")
        || !(noun.pos().equals("NN") || noun.pos().equals("NNS"))
        || !ReportedClauses.ADDRESSED.contains(Clauses.lower(cue.lemma()))) {
      return false;
    }
    return s.dependents(cue.index()).stream().anyMatch(t -> t.deprel().equals("iobj")
        && t.index() < noun.index())
        || s.dependents(noun.index()).stream().anyMatch(t -> t.deprel().startsWith("compound")
            && t.pos().startsWith("NNP") && t.index() < noun.index());
  }

  /** {@code noun} is a name in apposition to the cue's object, with no comma before it. */
  private static boolean namedAfterAddressee(Sentence s, Token noun, Token cue) {
    if (!noun.deprel().equals("appos") || !noun.pos().startsWith("NNP") || noun.head() < 0
        || !ReportedClauses.ADDRESSED.contains(Clauses.lower(cue.lemma()))) {
      return false;
    }
    Token addressee = s.tokens().get(noun.head());
    if (addressee.head() != cue.index() || addressee.index() >= noun.index()
        || !(addressee.deprel().equals("obj") || addressee.deprel().equals("iobj"))) {
      return false;
    }
    return s.tokens().subList(addressee.index(), noun.index()).stream()
        .noneMatch(t -> t.word().equals(",") || t.word().equals("-"));
  }

  /**
   * "told the BBC the “control orders” would only be used …", "told the news agency Contrack's
   * withdrawal from the contract was …": after the addressee of a verb that addresses someone,
   * the noun phrase right before a clause that has no subject and opens with its auxiliary or
   * copula is that clause's subject, in quotation marks or with words after its noun that
   * {@link #first} does not look past. The index of its first word; -1 when there is none.
   * Read on the content once the reported-speech model has admitted the clause.
   */
  static int afterAddressee(Sentence s, Token clause, Token cue) {
    if (!ReportedClauses.ADDRESSED.contains(Clauses.lower(cue.lemma()))
        || s.dependents(clause.index()).stream().anyMatch(t -> t.deprel().startsWith("nsubj")
            || t.deprel().startsWith("expl") || t.deprel().equals("mark"))
        || s.dependents(cue.index()).stream().noneMatch(t -> t.deprel().startsWith("nsubj"))) {
      return -1;
    }
    int start = clauseStart(s, clause, cue);
    Token opener = s.tokens().get(start);
    if (start <= cue.index() + 2 || !FINITE.contains(opener.pos())
        || !(opener.deprel().startsWith("aux") || opener.deprel().equals("cop"))) {
      return -1;
    }
    int k = start - 1;
    while (k > cue.index() && QUOTE_MARKS.contains(s.tokens().get(k).word())) {
      k--;
    }
    // the phrase the word before the clause ends: its noun's highest head before the clause
    Token noun = s.tokens().get(k);
    while (noun.head() > cue.index() && noun.head() < start) {
      noun = s.tokens().get(noun.head());
    }
    if (!noun.pos().startsWith("NN")) {
      return -1;
    }
    int first = noun.index();
    for (Token t : s.tokens()) {
      if (t.index() > cue.index() && ReportedClauses.under(s, t, noun)) {
        first = Math.min(first, t.index());
      }
    }
    // someone addressed before the phrase ("the BBC"), who stays the cue's
    int phrase = first;
    boolean addressed = s.dependents(cue.index()).stream().anyMatch(t ->
        (t.deprel().equals("iobj") || t.deprel().equals("obj")) && t != s.tokens().get(phrase)
            && t.index() > cue.index() && t.index() < phrase && !ReportedClauses.under(s, t,
            s.tokens().get(phrase)));
    return addressed && noun.index() != clause.index() ? first : -1;
  }
}
