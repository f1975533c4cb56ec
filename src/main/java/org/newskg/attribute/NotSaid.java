package org.newskg.attribute;

import com.google.common.collect.ImmutableSet;
import java.util.List;
import java.util.Set;
import org.newskg.extract.AnnotatedArticle;
import org.newskg.extract.Quote;
import org.newskg.extract.Sentence;
import org.newskg.extract.Span;
import org.newskg.extract.Token;

/**
 * Clauses the reported-speech model admitted whose cue, read in its sentence, reports nothing
 * said. Decided after the model, so that its training candidates stay as the cues' constructions
 * give them.
 */
final class NotSaid {
  /** Verbs that say something was not so: what their complement reports was not said. */
  private static final Set<String> DENYING = ImmutableSet.of("deny", "refute", "dispute",
      "reject");

  /** Verbs whose infinitive someone is obliged to do. */
  private static final Set<String> OBLIGING = ImmutableSet.of("need", "have", "ought");

  private NotSaid() {}

  /** Any of the reasons below. */
  static boolean any(ReportedClauses.Candidate c, Set<String> verbs) {
    return addedTo(c) || denied(c) || looseClause(c) || opensWithSaying(c, verbs)
        || doneToAThing(c) || owed(c) || proForm(c) || consequence(c, verbs) || withheld(c)
        || relativeClause(c) || naming(c) || yetToBeIssued(c) || purposeOfANoun(c)
        || threatenedWith(c) || circumstance(c) || sharesModal(c, verbs) || tipped(c)
        || planned(c) || avoided(c) || won(c) || judgedByIt(c);
  }

  /**
   * "it was wholly wrong to suggest that the plan was …", "it is fair to say …": "it" and an
   * adjective judge a saying in general; nobody makes it (what the judging speaker asserts is
   * the statement of the verb that reports the judgement).
   */
  static boolean judgedByIt(ReportedClauses.Candidate c) {
    Sentence s = c.sentence();
    Token cue = c.cue();
    if (!cue.pos().equals("VB") || cue.head() < 0 || !Clauses.hasChild(s, cue, "to")) {
      return false;
    }
    Token adjective = s.tokens().get(cue.head());
    return adjective.pos().startsWith("JJ")
        && s.dependents(adjective.index()).stream().anyMatch(t -> t.deprel().equals("cop"))
        && s.dependents(adjective.index()).stream().anyMatch(t ->
            (t.deprel().startsWith("nsubj") || t.deprel().startsWith("expl"))
                && Clauses.lower(t.word()).equals("it"));
  }

  /** Nouns for what a contest gives: "claimed the title", "claiming his third crown". */
  private static final Set<String> PRIZES = ImmutableSet.of("title", "crown", "victory", "win",
      "medal", "gold", "silver", "bronze", "prize", "trophy", "cup", "championship", "spot",
      "seat", "award", "honour", "honor", "pole", "wicket", "scalp");

  /**
   * "after claiming his third US Open crown", "claimed the top spot": to claim a prize, a place
   * or a stake is to win or take it, not to say something.
   */
  static boolean won(ReportedClauses.Candidate c) {
    Sentence s = c.sentence();
    Token cue = c.cue();
    if (!Clauses.lower(cue.lemma()).equals("claim")) {
      return false;
    }
    // (the parser may make the noun a clause's head: "claiming his third US Open crown")
    // (not when a verb follows the noun: "claimed the seat was rigged" says something)
    return s.dependents(cue.index()).stream().anyMatch(d -> (d.deprel().equals("obj")
            || d.deprel().equals("ccomp")) && d.index() > cue.index()
        && d.pos().startsWith("NN") && !d.pos().startsWith("NNP")
        && PRIZES.contains(Clauses.lower(d.lemma()))
        && (d.index() + 1 >= s.tokens().size()
            || !s.tokens().get(d.index() + 1).pos().startsWith("VB")
                && !s.tokens().get(d.index() + 1).pos().equals("MD")));
  }

