package org.newskg.attribute;

import com.google.common.collect.ImmutableSet;
import java.util.Set;
import org.newskg.extract.Sentence;
import org.newskg.extract.Token;

/**
 * Verbs of saying used in a sense that says nothing, which the reported-speech model cannot
 * learn from PolNeAR's political news (it has almost no such uses, and annotates some of those it
 * has as attributions): "denied him a drink" (two objects: refusing to give), "claimed her first
 * title" (a noun phrase that is won or taken, not asserted), "was at a loss to explain" (a
 * saying its subject was, or was not, in a state to make), "added the ability to …" (a thing
 * added, not words), "the habit explains the rise of …" (a thing that cannot speak), "called up
 * three defenders" (picked them).
 */
final class OtherSenses {
  /**
   * What one claims by saying it about oneself: "claimed responsibility for the attack",
   * "claimed credit for the deal". Any other noun phrase a "claim" takes is won or taken.
   */
  private static final Set<String> FINITE = ImmutableSet.of("VBD", "VBZ", "VBP", "MD");
  private static final Set<String> CLAIMED_BY_SAYING = ImmutableSet.of("responsibility",
      "credit", "authorship", "innocence");

  /** Adjectives that make a saying untimely or out of reach ("premature to say"). */
  private static final Set<String> UNTIMELY = ImmutableSet.of("early", "soon", "premature",
      "hard", "difficult", "impossible");
  /** Verbs that also say what a thing is likely to bring ("the ban threatens to …"). */
  private static final Set<String> FORETELLING = ImmutableSet.of("threaten", "promise");
  /** Verbs a writer uses to draw a conclusion from what was just reported. */
  private static final Set<String> INFERRING = ImmutableSet.of("suggest", "indicate", "imply",
      "signal", "mean", "show");

  private OtherSenses() {}

  /** The candidate's cue, in its sentence, is used in a sense that is no saying. */
  static boolean notASaying(ReportedClauses.Candidate c) {
    return withheld(c) || taken(c) || stateToSay(c) || thing(c) || saidByAThing(c)
        || leftUnsaid(c) || deniedSomeone(c) || agreedToDo(c) || tooSoonToSay(c)
        || inferenceFromAThing(c) || usedAlone(c) || askedOfItsSubject(c) || calledUp(c)
        || describesANoun(c) || inKeepingWith(c) || saidByYou(c) || towardsSomeone(c)
        || nameGivenInPassing(c) || pointedWithoutOut(c);
  }

  /**
   * "he points to the polls", "two set points up": "point" says something as "point out", or
   * with a "that" clause ("pointed that the rules were clear"); pointing to a thing, or a noun
   * the tagger took for the verb, says nothing.
   */
  private static boolean pointedWithoutOut(ReportedClauses.Candidate c) {
    Sentence s = c.sentence();
    Token cue = c.cue();
    boolean thatClause = s.dependents(cue.index()).stream()
        .anyMatch(t -> Clauses.baseRelation(t.deprel()).equals("ccomp")
            && s.dependents(t.index()).stream().anyMatch(m -> m.deprel().equals("mark")
                && Clauses.lower(m.word()).equals("that")));
    return Clauses.lower(cue.lemma()).equals("point") && !Clauses.hasChild(s, cue, "out")
        && !thatClause;
  }

  /** The most words of a name given in passing ("called the Harbour Conservation Fund"). */
  private static final int MAX_NAME = 8;

  /**
   * "His group, called the Harbour Fund, will still own the pier": a naming verb set off by
   * commas after a noun, the name, and the sentence's predicate after the closing comma, names
   * the noun in passing (a participle the tagger took for a past tense); nobody called it
   * anything.
   */
  private static boolean nameGivenInPassing(ReportedClauses.Candidate c) {
    Sentence s = c.sentence();
    Token cue = c.cue();
    int i = cue.index();
    if (!Clauses.NAMING_VERBS.contains(Clauses.lower(cue.lemma())) || i < 2
        || !s.tokens().get(i - 1).word().equals(",")
        || !s.tokens().get(i - 2).pos().startsWith("NN")) {
      return false;
    }
    for (int k = i + 1; k < s.tokens().size() - 1 && k <= i + MAX_NAME; k++) {
      if (s.tokens().get(k).word().equals(",")) {
        return k > i + 1 && ReportedClauses.FINITE.contains(s.tokens().get(k + 1).pos());
      }
    }
    return false;
  }

