package org.newskg.attribute;

import com.google.common.collect.ImmutableSet;
import java.util.Set;
import java.util.function.Predicate;
import org.newskg.extract.Sentence;
import org.newskg.extract.Token;

/**
 * Verbs of saying used in a sense that says nothing, which the reported-speech model cannot
 * learn from PolNeAR's political news (it has almost no such uses, and annotates some of those it
 * has as attributions): "denied him a drink" (two objects: refusing to give), "claimed her first
 * title" (a noun phrase that is won or taken, not asserted), "was at a loss to explain" (a
 * saying its subject was, or was not, in a state to make).
 */
final class OtherSenses {
  /**
   * What one claims by saying it about oneself: "claimed responsibility for the attack",
   * "claimed credit for the deal". Any other noun phrase a "claim" takes is won or taken.
   */
  private static final Set<String> CLAIMED_BY_SAYING = ImmutableSet.of("responsibility",
      "credit", "authorship", "innocence");

  private OtherSenses() {}

  /** The candidate's cue, in its sentence, is used in a sense that is no saying. */
  static boolean notASaying(ReportedClauses.Candidate c) {
    return withheld(c) || taken(c) || stateToSay(c) || leftUnsaid(c) || postedFigure(c)
        || deniedSomeone(c);
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
   * "posted a 22% rise in profit", "posted record losses": a firm's results, not a message
   * posted; what is posted with words is a clause ("posted that the talks had failed").
   */
  private static boolean postedFigure(ReportedClauses.Candidate c) {
    return Clauses.lower(c.cue().lemma()).equals("post") && hasObject(c, t -> true);
  }

  /**
   * "Ferreira denied Gerrard with a late tackle": a person denied (kept from scoring, refused)
   * is no claim denied; "denied Gerrard's claims" has the claims for its object.
   */
  private static boolean deniedSomeone(ReportedClauses.Candidate c) {
    return Clauses.lower(c.cue().lemma()).equals("deny")
        && hasObject(c, t -> t.pos().startsWith("NNP") || t.pos().equals("PRP"));
  }

  private static boolean hasObject(ReportedClauses.Candidate c, Predicate<Token> kind) {
    return c.cue().pos().startsWith("VB") && c.sentence().dependents(c.cue().index()).stream()
        .anyMatch(t -> t.deprel().equals("obj") && kind.test(t));
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