  /**
   * "Previous forecasts proved wrong, he will argue, while suggesting that …": a participle of
   * saying that goes with a verb of saying under a modal is as much still to come, or only
   * possible, as that verb.
   */
  static boolean sharesModal(ReportedClauses.Candidate c, Set<String> verbs) {
    Sentence s = c.sentence();
    Token cue = c.cue();
    if (!cue.pos().equals("VBG") || cue.head() < 0
        || s.dependents(cue.index()).stream().anyMatch(d -> d.deprel().startsWith("nsubj"))) {
      return false;
    }
    Token head = s.tokens().get(cue.head());
    // ("must continue to push policies, saying …": a duty, and an infinitive, are not a
    // saying to come)
    return verbs.contains(Clauses.lower(head.lemma()))
        && s.dependents(head.index()).stream().noneMatch(d -> d.deprel().equals("xcomp"))
        && s.dependents(head.index()).stream().anyMatch(d -> d.deprel().startsWith("aux")
            && TO_COME.contains(Clauses.lower(d.word())));
  }

  /** Modals of a saying still to come, or only possible. */
  private static final Set<String> TO_COME = ImmutableSet.of("will", "would", "'ll", "may",
      "might", "could");

  /** Participles of a forecast: "is tipped to ask", "is poised to announce". */
  private static final Set<String> FORECAST = ImmutableSet.of("tip", "poise", "slate", "tout");

  /**
   * "Tony Blair is tipped to ask the Queen to dissolve Parliament": what someone is forecast to
   * say is not said yet.
   */
  static boolean tipped(ReportedClauses.Candidate c) {
    Sentence s = c.sentence();
    Token cue = c.cue();
    if (!cue.pos().equals("VB") || cue.head() < 0
        || !Clauses.baseRelation(cue.deprel()).equals("xcomp")) {
      return false;
    }
    Token head = s.tokens().get(cue.head());
    return FORECAST.contains(Clauses.lower(head.lemma()));
  }

  /**
   * "The committee was responding to guidelines issued this summer": a verb the parser hung
   * loose from the cue, with no subject of its own, is a participle of a noun or the writer's,
   * not a clause anyone reported; unless the words said begin before the cue ("These workers,
   * he claimed, were well paid"), where the subject is.
   */
  static boolean subjectlessVerb(ReportedClauses.Candidate c, Span said) {
    Sentence s = c.sentence();
    if (said.begin() < c.cue().begin()) {
      return false;
    }
    List<Token> heads = ownHeads(s, said);
    if (heads.size() != 1) {
      return false;
    }
    Token head = heads.get(0);
    return head.head() == c.cue().index() && head.index() > c.cue().index()
        && head.deprel().equals("dep") && (head.pos().equals("VBD") || head.pos().equals("VBN"))
        && s.dependents(head.index()).stream().noneMatch(t -> t.deprel().startsWith("nsubj")
            || t.deprel().startsWith("csubj") || t.deprel().equals("expl")
            || t.deprel().equals("mark"));
  }

  /**
   * "But challenged on the remark, he denied …", "Asked about the deal, she said …": a
   * participle before the reporting clause, with no subject or auxiliary of its own, or a
   * prepositional phrase (and a relative clause in it), says when or how it was said, not what.
   */
  static boolean circumstance(ReportedClauses.Candidate c) {
    Sentence s = c.sentence();
    if (c.construction() != ReportedClauses.Construction.PARENTHETICAL
        && c.construction() != ReportedClauses.Construction.COMPLEMENT
        || c.content().end() > c.cue().begin()) {
      return false;
    }
    List<Token> heads = ownHeads(s, c.content());
    if (heads.size() != 1) {
      return false;
    }
    Token head = heads.get(0);
    // a phrase: no subject or copula of its own ("Another rise could be in store" is a clause)
    boolean phrase = head.pos().startsWith("NN") && s.dependents(head.index()).stream()
            .anyMatch(t -> t.deprel().equals("case") && t.index() < head.index())
        && s.dependents(head.index()).stream().noneMatch(t -> t.deprel().startsWith("nsubj")
            || t.deprel().equals("cop") || t.deprel().startsWith("aux"));
    boolean relative = s.dependents(head.index()).stream().anyMatch(t ->
        t.deprel().startsWith("nsubj") && (t.pos().equals("WDT") || t.pos().equals("WP")));
    if (phrase || relative) {
      // "In the year that has seen Murray emerge, Connors rejected …": a phrase of time or
      // place, or the relative clause in it, no clause of its own
      return true;
    }
    // no other finite verb: "Given the cost, supply growth is a certainty" is a clause; the
    // participle itself may be tagged as a past tense ("questioned about the remark")
    boolean finite = s.tokens().stream().anyMatch(t -> Clauses.inside(c.content(), t)
        && t != head && ReportedClauses.FINITE.contains(t.pos()));
    return !finite && (head.pos().equals("VBN") || head.pos().equals("VBG")
            || head.pos().equals("VBD"))
        && s.dependents(head.index()).stream().noneMatch(t ->
            t.deprel().startsWith("nsubj") || t.deprel().startsWith("aux")
                || t.deprel().equals("cop") || t.deprel().equals("expl"));
  }