  /**
   * "fans wrote in to the BBC website to express their delight": words after "write" that open
   * with "to" and a noun say where the letter went, not what it said.
   */
  private static boolean towardsSomeone(ReportedClauses.Candidate c) {
    Sentence s = c.sentence();
    int first = s.tokenAt(c.content().begin());
    // only "write": one responds or speaks "to" someone, and that is said ("responded to the
    // attacks")
    if (first < 0 || first + 1 >= s.tokens().size()
        || !Clauses.lower(c.cue().lemma()).equals("write")
        || !Clauses.lower(s.tokens().get(first).word()).equals("to")) {
      return false;
    }
    String next = s.tokens().get(first + 1).pos();
    return next.startsWith("DT") || next.startsWith("NN") || next.equals("PRP$")
        || next.equals("PRP");
  }

  /** What one is called into that is no saying ("called the plan into question" is one). */
  private static final Set<String> CALLED_INTO_BY_SAYING = ImmutableSet.of("question", "doubt");

  /**
   * "called up three defenders", "call Berg into his side": picking someone for a team or a
   * duty, not calling something anything.
   */
  private static boolean calledUp(ReportedClauses.Candidate c) {
    Sentence s = c.sentence();
    Token cue = c.cue();
    if (!Clauses.lower(cue.lemma()).equals("call")) {
      return false;
    }
    for (Token d : s.dependents(cue.index())) {
      if (d.deprel().equals("compound:prt") && Clauses.lower(d.word()).equals("up")) {
        return true;
      }
      if (Clauses.baseRelation(d.deprel()).equals("obl") && d.index() > cue.index()
          && Clauses.hasChild(s, d, "into")
          && !CALLED_INTO_BY_SAYING.contains(Clauses.lower(d.lemma()))) {
        return true;
      }
    }
    return false;
  }

  /**
   * "Asked whether he would stand, he said: …": a question put to the subject, by someone the
   * sentence does not name; the subject answers it, he did not ask it.
   */
  private static boolean askedOfItsSubject(ReportedClauses.Candidate c) {
    Token cue = c.cue();
    return cue.pos().equals("VBN") && Clauses.lower(cue.lemma()).equals("ask")
        && c.sentence().dependents(cue.index()).stream().noneMatch(t ->
            t.deprel().startsWith("nsubj") || t.deprel().startsWith("aux"));
  }

  /**
   * "put in 24 categories according to their last known voting intention": "according to" one's
   * own plan, need or wish is "in keeping with", not a source; a source is a noun for people,
   * a body or a document ("according to his lawyer", "according to its report").
   */
  private static boolean inKeepingWith(ReportedClauses.Candidate c) {
    Token cue = c.cue();
    Sentence s = c.sentence();
    if (!Clauses.lower(cue.word()).equals("according") || cue.head() < 0) {
      return false;
    }
    Token source = s.tokens().get(cue.head());
    return source.pos().equals("NN") || source.pos().equals("NNS")
        ? s.dependents(source.index()).stream().anyMatch(d -> d.deprel().equals("nmod:poss")
            && d.pos().equals("PRP$")) && !Subjects.ANIMACY.namesSpeakers(source.lemma())
        : false;
  }

  /**
   * "You might even be able to tell your system that you will be away": what "you" say is a
   * case the writer puts to the reader, not a statement anyone made.
   */
  private static boolean saidByYou(ReportedClauses.Candidate c) {
    Sentence s = c.sentence();
    Token verb = c.cue();
    // the subject of the verb whose infinitive the cue is ("you might be able to tell")
    for (int hops = 0; hops < 4 && (verb.deprel().equals("xcomp")
        || verb.deprel().equals("dep") && Clauses.hasChild(s, verb, "to")) && verb.head() >= 0
        && s.dependents(verb.index()).stream().noneMatch(t -> t.deprel().startsWith("nsubj"));
         hops++) {
      verb = s.tokens().get(verb.head());
    }
    return s.dependents(verb.index()).stream().anyMatch(t -> t.deprel().startsWith("nsubj")
        && Clauses.lower(t.word()).equals("you"));
  }

