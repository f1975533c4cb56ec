package org.newskg.attribute;

import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.newskg.extract.AnnotatedArticle;
import org.newskg.extract.Quote;
import org.newskg.extract.Sentence;
import org.newskg.extract.Span;
import org.newskg.extract.Token;

/**
 * Reported speech in a parse: a cue (a verb of saying, "according to", a speech noun) and the
 * clause it reports. Pure functions of the dependency parse; whether a candidate is a statement,
 * and who made it, is decided elsewhere.
 */
final class ReportedClauses {
  /** How the cue governs its content. */
  enum Construction {
    /** "X said (that) …", "X told Y …", "X denied that …": the verb's complement clause. */
    COMPLEMENT,
    /** "…, officials said": the clause the cue hangs from. */
    PARENTHETICAL,
    /** "according to X, …": the clause "according to X" modifies. */
    ACCORDING_TO,
    /** "X's claim that …", "a statement saying …": a speech noun's clause. */
    SPEECH_NOUN,
    /** "X criticized the deal", "X called for tariffs", "X urged Y to …": what the verb takes. */
    OBJECT,
    /**
     * "Clinton says there needs to be a law …" parsed without a clause: the words after a verb
     * of saying, to the end of the sentence.
     */
    FOLLOWING
  }

  /**
   * A reported clause.
   *
   * @param cue     the verb, noun or "according" that reports it
   * @param content what is reported, without the complementizer and the edge punctuation
   * @param negated the cue is negated ("did not say that")
   */
  record Candidate(Sentence sentence, Token cue, Span content, Construction construction,
                   boolean negated) {
    /** The same statement with a narrower content. */
    Candidate withContent(Span narrower) {
      return new Candidate(sentence, cue, narrower, construction, negated);
    }

    /** The content's words, in order. */
    List<Token> words() {
      return sentence.tokens().stream().filter(t -> Clauses.inside(content, t)).toList();
    }
  }

  /** Nouns that report what someone said, when they take a clause. */
  static final Set<String> SPEECH_NOUNS = ImmutableSet.of("claim", "statement", "announcement",
      "assertion", "allegation", "warning", "promise", "pledge", "denial", "argument",
      "insistence", "suggestion", "admission", "testimony", "remark", "comment", "accusation",
      "charge", "vow", "message", "declaration", "prediction", "acknowledgment", "contention");
  private static final Set<String> CLAUSAL = ImmutableSet.of("ccomp", "parataxis");
  private static final Set<String> DECLINING = ImmutableSet.of("decline", "refuse", "fail",
      "wish", "want", "hesitate");
  private static final Set<String> MODALS = ImmutableSet.of("will", "would", "could", "may",
      "might", "should", "can", "must", "shall", "'ll");
  /** Marks of a condition: a saying in one is supposed, not made. */
  private static final Set<String> CONDITIONS = ImmutableSet.of("if", "unless");
  /** Auxiliaries of what would or could be, not what was. */
  private static final Set<String> SUPPOSING = ImmutableSet.of("would", "could", "might",
      "'d");
  private static final Set<String> WH_WORDS = ImmutableSet.of("what", "whether", "how", "when",
      "why", "where", "who", "which", "if");
  private static final Set<String> COMPLEMENTS = ImmutableSet.of("ccomp", "parataxis", "dep");
  /** What a verb of saying takes when it reports no clause: its object, its goal. */
  private static final Set<String> TAKES = ImmutableSet.of("obj", "xcomp", "obl", "iobj");
  /**
   * Verbs that report speech only with a clause: what they take otherwise is a thing ("posted
   * pictures", "called a snap poll", "added a goal").
   */
  static final Set<String> CLAUSE_ONLY = ImmutableSet.of("say", "add", "post",
      "text", "email", "tweet", "continue", "point");
  /**
   * Verbs that report what was said through what they take, and are not cues of quotes: "rejected
   * the proposal", "mentioned the audit", "blamed the media for …", "spoke of the legacy …".
   */
  static final Set<String> OBJECT_CUES = ImmutableSet.of("reject", "mention", "blame", "speak",
      "repeat");
  /**
   * Verbs that relay or complain of a message: with a noun phrase alone they name it
   * without saying what it is ("reported the theft to the police", "repeated his pledge",
   * "blamed the loss on the weather", "asked for a ferry", "complained of misrepresentation"),
   * so only a clause they take is what was said.
   */
  private static final Set<String> RELAYED = ImmutableSet.of("report", "repeat", "reiterate",
      "blame", "ask", "tell", "mention", "recount", "recall", "quote", "complain");
  /** What "spoke" takes only with these prepositions ("spoke of …"; not "spoke to reporters"). */
  private static final Set<String> SPOKEN_OF = ImmutableSet.of("of", "about", "against");
  /**
   * Prepositions that open a clause a verb takes: "accused X of lying", "called for X to act",
   * "blamed X for failing", "warned against leaving".
   */
  private static final Set<String> CLAUSE_PREPOSITIONS = ImmutableSet.of("of", "for", "against",
      "about");
  /**
   * Prepositions of where, when, to whom or in what a thing was said ("argued in a study",
   * "told it to the court"), never of what was said.
   */
  static final Set<String> SETTINGS = ImmutableSet.of("in", "at", "during", "after",
      "before", "since", "through", "into", "within", "until");
  /** Occasions and media of speech: "in an interview", "during a campaign stop". */
  static final Set<String> OCCASIONS = ImmutableSet.of("interview", "statement", "study",
      "report", "speech", "ruling", "email", "e-mail", "letter", "rally", "stop", "debate",
      "program", "programme", "forum", "meeting", "conference", "hearing", "appearance", "event",
      "session", "diatribe", "remark", "op-ed", "post", "tweet", "video", "broadcast", "show",
      "briefing", "address", "column", "article", "book", "memo", "filing", "lawsuit", "court",
      "note", "message", "podcast", "documentary", "editorial", "call", "visit", "trip", "tour",
      "campaign", "seminar", "summit", "testimony", "blog", "paper", "survey", "poll");
  /** Verbs whose object is whom they speak to, not what they say. */
  static final Set<String> ADDRESSED = ImmutableSet.of("tell", "ask", "inform", "assure",
      "reassure", "text", "email");
  /** Verbs that ask someone to do something: in the passive, their infinitive is not done. */
  private static final Set<String> ASKED = ImmutableSet.of("ask", "urge", "invite", "tell",
      "call", "order", "request", "challenge", "encourage", "press", "summon", "require");
  /** Relative pronouns that stand for a noun of the sentence. */
  private static final Set<String> RELATIVES = ImmutableSet.of("which", "who", "whom", "that");
  /** Finite verbs and modals: what a clause's subject comes right before. */
  static final Set<String> FINITE = ImmutableSet.of("VBD", "VBZ", "VBP", "MD");
  /** Relations the parser gives a clause it could not place ("…, and X said …"). */
  private static final Set<String> LOOSE = ImmutableSet.of("dep", "parataxis");
  private static final Set<String> EDGE_WORDS = ImmutableSet.of("that", ",", ":", ";", ".",
      "--", "-", "—", "–", "and", "but");
  /** Edge words a clause may not end with: "that" may, as a pronoun ("proof of that"). */
  private static final Set<String> TRAILING_EDGE_WORDS = EDGE_WORDS.stream()
      .filter(w -> !w.equals("that")).collect(ImmutableSet.toImmutableSet());

  private ReportedClauses() {}

  /**
   * Every reported clause of the article, in text order, each clause once. Cues inside quotes
   * are left out, and so are clauses that are mostly a quotation (the quote is their
   * statement), refusals to say ("would not say what …") and clauses that open with another
   * cue ("…, saying …", a candidate of its own).
   */
  static List<Candidate> find(AnnotatedArticle article, Set<String> reportingVerbs) {
    List<Candidate> out = new ArrayList<>();
    for (Candidate found : all(article, reportingVerbs)) {
      Optional<Candidate> within = withinSentence(article, found);
      if (within.isEmpty()) {
        continue;
      }
      Candidate b = beforeAnotherSpeaker(article, within.get(), reportingVerbs);
      b = strandedLastWord(article, afterParticle(article, b));
      b = AttitudeParticiple.cut(article, CueTime.cut(article, b));
      b = NextSpeaker.cut(article, b, reportingVerbs);
      b = DashAside.cut(article, b);
      b = RelativeClauseEnd.cut(article, b);
      b = NarratorsRelative.cut(article, b);
      b = AddresseeTitle.cut(article, b);
      Candidate c = TrailingCondition.extend(article, UnfinishedNoun.extend(article, b));
      Token first = firstWord(c);
      String opener = first == null ? "" : Clauses.lower(first.word());
      // "would not say what …": a refusal to say is no statement
      boolean refusal = c.negated() && WH_WORDS.contains(opener);
      // "…, saying the talks …": the clause of another cue, which is a candidate of its own
      boolean anotherCue = first != null && first.pos().equals("VBG")
          && reportingVerbs.contains(Clauses.lower(first.lemma()));
      // "will stress", "could claim": a saying still to come, or only possible, is no statement
      boolean notYetSaid = c.sentence().dependents(c.cue().index()).stream()
          .anyMatch(t -> t.deprel().startsWith("aux") && MODALS.contains(Clauses.lower(t.word())))
          || expected(c) || coordinatedUnderModal(c);
      // "Lund, who is a lecturer at …, added: “…”": a relative clause before the cue describes
      // the speaker
      boolean relative = first != null && (first.pos().equals("WP") || first.pos().equals("WDT"))
          && first.index() > 0 && c.sentence().tokens().get(first.index() - 1).word().equals(",")
          && !opener.equals("what") && c.content().end() <= c.cue().begin();
      // "other deals announced which meant that …": a clause whose subject is "which" is a
      // relative clause of a noun, no clause a cue reports
      boolean relativeSubject = first != null && opener.equals("which")
          && first.deprel().startsWith("nsubj");

      if (!refusal && !anotherCue && !notYetSaid && !relative && !relativeSubject
          && !CueInName.inName(c.sentence(), c.cue()) && !asked(article, c) && !hypothetical(c)
          && !requested(c) && !passiveWithoutAgent(c) && !OtherSenses.notASaying(c)
          && !settingDescribed(c)
          && !mostlyQuoted(article, c.content()) && !aboutRelative(c)
          && out.stream().noneMatch(o -> o.content().equals(c.content()))) {
        out.add(c);
      }
    }
    return out;
  }

  /**
   * "Coach Sand could take a risk and call …": a cue coordinated with a verb under a modal,
   * without a subject or auxiliary of its own, shares the modal; it is not said yet.
   */
  private static boolean coordinatedUnderModal(Candidate c) {
    Sentence s = c.sentence();
    Token cue = c.cue();
    // the modal's verb must be the sentence's own, not one a verb of saying reports ("said he
    // would order a review and warned against …" warned)
    if (!cue.deprel().equals("conj") || cue.head() < 0
        || s.tokens().get(cue.head()).head() >= 0 || s.dependents(cue.index()).stream()
        .anyMatch(t -> t.deprel().startsWith("nsubj") || t.deprel().startsWith("aux"))) {
      return false;
    }
    return s.dependents(cue.head()).stream().anyMatch(t -> t.deprel().startsWith("aux")
        && t.index() < cue.index() && MODALS.contains(Clauses.lower(t.word())));
  }

  /**
   * "a half-way house where social workers tell people how much …", "living wills, where people
   * say they want …": a relative clause of place in the present describes what happens in a
   * setting, and reports no one's saying ("a dinner where the prime minister told him …" does).
   */
  private static boolean settingDescribed(Candidate c) {
    Token cue = c.cue();
    return Clauses.baseRelation(cue.deprel()).equals("acl")
        && (cue.pos().equals("VBP") || cue.pos().equals("VBZ"))
        && c.sentence().dependents(cue.index()).stream().anyMatch(t -> t.index() < cue.index()
            && t.deprel().equals("advmod")
            && Set.of("where", "whereby").contains(Clauses.lower(t.word())));
  }

  /** Verbs and adjectives of what is still to come: "is expected to announce", "plans to say". */
  private static final Set<String> TO_COME = ImmutableSet.of("expect", "plan", "intend", "hope",
      "want", "wish", "set", "due", "likely", "aim", "prepare", "schedule", "decline",
      "refuse", "fail", "hesitate", "going", "help", "be");

  /**
   * "he is expected to announce details", "is due to set out", "plans to say", "is still to
   * announce", "has yet to confirm", "help to explain": the cue as the infinitive of what is planned, expected,
   * refused or helped along was not said.
   */
  /** Verbs of "has yet to …", "is yet to …". */
  private static final Set<String> STILL_TO = ImmutableSet.of("have", "be");

  private static boolean expected(Candidate c) {
    Token cue = c.cue();
    if (!cue.pos().equals("VB") || !Clauses.hasChild(c.sentence(), cue, "to")) {
      return false;
    }
    // "is still to announce": what is to be said (the parser may call the "is" a copula)
    if (c.sentence().dependents(cue.index()).stream().anyMatch(t -> (t.deprel().startsWith("aux")
        || t.deprel().equals("cop")) && Clauses.lower(t.lemma()).equals("be"))) {
      return true;
    }
    if (cue.head() < 0) {
      return false;
    }
    Token head = c.sentence().tokens().get(cue.head());
    // "has yet to confirm that …", "is yet to say", "is still to announce": not said so far
    // (the parser hangs "yet" from either verb)
    if (STILL_TO.contains(Clauses.lower(head.lemma()))
        && (Clauses.hasChild(c.sentence(), head, "yet")
            || Clauses.hasChild(c.sentence(), cue, "yet")
            || Clauses.hasChild(c.sentence(), head, "still")
            || Clauses.hasChild(c.sentence(), cue, "still"))) {
      return true;
    }
    if (!Clauses.baseRelation(cue.deprel()).equals("xcomp")) {
      return false;
    }
    return TO_COME.contains(Clauses.lower(head.lemma()))
        || TO_COME.contains(Clauses.lower(head.word()));
  }

  /**
   * "… a major part of the new consoles.": the parser, taking the last noun for a verb, hung it
   * from the cue; the word that ends the sentence right after the content is the content's.
   */
  private static Candidate strandedLastWord(AnnotatedArticle article, Candidate c) {
    List<Token> tokens = c.sentence().tokens();
    int last = -1;
    for (Token t : tokens) {
      if (Clauses.inside(c.content(), t)) {
        last = t.index();
      }
    }
    if (last < 0 || last + 1 >= tokens.size()) {
      return c;
    }
    Token next = tokens.get(last + 1);
    boolean ends = tokens.subList(last + 2, tokens.size()).stream()
        .allMatch(t -> t.pos().equals(".") || t.pos().equals("''"));
    if (!ends || next.head() != c.cue().index() || !next.deprel().equals("dep")
        || next.index() < c.cue().index() || !Character.isLetter(next.word().charAt(0))) {
      return c;
    }
    int begin = c.content().begin();
    return new Candidate(c.sentence(), c.cue(),
        new Span(begin, next.end(), article.text().substring(begin, next.end())),
        c.construction(), c.negated());
  }

  /**
   * "pointed out that the farm provides …": the cue's particle is part of the verb, not of what
   * was said; the content starts after it (and after its "that").
   */
  private static Candidate afterParticle(AnnotatedArticle article, Candidate c) {
    List<Token> words = c.words();
    if (words.size() < 2 || words.get(0).head() != c.cue().index()
        || !words.get(0).deprel().equals("compound:prt")) {
      return c;
    }
    return trimmed(article, words.subList(1, words.size())).map(c::withContent).orElse(c);
  }

  /** Marks that set one clause of a sentence off from the next. */
  private static final Set<String> SEPARATORS = ImmutableSet.of("-", "--", "—", "–", ";", ":");