  /**
   * "Gadgets had a record year, according to figures released by CES organisers the CEA on
   * Tuesday": after a clause that "according to" closes, words right after its source, not set
   * off from it, are the source's own phrase that the parser broke up, not what was said
   * ("According to Ofcom there were …", which opens its sentence, is).
   */
  static boolean sourceRunOn(ReportedClauses.Candidate c, Span said) {
    List<Token> tokens = c.sentence().tokens();
    int cue = c.cue().index();
    boolean closing = cue > 1 && tokens.get(cue - 1).word().equals(",")
        && tokens.subList(0, cue - 1).stream()
            .anyMatch(t -> ReportedClauses.FINITE.contains(t.pos()));
    return c.construction() == ReportedClauses.Construction.ACCORDING_TO && closing
        && said.begin() > c.cue().begin()
        && tokens.stream().noneMatch(t -> t.begin() >= c.cue().end()
            && t.end() <= said.begin() && SET_OFF.contains(t.word()));
  }

  /** The words of {@code span} whose head lies outside it: the span's own heads. */
  private static List<Token> ownHeads(Sentence s, Span span) {
    return s.tokens().stream().filter(t -> Clauses.inside(span, t)
        && (t.head() < 0 || !Clauses.inside(span, s.tokens().get(t.head())))).toList();
  }

  /** Marks that set a source off from what it is the source of. */
  private static final Set<String> SET_OFF = ImmutableSet.of(",", ":", "-", "--", "—", "–");

  /**
   * "The union has threatened the airline with a strike": whom a threat is made to, and with
   * what; no words of the threat are reported.
   */
  static boolean threatenedWith(ReportedClauses.Candidate c) {
    Sentence s = c.sentence();
    Token cue = c.cue();
    return Clauses.lower(cue.lemma()).equals("threaten")
        && s.dependents(cue.index()).stream().anyMatch(t -> t.deprel().equals("obj"))
        && s.dependents(cue.index()).stream().anyMatch(t -> t.deprel().startsWith("obl")
            && s.dependents(t.index()).stream().anyMatch(p -> p.deprel().equals("case")
                && Clauses.lower(p.word()).equals("with")));
  }

  /**
   * "a campaign to explain to parents that …", "a bid to show that …": an infinitive of saying
   * that a noun takes (other than a speech noun's own) is what something is for, not said;
   * not so for a noun ranked among those who did it ("the latest studio to announce …").
   */
  static boolean purposeOfANoun(ReportedClauses.Candidate c) {
    Sentence s = c.sentence();
    Token cue = c.cue();
    if (!cue.pos().equals("VB") || !Clauses.baseRelation(cue.deprel()).equals("acl")
        || cue.head() < 0 || !Clauses.hasChild(s, cue, "to")) {
      return false;
    }
    Token noun = s.tokens().get(cue.head());
    // "the latest studio to announce …", "the third bank to announce …" did announce
    boolean ranked = s.dependents(noun.index()).stream().anyMatch(d -> d.pos().equals("JJS")
        || "ORDINAL".equals(d.ner()) || RANKS.contains(Clauses.lower(d.word())));
    return noun.pos().startsWith("NN") && !noun.pos().startsWith("NNP") && !ranked
        && !DocumentSources.NOUNS.contains(Clauses.lower(noun.lemma()));
  }

  /** Words that rank a noun among those that did something ("the only firm to say …"). */
  private static final Set<String> RANKS = ImmutableSet.of("first", "last", "latest", "only",
      "next", "second", "third");

  /** Modals of what is still to be done, or only may be. */
  private static final Set<String> MODALS = ImmutableSet.of("must", "will", "would", "shall",
      "should", "may", "might", "could", "'ll");