  /**
   * "Songs written to make headlines are getting rarer", "The figure announced by the
   * minister is lower": a past participle that modifies a noun describes the noun; it reports
   * nothing ("the attack, reported by state media, …", set off with its agent, names its
   * source and stays).
   */
  private static boolean describesANoun(ReportedClauses.Candidate c) {
    Token cue = c.cue();
    Sentence s = c.sentence();
    boolean setOffWithAgent = cue.index() > 0
        && s.tokens().get(cue.index() - 1).word().equals(",")
        && s.dependents(cue.index()).stream().anyMatch(d -> Clauses.hasChild(s, d, "by"));
    if (!cue.pos().equals("VBN") || setOffWithAgent || s.dependents(cue.index()).stream()
        .anyMatch(d -> d.deprel().startsWith("aux"))) {
      return false;
    }
    // the parser may make the participle the root, its noun the subject and the real
    // predicate, finite and without a subject, a loose dependent
    boolean predicateAfter = s.dependents(cue.index()).stream().anyMatch(d ->
        d.deprel().equals("dep") && d.index() > cue.index()
            && s.dependents(d.index()).stream().noneMatch(t -> t.deprel().startsWith("nsubj"))
            && s.dependents(d.index()).stream().anyMatch(t -> t.deprel().startsWith("aux")
                && ReportedClauses.FINITE.contains(t.pos())));
    // "Worms written to grab headlines are becoming rarer": the parser made the noun and its
    // participle a clausal subject
    return cue.deprel().equals("acl") || cue.deprel().startsWith("csubj") || predicateAfter;
  }

  /**
   * "The visitors did threaten, scoring twice through Holt": a verb used without content, the
   * participle after its comma what its subject did next, not what it said (the parser may
   * make the participle a gerund subject; a sentence that opens with the cue's subject has no
   * clause for it to be the subject of).
   */
  private static boolean usedAlone(ReportedClauses.Candidate c) {
    Sentence s = c.sentence();
    int first = s.tokenAt(c.content().begin());
    int cue = c.cue().index();
    if (first != cue + 2 || !s.tokens().get(cue + 1).word().equals(",")
        || !c.cue().pos().startsWith("VB") || !s.tokens().get(first).pos().equals("VBG")) {
      return false;
    }
    // the sentence opens with the cue's subject: no content before it ("Sometimes, he said,
    // replacing her would be hard" has its gerund clause around a parenthetical cue)
    Token subject = s.dependents(cue).stream().filter(t -> t.deprel().equals("nsubj"))
        .findFirst().orElse(null);
    return subject != null && s.tokens().subList(0, subject.index()).stream()
        .allMatch(t -> t.head() == subject.index() || t.deprel().equals("cc"));
  }

  /**
   * "it was too early to say how many were hurt", "it is hard to say whether …": a saying
   * its subject finds it too soon, or too hard, to make.
   */
  private static boolean tooSoonToSay(ReportedClauses.Candidate c) {
    Sentence s = c.sentence();
    Token cue = c.cue();
    if (!cue.pos().startsWith("VB") || cue.head() < 0
        || s.dependents(cue.index()).stream().noneMatch(t -> t.deprel().equals("mark")
            && Clauses.lower(t.word()).equals("to"))) {
      return false;
    }
    Token adjective = s.tokens().get(cue.head());
    return adjective.pos().startsWith("JJ")
        && (UNTIMELY.contains(Clauses.lower(adjective.lemma()))
            || s.dependents(adjective.index()).stream().anyMatch(t ->
                t.deprel().equals("advmod") && Clauses.lower(t.word()).equals("too")));
  }

  /**
   * "the figures show growth of 0.2%, suggesting a slower recovery": a participle of inference
   * after a clause whose subject cannot speak is the writer's reading of a fact, not a saying
   * ("Ms Ruiz said so, suggesting …" stays hers).
   */
  private static boolean inferenceFromAThing(ReportedClauses.Candidate c) {
    Sentence s = c.sentence();
    Token cue = c.cue();
    if (!cue.pos().equals("VBG") || cue.head() < 0
        || !INFERRING.contains(Clauses.lower(cue.lemma()))) {
      return false;
    }
    Token clause = s.tokens().get(cue.head());
    while (clause.pos().startsWith("NN") && clause.head() >= 0) {
      clause = s.tokens().get(clause.head());
    }
    if (!clause.deprel().equals("root")) {
      return false;   // inside a reported clause the parser may have hung a speaker's participle
    }
    Token subject = commonSubject(s, clause);
    return subject != null && Subjects.ANIMACY.cannotSpeak(subject.word(), subject.lemma());
  }