  /**
   * "… after grounding a try - on his death-bed years later he exclaimed: “…”": another speaker
   * introducing their own words with a colon, set off by a dash or a semicolon, is not part of
   * what the first one said; the clause ends at that mark.
   */
  private static Candidate beforeAnotherSpeaker(AnnotatedArticle article, Candidate c,
                                                Set<String> verbs) {
    Sentence s = c.sentence();
    for (Token n : s.tokens()) {
      if (n.index() == c.cue().index() || !Clauses.inside(c.content(), n)
          || !n.pos().startsWith("VB") || !verbs.contains(Clauses.lower(n.lemma()))
          || s.dependents(n.index()).stream().noneMatch(t -> t.deprel().startsWith("nsubj"))
          || s.dependents(n.index()).stream().noneMatch(t -> t.word().equals(":")
              && t.index() > n.index())) {
        continue;
      }
      int first = firstUnder(s, n);
      List<Token> words = new ArrayList<>();
      int separator = -1;
      for (Token t : s.tokens()) {
        if (Clauses.inside(c.content(), t) && t.index() < first) {
          words.add(t);
          // a dash between spaces, not the hyphen of "death-bed"
          boolean spaced = t.begin() > 0 && t.end() < article.text().length()
              && Character.isWhitespace(article.text().charAt(t.begin() - 1))
              && Character.isWhitespace(article.text().charAt(t.end()));
          if (SEPARATORS.contains(t.word()) && (spaced || !t.word().startsWith("-"))) {
            separator = words.size() - 1;
          }
        }
      }
      if (separator > 0 && c.cue().index() < first) {
        Optional<Span> cut = trimmed(article, words.subList(0, separator));
        if (cut.isPresent()) {
          return c.withContent(cut.get());
        }
      }
    }
    return c;
  }

  /**
   * What was said never runs over the end of a sentence, even one the sentence splitter missed
   * ("… bonuses totalling $8.6m. The firm added: …", where "m." was taken for an abbreviation):
   * the clause is cut at the first sentence end inside it, on the side of its cue.
   */
  private static Optional<Candidate> withinSentence(AnnotatedArticle article, Candidate c) {
    List<Token> words = c.words();
    for (int i = 0; i + 1 < words.size(); i++) {
      boolean unstopped = UnstoppedSentence.endsAt(c.sentence(), words.get(i), words.get(i + 1));
      if (!unstopped && !sentenceEnd(article, c.sentence(), words.get(i), words.get(i + 1))) {
        continue;
      }
      Token end = words.get(i);
      if (c.cue().begin() >= end.end()) {
        return trimmed(article, words.subList(i + 1, words.size())).map(c::withContent);
      }
      List<Token> before = new ArrayList<>(words.subList(0, i));
      int begin = words.get(0).begin();
      // "$8.6m.": the token keeps its letters, not the full stop it swallowed
      int cut = end.word().equals(".") || unstopped ? -1 : end.end() - 1;
      if (cut < 0) {
        return trimmed(article, before).map(c::withContent);
      }
      Span span = new Span(begin, cut, article.text().substring(begin, cut));
      return Optional.of(c.withContent(span));
    }
    return Optional.of(c);
  }

  /**
   * A full stop that ends a sentence inside a parsed one: a "." of its own, or one an amount's
   * unit swallowed ("$8.6m.", "6bn."), followed by a capital after white space.
   */
  private static final Pattern AMOUNT_STOP = Pattern.compile("[$£€]?[0-9][0-9.,]*(m|bn|tn|k)\\.");
  private static final Pattern UNIT_STOP = Pattern.compile("(m|bn|tn|k)\\.");

  private static boolean sentenceEnd(AnnotatedArticle article, Sentence s, Token t,
                                     Token next) {
    String w = t.word();
    if (!w.endsWith(".")) {
      return false;
    }
    // "$8.6m." or "8.6 m.", not "Richard M. Nixon": an initial is no amount
    boolean amount = AMOUNT_STOP.matcher(w).matches()
        || UNIT_STOP.matcher(w).matches() && t.index() > 0
            && s.tokens().get(t.index() - 1).pos().equals("CD");
    boolean stop = w.equals(".") || amount;
    return stop && next.begin() > t.end()
        && Character.isWhitespace(article.text().charAt(t.end()))
        && (Character.isUpperCase(next.word().charAt(0)) || next.word().equals("``")
            || next.word().equals("\"") || next.word().equals("“"));
  }


  /**
   * "companies, which critics accused of dealing with X", "the tax, which the party says often
   * makes it costly": what was said is about the noun the relative pronoun stands for, which
   * lies outside the clause and its cue, so no span of the sentence says it; no statement. "X,
   * who said that …" (the pronoun as the cue's subject: its speaker) is one.
   */
  private static boolean aboutRelative(Candidate c) {
    Sentence s = c.sentence();
    // "services, of which there are 230 according to figures": the clause opens with the
    // pronoun (or its preposition), so it describes a noun before it
    List<Token> opening = new ArrayList<>();
    for (Token t : s.tokens()) {
      if (Clauses.inside(c.content(), t) && opening.size() < 2) {
        opening.add(t);
      }
    }
    if (!opening.isEmpty() && opening.get(0).index() > 0) {
      Token first = opening.get(0).pos().equals("IN") && opening.size() > 1
          ? opening.get(1) : opening.get(0);
      // after a noun or its comma, not after a verb ("asked who would pay" asks a question)
      Token before = s.tokens().get(opening.get(0).index() - 1);
      boolean afterNoun = before.word().equals(",") || before.pos().startsWith("NN");
      // the relative clause is all of the content: "who was born in X, of associating with Y"
      // (the parser's cut through an object) goes on past it
      boolean whole = first.head() >= 0 && lastUnder(s, s.tokens().get(first.head()))
          >= s.tokenAt(c.content().end() - 1);
      if (c.construction() == Construction.ACCORDING_TO && afterNoun && whole && (first.pos().equals("WDT") || first.pos().equals("WP") || first.pos().equals("WP$"))
          && Set.of("which", "who", "whom", "whose").contains(Clauses.lower(first.word()))) {
        return true;
      }
    }
    for (Token t : s.tokens()) {
      if (t.index() >= c.cue().index() || !(t.pos().equals("WDT") || t.pos().equals("WP"))
          || !RELATIVES.contains(Clauses.lower(t.word())) || t.head() < 0) {
        continue;
      }
      Token head = s.tokens().get(t.head());
      // "in which he said …" (a place or time of saying) keeps its clause
      boolean cueObject = head.index() == c.cue().index()
          && (t.deprel().equals("obj") || t.deprel().equals("iobj"));
      // "people who depend on farming" wholly inside the content is part of what was said
      boolean outside = !Clauses.inside(c.content(), t) || t.begin() == c.content().begin();
      boolean contentSubject = outside && Clauses.inside(c.content(), head)
          && t.deprel().startsWith("nsubj");
      if (cueObject || contentSubject) {
        return true;
      }
    }
    return false;
  }

  /**
   * The writer asks, and asserts nothing: a sentence that ends with a question mark outside
   * any quotation ("Did the council tell them that …?", "Would it be too much to ask for …?").
   */
  private static boolean asked(AnnotatedArticle article, Candidate c) {
    List<Token> tokens = c.sentence().tokens();
    for (int i = tokens.size() - 1; i >= 0; i--) {
      Token t = tokens.get(i);
      if (t.word().equals("?")) {
        return !Clauses.insideQuote(article, t);
      }
      if (!t.pos().equals(".") && !t.pos().equals("''") && !t.pos().equals("-RRB-")) {
        return false;
      }
    }
    return false;
  }

  /**
   * A saying only supposed: the cue in a condition ("If X said …, …") or under a verb of what
   * would or could happen ("It would be too much to ask …").
   */
  private static boolean hypothetical(Candidate c) {
    Sentence s = c.sentence();
    Token current = c.cue();
    boolean fromConjunct = false;
    for (int hops = 0; hops < 4; hops++) {
      // the cue's own modal is a saying still to come ("will stress"), left out in find();
      // a first conjunct's modal is its own ("could face jail, and said he would appeal")
      boolean above = hops > 0 && !fromConjunct;
      boolean supposed = s.dependents(current.index()).stream().anyMatch(t ->
          t.deprel().equals("mark") && CONDITIONS.contains(Clauses.lower(t.word()))
          || above && t.deprel().startsWith("aux")
              && SUPPOSING.contains(Clauses.lower(t.word())));
      if (supposed) {
        return true;
      }
      String rel = Clauses.baseRelation(current.deprel());
      // up to the predicate the cue completes ("too much to ask"), not to a clause the parser
      // made the cue the subject of ("X said praise would not …": what the cue reports); and
      // from a second verb in the same form that shares the first's subject to the first ("if
      // he keeps his form and repeats …": the condition holds for both)
      boolean sharedConjunct = rel.equals("conj") && current.head() >= 0
          && current.head() < current.index()
          && s.tokens().get(current.head()).pos().equals(current.pos())
          && s.dependents(current.index()).stream()
              .noneMatch(t -> t.deprel().startsWith("nsubj") || t.deprel().startsWith("expl"));
      if (current.head() < 0 || !(rel.equals("xcomp") || sharedConjunct
          || rel.equals("csubj") && current.head() < current.index())) {
        return false;
      }
      fromConjunct = sharedConjunct;
      current = s.tokens().get(current.head());
    }
    return false;
  }

  /**
   * A saying someone is asked for: the cue as the infinitive of a verb addressed to someone
   * ("pleaded with the captain to reject the offer", "urged the council to deny …"), whose
   * subject is who was asked, not who spoke.
   */
  private static boolean requested(Candidate c) {
    Sentence s = c.sentence();
    Token cue = c.cue();
    String rel = Clauses.baseRelation(cue.deprel());
    if (!(rel.equals("xcomp") || rel.equals("advcl")) || cue.head() < 0
        || !Clauses.hasChild(s, cue, "to")) {
      return false;
    }
    Token head = s.tokens().get(cue.head());
    if (ASKED.contains(Clauses.lower(head.lemma())) && s.dependents(head.index()).stream()
        .anyMatch(t -> t.deprel().equals("aux:pass") || t.deprel().equals("nsubj:pass"))) {
      return true;  // "has been asked to explain the comments": what was asked, not yet said
    }
    // "pleaded with the captain to reject": the parser may give the infinitive that subject
    boolean ownSubject = s.dependents(cue.index()).stream()
        .anyMatch(t -> t.deprel().startsWith("nsubj") && t.index() < cue.index());
    return head.pos().startsWith("VB") && (ownSubject
        || s.dependents(head.index()).stream().anyMatch(t ->
        t.index() > head.index() && t.index() < cue.index()
            && (t.deprel().equals("obj") || t.deprel().equals("iobj")
                || Clauses.baseRelation(t.deprel()).equals("obl")
                && "with".equals(s.preposition(t.index())))));
  }

  /**
   * "The government was told that …", "after being accused of …": the subject of a passive
   * verb of saying is whom it was said to or about; without "by X" the speaker is not named in
   * the clause. So for a past participle that describes a noun ("the trend predicted for this
   * year", "recently announced changes").
   */
  private static boolean passiveWithoutAgent(Candidate c) {
    Sentence s = c.sentence();
    Token cue = c.cue();
    // "the big trend predicted for this year is …": a past participle that modifies a noun
    boolean reduced = cue.pos().equals("VBN") && (cue.deprel().startsWith("acl")
        && cue.head() >= 0 && cue.head() < cue.index() || cue.deprel().equals("amod"));
    return cue.pos().startsWith("VB")
        && (reduced || s.dependents(cue.index()).stream().anyMatch(t ->
            t.deprel().equals("nsubj:pass") || t.deprel().equals("aux:pass")))
        && s.dependents(cue.index()).stream().noneMatch(t -> t.deprel().equals("obl:agent"));
  }

  private static Token firstWord(Candidate c) {
    for (Token t : c.sentence().tokens()) {
      if (Clauses.inside(c.content(), t)) {
        return t;
      }
    }
    return null;
  }