  /**
   * "Turkey must issue a written statement promising to …", "the firm will publish a report
   * saying …": a statement (or a document) that someone is still to issue says nothing yet.
   */
  static boolean yetToBeIssued(ReportedClauses.Candidate c) {
    Sentence s = c.sentence();
    Token noun = c.cue();
    if (noun.pos().equals("VBG") && noun.deprel().equals("acl") && noun.head() >= 0) {
      noun = s.tokens().get(noun.head());
    }
    if (!noun.pos().startsWith("NN") || !noun.deprel().equals("obj") || noun.head() < 0) {
      return false;
    }
    Token verb = s.tokens().get(noun.head());
    return s.dependents(verb.index()).stream().anyMatch(d -> d.deprel().startsWith("aux")
        && MODALS.contains(Clauses.lower(d.word())));
  }

  /**
   * "He was responding to Tory spokesman Julian Lewis who said the ads were …", "He spoke out
   * ahead of the first leg, which he will miss": words opening with a relative pronoun are a
   * clause of a noun before them, whose own verb reports it; not what this cue reports.
   */
  static boolean relativeClause(ReportedClauses.Candidate c) {
    Token opener = openerAfterCue(c);
    if (opener == null) {
      return false;
    }
    String word = Clauses.lower(opener.word());
    if (!RELATIVES.contains(word) || !opener.pos().startsWith("W")) {
      return false;
    }
    // right after the noun it is of ("said who was able to …" is a clause of its own), or
    // set off after it by a comma ("ahead of the first leg, which he will miss")
    Token before = c.sentence().tokens().get(opener.index() - 1);
    return before.pos().startsWith("NN") && opener.deprel().startsWith("nsubj")
        || before.pos().equals(",") && opener.index() >= 2
            && RELATIVE_OF.matcher(c.sentence().tokens().get(opener.index() - 2).pos()).matches()
            && wholly(c, opener);
  }

  /**
   * The content is the relative clause and nothing more: no comma closes it before more words
   * ("accused Mr Cruz, who was born in Cuba, of associating with …" goes on past it, with what
   * was said).
   */
  private static boolean wholly(ReportedClauses.Candidate c, Token opener) {
    List<Token> words = c.words();
    for (int i = 0; i < words.size() - 1; i++) {
      if (words.get(i).index() > opener.index() && words.get(i).pos().equals(",")) {
        return false;
      }
    }
    return true;
  }

  /** Relative pronouns that open a clause of a noun. */
  private static final Set<String> RELATIVES = ImmutableSet.of("who", "which", "whom", "whose");
  /** Tags of the word a relative clause set off by a comma is of: a noun or a number. */
  private static final java.util.regex.Pattern RELATIVE_OF =
      java.util.regex.Pattern.compile("NN.*|CD|PRP|-RRB-");

  /** The content's first word when it comes after the cue, else null. */
  private static Token openerAfterCue(ReportedClauses.Candidate c) {
    int first = c.sentence().tokenAt(c.content().begin());
    return first < 0 || first <= c.cue().index() ? null : c.sentence().tokens().get(first);
  }

  /**
   * "He challenged the Tories on which country would house them - what he called a “fantasy
   * island”": "what X called Y" names Y; the words before are the writer's. "X called itself
   * Y" names X.
   */
  static boolean naming(ReportedClauses.Candidate c) {
    Sentence s = c.sentence();
    Token cue = c.cue();
    if (!Clauses.lower(cue.lemma()).equals("call")) {
      return false;
    }
    // "The group called itself the Underground Network", "he called himself a loyal
    // customer": a name one gives oneself, however the parser hangs the pronoun
    int first = s.tokenAt(c.content().begin());
    return s.dependents(cue.index()).stream().anyMatch(t -> t.index() > cue.index() && reflexive(t))
        || first == cue.index() + 1 && reflexive(s.tokens().get(first))
        || s.dependents(cue.index()).stream().anyMatch(t -> t.index() < cue.index()
            && Clauses.lower(t.word()).equals("what") && t.pos().startsWith("W"));
  }

  private static boolean reflexive(Token t) {
    String w = Clauses.lower(t.word());
    return t.pos().equals("PRP") && (w.endsWith("self") || w.endsWith("selves"));
  }