  /**
   * The verb's subject (the noun a finite verb the parser hung from it modifies: "said this
   * year's event promises to …"; a participle so hung may be a speaker's) when it is a common
   * noun no tagger names; else null.
   */
  private static Token commonSubject(Sentence s, Token verb) {
    Token subject = s.dependents(verb.index()).stream()
        .filter(t -> t.deprel().equals("nsubj")).findFirst()
        .orElse(verb.deprel().equals("acl") && verb.head() >= 0
            && ReportedClauses.FINITE.contains(verb.pos()) ? s.tokens().get(verb.head()) : null);
    return subject != null && subject.pos().startsWith("NN") && !subject.pos().startsWith("NNP")
        && subject.ner().equals("O") ? subject : null;
  }

  /** "had agreed to loan the money": an undertaking to act, not something said. */
  private static boolean agreedToDo(ReportedClauses.Candidate c) {
    return c.cue().pos().startsWith("VB") && Clauses.lower(c.cue().lemma()).equals("agree")
        && ContentForm.of(c.sentence(), c.content()) == ContentForm.INFINITIVE;
  }

  /**
   * "without saying why", "without seriously threatening to score": an act its subject did
   * not do.
   */
  private static boolean leftUnsaid(ReportedClauses.Candidate c) {
    return c.sentence().dependents(c.cue().index()).stream().anyMatch(t ->
        (t.deprel().equals("mark") || t.deprel().equals("case"))
            && Clauses.lower(t.word()).equals("without"));
  }

  /**
   * "Ferreira denied Gerrard with a late tackle": a person denied (kept from scoring, refused)
   * is no claim denied; "denied Gerrard's claims" has the claims for its object.
   */
  private static boolean deniedSomeone(ReportedClauses.Candidate c) {
    return c.cue().pos().startsWith("VB") && Clauses.lower(c.cue().lemma()).equals("deny")
        && c.sentence().dependents(c.cue().index()).stream().anyMatch(t ->
            t.deprel().equals("obj") && (t.pos().startsWith("NNP") || t.pos().equals("PRP")));
  }

  /**
   * "This habit explains the rise of such firms", "the next generation of discs promises
   * sharper pictures", "the ban threatens to reignite tensions": a noun phrase, or what a
   * thing threatens or promises to do, reported with a subject that cannot speak (on the
   * animacy lists; documents and bodies can: "the report criticised the plan") is what the
   * thing does, not what anyone said.
   */
  private static boolean saidByAThing(ReportedClauses.Candidate c) {
    Sentence s = c.sentence();
    Token cue = c.cue();
    ContentForm form = ContentForm.of(s, c.content());
    // ("to be the best yet": an infinitive whatever the parser made its head)
    boolean foretold = FORETELLING.contains(Clauses.lower(cue.lemma()))
        && c.content().text().startsWith("to ");
    if (!cue.pos().startsWith("VB") || form != ContentForm.NOUN_PHRASE && !foretold) {
      return false;
    }
    Token subject = commonSubject(s, cue);
    // "this year's event promises to be the best yet": what is foretold of a thing no word
    // for people or bodies names is the thing's prospect, not a promise
    return subject != null && (Subjects.ANIMACY.cannotSpeak(subject.word(), subject.lemma())
        || foretold && !Subjects.ANIMACY.namesSpeakers(subject.lemma()));
  }