  /**
   * One quotation makes half or more of the clause's characters: "“…,” she said" reports the
   * quote. A clause woven of several fragments ("condemned the test as “provocative” and a
   * “grave threat”") stays a reported clause with its quotes as parts.
   */
  private static boolean mostlyQuoted(AnnotatedArticle article, Span content) {
    for (Quote q : article.quotes()) {
      if (!wellPaired(q)) {
        continue;
      }
      int inside = Math.max(0, Math.min(q.inner().end(), content.end())
          - Math.max(q.inner().begin(), content.begin()));
      if (inside * 2 >= content.end() - content.begin()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Inside a quotation whose marks pair up: a cue in a span the quote finder closed only at a
   * later, other mark ("… Obama" on the fuel standard. Grassley said …”) is still a cue.
   */
  private static boolean insideQuote(AnnotatedArticle article, Token t) {
    for (Quote q : article.quotes()) {
      if (q.outer().begin() <= t.begin() && t.end() <= q.outer().end() && wellPaired(q)) {
        return true;
      }
    }
    return false;
  }

  /** True when one of {@code quotes} (their marks included) encloses {@code t}. */
  private static boolean inside(List<Span> quotes, Token t) {
    for (Span q : quotes) {
      if (q.begin() <= t.begin() && t.end() <= q.end()) {
        return true;
      }
    }
    return false;
  }

  /**
   * A quotation with no double quotation mark inside: a quote within a quote takes single
   * marks, so a double one inside means the opening mark was paired with the wrong closing one
   * (texts that mix straight and curly marks). An opening mark that starts a paragraph inside
   * it continues the quotation over paragraphs and pairs with nothing.
   */
  private static boolean wellPaired(Quote q) {
    String inner = q.inner().text();
    for (int i = 0; i < inner.length(); i++) {
      char ch = inner.charAt(i);
      boolean mark = ch == '"' || ch == '“' || ch == '”'
          || (ch == '\'' || ch == '`') && i + 1 < inner.length() && inner.charAt(i + 1) == ch;
      if (mark && !paragraphStart(inner, i)) {
        return false;
      }
    }
    return true;
  }

  /** A quotation going on over paragraphs opens each of them again: "…\n\n“We will …". */
  private static boolean paragraphStart(String text, int at) {
    for (int i = at - 1; i >= 0; i--) {
      char ch = text.charAt(i);
      if (ch == '\n') {
        return true;
      }
      if (!Character.isWhitespace(ch)) {
        return false;
      }
    }
    return false;
  }

  private static List<Candidate> all(AnnotatedArticle article, Set<String> reportingVerbs) {
    List<Candidate> out = new ArrayList<>();
    // which quotes pair up is read once, not again for every token
    List<Span> paired = new ArrayList<>();
    for (Quote q : article.quotes()) {
      if (wellPaired(q)) {
        paired.add(q.outer());
      }
    }
    for (Sentence s : article.sentences()) {
      for (Token t : s.tokens()) {
        if (inside(paired, t)) {
          continue;
        }
        if (Clauses.isAccordingTo(s, t)) {
          accordingTo(article, s, t, reportingVerbs).ifPresent(out::add);
        } else if (t.pos().startsWith("VB") && !partOfName(s, t)
            && (reportingVerbs.contains(Clauses.lower(t.lemma()))
                || OBJECT_CUES.contains(Clauses.lower(t.lemma())))) {
          verb(article, s, t, reportingVerbs).ifPresent(out::add);
        } else if (t.pos().startsWith("NN") && SPEECH_NOUNS.contains(Clauses.lower(t.lemma()))) {
          noun(article, s, t, reportingVerbs).ifPresent(out::add);
        }
      }
    }
    return out;
  }

  /**
   * "the My Ask Jeeves banner", "Say Yes campaign": a verb's word capitalised in the middle of a
   * sentence, after a word, is part of a name, not a verb of saying; a headline's title case
   * ("Mayor Says Plan Will Fail", where few words are in lower case) is no sign of one.
   */
  private static boolean partOfName(Sentence s, Token t) {
    if (t.index() == 0 || !Character.isUpperCase(t.word().codePointAt(0))
        || !Character.isLetterOrDigit(s.tokens().get(t.index() - 1).word().codePointAt(0))) {
      return false;
    }
    return s.tokens().stream().filter(w -> w.word().length() > 3
        && Character.isLowerCase(w.word().codePointAt(0))).count() >= 2;
  }

  private static Optional<Candidate> verb(AnnotatedArticle article, Sentence s,
                                                    Token verb, Set<String> reportingVerbs) {
    Optional<Candidate> named = namedLast(article, s, verb);
    if (named.isPresent()) {
      return named;
    }
    Optional<Candidate> inverted = invertedLast(article, s, verb);
    if (inverted.isPresent()) {
      return inverted;
    }
    Optional<Candidate> subjectClause = reportingSubject(article, s, verb, reportingVerbs);
    if (subjectClause.isPresent()) {
      return subjectClause;
    }
    Optional<Candidate> interrupting = interrupting(article, s, verb, reportingVerbs);
    if (interrupting.isPresent()) {
      return interrupting;
    }
    // a complement first: "Asked about the map, Reid said the party …" reports what follows
    List<Token> children = new ArrayList<>();
    boolean skippedCue = false;
    for (Token child : s.dependents(verb.index())) {
      String rel = Clauses.baseRelation(child.deprel());
      // "Nicklaus said it’s one of …": a clause the parser made a subjectless complement;
      // "Railing against the plan, Berg vows to …": a subjectless one before a verb that takes
      // something after it is the circumstance
      boolean circumstance = child.index() < verb.index() && !hasSubject(s, child)
          && takesAfter(s, verb);
      // "…,” he said, referring to …": a participle set off by a comma after the cue tells
      // what the speaker was doing, not what was said (a participle of saying, "…, adding
      // that …", is a cue of its own)
      boolean participle = child.index() == verb.index() + 2 && child.pos().equals("VBG")
          && s.tokens().get(verb.index() + 1).word().equals(",") && !hasSubject(s, child);
      // "rejected the charge, saying the decision was …": a participle of saying reports a
      // clause of its own (a candidate of its own), not the first verb's
      boolean ownCue = child.index() > verb.index() && child.pos().equals("VBG")
          && reportingVerbs.contains(Clauses.lower(child.lemma())) && !hasSubject(s, child);
      // "speaking at a seminar organised by X": a bare past participle the parser left loose
      // modifies a noun; it is no clause ("a memoir entitled X", with an object, may be one)
      // (after a phrase of a preposition the verb takes, "called for the release of inmates and
      // suspects detained without trial", a noun before it is the one it modifies, not its
      // subject)
      boolean bare = rel.equals("dep") && child.pos().equals("VBN")
          && s.dependents(child.index()).stream().noneMatch(t -> t.deprel().startsWith("aux"));
      boolean reduced = bare && !hasSubject(s, child)
          && s.dependents(child.index()).stream().noneMatch(t ->
              Set.of("obj", "iobj", "xcomp", "ccomp").contains(t.deprel()))
          || bare && s.dependents(verb.index()).stream().anyMatch(t ->
              t.deprel().startsWith("obl") && t.index() > verb.index()
                  && t.index() < child.index())
              && s.tokens().subList(verb.index() + 1, child.index()).stream()
                  .noneMatch(t -> t.pos().equals(",") || t.pos().equals(":"));
      // "told reporters [the crews] had agreed to …": the clause's subject taken for an object
      boolean objectSubject = rel.equals("xcomp") && s.dependents(verb.index()).stream()
          .anyMatch(o -> o.deprel().equals("obj") && o.index() < child.index()
              && addresseeBefore(s, verb, o) && subjectOfNextVerb(s, o, child));
      // "X had undergone surgery and federation spokesman Y said: “…”": a loose clause before
      // the cue, when the cue has its complement after it, is the writer's, joined by "and"
      boolean writers = rel.equals("dep") && child.index() < verb.index()
          && s.dependents(verb.index()).stream().anyMatch(t -> t.index() > verb.index()
              && CLAUSAL.contains(Clauses.baseRelation(t.deprel())));
      // "“…”, said X, a spokesman quoted in China Daily": after a quotation the cue's inverted
      // subject is its speaker, not the subject of a clause the cue reports
      boolean invertedAfterQuote = afterQuotation(s, verb) && FINITE.contains(verb.pos())
          && s.dependents(child.index()).stream()
          .anyMatch(t -> t.deprel().startsWith("nsubj") && firstUnder(s, t) == verb.index() + 1);
      // "criticised the approach, and the EU's ambassador, X, said …": a finite verb of saying
      // after a conjunction and the words of a subject, with no verb between, is another
      // speaker's cue (a candidate of its own), wherever the parser hung it
      boolean othersCue = child.index() > verb.index() && FINITE.contains(child.pos())
          && LOOSE.contains(rel)
          && reportingVerbs.contains(Clauses.lower(child.lemma()))
          && subjectAfterConjunction(s, verb, child);
      skippedCue |= ownCue;
      if (!circumstance && !participle && !ownCue && !reduced && !writers && !invertedAfterQuote
          && !othersCue
          && !GappedRelative.is(s, child) && !afterButWithOwnComplement(s, verb, child)
          && !reportedByItsParticiple(s, child, reportingVerbs)
          && (COMPLEMENTS.contains(rel)
              || rel.equals("xcomp") && (hasSubject(s, child) || objectSubject))) {
        children.add(child);
      }
    }
    Optional<Span> urged = addresseeClause(article, s, verb);
    if (urged.isPresent()) {
      return urged.map(c -> new Candidate(s, verb, c, Construction.OBJECT, negated(s, verb)));
    }
    for (Token child : s.dependents(verb.index())) {
      // the parser often attaches a clause before the cue as a modifier ("…, sources said");
      // one without a subject of its own is the circumstance ("Asked about it, X said …")
      // ("Railing against the plan, Berg vowed to …" reports what the verb takes after it)
      // "When terrorists strike, they call them “lone wolves”": a clause a subordinator opens,
      // before a verb that takes its own object, is when or why, not what was said
      boolean subordinate = takesAfter(s, verb) && s.dependents(child.index()).stream()
          .anyMatch(t -> t.index() == firstUnder(s, child) && (t.deprel().equals("mark")
              || t.deprel().equals("advmod") && t.pos().equals("WRB")));
      if (Clauses.baseRelation(child.deprel()).equals("advcl") && child.index() < verb.index()
          && verb.head() < 0 && commaBetween(s, child, verb) && !subordinate
          && !clauseOfItsOwnAfter(s, verb)
          && (hasSubject(s, child) || children.isEmpty() && !takesAfter(s, verb))) {
        children.add(child);
      }
    }
    for (Token child : children) {
      // "describes itself as X and said the move was necessary": a clause after a second
      // verb of saying coordinated with this one is what the second one reports
      boolean secondCue = s.dependents(verb.index()).stream().anyMatch(t ->
          t.deprel().equals("conj") && t.index() > verb.index() && t.index() < child.index()
              && t.pos().startsWith("VB") && reportingVerbs.contains(Clauses.lower(t.lemma())));
      if (secondCue) {
        continue;
      }
      if (child.pos().startsWith("VB") || hasClauseParts(s, child)) {
        Optional<Span> content = child.index() < verb.index()
            ? clauseBefore(article, s, child, verb, reportingVerbs)
                .map(c -> hungInside(article, s, verb, c, reportingVerbs))
            : withSubject(article, s, child, verb, reportingVerbs)
                .map(c -> completed(article, s, verb, child, c))
                .map(c -> andThat(article, s, verb, child, c))
                .map(c -> loseEnd(article, s, verb, c, reportingVerbs));
        return content.map(c -> new Candidate(s, verb, c, Construction.COMPLEMENT,
            negated(s, verb)));
      }
    }
    Optional<Span> objectClause = objectClause(article, s, verb);
    if (objectClause.isPresent()) {
      return objectClause.map(c -> new Candidate(s, verb, c, Construction.COMPLEMENT,
          negated(s, verb)));
    }
    Optional<Candidate> misparsed = misparsed(article, s, verb, reportingVerbs);
    if (misparsed.isPresent()) {
      return misparsed;
    }
    if (verb.head() >= 0 && CLAUSAL.contains(Clauses.baseRelation(verb.deprel()))
        && !(Clauses.baseRelation(verb.deprel()).equals("parataxis")
            && clauseOfItsOwnAfter(s, verb))) {
      // "The talks will resume, officials said": the parser hangs the cue from the clause
      Token clause = s.tokens().get(verb.head());
      boolean clauseReportsItself = reportingVerbs.contains(Clauses.lower(clause.lemma()))
          && s.dependents(clause.index()).stream().anyMatch(t -> t.deprel().startsWith("nsubj"));
      // "The Foreign Office says …, Blair told the BBC": the clause has its own speaker
      if (!clauseReportsItself && (clause.pos().startsWith("VB") || hasClauseParts(s, clause))) {
        boolean cueEnds = s.tokens().stream().noneMatch(t -> t.index() > verb.index()
            && !t.pos().equals(".") && !t.pos().equals(",") && !under(s, t, verb));
        Optional<Span> content = cueEnds && clause.index() < verb.index()
            ? clauseBefore(article, s, clause, verb, reportingVerbs)
                .map(c -> fromStart(article, s, clause, c, reportingVerbs))
            : clauseAround(article, s, clause, verb, reportingVerbs);
        return content.map(c -> new Candidate(s, verb, c, Construction.PARENTHETICAL,
            negated(s, verb)));
      }
    }
    // "said as much in an interview, arguing that …": the clause is the participle's
    if (skippedCue && children.isEmpty() && CLAUSE_ONLY.contains(Clauses.lower(verb.lemma()))) {
      return Optional.empty();
    }
    if (CLAUSE_ONLY.contains(Clauses.lower(verb.lemma())) && !passive(s, verb)
        && !declined(s, verb)) {
      return following(article, s, verb).map(c -> new Candidate(s, verb, c,
          Construction.FOLLOWING, false));
    }
    if (CLAUSE_ONLY.contains(Clauses.lower(verb.lemma()))
        || Clauses.lower(verb.lemma()).equals("call") && !callsFor(article, s, verb)
        || passive(s, verb) || declined(s, verb)) {
      return Optional.empty();
    }
    if (RELAYED.contains(Clauses.lower(verb.lemma())) && !takesClause(s, verb)) {
      return Optional.empty();
    }
    return taken(article, s, verb, reportingVerbs).map(c -> new Candidate(s, verb, c,
        Construction.OBJECT, negated(s, verb)));
  }

  /**
   * Between {@code verb} and {@code later}, a conjunction followed by a noun and no verb up to
   * {@code later}: the words of a subject of {@code later}'s own.
   */
  private static boolean subjectAfterConjunction(Sentence s, Token verb, Token later) {
    for (int i = later.index() - 1; i > verb.index(); i--) {
      Token t = s.tokens().get(i);
      if (t.pos().startsWith("VB") || t.pos().equals("MD")) {
        return false;
      }
      if (t.pos().equals("CC")) {
        return s.tokens().subList(i + 1, later.index()).stream()
            .anyMatch(w -> w.pos().startsWith("NN"));
      }
    }
    return false;
  }

  /** A closing quotation mark, with or without a comma, right before {@code verb}. */
  private static boolean afterQuotation(Sentence s, Token verb) {
    int i = verb.index() - 1;
    if (i >= 0 && s.tokens().get(i).word().equals(",")) {
      i--;
    }
    return i >= 0 && s.tokens().get(i).pos().equals("''");
  }

  /**
   * "…, the adviser they asked to find savings": a verb of saying that takes a clause of its
   * own after it (an infinitive or a complement clause) reports that clause; it is no
   * reporting clause of the writer's clause before it, wherever the parser hung it.
   */
  private static boolean clauseOfItsOwnAfter(Sentence s, Token verb) {
    return s.dependents(verb.index()).stream().anyMatch(t -> t.index() > verb.index()
        && t.pos().startsWith("VB")
        && Set.of("xcomp", "ccomp").contains(Clauses.baseRelation(t.deprel())));
  }

  /**
   * "Nordfarm has promised to have the tractors ready, but there are fears orders may not be
   * met": a clause after ", but" that the parser made a second complement of a verb that has
   * its own complement before the comma is the writer's (or another speaker's), not what the
   * verb reports.
   */
  private static boolean afterButWithOwnComplement(Sentence s, Token verb, Token child) {
    int first = firstUnder(s, child);
    if (child.index() < verb.index() || first < 2
        || !Clauses.lower(s.tokens().get(first).word()).equals("but")
        || !s.tokens().get(first - 1).word().equals(",")) {
      return false;
    }
    return s.dependents(verb.index()).stream().anyMatch(t -> t.index() > verb.index()
        && t.index() < first - 1 && !t.equals(child)
        && Set.of("obj", "xcomp", "ccomp").contains(Clauses.baseRelation(t.deprel())));
  }

  /**
   * "saying [the decision to buy the shares was “no more than a possibility”]": the parser made
   * the clause's subject the verb's object and hung the clause's verb (a finite verb or copula
   * right after the object's own words) from it; the object's words are the clause.
   */
  private static Optional<Span> objectClause(AnnotatedArticle article, Sentence s, Token verb) {
    for (Token o : s.dependents(verb.index())) {
      if (!o.deprel().equals("obj") || o.index() < verb.index() || !o.pos().startsWith("NN")) {
        continue;
      }
      for (Token d : s.dependents(o.index())) {
        boolean finite = d.pos().equals("VBD") || d.pos().equals("VBZ") || d.pos().equals("VBP")
            || d.pos().equals("MD");
        if (d.deprel().equals("dep") && finite && d.index() > o.index()
            && s.dependents(d.index()).stream().noneMatch(t -> t.deprel().startsWith("nsubj"))
            && s.tokens().subList(o.index() + 1, d.index()).stream()
                .allMatch(t -> under(s, t, o) && !under(s, t, d))) {
          return trimmed(article, s.tokens().subList(firstUnder(s, o), lastUnder(s, o) + 1));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * "urged Care International, the aid agency she works for, to close its office": the parser
   * took the addressee and its relative clause for a complement clause, and hung the infinitive
   * (what was urged) from the verb after it. Whom the verb addresses and what they are urged to
   * do, as for "urged the council to close it", is what was said.
   */
  private static Optional<Span> addresseeClause(AnnotatedArticle article, Sentence s,
                                                Token verb) {
    for (Token clause : s.dependents(verb.index())) {
      if (!clause.deprel().equals("ccomp") || clause.index() < verb.index()
          || s.dependents(clause.index()).stream().anyMatch(t -> t.deprel().equals("mark"))) {
        continue;
      }
      Token subject = s.dependents(clause.index()).stream()
          .filter(t -> t.deprel().startsWith("nsubj")).findFirst().orElse(null);
      // the addressee: the clause's first subject, right after the verb, a name or noun
      if (subject == null || firstUnder(s, subject) != verb.index() + 1
          || !subject.pos().startsWith("NN")) {
        continue;
      }
      for (Token infinitive : s.dependents(verb.index())) {
        if (infinitive.deprel().equals("xcomp") && infinitive.index() > lastUnder(s, clause)
            && infinitive.pos().equals("VB") && Clauses.hasChild(s, infinitive, "to")
            && !hasSubject(s, infinitive)) {
          return trimmed(article, s.tokens().subList(firstUnder(s, subject),
              lastUnder(s, infinitive) + 1));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * "Trump said praise from Putin would not affect his policy": the parser made the reporting
   * clause the subject of the reported one, and what follows the cue up to the end of that
   * clause is what was said, a complement the parser gave the cue included ("X said statistics
   * suggested Y were likely …" reports all of "statistics suggested Y were likely …", not the
   * inner clause cut at the predicate the parser took away from it). "What she said about it was
   * wrong" (the cue's own object before it) reports nothing.
   */
  private static Optional<Candidate> reportingSubject(AnnotatedArticle article, Sentence s,
                                                      Token verb, Set<String> verbs) {
    // "…, telling delegates the mayor cannot be trusted": a participle after a comma the
    // parser made the subject of what it reports has the main clause's subject for its own
    boolean participle = verb.pos().equals("VBG") && verb.index() > 0
        && s.tokens().get(verb.index() - 1).word().equals(",");
    if (verb.head() <= verb.index() || !Clauses.baseRelation(verb.deprel()).equals("csubj")
        || !participle && s.dependents(verb.index()).stream().noneMatch(t ->
            t.deprel().startsWith("nsubj") && t.index() < verb.index())
        || s.dependents(verb.index()).stream().anyMatch(t -> t.index() < verb.index()
            && WH_WORDS.contains(Clauses.lower(t.word())))) {
      return Optional.empty();
    }
    Token clause = s.tokens().get(verb.head());
    // "He added that there would be a price to pay for the stance - Britain paid more": the
    // parser made the noun that holds the cue the subject of a verb after it; the reported
    // clause runs on to that verb's end
    for (int hops = 0; hops < 3 && clause.pos().startsWith("NN")
        && clause.deprel().startsWith("nsubj") && clause.head() > clause.index()
        && FINITE.contains(s.tokens().get(clause.head()).pos()); hops++) {
      clause = s.tokens().get(clause.head());
    }
    Optional<Span> own = ownArguments(article, s, verb);
    if (own.isPresent()) {
      return own.map(c -> new Candidate(s, verb, c, Construction.COMPLEMENT, negated(s, verb)));
    }
    // "X suggested A could happen but argued B": a second verb of saying the parser
    // coordinated with the clause ends what the first one reports
    List<Token> second = new ArrayList<>();
    for (Token t : s.tokens()) {
      // (a participle that shares a passive, "asked to be defined or explained", says nothing)
      boolean sharesPassive = t.pos().equals("VBN") && t.head() >= 0
          && s.tokens().get(t.head()).pos().equals("VBN");
      if (t.index() > verb.index() && t.deprel().equals("conj") && t.pos().startsWith("VB")
          && !sharesPassive && verbs.contains(Clauses.lower(t.lemma()))
          && under(s, t, clause)) {
        second.add(t);
      }
    }
    int start = addressed(s, verb);
    if (participle) {
      // "telling delegates the mayor …": the parser took the clause's subject for the
      // participle's object; whom it addresses ends before it
      Token iobj = s.dependents(verb.index()).stream().filter(t -> t.deprel().equals("iobj")
          && t.index() > verb.index()).findFirst().orElse(null);
      start = iobj == null ? start : lastUnder(s, iobj);
    }
    List<Token> after = new ArrayList<>();
    for (Token t : s.tokens()) {
      if (second.stream().anyMatch(o -> under(s, t, o))) {
        break;
      }
      if (t.index() > start && under(s, t, clause)) {
        after.add(t);
      }
    }
    return trimmed(article, after).map(c -> new Candidate(s, verb, c,
        Construction.COMPLEMENT, negated(s, verb)));
  }

  /**
   * "Ofcom has declared 056 to be the area code for calls and 2005 is likely to see …": a cue
   * the parser made the subject of a later clause, but which has its object and what it is
   * declared to be of its own, reports those; the later clause is the writer's, and a noun
   * coordinated at the end of the object that is the later clause's subject ("and 2005") goes
   * with it.
   */
  private static Optional<Span> ownArguments(AnnotatedArticle article, Sentence s, Token verb) {
    if (ADDRESSED.contains(Clauses.lower(verb.lemma()))) {
      return Optional.empty();
    }
    Token object = null;
    Token predicate = null;
    for (Token t : s.dependents(verb.index())) {
      if (t.index() > verb.index() && t.deprel().equals("obj")) {
        object = t;
      }
      if (t.index() > verb.index() && (t.deprel().equals("xcomp") || t.deprel().equals("ccomp"))) {
        predicate = t;
      }
    }
    int last = beforeLaterSubject(s, verb);
    if (object == null || predicate == null || predicate.index() < object.index()) {
      // "MPs have warned against disunity and Tory leader X may raise it": the later clause's
      // subject coordinated at the end of what the cue takes after a preposition
      boolean prepositional = s.dependents(verb.index()).stream().anyMatch(t ->
          t.index() > verb.index() && Clauses.baseRelation(t.deprel()).equals("obl")
              && s.preposition(t.index()) != null && last < lastUnder(s, t));
      return prepositional
          ? trimmed(article, s.tokens().subList(verb.index() + 1, last + 1), 2)
          : Optional.empty();
    }
    // "admitted [their trip to face the leaders] was the hardest draw": a later predicate with no
    // subject of its own, none coordinated at the object's end, has the cue's object for its
    // subject; the cue reports all of it
    Token later = s.tokens().get(verb.head());
    if (last == lastUnder(s, verb) && s.dependents(later.index()).stream().noneMatch(t ->
        t.deprel().startsWith("nsubj") || t.deprel().startsWith("expl"))) {
      return Optional.empty();
    }
    return trimmed(article, s.tokens().subList(verb.index() + 1, last + 1));
  }

  /**
   * The last word of what a cue the parser made a later clause's subject takes: before a noun
   * coordinated at its end that a finite verb outside the cue follows, the later clause's
   * subject ("and 2005 is likely …"); otherwise the cue's last word.
   */
  private static int beforeLaterSubject(Sentence s, Token verb) {
    int last = lastUnder(s, verb);
    for (Token c : s.tokens()) {
      if (c.deprel().equals("conj") && under(s, c, verb) && c.index() > verb.index()) {
        int end = lastUnder(s, c);
        if (end + 1 < s.tokens().size() && FINITE.contains(s.tokens().get(end + 1).pos())
            && !under(s, s.tokens().get(end + 1), verb)) {
          last = Math.min(last, firstUnder(s, c) - 1);
        }
      }
    }
    return last;
  }

  /**
   * The last word of the addressee {@code o}: "told MPs [the UK] was losing …" has the
   * parser hang the reported clause's subject from the addressee as a loose dependent, which a
   * finite verb follows; that subject is the clause's.
   */
  private static int addresseeEnd(Sentence s, Token o) {
    for (Token d : s.dependents(o.index())) {
      int after = lastUnder(s, d) + 1;
      if (d.deprel().equals("dep") && d.index() > o.index() && d.pos().startsWith("NN")
          && after < s.tokens().size() && FINITE.contains(s.tokens().get(after).pos())) {
        return firstUnder(s, d) - 1;
      }
    }
    return lastUnder(s, o);
  }

  /**
   * The last word of whom a verb like "tell" addresses ("told [the court] that …", "told [BBC
   * Radio 4's Today programme] he believed …", a name the parser split, its rest hung without a
   * preposition from the clause), or the verb's own index when it addresses no one there.
   */
  private static int addressed(Sentence s, Token verb) {
    int start = verb.index();
    if (!ADDRESSED.contains(Clauses.lower(verb.lemma()))) {
      return start;
    }
    for (Token o : s.dependents(verb.index())) {
      if (o.index() > verb.index() && (o.deprel().equals("obj") || o.deprel().equals("iobj"))) {
        start = Math.max(start, addresseeEnd(s, o));
      }
    }
    for (Token clause : s.dependents(verb.index())) {
      if (!COMPLEMENTS.contains(Clauses.baseRelation(clause.deprel()))) {
        continue;
      }
      for (Token d : s.dependents(clause.index())) {
        String rel = d.deprel();
        boolean bare = (rel.equals("obl:tmod") || rel.equals("obl:npmod"))
            && s.dependents(d.index()).stream().noneMatch(t -> t.deprel().equals("case"));
        if (bare && start > verb.index() && d.index() > start && d.index() < clause.index()
            && s.tokens().subList(start + 1, d.index()).stream().allMatch(t -> under(s, t, d))) {
          start = lastUnder(s, d);
        }
      }
    }
    return start;
  }

  /**
   * "Although A, said Berg, B", "By contrast, said Berg, B": an inverted reporting clause between
   * commas, whose speaker the parser made the subject of the clause after it. The speaker's
   * name is not what was said: the content is what follows the name's comma, and with a
   * fronted clause of its own ("Although A") the whole statement around the cue, as for "The
   * economy, he said, is recovering".
   */
  private static Optional<Candidate> interrupting(AnnotatedArticle article, Sentence s,
                                                  Token verb, Set<String> verbs) {
    // (after a quotation the cue reports the quotation: see invertedAfterQuote)
    if (verb.index() == 0 || !s.tokens().get(verb.index() - 1).word().equals(",")
        || hasSubject(s, verb) || afterQuotation(s, verb)) {
      return Optional.empty();
    }
    for (Token clause : s.dependents(verb.index())) {
      if (clause.index() < verb.index()
          || !COMPLEMENTS.contains(Clauses.baseRelation(clause.deprel()))) {
        continue;
      }
      Token subject = s.dependents(clause.index()).stream()
          .filter(t -> t.deprel().startsWith("nsubj")).findFirst().orElse(null);
      if (subject == null || subject.index() <= verb.index()) {
        continue;
      }
      int comma = -1;
      for (int i = verb.index() + 1; i < clause.index(); i++) {
        Token t = s.tokens().get(i);
        if (t.word().equals(",")) {
          comma = i;
          break;
        }
        if (!under(s, t, subject)) {
          return Optional.empty();
        }
      }
      if (comma < 0 || comma == verb.index() + 1) {
        return Optional.empty();
      }
      int last = lastUnder(s, clause);
      Token fronted = s.dependents(verb.index()).stream().filter(t -> t.index() < verb.index()
          && Clauses.baseRelation(t.deprel()).equals("advcl") && hasSubject(s, t))
          .findFirst().orElse(null);
      int first = comma + 1;
      if (fronted != null) {
        first = firstUnder(s, fronted);
      }
      List<Token> coordinated = ownClauses(s, clause, verbs);
      List<Token> words = new ArrayList<>();
      for (Token t : s.tokens().subList(first, last + 1)) {
        if (coordinated.stream().noneMatch(c -> under(s, t, c))) {
          words.add(t);
        }
      }
      return trimmed(article, words).map(c -> new Candidate(s, verb, c,
          Construction.COMPLEMENT, negated(s, verb)));
    }
    return Optional.empty();
  }

  /**
   * "said A and that B": the parser hangs the second clause from the cue, and its "that" says
   * it is reported too. The content runs on to the end of the last such clause (or phrase).
   */
  private static Span andThat(AnnotatedArticle article, Sentence s, Token verb, Token clause,
                              Span content) {
    int last = -1;
    for (Token c : s.dependents(verb.index())) {
      // "said A but “needed proper policing”": a noun phrase the parser coordinated with the
      // verb of saying goes on with the clause, which it can be part of, not with the verb
      boolean continues = !c.pos().startsWith("VB") && !c.pos().equals("MD")
          && s.dependents(c.index()).stream().noneMatch(t -> t.deprel().startsWith("nsubj"));
      if (c.index() > clause.index() && c.deprel().equals("conj")
          && (continues || s.dependents(c.index()).stream().anyMatch(t ->
              t.deprel().equals("mark") && Clauses.lower(t.word()).equals("that")))) {
        last = Math.max(last, lastUnder(s, c));
      }
    }
    int first = s.tokenAt(content.begin());
    if (last < 0 || first < 0 || s.tokens().get(last).end() <= content.end()) {
      return content;
    }
    return trimmed(article, s.tokens().subList(first, last + 1)).orElse(content);
  }

  /**
   * "Although A the office should have power to choose what it investigated, the MPs said": a
   * cue that ends the sentence, which the parser hung from a word of the clause before it,
   * reports that whole clause, not the piece it took for the cue's complement. The content
   * starts with the sentence, unless the words before hold a cue or a quotation of their own.
   */
  private static Span hungInside(AnnotatedArticle article, Sentence s, Token cue, Span content,
                                 Set<String> verbs) {
    boolean cueEnds = s.tokens().stream().noneMatch(t -> t.index() > cue.index()
        && !t.pos().equals(".") && !t.pos().equals(",") && !under(s, t, cue));
    int first = s.tokenAt(content.begin());
    int last = s.tokenAt(content.end() - 1);
    if (!cueEnds || cue.head() < 0 || cue.head() > cue.index() || first <= 0 || last < 0) {
      return content;
    }
    if (statementBefore(article, s, first, verbs)) {
      return content;
    }
    return trimmed(article, s.tokens().subList(0, last + 1)).orElse(content);
  }

  /**
   * "says its technology will thwart most, but not all, of the programs": the parser could not
   * fit the end of the clause and hung it from the cue as loose dependents. When all that
   * follows the clause hangs from the cue that way and holds no subject or cue of its own, it
   * is the rest of what was said.
   */
  private static Span loseEnd(AnnotatedArticle article, Sentence s, Token cue, Span content,
                              Set<String> verbs) {
    int first = s.tokenAt(content.begin());
    int last = s.tokenAt(content.end() - 1);
    int end = s.tokens().size() - 1;
    while (end > last && s.tokens().get(end).pos().equals(".")) {
      end--;
    }
    if (first < 0 || last < 0 || end <= last + 1 || last < cue.index()) {
      return content;
    }
    boolean loose = false;
    for (Token t : s.tokens().subList(last + 1, end + 1)) {
      Token top = t;
      for (int hops = 0; hops < 40 && top.head() >= 0 && top.head() != cue.index(); hops++) {
        top = s.tokens().get(top.head());
      }
      if (top.head() != cue.index() || top.index() < last
          || !(top.deprel().equals("dep") || top.deprel().equals("punct"))
          || t.pos().startsWith("VB") && verbs.contains(Clauses.lower(t.lemma()))
          || s.dependents(t.index()).stream().anyMatch(d -> d.deprel().startsWith("nsubj")
              || d.deprel().startsWith("expl"))) {
        return content;
      }
      loose |= top.deprel().equals("dep");
    }
    return loose ? trimmed(article, s.tokens().subList(first, end + 1)).orElse(content)
        : content;
  }

  /** The words before token {@code first} hold a cue, a quotation or a clause of their own. */
  static boolean statementBefore(AnnotatedArticle article, Sentence s, int first,
                                 Set<String> verbs) {
    return statementBefore(article, s, first, verbs, false);
  }

  /**
   * As {@link #statementBefore(AnnotatedArticle, Sentence, int, Set)}; with {@code clausesOnly}
   * a quotation counts only when it holds a verb (a quoted word of a noun phrase, "Ten years of
   * "golden" growth", quotes no statement).
   */
  static boolean statementBefore(AnnotatedArticle article, Sentence s, int first,
                                 Set<String> verbs, boolean clausesOnly) {
    for (Token t : s.tokens().subList(0, first)) {
      boolean quoted = article.quoteAround(t.begin(), t.end())
          .filter(q -> !clausesOnly || s.tokens().stream().anyMatch(w ->
              Clauses.inside(q.outer(), w) && (w.pos().startsWith("VB") || w.pos().equals("MD"))))
          .isPresent();
      if (quoted || Clauses.isAccordingTo(s, t)
          || t.pos().startsWith("VB") && verbs.contains(Clauses.lower(t.lemma()))
          || t.word().equals(";") || t.word().equals(":")) {
        return true;
      }
    }
    return false;
  }

  /**
   * "If the firm followed the others 7,000 jobs could go overseas, the paper reported": a
   * clause before a cue that ends the sentence, which the parser hung below a word before it
   * (the sentence's first clause), is only part of what was said: the content starts with the
   * sentence, unless the words before hold a cue or a quotation of their own.
   */
  private static Span fromStart(AnnotatedArticle article, Sentence s, Token clause,
                                Span content, Set<String> verbs) {
    int first = s.tokenAt(content.begin());
    if (first <= 0 || clause.head() < 0 || clause.head() > clause.index()) {
      return content;
    }
    if (statementBefore(article, s, first, verbs, true)) {
      return content;
    }
    int last = s.tokenAt(content.end() - 1);
    return last < 0 ? content
        : trimmed(article, s.tokens().subList(0, last + 1)).orElse(content);
  }

  /**
   * The verb takes a clause after it: an infinitive ("asked them to wait"; after an object only
   * when the object is whom it addresses, not in "repeated his pledge to …"), a clause through
   * a preposition ("blamed them for failing") or a verb the parser made its object.
   */
  private static boolean takesClause(Sentence s, Token verb) {
    boolean thing = !ADDRESSED.contains(Clauses.lower(verb.lemma()))
        && s.dependents(verb.index()).stream().anyMatch(t -> t.deprel().equals("obj")
            && !t.pos().startsWith("VB"));
    // "blamed the workers for the losses": whom it blames and for what, as "accused X of";
    // "blamed the losses on X" names the fault only
    boolean blamedFor = Clauses.lower(verb.lemma()).equals("blame")
        && s.dependents(verb.index()).stream().anyMatch(t -> t.index() > verb.index()
            && Clauses.baseRelation(t.deprel()).equals("obl")
            && "for".equals(s.preposition(t.index())));
    return blamedFor || s.dependents(verb.index()).stream().anyMatch(t -> t.index() > verb.index()
        && (TAKES.contains(Clauses.baseRelation(t.deprel())) && t.pos().startsWith("VB")
            && !thing || prepositionalClause(s, t)));
  }

  /**
   * Reporting clauses the parser attached as something else: "…, saying he would …" with
   * "saying" made the clause's marker; "As the Post reported, …" a modifier of the clause it
   * reports; "…, the Guardian reported." hung from a word of the clause before it.
   */
  private static Optional<Candidate> misparsed(AnnotatedArticle article, Sentence s, Token verb,
                                               Set<String> reportingVerbs) {
    if (verb.head() < 0) {
      return Optional.empty();
    }
    String rel = Clauses.baseRelation(verb.deprel());
    Token head = s.tokens().get(verb.head());
    boolean subject = s.dependents(verb.index()).stream()
        .anyMatch(t -> t.deprel().startsWith("nsubj") && t.index() < verb.index());
    if (rel.equals("mark") && verb.pos().equals("VBG") && head.index() > verb.index()
        && head.pos().startsWith("VB")) {
      List<Token> after = new ArrayList<>();
      List<Token> others = ownClauses(s, head, reportingVerbs);
      for (Token t : s.tokens()) {
        if (t.index() > verb.index() && under(s, t, head)
            && others.stream().noneMatch(o -> under(s, t, o))) {
          after.add(t);
        }
      }
      return trimmed(article, after).map(c -> new Candidate(s, verb, c,
          Construction.COMPLEMENT, false));
    }
    if (rel.equals("advcl") && subject && Clauses.hasChild(s, verb, "as")
        && head.index() > verb.index() && !passive(s, verb)
        && (head.pos().startsWith("VB") || hasClauseParts(s, head))) {
      return span(article, s, head, verb, reportingVerbs).map(c -> new Candidate(s, verb, c,
          Construction.PARENTHETICAL, negated(s, verb)));
    }
    if (rel.equals("dep") && subject && head.index() < verb.index()
        && commaBetween(s, head, verb)
        && s.tokens().stream().noneMatch(t -> t.index() > verb.index()
            && !t.pos().equals(".") && !t.pos().equals(",") && !under(s, t, verb))) {
      int comma = -1;
      for (int i = verb.index() - 1; i >= 0; i--) {
        if (s.tokens().get(i).word().equals(",")) {
          comma = i;
          break;
        }
      }
      if (comma > 0) {
        comma = beforeApposedName(s, comma);
        return trimmed(article, s.tokens().subList(0, comma)).map(c -> new Candidate(s, verb, c,
            Construction.PARENTHETICAL, negated(s, verb)));
      }
    }
    int closing = Clauses.closingClauseComma(s, verb);
    if (closing > 0) {
      int comma = beforeApposedName(s, closing);
      return trimmed(article, s.tokens().subList(0, comma)).map(c -> new Candidate(s, verb, c,
          Construction.PARENTHETICAL, negated(s, verb)));
    }
    return Optional.empty();
  }

  /**
   * "…, Tomas Berg, the party's strategist told": a person's name set off by commas right before
   * the described subject is the subject's own name, not the end of what was said; the index of
   * the comma before it, else {@code comma}.
   */
  private static int beforeApposedName(Sentence s, int comma) {
    int i = comma - 1;
    while (i >= 0 && s.tokens().get(i).pos().startsWith("NNP")
        && s.tokens().get(i).ner().equals("PERSON")) {
      i--;
    }
    return i > 0 && i < comma - 1 && s.tokens().get(i).word().equals(",") ? i : comma;
  }

  /** The verb has a word of substance hanging from it after it. */
  private static boolean takesAfter(Sentence s, Token verb) {
    return s.dependents(verb.index()).stream().anyMatch(t -> t.index() > verb.index()
        && Character.isLetterOrDigit(t.word().charAt(0)));
  }

  /**
   * "Ferry Could Save Island Schools, Anna Lindqvist Says": a name and the verb end the
   * sentence after a comma, and the parser (misled by a headline's capitals) took the first
   * word for the verb's subject. What comes before the comma is what was said.
   */
  private static Optional<Candidate> namedLast(AnnotatedArticle article, Sentence s,
                                               Token verb) {
    if (verb.head() >= 0 || takesAfter(s, verb)) {
      return Optional.empty();
    }
    int i = verb.index() - 1;
    while (i >= 0 && s.tokens().get(i).pos().startsWith("NNP")) {
      i--;
    }
    if (i < 0 || i == verb.index() - 1 || !s.tokens().get(i).word().equals(",")) {
      return Optional.empty();
    }
    List<Token> before = s.tokens().subList(0, i);
    boolean clause = before.stream().anyMatch(t -> t.pos().startsWith("VB")
        || t.pos().equals("MD"));
    return clause ? trimmed(article, before).map(c -> new Candidate(s, verb, c,
        Construction.PARENTHETICAL, negated(s, verb))) : Optional.empty();
  }

  /**
   * "Harbor workers are getting older, suggests a report by X": the verb after a comma with its
   * subject after it ends the sentence, and the parser, finding no subject before the verb, made
   * that subject its object and the verb a dependent of the clause. What comes before the comma
   * is what was said; its subject is the speaker ({@link Clauses#invertedSubject}).
   */
  private static Optional<Candidate> invertedLast(AnnotatedArticle article, Sentence s,
                                                  Token verb) {
    List<Token> tokens = s.tokens();
    // (a capital makes it a name's word: "Google, Ask Jeeves and Yahoo")
    if (verb.index() < 2 || !tokens.get(verb.index() - 1).word().equals(",")
        || !Set.of("VBZ", "VBD", "VBP", "VB").contains(verb.pos())
        || !Character.isLowerCase(verb.word().codePointAt(0)) || hasSubject(s, verb)) {
      return Optional.empty();
    }
    // "…, says Curry.": a name alone after the verb ends the sentence, however the parser hung
    // the two
    List<Token> after = tokens.subList(verb.index() + 1, tokens.size()).stream()
        .filter(t -> !t.pos().equals(".")).toList();
    boolean nameOnly = !after.isEmpty() && after.stream().allMatch(t -> t.pos().startsWith("NNP"));
    boolean object = s.dependents(verb.index()).stream().anyMatch(t -> t.index() > verb.index()
        && t.deprel().equals("obj") && t.pos().startsWith("NN"));
    // the verb and its object end the sentence
    boolean ends = tokens.subList(verb.index() + 1, tokens.size()).stream()
        .allMatch(t -> under(s, t, verb) || t.pos().equals("."));
    boolean hung = verb.head() >= 0 && verb.head() < verb.index();
    if (!nameOnly && !(hung && object && ends)) {
      return Optional.empty();
    }
    List<Token> before = tokens.subList(0, verb.index() - 1);
    boolean clause = before.stream().anyMatch(t -> FINITE.contains(t.pos()));
    return clause ? trimmed(article, before).map(c -> new Candidate(s, verb, c,
        Construction.PARENTHETICAL, negated(s, verb))) : Optional.empty();
  }

  /**
   * The rest of the sentence after a verb of saying with a subject, when it hangs from the verb
   * and holds a finite verb: a clause the parser did not recognise as one.
   */
  private static Optional<Span> following(AnnotatedArticle article, Sentence s, Token verb) {
    // "X says …", not "…,” said X, a lawyer who …"
    boolean subjectBefore = s.dependents(verb.index()).stream()
        .anyMatch(t -> t.deprel().startsWith("nsubj") && t.index() < verb.index()
            && !Clauses.insideQuote(article, t));
    boolean subjectAfter = s.dependents(verb.index()).stream()
        .anyMatch(t -> t.deprel().startsWith("nsubj") && t.index() > verb.index());
    if (!subjectBefore || subjectAfter || verb.index() + 1 >= s.tokens().size()) {
      return Optional.empty();
    }
    Token next = s.tokens().get(verb.index() + 1);
    // "Users continue to ignore …, a report suggests": an infinitive is what the subject goes
    // on doing, not what it says
    if (!Character.isLetterOrDigit(next.word().charAt(0)) || !under(s, next, verb)
        || next.pos().equals("TO")) {
      return Optional.empty();
    }
    List<Token> rest = s.tokens().subList(afterSetting(s, verb) + 1, s.tokens().size());
    boolean finite = rest.stream().anyMatch(t -> (t.pos().equals("VBZ") || t.pos().equals("VBD")
        || t.pos().equals("VBP") || t.pos().equals("MD")) && under(s, t, verb));
    return finite ? trimmed(article, rest) : Optional.empty();
  }

  /**
   * "said on Tuesday that …": the "that" after words of when, where or how the verb's
   * (phrases it takes as modifiers), where what was said starts; else the verb itself.
   */
  private static int afterSetting(Sentence s, Token verb) {
    for (int i = verb.index() + 1; i < s.tokens().size(); i++) {
      Token t = s.tokens().get(i);
      if (Clauses.lower(t.word()).equals("that") && i > verb.index() + 1) {
        return i;
      }
      Token top = t;
      for (int hops = 0; hops < 10 && top.head() >= 0 && top.head() != verb.index(); hops++) {
        top = s.tokens().get(top.head());
      }
      String rel = Clauses.baseRelation(top.deprel());
      if (top.head() != verb.index() || !(rel.equals("obl") || rel.equals("advmod"))
          || t.pos().startsWith("VB") || t.pos().equals("MD")) {
        return verb.index();
      }
    }
    return verb.index();
  }

  /**
   * "was called into action", "when asked about …": what a passive verb of saying takes is not
   * what anyone said.
   */
  private static boolean passive(Sentence s, Token verb) {
    // "has criticized … and called for …": a second verb shares the first one's subject and
    // auxiliary
    Token own = verb;
    for (int hops = 0; hops < 10 && own.deprel().equals("conj") && own.head() >= 0
        && s.dependents(own.index()).stream().noneMatch(t -> t.deprel().startsWith("nsubj")
            || t.deprel().startsWith("aux")); hops++) {
      own = s.tokens().get(own.head());
    }
    Token shared = own;
    return s.dependents(verb.index()).stream().anyMatch(t -> t.deprel().equals("aux:pass")
        || t.deprel().equals("nsubj:pass"))
        || verb.pos().equals("VBN") && s.dependents(shared.index()).stream()
            .noneMatch(t -> t.deprel().startsWith("nsubj") || t.deprel().startsWith("aux"));
  }

  /** "did not comment on …", "declined to comment about …": no statement was made. */
  private static boolean declined(Sentence s, Token verb) {
    if (negated(s, verb)) {
      return true;
    }
    Token head = verb.head() >= 0 ? s.tokens().get(verb.head()) : null;
    return head != null && verb.deprel().equals("xcomp")
        && (DECLINING.contains(Clauses.lower(head.lemma())) || negated(s, head));
  }

  /** Particles of "call" that make it a saying: "called on X to …", "called out X". */
  private static final Set<String> CALLED_WITH = ImmutableSet.of("on", "upon", "out");

  /**
   * "called for …", "called on X to …", "called it a hoax": anything but a lone object
   * ("called a snap poll").
   */
  private static boolean callsFor(AnnotatedArticle article, Sentence s, Token call) {
    // "call in the police", "called off the strike": a call with any other particle is no
    // saying
    long taken = s.dependents(call.index()).stream().filter(t -> t.index() > call.index()
        && (TAKES.contains(Clauses.baseRelation(t.deprel())) || prepositionalClause(s, t))
        || t.deprel().equals("ccomp") || t.deprel().equals("compound:prt")
            && CALLED_WITH.contains(Clauses.lower(t.word()))).count();
    Token object = s.dependents(call.index()).stream().filter(t -> t.deprel().equals("obj"))
        .findFirst().orElse(null);
    if (object != null && namesWithThe(article, s, object)) {
      return false;
    }
    boolean loneObject = taken == 1 && object != null && !namesAs(article, s, object);
    return taken > 0 && !loneObject;
  }

  /**
   * An object that names something as something: "called climate change [a hoax]" (the parser
   * hangs the predicate noun from the object), "called them “deplorables”" (a quoted name). A
   * name given with "the" only says what something is called ("call the route the “Arctic
   * bridge”"), which is no statement.
   */
  private static boolean namesAs(AnnotatedArticle article, Sentence s, Token object) {
    for (Token t : s.tokens()) {
      if (!under(s, t, object)) {
        continue;
      }
      if (predicate(article, s, object, t)) {
        return !definite(s, t);
      }
    }
    return false;
  }

  /** "call the route the “Arctic bridge”": the object's predicate noun given with "the". */
  private static boolean namesWithThe(AnnotatedArticle article, Sentence s, Token object) {
    for (Token t : s.tokens()) {
      if (under(s, t, object) && predicate(article, s, object, t)) {
        return definite(s, t);
      }
    }
    return false;
  }

  /** The first word of what an object is called: a noun the parser hung from it, or a quote. */
  private static boolean predicate(AnnotatedArticle article, Sentence s, Token object, Token t) {
    return t.index() > object.index() && t.head() >= 0 && under(s, s.tokens().get(t.head()), object)
        && t.deprel().equals("dep") && (t.pos().startsWith("NN") || t.pos().startsWith("JJ"))
        || insideQuote(article, t);
  }

  /** A predicate noun given with "the", before it or before the quotation that holds it. */
  private static boolean definite(Sentence s, Token predicate) {
    for (int i = predicate.index() - 1; i >= 0; i--) {
      Token before = s.tokens().get(i);
      String w = Clauses.lower(before.word());
      if (w.equals("the")) {
        return true;
      }
      if (!(before.pos().startsWith("JJ") || before.pos().startsWith("NN")
          || before.pos().equals("``") || w.equals("\"") || w.equals("“"))) {
        return false;
      }
    }
    return false;
  }

  /**
   * A complement clause after its cue, with the subject the parser gave the cue as an object
   * ("Officials have confirmed [climate change] was discussed").
   */
  private static Optional<Span> withSubject(AnnotatedArticle article, Sentence s,
                                                      Token clause, Token cue,
                                                      Set<String> verbs) {
    boolean hasSubject = s.dependents(clause.index()).stream()
        .anyMatch(t -> t.deprel().startsWith("nsubj") || t.deprel().startsWith("expl"));
    for (Token o : s.dependents(cue.index())) {
      // "insisted [the EU's code] meant tough criteria had to be met": the clause's verb
      // right after the object shows the object is its subject, whatever subject the parser
      // gave the clause further on
      if (o.deprel().equals("obj") && o.index() > cue.index() && o.index() < clause.index()
          && (!ADDRESSED.contains(Clauses.lower(cue.lemma())) || addresseeBefore(s, cue, o))
          && (!hasSubject || subjectOfNextVerb(s, o, clause) || reducedRelative(s, o, clause))) {
        return fromSubject(article, s, firstUnder(s, o), clause, verbs);
      }
    }
    int stranded = StrandedSubject.expletive(s, clause, cue);
    if (stranded < 0) {
      stranded = StrandedSubject.first(s, clause, cue);
    }
    if (stranded >= 0) {
      return fromSubject(article, s, stranded, clause, verbs);
    }
    return span(article, s, clause, null, verbs);
  }

  /**
   * The clause from its misattached subject at {@code first} to its last word, without the
   * clauses that are not what was said ("…, telling the BBC “…”": a statement of its own).
   */
  private static Optional<Span> fromSubject(AnnotatedArticle article, Sentence s, int first,
                                            Token clause, Set<String> verbs) {
    List<Token> others = ownClauses(s, clause, verbs);
    int next = nextActFrom(s, clause, others);
    List<Token> words = new ArrayList<>();
    for (Token t : s.tokens().subList(first, lastUnder(s, clause) + 1)) {
      if (others.stream().noneMatch(c -> under(s, t, c)) && t.index() < next) {
        words.add(t);
      }
    }
    return trimmed(article, words);
  }

  /**
   * "told Reuters [the 10] had agreed …": a verb that addresses someone, with the addressee
   * given before the object, takes no second addressee; the object is what was said's subject.
   */
  private static boolean addresseeBefore(Sentence s, Token cue, Token object) {
    return s.dependents(cue.index()).stream().anyMatch(t -> t.deprel().equals("iobj")
        && t.index() > cue.index() && t.index() < object.index());
  }

  /**
   * The word right after {@code object}'s words is a finite verb of {@code clause} before any
   * subject the clause has: the object is that verb's subject, misattached by the parser.
   */
  private static boolean subjectOfNextVerb(Sentence s, Token object, Token clause) {
    int last = lastUnder(s, object);
    if (last + 1 >= s.tokens().size()) {
      return false;
    }
    Token next = s.tokens().get(last + 1);
    return FINITE.contains(next.pos()) && under(s, next, clause)
        && s.dependents(clause.index()).stream().noneMatch(t -> t.deprel().startsWith("nsubj")
            && t.index() < next.index());
  }

  /**
   * "claim [the material] they carry does not violate …": a clause the parser did not take for
   * a complement (parataxis, dep) that starts right after the object with a subject and verb
   * of its own and goes on with a finite verb of another predicate is a relative clause of the
   * object, which is the complement's subject.
   */
  private static boolean reducedRelative(Sentence s, Token object, Token clause) {
    String rel = Clauses.baseRelation(clause.deprel());
    int next = lastUnder(s, object) + 1;
    if (!(rel.equals("parataxis") || rel.equals("dep")) || next >= clause.index()) {
      return false;
    }
    Token subject = s.tokens().get(next);
    boolean ownSubject = subject.head() == clause.index()
        && subject.deprel().startsWith("nsubj") && subject.index() + 1 == clause.index();
    return ownSubject && s.dependents(clause.index()).stream().anyMatch(d ->
        d.index() > clause.index() && s.dependents(d.index()).stream().anyMatch(a ->
            a.index() == clause.index() + 1 && FINITE.contains(a.pos())
                && a.deprel().startsWith("aux")));
  }

  /** The index of the first word of {@code head}'s subtree. */
  static int firstUnder(Sentence s, Token head) {
    int first = head.index();
    for (Token t : s.tokens()) {
      if (under(s, t, head)) {
        first = Math.min(first, t.index());
      }
    }
    return first;
  }

  /** The index of the last word of {@code head}'s subtree. */
  static int lastUnder(Sentence s, Token head) {
    int last = head.index();
    for (Token t : s.tokens()) {
      if (under(s, t, head)) {
        last = Math.max(last, t.index());
      }
    }
    return last;
  }

  /**
   * The words after the verb that it takes ("criticized [long-standing free-trade deals]",
   * "called [for steep new tariffs]"), up to the first clause of its own; whom a verb like
   * "tell" addresses is not what was said.
   */
  private static Optional<Span> taken(AnnotatedArticle article, Sentence s,
                                                Token verb, Set<String> reportingVerbs) {
    boolean addressed = ADDRESSED.contains(Clauses.lower(verb.lemma()));
    boolean spoke = Clauses.lower(verb.lemma()).equals("speak");
    List<Token> heads = new ArrayList<>();
    for (Token child : s.dependents(verb.index())) {
      String rel = Clauses.baseRelation(child.deprel());
      boolean takes = TAKES.contains(rel) || prepositionalClause(s, child);
      if (child.index() > verb.index() && takes && !addressee(s, child)
          && !(addressed && (rel.equals("obj") || rel.equals("iobj")
              || addresseesModifier(s, verb, child)))
          && (!spoke || SPOKEN_OF.stream().anyMatch(p -> Clauses.hasChild(s, child, p)))) {
        heads.add(child);
      }
    }
    // "argued in the study", "criticized the act during a stop in Flint": where or when it
    // was said, after all that it takes ("called her vote in favor of the war a mistake" keeps
    // its "in")
    int lastTaken = heads.stream().filter(h -> !setting(s, h)).mapToInt(Token::index).max()
        .orElse(-1);
    List<Token> kept = new ArrayList<>(heads);
    kept.removeIf(h -> setting(s, h) && h.index() > lastTaken);
    if (kept.isEmpty()) {
      return Optional.empty();
    }
    // "indicated as much in an email": too little is left without the setting to tell what
    // was said, so the words stay as they are
    Optional<Span> words = takenWords(article, s, verb, kept, reportingVerbs);
    return words.isPresent() || kept.size() == heads.size() ? words
        : takenWords(article, s, verb, heads, reportingVerbs);
  }

  /** The words of {@code heads} after the verb, without clauses that are not what it takes. */
  private static Optional<Span> takenWords(AnnotatedArticle article, Sentence s, Token verb,
                                           List<Token> heads, Set<String> reportingVerbs) {
    // "called for A, but Clinton would B": a clause with a subject of its own is not what
    // the verb takes ("to review the costs and whether privacy is safe" asks of both)
    List<Token> others = new ArrayList<>();
    for (Token t : s.tokens()) {
      if (t.deprel().equals("conj") && heads.stream().anyMatch(h -> under(s, t, h))
          && s.dependents(t.index()).stream().anyMatch(d -> d.deprel().startsWith("nsubj"))
          && !Clauses.hasChild(s, t, "that") && !Clauses.hasChild(s, t, "whether")) {
        others.add(t);
      }
    }
    for (Token h : heads) {
      others.addAll(nestedStatements(s, h, reportingVerbs));
    }
    List<Token> words = new ArrayList<>();
    for (Token t : s.tokens()) {
      if (t.index() > verb.index() && heads.stream().anyMatch(h -> under(s, t, h))
          && others.stream().noneMatch(o -> under(s, t, o))) {
        words.add(t);
      }
    }
    words.addAll(brokenPredicate(s, verb, heads, words));
    return trimmed(article, words);
  }

  /**
   * "told refugees [from Kosovo] to go home": a phrase the parser hung from the verb, right
   * after its addressee and before the infinitive it tells them, says who the addressee is.
   */
  private static boolean addresseesModifier(Sentence s, Token verb, Token child) {
    if (!Clauses.baseRelation(child.deprel()).equals("obl")
        || s.preposition(child.index()) == null) {
      return false;
    }
    int first = firstUnder(s, child);
    boolean afterAddressee = s.dependents(verb.index()).stream().anyMatch(o ->
        (o.deprel().equals("obj") || o.deprel().equals("iobj")) && o.index() > verb.index()
            && lastUnder(s, o) + 1 == first);
    boolean infinitiveAfter = s.dependents(verb.index()).stream().anyMatch(x ->
        x.deprel().equals("xcomp") && x.index() > lastUnder(s, child)
            && x.pos().equals("VB") && Clauses.hasChild(s, x, "to"));
    return afterAddressee && infinitiveAfter;
  }

  /**
   * "wrote to Mr Berg", "complained to the council": whom it was said to, someone who can be
   * spoken to (a name, a pronoun, a person or a body), is not what was said.
   */
  private static boolean addressee(Sentence s, Token child) {
    if (!Clauses.baseRelation(child.deprel()).equals("obl")
        || !"to".equals(s.preposition(child.index()))) {
      return false;
    }
    return child.pos().startsWith("NNP") || child.pos().equals("PRP")
        || !child.ner().equals("O") && !child.ner().equals("DATE")
        || child.pos().startsWith("NN") && !Subjects.ANIMACY.cannotSpeak(child.word(),
            child.lemma()) && Animacy.ANIMATE.contains(Clauses.lower(child.lemma()));
  }

  /** A phrase of where or when something was said ("in a study", "during a stop"). */
  private static boolean setting(Sentence s, Token head) {
    // "in favor of the war" is what was called a mistake, and "wrote a memoir of her time at
    // the White House" says where the time was: only an occasion or medium of speech is where
    return Clauses.baseRelation(head.deprel()).equals("obl")
        && SETTINGS.contains(s.preposition(head.index()))
        && OCCASIONS.contains(Clauses.lower(head.lemma()));
  }

  /**
   * "research suggesting [the cost of the policy] was under-estimated": an object followed
   * right away by a finite verb the parser hung elsewhere is the subject of a clause the verb
   * of saying takes; that verb's clause, up to its last word, completes what was said.
   */
  private static List<Token> brokenPredicate(Sentence s, Token verb, List<Token> heads,
                                             List<Token> words) {
    if (heads.isEmpty() || !heads.get(0).deprel().equals("obj") || words.isEmpty()) {
      return List.of();
    }
    int last = words.get(words.size() - 1).index();
    int end = brokenEnd(s, last, verb, null);
    // "announced [its deal with X, which gave it the right to …,] would end in 2006": the
    // object's relative clause, set off by commas, closes with its comma before the verb
    Token object = heads.get(0);
    boolean relative = s.dependents(object.index()).stream().anyMatch(r ->
        r.deprel().equals("acl:relcl") && firstUnder(s, r) > 0
            && s.tokens().get(firstUnder(s, r) - 1).word().equals(","));
    if (end < 0 && relative && last + 1 < s.tokens().size()
        && s.tokens().get(last + 1).word().equals(",")) {
      end = brokenEnd(s, last + 1, verb, null);
    }
    return end < 0 ? List.of() : s.tokens().subList(last + 1, end + 1);
  }

  /**
   * Where a clause the parser broke after word {@code last} ends: the next word is a finite
   * verb or auxiliary outside {@code outside}'s words, whose predicate follows it; the clause
   * runs to that predicate's last word, and on when it breaks again ("argued efforts were
   * needed to check the rolls were up to date"). -1 when the next word is no such verb.
   */
  private static int brokenEnd(Sentence s, int last, Token outside, Token cue) {
    int end = -1;
    int at = last;
    for (int hops = 0; hops < 5 && at + 1 < s.tokens().size(); hops++) {
      Token next = s.tokens().get(at + 1);
      if (!FINITE.contains(next.pos()) || under(s, next, outside) || next.head() < 0) {
        break;
      }
      String rel = Clauses.baseRelation(next.deprel());
      Token predicate = rel.equals("aux") || rel.equals("cop")
          ? s.tokens().get(next.head()) : next;
      // "the chancellor's announcement that he would … was merely a gesture": the predicate
      // of the cue's own phrase is the writer's, not part of what was announced
      // ("backed the research, saying it is important people are not …": a participle of
      // saying after a comma that the parser made the predicate's subject is no phrase of the
      // writer's; the predicate completes what it reports)
      if (predicate.index() < next.index() || cue != null && s.dependents(predicate.index())
          .stream().anyMatch(t -> t.deprel().startsWith("nsubj") && under(s, cue, t)
              && !participleAfterComma(s, t, cue))) {
        break;
      }
      // "… would be between A and B but McIlroy is unfazed": a clause coordinated with its own
      // subject is the writer's
      int stop = lastUnder(s, predicate);
      for (Token c : s.dependents(predicate.index())) {
        if (c.deprel().equals("conj") && c.index() > next.index()
            && s.dependents(c.index()).stream().anyMatch(t -> t.deprel().startsWith("nsubj"))) {
          int first = firstUnder(s, c);
          stop = Math.min(stop, first - 1);
        }
      }
      at = Math.max(at, stop);
      end = at;
    }
    return end;
  }

  /**
   * "criticised its record, telling delegates Labour cannot be trusted": a loose clause whose
   * subject the parser made a participle of saying after a comma is what the participle
   * reports, not this cue's complement.
   */
  private static boolean reportedByItsParticiple(Sentence s, Token clause, Set<String> verbs) {
    return Clauses.baseRelation(clause.deprel()).equals("dep") && s.dependents(clause.index())
        .stream().anyMatch(t -> (t.deprel().startsWith("nsubj") || t.deprel().startsWith("csubj"))
            && t.pos().equals("VBG") && verbs.contains(Clauses.lower(t.lemma()))
            && t.index() > 0 && s.tokens().get(t.index() - 1).word().equals(","));
  }

  /** {@code t} is the cue itself, a participle of saying right after a comma. */
  private static boolean participleAfterComma(Sentence s, Token t, Token cue) {
    return t.index() == cue.index() && cue.pos().equals("VBG") && cue.index() > 0
        && s.tokens().get(cue.index() - 1).word().equals(",");
  }

  /**
   * A complement the parser cut before its predicate: "said [the experience of Wales
   * indicated seven million households] would pay more", "claims that [the advice used to
   * justify the war] was drawn up at Number 10". A clause ending in a noun right before a
   * finite verb outside it goes on to that verb's last word.
   */
  private static Span completed(AnnotatedArticle article, Sentence s, Token cue,
                                Token clause, Span content) {
    int first = s.tokenAt(content.begin());
    int last = s.tokenAt(content.end() - 1);
    if (first < 0 || last < 0) {
      return content;
    }
    String pos = s.tokens().get(last).pos();
    // "told by X [there] was not enough time": the clause's "there" taken for an adverb
    boolean there = Clauses.lower(s.tokens().get(last).word()).equals("there");
    if (!(pos.startsWith("NN") || pos.equals("CD") || pos.equals("PRP") || there)) {
      return content;
    }
    int end = brokenEnd(s, last, clause, cue);
    return end < 0 ? content
        : trimmed(article, s.tokens().subList(first, end + 1)).orElse(content);
  }

  /**
   * A clause the verb takes through a preposition ("accused X [of lying]", "called [for X to
   * act]"): the parser makes it a modifier.
   */
  private static boolean prepositionalClause(Sentence s, Token child) {
    return Clauses.baseRelation(child.deprel()).equals("advcl")
        && s.dependents(child.index()).stream().anyMatch(d -> d.index() < child.index()
            && (d.deprel().equals("case") || d.deprel().equals("mark"))
            && CLAUSE_PREPOSITIONS.contains(Clauses.lower(d.word())));
  }

  private static Optional<Candidate> accordingTo(AnnotatedArticle article, Sentence s,
                                                           Token according, Set<String> verbs) {
    // "according" is the case marker of the source; the source modifies the clause
    if (according.head() < 0) {
      return Optional.empty();
    }
    Token source = s.tokens().get(according.head());
    if (source.head() < 0) {
      return Optional.empty();
    }
    Token clause = s.tokens().get(source.head());
    // "X would contribute 6bn euros ($8bn) to its budget, according to a study": the parser
    // may hang the phrase from a noun of the clause; it still modifies the clause the noun is in
    for (int hops = 0; hops < 10 && clause.head() >= 0 && !clause.pos().startsWith("VB")
        && !hasClauseParts(s, clause); hops++) {
      clause = s.tokens().get(clause.head());
    }
    clause = outOfRelativeClause(s, clause, according);
    // "the market grew by 100% and was worth £1bn, according to a report": a phrase after a
    // second verb that shares the first one's subject reports the whole coordination
    while (Clauses.baseRelation(clause.deprel()).equals("conj") && clause.head() >= 0
        && clause.index() < according.index() && !hasSubject(s, clause)
        && s.tokens().get(clause.head()).pos().startsWith("VB")
        && hasSubject(s, s.tokens().get(clause.head()))) {
      clause = s.tokens().get(clause.head());
    }
    // "Songs written to make headlines are getting rarer, according to experts": the parser
    // made the participle the root, its noun the subject and the predicate a loose dependent
    // without one; the phrase reports the whole clause
    boolean participleRoot = clause.deprel().equals("dep") && !hasSubject(s, clause)
        && clause.head() >= 0 && s.tokens().get(clause.head()).pos().equals("VBN")
        && hasSubject(s, s.tokens().get(clause.head()));
    if (participleRoot) {
      clause = s.tokens().get(clause.head());
    }
    if (!participleRoot && clause.pos().startsWith("VB")
        && (verbs.contains(Clauses.lower(clause.lemma()))
        || OBJECT_CUES.contains(Clauses.lower(clause.lemma())))) {
      // "…, according to the paper, once told analysts that …": the verb's subject said it and
      // is its speaker; the source is where the writer learned that it was said
      return Optional.empty();
    }
    int first = firstUnder(s, source);
    int last = lastUnder(s, source);
    Optional<Span> lost = lostSubject(article, s, source, clause);
    if (lost.isPresent()) {
      return lost.map(c -> new Candidate(s, according, c, Construction.ACCORDING_TO, false));
    }
    Optional<Span> opening = openingPhrase(article, s, according, clause, last, verbs);
    if (opening.isPresent()) {
      return opening.map(c -> new Candidate(s, according, c, Construction.ACCORDING_TO, false));
    }
    Optional<Span> fronted = frontedClause(article, s, clause, first);
    if (fronted.isPresent()) {
      return fronted.map(c -> new Candidate(s, according, c, Construction.ACCORDING_TO, false));
    }
    // "Sales rose, according to the industry, with 200 million tracks bought": the side of
    // the phrase that holds the clause's head, not the phrase itself
    List<Token> before = new ArrayList<>();
    List<Token> after = new ArrayList<>();
    for (Token t : s.tokens()) {
      if (under(s, t, clause) && !under(s, t, source)) {
        (t.index() < first ? before : after).add(t);
      }
    }
    List<Token> side = !before.isEmpty() && !after.isEmpty()
        ? (clause.index() < first ? before : after) : null;
    Optional<Span> content = side != null ? trimmed(article, side)
        : span(article, s, clause, source, verbs);
    return content.map(c -> new Candidate(s, according, c, Construction.ACCORDING_TO, false));
  }

  /**
   * "The ferry may be shown at the fair in Bergen, which opens in April, according to a
   * report": a phrase after the comma that closes a relative clause set off by commas reports
   * the clause the relative clause's noun is in, not only the relative clause, even where the
   * parser hung it from the relative clause's verb. Returns {@code clause} otherwise.
   */
  private static Token outOfRelativeClause(Sentence s, Token clause, Token according) {
    Token relative = null;
    Token at = clause;
    for (int hops = 0; hops < 6 && at.head() >= 0; hops++) {
      if (at.deprel().equals("acl:relcl")) {
        relative = at;
        break;
      }
      at = s.tokens().get(at.head());
    }
    if (relative == null || relative.head() < 0 || according.index() < 1
        || !s.tokens().get(according.index() - 1).word().equals(",")) {
      return clause;
    }
    int first = firstUnder(s, relative);
    Token pronoun = s.tokens().get(first);
    if (first < 1 || !s.tokens().get(first - 1).word().equals(",")
        || !(pronoun.pos().equals("WDT") || pronoun.pos().equals("WP"))
        || according.index() < 2 || !under(s, s.tokens().get(according.index() - 2), relative)) {
      return clause;
    }
    Token outer = s.tokens().get(relative.head());
    for (int hops = 0; hops < 10 && outer.head() >= 0 && !outer.pos().startsWith("VB")
        && !hasClauseParts(s, outer); hops++) {
      outer = s.tokens().get(outer.head());
    }
    return outer.pos().startsWith("VB") || hasClauseParts(s, outer) ? outer : clause;
  }

  /**
   * "According to statistics gathered by X many visitors suffered delays": with no comma after
   * the source the parser took the clause's subject for the object of a participle inside the
   * source (a passive participle takes no object); what was said starts at that object.
   */
  private static Optional<Span> lostSubject(AnnotatedArticle article, Sentence s, Token source,
                                            Token clause) {
    if (!FINITE.contains(clause.pos()) || hasSubject(s, clause) || clause.index() < source.index()) {
      return Optional.empty();
    }
    for (Token t : s.tokens()) {
      if (t.deprel().equals("obj") && t.index() < clause.index() && under(s, t, source)
          && t.head() >= 0 && s.tokens().get(t.head()).pos().equals("VBN")
          && s.dependents(t.head()).stream().anyMatch(d -> d.deprel().equals("obl:agent")
              || "by".equals(s.preposition(d.index())))) {
        int from = firstUnder(s, t);
        List<Token> words = new ArrayList<>();
        for (Token w : s.tokens()) {
          if (w.index() >= from && under(s, w, clause)) {
            words.add(w);
          }
        }
        return trimmed(article, words);
      }
    }
    return Optional.empty();
  }

  /**
   * "According to X, if A then it is “unlikely” B will happen": a phrase that opens the sentence,
   * set off by a comma, covers all that follows, also when the parser hung it from a word deep
   * inside (here below "unlikely", which it made a loose dependent of "met"); clauses with a cue
   * of their own stay out.
   */
  private static Optional<Span> openingPhrase(AnnotatedArticle article, Sentence s,
                                              Token according, Token clause, int last,
                                              Set<String> verbs) {
    if (according.index() != 0 || last + 1 >= s.tokens().size()) {
      return Optional.empty();
    }
    int participle = participleOfSource(s, clause, last);
    if (participle >= 0) {
      last = participle;
    } else if (clause.head() < 0 || !s.tokens().get(last + 1).word().equals(",")) {
      return Optional.empty();
    }
    Token root = clause;
    for (int hops = 0; hops < 10 && root.head() >= 0; hops++) {
      root = s.tokens().get(root.head());
    }
    Token top = root;
    List<Token> others = nestedStatements(s, top, verbs);
    List<Token> words = new ArrayList<>();
    for (Token t : s.tokens()) {
      if (t.index() > last + 1 && others.stream().noneMatch(o -> under(s, t, o))) {
        words.add(t);
      }
    }
    return trimmed(article, words);
  }

  /**
   * "According to figures also released on Tuesday, sales rose": the parser made the source's
   * participle the root of the sentence, right after the source; the last word of the phrase
   * before the comma that ends it, else -1.
   */
  private static int participleOfSource(Sentence s, Token clause, int last) {
    if (clause.head() >= 0 || !clause.pos().equals("VBN") || hasSubject(s, clause)) {
      return -1;
    }
    for (int i = last + 1; i < clause.index(); i++) {
      if (!s.tokens().get(i).pos().startsWith("RB")) {
        return -1;
      }
    }
    for (int i = clause.index() + 1; i + 1 < s.tokens().size(); i++) {
      if (s.tokens().get(i).word().equals(",")) {
        return i - 1;
      }
    }
    return -1;
  }

  /**
   * "Although A, according to X, the ministry revealed B": the phrase between a fronted clause
   * and a main clause that reports something with a subject of its own goes with the fronted
   * clause; the main clause has its own source.
   */
  private static Optional<Span> frontedClause(AnnotatedArticle article, Sentence s,
                                              Token clause, int first) {
    boolean reports = s.dependents(clause.index()).stream().anyMatch(t ->
        t.deprel().startsWith("nsubj") && t.index() > first)
        && s.dependents(clause.index()).stream().anyMatch(t -> t.index() > clause.index()
            && COMPLEMENTS.contains(Clauses.baseRelation(t.deprel()))
            && (t.pos().startsWith("VB") || hasClauseParts(s, t)));
    if (!reports || first < 2 || !s.tokens().get(first - 1).word().equals(",")) {
      return Optional.empty();
    }
    for (Token a : s.dependents(clause.index())) {
      if (Clauses.baseRelation(a.deprel()).equals("advcl") && hasSubject(s, a)
          && lastUnder(s, a) == first - 2 && firstUnder(s, a) < first) {
        List<Token> words = new ArrayList<>();
        for (Token t : s.tokens().subList(firstUnder(s, a), first - 1)) {
          // "Although A": the content is A, without the word that subordinates it
          if (!(t.head() == a.index() && t.deprel().equals("mark") && words.isEmpty())) {
            words.add(t);
          }
        }
        return trimmed(article, words);
      }
    }
    return Optional.empty();
  }

  private static Optional<Candidate> noun(AnnotatedArticle article, Sentence s,
                                                    Token noun, Set<String> verbs) {
    for (Token child : s.dependents(noun.index())) {
      String rel = Clauses.baseRelation(child.deprel());
      if ((rel.equals("acl") || rel.equals("ccomp")) && child.pos().startsWith("VB")
          && Clauses.hasChild(s, child, "that")) {
        return span(article, s, child, null, verbs)
            .map(c -> completed(article, s, noun, child, c))
            .map(c -> new Candidate(s, noun, c, Construction.SPEECH_NOUN, false));
      }
    }
    return Optional.empty();
  }

  /**
   * A clause before its cue ("The ferry will resume on Friday, Lindqvist said"): its words up
   * to the comma that opens the reporting clause, with the words the parser hung from the cue
   * on the way ("on Friday").
   */
  private static Optional<Span> clauseBefore(AnnotatedArticle article, Sentence s,
                                                       Token clause, Token cue,
                                                       Set<String> verbs) {
    // "“…,” Jean Lund, from the farmers' union, told the agency": the comma before the cue's
    // subject, not one inside the subject's apposition
    int from = cue.index() - 1;
    for (Token subject : s.dependents(cue.index())) {
      if (subject.deprel().startsWith("nsubj") && subject.index() > clause.index()
          && subject.index() < cue.index()) {
        for (Token t : s.tokens()) {
          // the parser may hang the comma and the closing quotation mark before the name
          // from it: they still end the clause
          if (under(s, t, subject) && Character.isLetterOrDigit(t.word().charAt(0))) {
            from = Math.min(from, t.index() - 1);
          }
        }
      }
    }
    int comma = -1;
    for (int i = from; i > clause.index(); i--) {
      if (s.tokens().get(i).word().equals(",")) {
        comma = i;
        break;
      }
    }
    if (comma < 0) {
      return span(article, s, clause, null, verbs);
    }
    int first = firstUnder(s, clause);
    return trimmed(article, s.tokens().subList(first, comma));
  }

  /**
   * A clause around its cue ("The economy, Berg said, is recovering"): the words after the
   * reporting clause, which hold the predicate; a span never covers the speaker's name.
   */
  private static Optional<Span> clauseAround(AnnotatedArticle article, Sentence s,
                                                       Token clause, Token cue,
                                                       Set<String> verbs) {
    int first = firstUnder(s, cue);
    int last = lastUnder(s, cue);
    int reportingClause = first;
    if (s.dependents(clause.index()).stream().anyMatch(t -> t.index() < reportingClause
        && (t.deprel().startsWith("nsubj") || t.deprel().startsWith("expl")))) {
      // "The latest test, officials said, was the biggest yet": the clause's subject before
      // the reporting clause is part of what was said, which holds the cue in its middle
      return span(article, s, clause, cue, verbs);
    }
    List<Token> after = new ArrayList<>();
    for (Token t : s.tokens()) {
      if (t.index() > last && under(s, t, clause)) {
        after.add(t);
      }
    }
    Optional<Span> tail = trimmed(article, after);
    return tail.isPresent() ? tail : span(article, s, clause, cue, verbs);
  }

  /**
   * A comma between the end of {@code clause}'s words and the cue: "…, sources said", "…, the
   * Tax Foundation said" (right before the cue's subject, however long).
   */
  private static boolean commaBetween(Sentence s, Token clause, Token cue) {
    if (cue.index() > 0 && s.tokens().get(cue.index() - 1).word().equals(",")
        || cue.index() > 1 && s.tokens().get(cue.index() - 2).word().equals(",")) {
      return true;
    }
    for (Token subject : s.dependents(cue.index())) {
      if (subject.deprel().startsWith("nsubj") && subject.index() < cue.index()
          && subject.index() > clause.index()) {
        int first = firstUnder(s, subject);
        // only the subject (and an adverb or auxiliary) between it and the cue
        boolean adjacent = s.tokens().subList(first, cue.index()).stream()
            .allMatch(t -> under(s, t, subject) || t.head() == cue.index()
                && !t.word().equals(","));
        return adjacent && first > 0 && s.tokens().get(first - 1).word().equals(",");
      }
    }
    return false;
  }

  private static boolean hasSubject(Sentence s, Token head) {
    // (a clause for a subject is one too, "[to personalise games] would be key", but not one
    // a subordinator opens, "[while he acknowledged X] was a reason": an adverbial clause the
    // parser took for the subject)
    return s.dependents(head.index()).stream().anyMatch(t -> t.deprel().startsWith("nsubj")
        || t.deprel().startsWith("expl") || t.deprel().startsWith("csubj")
            && s.dependents(t.index()).stream().noneMatch(m -> m.deprel().equals("mark")
                && ADVERBIAL_MARKS.contains(Clauses.lower(m.word()))));
  }

  /** Subordinators that open an adverbial clause, never a subject. */
  private static final Set<String> ADVERBIAL_MARKS = Set.of("while", "although", "though",
      "because", "if", "unless", "since", "as", "once", "until", "whereas", "after", "before",
      "when");

  /** A clause headed by a noun or adjective ("the plan is a failure" under "said"). */
  private static boolean hasClauseParts(Sentence s, Token head) {
    return s.dependents(head.index()).stream()
        .anyMatch(t -> t.deprel().startsWith("nsubj") || t.deprel().equals("cop"));
  }

  /** The verb has "not", "n't" or "never" ("would not say", "never denied"). */
  static boolean negated(Sentence s, Token verb) {
    return s.dependents(verb.index()).stream().anyMatch(t -> t.deprel().equals("advmod")
        && (Clauses.lower(t.word()).equals("not") || t.word().equals("n't")
            || Clauses.lower(t.word()).equals("never")));
  }

  /**
   * The words of {@code head}'s subtree without {@code exclude}'s (when not null), trimmed of the
   * complementizer, conjunctions and punctuation at both ends; empty when nothing of substance
   * is left.
   */
  private static Optional<Span> span(AnnotatedArticle article, Sentence s, Token head,
                                               Token exclude, Set<String> verbs) {
    List<Token> coordinated = ownClauses(s, head, verbs);
    List<Token> words = new ArrayList<>();
    for (Token t : s.tokens()) {
      if (under(s, t, head) && (exclude == null || !under(s, t, exclude))
          && coordinated.stream().noneMatch(c -> under(s, t, c))) {
        words.add(t);
      }
    }
    Token and = lostCoordination(s, head);
    if (and != null) {
      words.removeIf(t -> t.index() >= and.index());
    }
    int next = nextActFrom(s, head, coordinated);
    words.removeIf(t -> t.index() >= next);
    return trimmed(article, words);
  }

  /**
   * Where the first predicate coordinated with {@code head} after it that is the speaker's
   * next act begins ("said the forecast was too optimistic [and warned growth would be 1%]"):
   * the reported clause ends there, whatever the parser hung from it after that ("1%" hung
   * from "optimistic"); the sentence's length when there is none. A coordinated clause with a
   * subject of its own is left out word by word, as the parser may have made a noun's
   * participle one ("investors and others focused on …").
   */
  private static int nextActFrom(Sentence s, Token head, List<Token> coordinated) {
    int next = s.tokens().size();
    for (Token c : coordinated) {
      // however deep the parser hung it ("said he would be "watching to see if …" and
      // warned …": "warned" hung from "see")
      if (c.index() > head.index()
          && Clauses.baseRelation(c.deprel()).equals("conj") && !hasSubject(s, c)) {
        next = Math.min(next, firstUnder(s, c));
      }
    }
    return next;
  }

  /**
   * "41% said the mayor was doing well and 35% disagreed": the parser hung the second clause's
   * verb from the first one as a loose dependent and its subject elsewhere; the "and" before
   * that subject, when only nouns and numbers lie between it and the verb, ends the reported
   * clause (null when there is no such verb).
   */
  private static Token lostCoordination(Sentence s, Token head) {
    for (Token d : s.dependents(head.index())) {
      if (!d.deprel().equals("dep") || d.index() <= head.index() || hasSubject(s, d)
          || !Set.of("VBD", "VBZ", "VBP").contains(d.pos())) {
        continue;
      }
      for (int i = d.index() - 1; i > head.index(); i--) {
        Token t = s.tokens().get(i);
        if (t.pos().equals("CC") && i < d.index() - 1) {
          return t;
        }
        if (!t.pos().startsWith("NN") && !t.pos().equals("CD") && !t.pos().equals("DT")
            && !t.pos().equals("JJ")) {
          break;
        }
      }
    }
    return null;
  }

  /**
   * A "that" right before a finite verb that the parser made an argument: a pronoun subject,
   * not a complementizer (the parser makes a complementizer before a noun an argument too:
   * "said that people like …").
   */
  private static boolean argument(List<Token> words, int at) {
    Token that = words.get(at);
    Token next = words.get(at + 1);
    String rel = that.deprel();
    // (the subject of a relative clause is no statement's: "the video that showed …")
    boolean relative = words.stream().anyMatch(t -> t.index() == that.head()
        && t.deprel().startsWith("acl"));
    return Clauses.lower(that.word()).equals("that") && !relative
        && (rel.startsWith("nsubj") || rel.equals("obj"))
        && (next.pos().equals("VBD") || next.pos().equals("VBZ") || next.pos().equals("VBP")
            || next.pos().equals("MD"));
  }

  static Optional<Span> trimmed(AnnotatedArticle article, List<Token> words) {
    return trimmed(article, words, 3);
  }

  /** As {@link #trimmed(AnnotatedArticle, List)}, with at least {@code least} words left. */
  static Optional<Span> trimmed(AnnotatedArticle article, List<Token> words, int least) {
    int from = 0;
    int to = words.size() - 1;
    // a leading "that" goes as the complementizer, not as a determiner ("denied that claim")
    // nor as the pronoun the parser made an argument ("said that worked out at £400")
    while (from <= to && EDGE_WORDS.contains(Clauses.lower(words.get(from).word()))
        && !words.get(from).pos().equals("DT") && !(from < to && argument(words, from))) {
      from++;
    }
    while (from <= to && closesQuoteBefore(article, words.get(from))) {
      from++;
    }
    while (from < to && endsNameBefore(article, words.get(from))) {
      from++;
    }
    while (to >= from && TRAILING_EDGE_WORDS.contains(Clauses.lower(words.get(to).word()))) {
      to--;
    }
    if (to - from + 1 < least) {
      return Optional.empty();
    }
    int begin = words.get(from).begin();
    int end = words.get(to).end();
    // the parse hangs a quote's closing mark (and the period inside it) from the main verb:
    // a quotation the clause opens it also closes ("… in order to “keep it under wraps.”")
    for (Quote q : article.quotes()) {
      if (!wellPaired(q)) {
        continue;
      }
      if (q.outer().begin() >= begin && q.outer().begin() < end && q.outer().end() > end) {
        end = q.outer().end();
      }
      if (q.outer().end() <= end && q.outer().end() > begin && q.outer().begin() < begin) {
        begin = q.outer().begin();
      }
    }
    // a cue in the middle ("The economy, he said, is recovering") stays inside: one span
    return Optional.of(new Span(begin, end, article.text().substring(begin, end)));
  }

  /**
   * "told BBC News 24 she had not expected it": a number right after a name, which the parser
   * left hanging loose into the clause, is the name's last word ("Radio 4", "Channel 5"), not
   * the first of what was said.
   */
  private static boolean endsNameBefore(AnnotatedArticle article, Token t) {
    if (!t.pos().equals("CD") || !t.deprel().equals("dep") || t.index() == 0) {
      return false;
    }
    Token before = article.sentenceAt(t.begin()).tokens().get(t.index() - 1);
    return before.pos().startsWith("NNP") && before.end() + 1 == t.begin();
  }

  /**
   * "“Crews need training.” Eventually, the fleet could double, she says": the splitter gave
   * the closing mark of the quotation before to the next sentence, where it opens the clause;
   * the mark is no part of the clause, which does not take that quotation in.
   */
  private static boolean closesQuoteBefore(AnnotatedArticle article, Token t) {
    return t.word().length() <= 2 && !Character.isLetterOrDigit(t.word().charAt(0))
        && article.quotes().stream().anyMatch(q -> q.outer().end() == t.end()
            && q.outer().begin() < t.begin());
  }

  /**
   * Clauses coordinated with {@code head} that have a subject of their own and no "that" of
   * their own: "officials said the talks failed, and the mayor resigned" reports the first
   * only ("said that A and that B" reports both).
   */
  private static List<Token> ownClauses(Sentence s, Token head, Set<String> verbs) {
    List<Token> out = new ArrayList<>();
    boolean modal = s.dependents(head.index()).stream().anyMatch(t ->
        t.deprel().equals("aux") && t.pos().equals("MD"));
    for (Token c : s.dependents(head.index())) {
      boolean ownSubject = s.dependents(c.index()).stream()
          .anyMatch(t -> t.deprel().startsWith("nsubj"));
      if (c.deprel().equals("conj") && ownSubject && !Clauses.hasChild(s, c, "that")) {
        out.add(c);
      }
      // "said Labour would set out plans … and attacked the Tory plans", "stressed his group
      // might not be dominated by A and held out hope for B": a finite verb cannot share the
      // clause's modal, so it goes with the cue's subject
      if (c.deprel().equals("conj") && !ownSubject && modal
          && (c.pos().equals("VBD") || c.pos().equals("VBZ"))) {
        out.add(c);
      }
      // "said the claims were false and dismissed them as a smear": a finite verb of another
      // speech act, sharing no auxiliary, is a second act of the cue's subject, not said
      // ("said the suspect denied it and admitted a lesser charge" goes on with the suspect's,
      // and "was loopy and stressed", a verb's form that takes nothing, is no act)
      // ("was “pleased” but called on X to …": a past tense the tagger took for a participle,
      // with no auxiliary and after no passive it could share; but "says he discussed it and
      // promised …", a past after a present cue, shares the past clause's subject)
      boolean pastTense = c.pos().equals("VBN") && !head.pos().equals("VBN")
          && s.dependents(c.index()).stream().noneMatch(t -> t.deprel().startsWith("aux"));
      if (c.deprel().equals("conj") && !ownSubject && c.index() > head.index()
          && !speechAct(head, verbs) && takesAfter(s, c)
          && (head.head() < 0 || !BackshiftedConjunct.pastAfterPresentCue(s,
              s.tokens().get(head.head()), head, c))
          && (c.pos().equals("VBD") || c.pos().equals("VBZ") || c.pos().equals("VBP")
              || pastTense)
          && speechAct(c, verbs)) {
        out.add(c);
      }
      // "said trials had found nothing, but was hopeful": the cue's subject's predicate
      if (SpeakerPredicate.speakers(s, head, c)) {
        out.add(c);
      }
    }
    // "said workers did not want to go on strike and called for talks": a past tense cannot
    // be coordinated with the infinitive it follows, so it is the cue's subject's next act
    for (Token x : s.dependents(head.index())) {
      if (!x.deprel().equals("xcomp") || !x.pos().equals("VB")) {
        continue;
      }
      for (Token c : s.dependents(x.index())) {
        if (c.deprel().equals("conj") && c.index() > x.index()
            && (c.pos().equals("VBD") || c.pos().equals("VBN")) && speechAct(c, verbs)
            && s.dependents(c.index()).stream().noneMatch(t -> t.deprel().startsWith("nsubj")
                || t.deprel().startsWith("aux"))) {
          out.add(c);
        }
      }
    }
    out.addAll(nestedStatements(s, head, verbs));
    return out;
  }

  /** Verbs of a speech act that report no clause: "dismissed them as …", "ordered X to …". */
  private static final Set<String> OTHER_ACTS = ImmutableSet.of("dismiss", "order",
      "disagree");
  /** Subordinators of a contrasting clause: "…, while 63% disagreed". */
  private static final Set<String> CONTRASTS = ImmutableSet.of("while", "whereas", "whilst");

  /** A verb that reports or performs a speech act: a cue, an object cue, "dismiss". */
  private static boolean speechAct(Token verb, Set<String> verbs) {
    String lemma = Clauses.lower(verb.lemma());
    return verbs.contains(lemma) || OBJECT_CUES.contains(lemma) || OTHER_ACTS.contains(lemma);
  }

  /**
   * Clauses anywhere below {@code head} that report something else with a cue of their own:
   * "…, arguing that …", "… and said she has …" (the parser often hangs the second verb of
   * saying from a word deep inside the first clause).
   */
  private static List<Token> nestedStatements(Sentence s, Token head, Set<String> verbs) {
    List<Token> out = new ArrayList<>();
    for (Token c : s.tokens()) {
      if (c.index() > head.index() && under(s, c, head)) {
        boolean ownSubject = s.dependents(c.index()).stream()
            .anyMatch(t -> t.deprel().startsWith("nsubj"));
        if (anotherStatement(s, c, ownSubject, verbs)) {
          out.add(c);
        }
      }
    }
    return out;
  }

  /**
   * A clause after the reported one that reports something else: "…, arguing that …", "…, and
   * rights groups warned that …" (a statement of its own, found from its own cue).
   */
  private static boolean anotherStatement(Sentence s, Token c, boolean ownSubject,
                                          Set<String> verbs) {
    String rel = Clauses.baseRelation(c.deprel());
    // "said he had tried to persuade them but Pollard rejected his comments": a coordinated
    // clause whose own subject says or rejects something is that subject's act, however deep
    // the parser hung it
    if (rel.equals("conj") && ownSubject && c.pos().startsWith("VB")
        && !Clauses.hasChild(s, c, "that") && (verbs.contains(Clauses.lower(c.lemma()))
            || OBJECT_CUES.contains(Clauses.lower(c.lemma())))) {
      return true;
    }
    // "said it was seeking acquisitions but refused to comment", "said he was delighted with
    // the way his time there was going and dismissed criticism": a past tense of an act,
    // without a subject or auxiliary, coordinated with a verb it cannot share an inflection
    // with (one with an auxiliary, an infinitive, a predicate adjective) is the cue's
    // subject's next act, however deep the parser hung it ("was loopy and stressed", a form
    // that takes nothing, is no act)
    if (rel.equals("conj") && !ownSubject && c.head() >= 0 && act(c, verbs) && takesAfter(s, c)
        && s.dependents(c.index()).stream().noneMatch(t -> t.deprel().startsWith("aux"))
        && inflectedApart(s, s.tokens().get(c.head()), c)) {
      return true;
    }
    // "said the law had failed and urged ministers to …", "said the result was a great day and
    // offered his congratulations": an act joined on without a subject or auxiliary of its
    // own, after what was said of a thing, which cannot do it, is the cue's subject's next act
    if (rel.equals("conj") && !ownSubject && (c.pos().equals("VBD") || c.pos().equals("VBN"))
        && (act(c, verbs) || DEEDS.contains(Clauses.lower(c.lemma()))) && actsOn(s, c)
        && s.dependents(c.index()).stream().noneMatch(t -> t.deprel().startsWith("aux"))
        && saidOfAThing(s, c)) {
      return true;
    }
    // "30% said the affair showed A while 63% disagreed": a clause of contrast whose own
    // subject says or disputes something is that subject's
    if (rel.equals("advcl") && ownSubject && c.pos().startsWith("VB") && speechAct(c, verbs)
        && s.dependents(c.index()).stream().anyMatch(t -> t.deprel().equals("mark")
            && CONTRASTS.contains(Clauses.lower(t.word())))) {
      return true;
    }
    // "…, adding it would raise prices": the parser made the participle of saying the subject
    // of the clause it reports
    boolean participleSubject = s.dependents(c.index()).stream().anyMatch(t ->
        (t.deprel().startsWith("nsubj") || t.deprel().startsWith("csubj"))
            && t.pos().equals("VBG") && t.index() > 0
            && verbs.contains(Clauses.lower(t.lemma()))
            && s.tokens().get(t.index() - 1).word().equals(","));
    if (participleSubject && c.pos().startsWith("VB")) {
      return true;
    }
    if (rel.equals("advcl") && BoundCircumstance.is(s, c)) {
      return false;
    }
    // "… about prospects for its products saying that demand is …": a participle of saying the
    // parser hung from a noun of the clause without a comma is still the speaker's next act
    // ("denied a report claiming he …" describes the report: a document's participle right
    // after it stays)
    String noun = c.head() < 0 ? "" : Clauses.lower(s.tokens().get(c.head()).lemma());
    boolean comma = c.index() > 0 && s.tokens().get(c.index() - 1).word().equals(",");
    boolean participle = rel.equals("acl") && c.pos().equals("VBG")
        && (comma || !SPEECH_NOUNS.contains(noun) && !OCCASIONS.contains(noun));
    return (rel.equals("conj") || rel.equals("advcl") || rel.equals("parataxis")
        || rel.equals("dep") || participle)
        && c.pos().startsWith("VB") && verbs.contains(Clauses.lower(c.lemma()))
        && (ownSubject || c.pos().equals("VBG") || rel.equals("conj"))
        && s.dependents(c.index()).stream().anyMatch(t -> t.index() > c.index()
            && COMPLEMENTS.contains(Clauses.baseRelation(t.deprel())));
  }

  /** Acts of goodwill a speaker does besides saying: "offered his congratulations". */
  private static final Set<String> DEEDS = ImmutableSet.of("offer", "extend", "send");

  /**
   * The verb acts on someone or something: an object, a clause, or "for" or "on" ("urged
   * ministers to", "called for", "called on"; not "the sum reported in May").
   */
  private static boolean actsOn(Sentence s, Token verb) {
    boolean forOrOn = verb.index() + 1 < s.tokens().size()
        && ACTED_ON.contains(Clauses.lower(s.tokens().get(verb.index() + 1).word()));
    return forOrOn || s.dependents(verb.index()).stream().anyMatch(t -> t.index() > verb.index()
        && OBJECTS.contains(t.deprel()));
  }

  /** Prepositions an act takes its aim with: "called for", "called on". */
  private static final Set<String> ACTED_ON = ImmutableSet.of("for", "on");
  /** Relations of what a verb acts on: an object or a clause. */
  private static final Set<String> OBJECTS = ImmutableSet.of("obj", "iobj", "xcomp", "ccomp");

  /**
   * The nearest clause above {@code conj} that has a subject has one that cannot act: a thing
   * ("the law had failed"), not people nor a body.
   */
  private static boolean saidOfAThing(Sentence s, Token conj) {
    Token t = conj;
    for (int hops = 0; hops < 10 && t.head() >= 0; hops++) {
      t = s.tokens().get(t.head());
      Token subject = SpeakerPredicate.subject(s, t);
      if (subject != null) {
        return (subject.pos().equals("NN") || subject.pos().equals("NNS"))
            && Subjects.ANIMACY.cannotSpeak(subject.word(), subject.lemma());
      }
    }
    return false;
  }

  /** Acts a speaker does besides saying: "refused to comment", "declined to say". */
  private static final Set<String> REFUSALS = ImmutableSet.of("refuse", "decline");

  static boolean act(Token verb, Set<String> verbs) {
    return speechAct(verb, verbs) || REFUSALS.contains(Clauses.lower(verb.lemma()));
  }

  /**
   * {@code conj}, a past tense (or a past the tagger took for a participle), cannot share the
   * inflection of {@code verb}: an infinitive, an adjective or noun after a copula, or a verb
   * with an auxiliary a past tense does not take (not "had denied it and admitted …").
   */
  private static boolean inflectedApart(Sentence s, Token verb, Token conj) {
    List<Token> aux = s.dependents(verb.index()).stream()
        .filter(t -> t.deprel().startsWith("aux") || t.deprel().equals("cop")).toList();
    boolean perfect = aux.stream().anyMatch(t -> Clauses.lower(t.lemma()).equals("have"));
    if (conj.pos().equals("VBN")) {
      return !perfect && !verb.pos().equals("VBN") && !aux.isEmpty();
    }
    return conj.pos().equals("VBD")
        && (verb.pos().equals("VB") || !aux.isEmpty() && !perfect);
  }

  /** True when {@code t} is {@code head} or hangs from it. */
  static boolean under(Sentence s, Token t, Token head) {
    Token current = t;
    for (int hops = 0; hops < 40; hops++) {
      if (current.index() == head.index()) {
        return true;
      }
      if (current.head() < 0) {
        return false;
      }
      current = s.tokens().get(current.head());
    }
    return false;
  }
}