  /** Verbs that say what someone would not or could not do ("declined to say"). */
  private static final Set<String> WITHHOLDING = ImmutableSet.of("unable", "decline", "refuse",
      "fail", "reluctant", "unwilling");
  /** Verbs of telling what one knows, which news reports as withheld. */
  private static final Set<String> DISCLOSING = ImmutableSet.of("say", "comment", "confirm",
      "reveal", "disclose", "specify", "elaborate", "tell", "discuss");

  /**
   * "A spokesman was unable to say when the unit would be running", "he declined to say
   * whether …", "she would not say how much": what someone did not say.
   */
  static boolean withheld(ReportedClauses.Candidate c) {
    Sentence s = c.sentence();
    Token cue = c.cue();
    if (!cue.pos().startsWith("VB") || !DISCLOSING.contains(Clauses.lower(cue.lemma()))) {
      return false;
    }
    if (s.dependents(cue.index()).stream().anyMatch(t -> t.deprel().equals("advmod")
        && (Clauses.lower(t.word()).equals("not") || Clauses.lower(t.word()).equals("n't")))) {
      return true;
    }
    return cue.head() >= 0 && cue.deprel().startsWith("xcomp")
        && WITHHOLDING.contains(Clauses.lower(s.tokens().get(cue.head()).lemma()));
  }

  /**
   * "Harbin bosses told counterparts of its decision on Friday, clearing the way for …": a
   * participle after a comma, no verb of saying, that the cue governs, says what the act did,
   * not what was said.
   */
  static boolean consequence(ReportedClauses.Candidate c, Set<String> verbs) {
    Token opener = openerAfterCue(c);
    return opener != null && opener.pos().equals("VBG") && opener.head() == c.cue().index()
        && c.sentence().tokens().get(opener.index() - 1).word().equals(",")
        && !verbs.contains(Clauses.lower(opener.lemma()));
  }

  /**
   * "He says so himself": "so" stands for what was said before; it is not what was said ("said
   * as much", which PolNeAR annotates as a content, stays).
   */
  static boolean proForm(ReportedClauses.Candidate c) {
    Sentence s = c.sentence();
    Token opener = openerAfterCue(c);
    if (opener == null || opener.index() != c.cue().index() + 1
        || !Clauses.lower(opener.word()).equals("so")) {
      return false;
    }
    // "so-called rogue states": a word the hyphen joins to the next is not the adverb
    int next = opener.index() + 1;
    return next >= s.tokens().size() || s.tokens().get(next).begin() != opener.end()
        || !s.tokens().get(next).word().startsWith("-");
  }

  /**
   * "“People will grab the money,” said John Okafor, a farmer, told Reuters": words that hold a
   * quotation and, right after it, the quotation's own verb of saying ("said", "says": a
   * participle, "adding that …", goes on with another statement) are that quotation's
   * statement, reported twice.
   */
  static boolean quoteWithItsOwnCue(AnnotatedArticle article, ReportedClauses.Candidate c,
                                    Set<String> verbs) {
    Sentence s = c.sentence();
    for (Quote q : article.quotes()) {
      // the words open with the quotation ("… “voter identification” calls" is a noun)
      if (Math.abs(q.outer().begin() - c.content().begin()) > 1
          && q.inner().begin() != c.content().begin() || q.outer().end() >= c.content().end()) {
        continue;
      }
      // the first word after the closing mark
      Token next = s.tokens().stream().filter(t -> t.begin() >= q.outer().end()
          && !t.pos().equals(",") && !t.pos().equals("''")).findFirst().orElse(null);
      if (next != null && next != c.cue() && Clauses.inside(c.content(), next)
          && (next.pos().equals("VBD") || next.pos().equals("VBZ"))
          && verbs.contains(Clauses.lower(next.lemma()))) {
        return true;
      }
    }
    return false;
  }