  /**
   * "has added the ability to save websites", "added what it calls smart folders": a verb that
   * reports speech only with a clause ({@link ReportedClauses#CLAUSE_ONLY}) taking a noun
   * phrase (as its content, or as its object before the content), or a "what" that is the
   * object of the clause it opens, adds or posts a thing.
   */
  private static boolean thing(ReportedClauses.Candidate c) {
    Sentence s = c.sentence();
    Token cue = c.cue();
    if (!cue.pos().startsWith("VB")
        || !ReportedClauses.CLAUSE_ONLY.contains(Clauses.lower(cue.lemma()))) {
      return false;
    }
    // "has added the ability to save routes so that …": a thing it takes (not the subject of
    // a clause the parser broke, whose finite verb has no other: "said praise from X would";
    // nor a speaker after the content: "…, said the report")
    boolean object = s.dependents(cue.index()).stream().anyMatch(t -> t.deprel().equals("obj")
        && t.index() > cue.index() && t.begin() < c.content().end()
        && t.pos().startsWith("NN") && !predicate(s, t)
        && !subjectlessFiniteAfter(s, c, t));
    // a noun phrase with no finite verb at all: a finite verb in it is a clause the parser
    // hung from a noun ("said [the £80m spent on X] would be better spent on Y")
    boolean phrase = ContentForm.of(s, c.content()) == ContentForm.NOUN_PHRASE
        && s.tokens().stream().noneMatch(t -> Clauses.inside(c.content(), t)
            && FINITE.contains(t.pos()));
    if (object || phrase) {
      return true;
    }
    int first = s.tokenAt(c.content().begin());
    if (first < 0) {
      return false;
    }
    Token what = s.tokens().get(first);
    return Clauses.lower(what.word()).equals("what")
        && (what.deprel().equals("obj") || Clauses.baseRelation(what.deprel()).equals("obl"));
  }

  /** A noun with a copula or subject of its own: a clause ("says [X is an advocate]"). */
  private static boolean predicate(Sentence s, Token noun) {
    return s.dependents(noun.index()).stream().anyMatch(d -> d.deprel().equals("cop")
        || d.deprel().startsWith("nsubj"));
  }

  /**
   * A finite verb or modal of the content after {@code object} whose predicate has no subject
   * of its own: the object is that subject ("said [praise] from X would not change …").
   */
  private static boolean subjectlessFiniteAfter(Sentence s, ReportedClauses.Candidate c,
                                                Token object) {
    for (Token t : s.tokens()) {
      if (t.index() <= object.index() || !Clauses.inside(c.content(), t)
          || !FINITE.contains(t.pos())) {
        continue;
      }
      String rel = Clauses.baseRelation(t.deprel());
      Token predicate = (rel.equals("aux") || rel.equals("cop")) && t.head() >= 0
          ? s.tokens().get(t.head()) : t;
      // (the cue itself may be the subject the parser gave it: "said X would not …")
      if (s.dependents(predicate.index()).stream().noneMatch(d -> d.deprel().startsWith("nsubj")
          || d.deprel().startsWith("csubj") && d.index() != c.cue().index()
          || d.deprel().equals("expl"))) {
        return true;
      }
    }
    return false;
  }

  /** "denied him a drink", "denied the nominee a hearing": deny with two objects. */
  private static boolean withheld(ReportedClauses.Candidate c) {
    Sentence s = c.sentence();
    Token cue = c.cue();
    if (!cue.pos().startsWith("VB") || !Clauses.lower(cue.lemma()).equals("deny")) {
      return false;
    }
    long objects = s.dependents(cue.index()).stream().filter(t -> t.index() > cue.index()
        && (t.deprel().equals("obj") || t.deprel().equals("iobj"))).count();
    return objects > 1;
  }

  /** "claimed her first title", "claimed victory", "claimed the seat": a noun phrase won. */
  private static boolean taken(ReportedClauses.Candidate c) {
    Token cue = c.cue();
    if (!cue.pos().startsWith("VB") || !Clauses.lower(cue.lemma()).equals("claim")
        || ContentForm.of(c.sentence(), c.content()) != ContentForm.NOUN_PHRASE) {
      return false;
    }
    return ContentForm.heads(c.sentence(), c.content()).stream()
        .noneMatch(h -> CLAIMED_BY_SAYING.contains(Clauses.lower(h.lemma())));
  }

  /**
   * "was at a loss to explain", "is in no position to say": the cue is the infinitive of a
   * noun after a preposition, a state of its subject, not something it said.
   */
  private static boolean stateToSay(ReportedClauses.Candidate c) {
    Sentence s = c.sentence();
    Token cue = c.cue();
    if (!cue.pos().startsWith("VB") || cue.head() < 0 || !cue.deprel().startsWith("acl")
        || s.dependents(cue.index()).stream().noneMatch(t -> t.deprel().equals("mark")
            && Clauses.lower(t.word()).equals("to"))) {
      return false;
    }
    Token noun = s.tokens().get(cue.head());
    return noun.pos().startsWith("NN") && s.dependents(noun.index()).stream()
        .anyMatch(t -> t.deprel().equals("case") && t.index() < noun.index());
  }
}
