package org.newskg.attribute;

import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
                   boolean negated) {}

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
  private static final Set<String> CLAUSE_ONLY = ImmutableSet.of("say", "add", "post",
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
  /** Verbs whose object is whom they speak to, not what they say. */
  private static final Set<String> ADDRESSED = ImmutableSet.of("tell", "ask", "inform", "assure",
      "reassure", "text", "email");
  private static final Set<String> EDGE_WORDS = ImmutableSet.of("that", ",", ":", ";", ".",
      "--", "-", "—", "–", "and", "but");

  private ReportedClauses() {}

  /**
   * Every reported clause of the article, in text order, each clause once. Cues inside quotes
   * are left out, and so are clauses that are mostly a quotation (the quote is their
   * statement), refusals to say ("would not say what …") and clauses that open with another
   * cue ("…, saying …", a candidate of its own).
   */
  static List<Candidate> find(AnnotatedArticle article, Set<String> reportingVerbs) {
    List<Candidate> out = new ArrayList<>();
    for (Candidate c : all(article, reportingVerbs)) {
      Token first = firstWord(c);
      String opener = first == null ? "" : Clauses.lower(first.word());
      // "would not say what …": a refusal to say is no statement
      boolean refusal = c.negated() && WH_WORDS.contains(opener);
      // "…, saying the talks …": the clause of another cue, which is a candidate of its own
      boolean anotherCue = first != null && first.pos().equals("VBG")
          && reportingVerbs.contains(Clauses.lower(first.lemma()));
      // "will stress", "could claim": a saying still to come, or only possible, is no statement
      boolean notYetSaid = c.sentence().dependents(c.cue().index()).stream()
          .anyMatch(t -> t.deprel().startsWith("aux") && MODALS.contains(Clauses.lower(t.word())));
      if (!refusal && !anotherCue && !notYetSaid && !asked(article, c) && !hypothetical(c)
          && !requested(c) && !toldWithoutTeller(c)
          && !mostlyQuoted(article, c.content())
          && out.stream().noneMatch(o -> o.content().equals(c.content()))) {
        out.add(c);
      }
    }
    return out;
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
    for (int hops = 0; hops < 4; hops++) {
      // the cue's own modal is a saying still to come ("will stress"), left out in find()
      boolean above = hops > 0;
      boolean supposed = s.dependents(current.index()).stream().anyMatch(t ->
          t.deprel().equals("mark") && CONDITIONS.contains(Clauses.lower(t.word()))
          || above && t.deprel().startsWith("aux")
              && SUPPOSING.contains(Clauses.lower(t.word())));
      if (supposed) {
        return true;
      }
      String rel = Clauses.baseRelation(current.deprel());
      // up to the predicate the cue completes ("too much to ask"), not to a clause the parser
      // made the cue the subject of ("X said praise would not …": what the cue reports)
      if (current.head() < 0 || !(rel.equals("xcomp")
          || rel.equals("csubj") && current.head() < current.index())) {
        return false;
      }
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
   * "The government was told that …": the subject of a passive verb of telling is whom it was
   * told to; without "by X" the teller is not named in the clause.
   */
  private static boolean toldWithoutTeller(Candidate c) {
    Sentence s = c.sentence();
    Token cue = c.cue();
    return ADDRESSED.contains(Clauses.lower(cue.lemma()))
        && s.dependents(cue.index()).stream().anyMatch(t -> t.deprel().equals("nsubj:pass")
            || t.deprel().equals("aux:pass"))
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
    return article.quotes().stream().anyMatch(q -> wellPaired(q) && q.outer().begin() <= t.begin()
        && t.end() <= q.outer().end());
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
    for (Sentence s : article.sentences()) {
      for (Token t : s.tokens()) {
        if (insideQuote(article, t)) {
          continue;
        }
        if (Clauses.isAccordingTo(s, t)) {
          accordingTo(article, s, t, reportingVerbs).ifPresent(out::add);
        } else if (t.pos().startsWith("VB")
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

  private static Optional<Candidate> verb(AnnotatedArticle article, Sentence s,
                                                    Token verb, Set<String> reportingVerbs) {
    Optional<Candidate> named = namedLast(article, s, verb);
    if (named.isPresent()) {
      return named;
    }
    // a complement first: "Asked about the map, Reid said the party …" reports what follows
    List<Token> children = new ArrayList<>();
    for (Token child : s.dependents(verb.index())) {
      String rel = Clauses.baseRelation(child.deprel());
      // "Nicklaus said it’s one of …": a clause the parser made a subjectless complement;
      // "Railing against the plan, Berg vows to …": a subjectless one before a verb that takes
      // something after it is the circumstance
      boolean circumstance = child.index() < verb.index() && !hasSubject(s, child)
          && takesAfter(s, verb);
      if (!circumstance
          && (COMPLEMENTS.contains(rel) || rel.equals("xcomp") && hasSubject(s, child))) {
        children.add(child);
      }
    }
    for (Token child : s.dependents(verb.index())) {
      // the parser often attaches a clause before the cue as a modifier ("…, sources said");
      // one without a subject of its own is the circumstance ("Asked about it, X said …")
      // ("Railing against the plan, Berg vowed to …" reports what the verb takes after it)
      if (Clauses.baseRelation(child.deprel()).equals("advcl") && child.index() < verb.index()
          && verb.head() < 0 && commaBetween(s, child, verb)
          && (hasSubject(s, child) || children.isEmpty() && !takesAfter(s, verb))) {
        children.add(child);
      }
    }
    for (Token child : children) {
      if (child.pos().startsWith("VB") || hasClauseParts(s, child)) {
        Optional<Span> content = child.index() < verb.index()
            ? clauseBefore(article, s, child, verb, reportingVerbs)
            : withSubject(article, s, child, verb, reportingVerbs);
        return content.map(c -> new Candidate(s, verb, c, Construction.COMPLEMENT,
            negated(s, verb)));
      }
    }
    if (verb.head() > verb.index() && Clauses.baseRelation(verb.deprel()).equals("csubj")
        && s.dependents(verb.index()).stream().anyMatch(t -> t.deprel().startsWith("nsubj")
            && t.index() < verb.index())) {
      // "Trump said praise from Putin would not affect his policy": the parser made the
      // reporting clause the subject of the reported one; what follows the cue is the clause
      Token clause = s.tokens().get(verb.head());
      List<Token> after = new ArrayList<>();
      for (Token t : s.tokens()) {
        if (t.index() > verb.index() && under(s, t, clause)) {
          after.add(t);
        }
      }
      return trimmed(article, after).map(c -> new Candidate(s, verb, c,
          Construction.COMPLEMENT, negated(s, verb)));
    }
    Optional<Candidate> misparsed = misparsed(article, s, verb, reportingVerbs);
    if (misparsed.isPresent()) {
      return misparsed;
    }
    if (verb.head() >= 0 && CLAUSAL.contains(Clauses.baseRelation(verb.deprel()))) {
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
            : clauseAround(article, s, clause, verb, reportingVerbs);
        return content.map(c -> new Candidate(s, verb, c, Construction.PARENTHETICAL,
            negated(s, verb)));
      }
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
        return trimmed(article, s.tokens().subList(0, comma)).map(c -> new Candidate(s, verb, c,
            Construction.PARENTHETICAL, negated(s, verb)));
      }
    }
    return Optional.empty();
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
    List<Token> rest = s.tokens().subList(verb.index() + 1, s.tokens().size());
    boolean finite = rest.stream().anyMatch(t -> (t.pos().equals("VBZ") || t.pos().equals("VBD")
        || t.pos().equals("VBP") || t.pos().equals("MD")) && under(s, t, verb));
    return finite ? trimmed(article, rest) : Optional.empty();
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

  /**
   * "called for …", "called on X to …", "called it a hoax": anything but a lone object
   * ("called a snap poll").
   */
  private static boolean callsFor(AnnotatedArticle article, Sentence s, Token call) {
    long taken = s.dependents(call.index()).stream().filter(t -> t.index() > call.index()
        && (TAKES.contains(Clauses.baseRelation(t.deprel())) || prepositionalClause(s, t))
        || t.deprel().equals("ccomp") || t.deprel().equals("compound:prt")).count();
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
    if (!hasSubject) {
      for (Token o : s.dependents(cue.index())) {
        if (o.deprel().equals("obj") && o.index() > cue.index() && o.index() < clause.index()
            && !ADDRESSED.contains(Clauses.lower(cue.lemma()))) {
          int first = o.index();
          for (Token t : s.tokens()) {
            if (under(s, t, o)) {
              first = Math.min(first, t.index());
            }
          }
          int last = clause.index();
          for (Token t : s.tokens()) {
            if (under(s, t, clause)) {
              last = Math.max(last, t.index());
            }
          }
          return trimmed(article, s.tokens().subList(first, last + 1));
        }
      }
    }
    return span(article, s, clause, null, verbs);
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
      if (child.index() > verb.index() && takes
          && !(addressed && (rel.equals("obj") || rel.equals("iobj")))
          && (!spoke || SPOKEN_OF.stream().anyMatch(p -> Clauses.hasChild(s, child, p)))) {
        heads.add(child);
      }
    }
    if (heads.isEmpty()) {
      return Optional.empty();
    }
    // "called for A, but Clinton would B": a clause with a subject of its own is not what
    // the verb takes
    List<Token> others = new ArrayList<>();
    for (Token t : s.tokens()) {
      if (t.deprel().equals("conj") && heads.stream().anyMatch(h -> under(s, t, h))
          && s.dependents(t.index()).stream().anyMatch(d -> d.deprel().startsWith("nsubj"))
          && !Clauses.hasChild(s, t, "that")) {
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
    return trimmed(article, words);
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
    if (clause.pos().startsWith("VB") && (verbs.contains(Clauses.lower(clause.lemma()))
        || OBJECT_CUES.contains(Clauses.lower(clause.lemma())))) {
      // "…, according to the paper, once told analysts that …": the verb's subject said it and
      // is its speaker; the source is where the writer learned that it was said
      return Optional.empty();
    }
    // "Sales rose, according to the industry, with 200 million tracks bought": the side of
    // the phrase that holds the clause's head, not the phrase itself
    int first = source.index();
    int last = source.index();
    for (Token t : s.tokens()) {
      if (under(s, t, source)) {
        first = Math.min(first, t.index());
        last = Math.max(last, t.index());
      }
    }
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

  private static Optional<Candidate> noun(AnnotatedArticle article, Sentence s,
                                                    Token noun, Set<String> verbs) {
    for (Token child : s.dependents(noun.index())) {
      String rel = Clauses.baseRelation(child.deprel());
      if ((rel.equals("acl") || rel.equals("ccomp")) && child.pos().startsWith("VB")
          && Clauses.hasChild(s, child, "that")) {
        return span(article, s, child, null, verbs).map(c -> new Candidate(s, noun, c,
            Construction.SPEECH_NOUN, false));
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
    int comma = -1;
    for (int i = cue.index() - 1; i > clause.index(); i--) {
      if (s.tokens().get(i).word().equals(",")) {
        comma = i;
        break;
      }
    }
    if (comma < 0) {
      return span(article, s, clause, null, verbs);
    }
    int first = clause.index();
    for (Token t : s.tokens()) {
      if (under(s, t, clause)) {
        first = Math.min(first, t.index());
      }
    }
    return trimmed(article, s.tokens().subList(first, comma));
  }

  /**
   * A clause around its cue ("The economy, Berg said, is recovering"): the words after the
   * reporting clause, which hold the predicate; a span never covers the speaker's name.
   */
  private static Optional<Span> clauseAround(AnnotatedArticle article, Sentence s,
                                                       Token clause, Token cue,
                                                       Set<String> verbs) {
    int first = cue.index();
    int last = cue.index();
    for (Token t : s.tokens()) {
      if (under(s, t, cue)) {
        first = Math.min(first, t.index());
        last = Math.max(last, t.index());
      }
    }
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
        int first = subject.index();
        for (Token t : s.tokens()) {
          if (under(s, t, subject)) {
            first = Math.min(first, t.index());
          }
        }
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
    return s.dependents(head.index()).stream()
        .anyMatch(t -> t.deprel().startsWith("nsubj") || t.deprel().startsWith("expl"));
  }

  /** A clause headed by a noun or adjective ("the plan is a failure" under "said"). */
  private static boolean hasClauseParts(Sentence s, Token head) {
    return s.dependents(head.index()).stream()
        .anyMatch(t -> t.deprel().startsWith("nsubj") || t.deprel().equals("cop"));
  }

  private static boolean negated(Sentence s, Token verb) {
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
    return trimmed(article, words);
  }

  private static Optional<Span> trimmed(AnnotatedArticle article, List<Token> words) {
    int from = 0;
    int to = words.size() - 1;
    while (from <= to && EDGE_WORDS.contains(Clauses.lower(words.get(from).word()))) {
      from++;
    }
    while (to >= from && EDGE_WORDS.contains(Clauses.lower(words.get(to).word()))) {
      to--;
    }
    if (to - from + 1 < 3) {
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
   * Clauses coordinated with {@code head} that have a subject of their own and no "that" of
   * their own: "officials said the talks failed, and the mayor resigned" reports the first
   * only ("said that A and that B" reports both).
   */
  private static List<Token> ownClauses(Sentence s, Token head, Set<String> verbs) {
    List<Token> out = new ArrayList<>();
    for (Token c : s.dependents(head.index())) {
      boolean ownSubject = s.dependents(c.index()).stream()
          .anyMatch(t -> t.deprel().startsWith("nsubj"));
      if (c.deprel().equals("conj") && ownSubject && !Clauses.hasChild(s, c, "that")) {
        out.add(c);
      }
    }
    out.addAll(nestedStatements(s, head, verbs));
    return out;
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
    return (rel.equals("conj") || rel.equals("advcl") || rel.equals("parataxis")
        || rel.equals("dep"))
        && c.pos().startsWith("VB") && verbs.contains(Clauses.lower(c.lemma()))
        && (ownSubject || c.pos().equals("VBG") || rel.equals("conj"))
        && s.dependents(c.index()).stream().anyMatch(t -> t.index() > c.index()
            && COMPLEMENTS.contains(Clauses.baseRelation(t.deprel())));
  }

  /** True when {@code t} is {@code head} or hangs from it. */
  private static boolean under(Sentence s, Token t, Token head) {
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