  /**
   * "prices rose faster, adding to concern that inflation could …", "added the crown to his
   * title": "add to" a noun is to increase it; the clause is the noun's or the sentence's, not
   * something added in words.
   */
  static boolean addedTo(ReportedClauses.Candidate c) {
    Sentence s = c.sentence();
    Token cue = c.cue();
    if (!Clauses.lower(cue.lemma()).equals("add")) {
      return false;
    }
    // "added the relay crown to his indoor title": with an object, wherever the clause is
    boolean object = s.dependents(cue.index()).stream().anyMatch(n -> n.deprel().equals("obj"));
    // ("is adding to its losses" right after the verb, wherever the parser put the clause;
    // not "added to reporters")
    boolean rightAfter = cue.index() + 1 < s.tokens().size()
        && Clauses.lower(s.tokens().get(cue.index() + 1).word()).equals("to");
    return s.dependents(cue.index()).stream().anyMatch(n -> n.deprel().startsWith("obl")
        && n.index() > cue.index() && (object || n.end() <= c.content().begin()
            || rightAfter && !Animacy.ANIMATE.contains(Clauses.lower(n.lemma())))
        && !n.pos().equals("PRP") && !"PERSON".equals(n.ner())
        && s.dependents(n.index()).stream()
            .anyMatch(p -> p.deprel().equals("case") && Clauses.lower(p.word()).equals("to")));
  }

  /**
   * "the Liberal Democrats needed to explain how they would pay", "he has to tell us why", "had
   * to select a child and ask her to …": what someone needs or has to say is owed, not said.
   */
  static boolean owed(ReportedClauses.Candidate c) {
    Sentence s = c.sentence();
    Token cue = infinitive(s, c.cue());
    if (cue == null) {
      return false;
    }
    // ("had to tell": the parser may make "had" the infinitive's auxiliary)
    boolean obligingAux = Clauses.hasChild(s, cue, "to") && s.dependents(cue.index()).stream()
        .anyMatch(d -> d.deprel().startsWith("aux")
            && OBLIGING.contains(Clauses.lower(d.lemma())));
    return obligingAux || cue.deprel().equals("xcomp") && cue.head() >= 0
        && OBLIGING.contains(Clauses.lower(s.tokens().get(cue.head()).lemma()));
  }

  /**
   * The infinitive a bare cue is, or the first of the infinitives it is joined to ("had to
   * select, approach and ask them to …"); null when the cue is no infinitive.
   */
  private static Token infinitive(Sentence s, Token cue) {
    if (!cue.pos().equals("VB") || cue.head() < 0) {
      return null;
    }
    Token head = s.tokens().get(cue.head());
    return cue.deprel().equals("conj") && head.pos().equals("VB") ? head : cue;
  }

  /** Verbs of keeping from doing something. */
  private static final Set<String> AVOIDING = ImmutableSet.of("avoid", "refrain", "resist",
      "shy");

  /**
   * "Charles Kennedy avoided suggesting anyone was playing politics", "refrained from saying",
   * "stopped short of saying": what someone kept from saying is not said.
   */
  static boolean avoided(ReportedClauses.Candidate c) {
    Sentence s = c.sentence();
    Token cue = c.cue();
    if (!cue.pos().equals("VBG") || cue.head() < 0) {
      return false;
    }
    Token head = s.tokens().get(cue.head());
    String lemma = Clauses.lower(head.lemma());
    // ("short" hangs from the stop or from the cue, as the parser has it)
    return AVOIDING.contains(lemma) || lemma.equals("stop")
        && (Clauses.hasChild(s, head, "short") || Clauses.hasChild(s, cue, "short"));
  }

  /** Nouns for what someone means to do. */
  private static final Set<String> PLANS = ImmutableSet.of("idea", "plan", "aim", "goal",
      "intention", "hope", "ambition", "strategy", "object", "objective", "purpose");

  /**
   * "the idea was to get donors in one room and ask them to help": an infinitive of saying
   * that says what a plan is, is not said yet.
   */
  static boolean planned(ReportedClauses.Candidate c) {
    Sentence s = c.sentence();
    Token cue = infinitive(s, c.cue());
    if (cue == null || !Clauses.hasChild(s, cue, "to")) {
      return false;
    }
    // the plan is the infinitive's subject ("the idea was to …" hangs the noun on it or on
    // the copula's head)
    return s.dependents(cue.index()).stream().anyMatch(d -> d.deprel().startsWith("nsubj")
            && PLANS.contains(Clauses.lower(d.lemma())))
        || cue.head() >= 0 && s.dependents(cue.head()).stream()
            .anyMatch(d -> d.deprel().startsWith("nsubj")
                && PLANS.contains(Clauses.lower(d.lemma())));
  }

  /**
   * "she denied accusing France of using the treaty": a verb of saying that a verb of denial
   * governs is what the subject denies having said.
   */
  static boolean denied(ReportedClauses.Candidate c) {
    Sentence s = c.sentence();
    Token cue = c.cue();
    if (cue.head() < 0 || !cue.pos().startsWith("VB")) {
      return false;
    }
    Token governor = s.tokens().get(cue.head());
    String rel = Clauses.baseRelation(cue.deprel());
    // "rejected the request, saying …": a participle set off by a comma is a statement of its own
    if (cue.index() > 0 && s.tokens().get(cue.index() - 1).word().equals(",")) {
      return false;
    }
    return governor.pos().startsWith("VB") && DENYING.contains(Clauses.lower(governor.lemma()))
        && (rel.equals("xcomp") || rel.equals("ccomp") || rel.equals("dep")
            || rel.equals("obj"));
  }

  /**
   * "Investors have praised her handling of the economy as investment has risen, unemployment
   * has fallen …": a clause the parser hung loose (parataxis) from a verb whose object is a
   * thing, not whom it addresses, is the writer's next clause, not what the verb reports.
   */
  static boolean looseClause(ReportedClauses.Candidate c) {
    Sentence s = c.sentence();
    Token cue = c.cue();
    // its object a thing: "warned him such practices were improper", "warned Bath they have
    // a week" address someone, and what follows is what they were told
    if (c.construction() != ReportedClauses.Construction.COMPLEMENT
        || ReportedClauses.ADDRESSED.contains(Clauses.lower(cue.lemma()))
        || s.dependents(cue.index()).stream().noneMatch(t -> t.deprel().equals("obj")
            && t.pos().startsWith("NN") && !t.pos().startsWith("NNP")
            && !Character.isUpperCase(t.word().charAt(0))
            && !"PERSON".equals(t.ner()) && !"ORGANIZATION".equals(t.ner()))
        || s.dependents(cue.index()).stream().anyMatch(t -> t.deprel().equals("iobj"))) {
      return false;
    }
    // the clause is the loose one's own words, not words around it
    List<Token> heads = ownHeads(s, c.content());
    // with a subject of its own; one that is a relative pronoun makes it a relative clause
    // of the object the parser cut loose ("accused Cruz, who was born in Cuba, of …")
    return heads.size() == 1 && heads.get(0).head() == cue.index()
        && heads.get(0).deprel().equals("parataxis")
        && s.dependents(heads.get(0).index()).stream().anyMatch(t -> t.deprel().startsWith("nsubj")
            && !t.pos().startsWith("W"))
        && s.dependents(cue.index()).stream().noneMatch(o -> o.deprel().equals("ccomp"));
  }

  /**
   * "36 people accused in connection with the blasts said it should not be shown", "Press
   * reports suggest that …": a clause that opens with a finite verb of saying is that verb's
   * report; the participle before it describes the speakers, or the tagger made a noun a verb.
   */
  static boolean opensWithSaying(ReportedClauses.Candidate c, Set<String> verbs) {
    // "Press reports suggest that …": the tagger made a noun the cue
    Token opener = openerAfterCue(c);
    return opener != null && (opener.pos().equals("VBD") || opener.pos().equals("VBZ")
        || opener.pos().equals("VBP")) && verbs.contains(Clauses.lower(opener.lemma()));
  }

  /**
   * "Less than four years after the model was launched, BMW has announced £100m of new
   * investment": a verb after the words with an object of its own, a thing, reports what it
   * takes, not the words before it ("…, he told reporters" addresses someone and stays).
   */
  static boolean doneToAThing(ReportedClauses.Candidate c) {
    Sentence s = c.sentence();
    Token cue = c.cue();
    if (c.construction() != ReportedClauses.Construction.PARENTHETICAL
        || cue.begin() < c.content().end()
        || ReportedClauses.ADDRESSED.contains(Clauses.lower(cue.lemma()))) {
      return false;
    }
    return s.dependents(cue.index()).stream().anyMatch(o -> o.deprel().equals("obj")
        && o.index() > cue.index() && !o.pos().equals("PRP") && !o.pos().startsWith("NNP")
        && !"PERSON".equals(o.ner()) && !"ORGANIZATION".equals(o.ner())
        && (!o.pos().startsWith("NN") || Subjects.ANIMACY.cannotSpeak(o.word(), o.lemma())));
  }
}
