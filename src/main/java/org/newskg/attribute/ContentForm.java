package org.newskg.attribute;

import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newskg.extract.Sentence;
import org.newskg.extract.Span;
import org.newskg.extract.Token;

/**
 * What a cue reports, by the dependency parse of its content: a clause with a verb of its own
 * ("said the talks would resume"), a gerund ("admitted dealing drugs", "denied having met
 * him"), an infinitive ("urged the council to act"), or only a noun phrase ("criticized the cuts
 * to rail spending", "denied the claims", "announced the end of the talks"). A noun phrase names
 * what was said about without saying it, and "claimed the title" or "denied him a drink" are not
 * sayings at all: the kind of statement and the reported-speech model both read the form.
 */
enum ContentForm {
  CLAUSE, GERUND, INFINITIVE, NOUN_PHRASE;

  /** What makes a word with a noun's tag the predicate of a clause ("the plan was a failure"). */
  private static final Set<String> PREDICATE_PARTS = ImmutableSet.of("nsubj", "nsubj:pass",
      "csubj", "cop", "aux", "aux:pass", "expl");
  /** What a verb-tagged word takes when it is used as a noun ("the spending", "his writing"). */
  private static final Set<String> NOUN_PARTS = ImmutableSet.of("det", "nmod:poss", "amod");
  private static final Set<String> FINITE = ImmutableSet.of("VBD", "VBZ", "VBP", "MD");
  /** Subordinators of an adverbial clause ("as" left out: "a tightening race as X gains"). */
  private static final Set<String> SUBORDINATORS = ImmutableSet.of("after", "before", "because",
      "when", "while", "since", "until", "although", "though", "once", "unless", "whereas");
  /** Nouns for how something is done, which a clause of their own describes. */
  private static final Set<String> MANNERS = ImmutableSet.of("way", "manner");
  /** Verbs whose object is whom they ask to do what the infinitive says. */
  private static final Set<String> ASKING = ImmutableSet.of("urge", "ask", "tell", "call",
      "encourage", "invite", "order", "warn", "advise", "persuade", "press", "implore", "beg",
      "challenge", "allow", "force", "instruct", "remind", "require", "caution", "plead");
  private static final Set<String> PUNCTUATION = ImmutableSet.of(",", ".", ":", ";", "``", "''",
      "-LRB-", "-RRB-", "HYPH", "$", "#");

  /**
   * The form of {@code content} in {@code s}: read from the words whose head lies outside it
   * (the content's own heads). A head set off by a comma after another ("claimed the title,
   * beating X into second") tells what the speaker was doing, not what was said, and does not
   * decide while another head does. A clause anywhere among the heads makes a clause; else a
   * gerund, then an infinitive; else the content is a noun phrase, unless a finite verb inside
   * it, outside a clause of a noun, is a clause the parser hung elsewhere ("said [the second
   * debate] erased …", "a tightening race as X consolidates …").
   */
  static ContentForm of(Sentence s, Span content) {
    int first = s.tokenAt(content.begin());
    String opener = first < 0 ? "" : Clauses.lower(s.tokens().get(first).word());
    if (opener.equals("about") && (s.tokens().get(first).deprel().equals("case")
        || s.tokens().get(first).deprel().equals("mark"))) {
      // "complained about her son's school being threatened": what it was about, whatever
      // the phrase holds
      return NOUN_PHRASE;
    }
    if (opener.equals("the") && first + 1 < s.tokens().size()
        && MANNERS.contains(Clauses.lower(s.tokens().get(first + 1).word()))
        && !s.tokens().get(first + 1).deprel().startsWith("nsubj")) {
      // "criticised the way the government operates": the manner spoken of, unless it is the
      // subject of the clause ("said the way the bill was handled was a shambles")
      return NOUN_PHRASE;
    }
    List<Token> heads = heads(s, content);
    ContentForm form = NOUN_PHRASE;
    for (Token h : heads) {
      ContentForm f = nounsInfinitive(s, h, heads) ? NOUN_PHRASE : formOf(s, h);
      if (f.ordinal() < form.ordinal()) {
        form = f;
      }
    }
    return form == NOUN_PHRASE && finiteOutsideNounClause(s, content) ? CLAUSE : form;
  }

  /**
   * A finite verb of the content that is no clause of a noun's ("the deal, which critics said
   * was …", "denied reports that she had pulled out": what the noun phrase holds leaves it a
   * noun phrase).
   */
  private static boolean finiteOutsideNounClause(Sentence s, Span content) {
    for (Token t : s.tokens()) {
      if (!Clauses.inside(content, t) || !FINITE.contains(t.pos())) {
        continue;
      }
      Token at = t;
      boolean relative = false;
      for (int hops = 0; hops < 20 && Clauses.inside(content, at); hops++) {
        // the parser hangs a noun's that-clause as its acl or its ccomp; an acl with a finite
        // auxiliary and no subject ("[the £80m spent on X] would be better spent") is no
        // relative clause but the predicate the parser hung from its subject; an adverbial
        // clause says when or why ("posted a rise in profit after sales were boosted")
        Token node = at;
        boolean predicate = node.deprel().startsWith("acl") && s.dependents(node.index()).stream()
            .anyMatch(d -> d.deprel().startsWith("aux") && FINITE.contains(d.pos()))
            && s.dependents(node.index()).stream().noneMatch(d -> d.deprel().startsWith("nsubj"));
        if (!predicate && (at.deprel().startsWith("acl") || at.deprel().equals("ccomp")
            && at.head() >= 0 && s.tokens().get(at.head()).pos().startsWith("NN"))
            || subordinate(s, at)) {
          relative = true;
          break;
        }
        if (at.head() < 0) {
          break;
        }
        at = s.tokens().get(at.head());
      }
      if (!relative) {
        return true;
      }
    }
    return false;
  }

  /** An adverbial clause opened by a subordinator of time, cause or concession. */
  private static boolean subordinate(Sentence s, Token verb) {
    return verb.deprel().startsWith("advcl") && s.dependents(verb.index()).stream()
        .anyMatch(t -> t.deprel().equals("mark") && SUBORDINATORS.contains(Clauses.lower(t.word())));
  }

  /**
   * "rejected calls to pause the work", "criticised plans to close the office": an infinitive
   * right after a noun that cannot act on it (no person or body, on the animacy lists) is that
   * noun's complement, which the parser hung from the verb; what was said is the noun phrase.
   * After a person or a body ("urged the council to act") the infinitive is what they were
   * urged to do.
   */
  private static boolean nounsInfinitive(Sentence s, Token head, List<Token> heads) {
    if (!head.pos().equals("VB") || head.index() < 2 || s.dependents(head.index()).stream()
        .noneMatch(t -> t.deprel().equals("mark") && Clauses.lower(t.word()).equals("to")
            && t.index() < head.index())) {
      return false;
    }
    int to = head.index();
    for (Token t : s.dependents(head.index())) {
      to = t.index() < head.index() ? Math.min(to, t.index()) : to;
    }
    if (to < 1) {
      return false;
    }
    Token before = s.tokens().get(to - 1);
    for (Token noun : heads) {
      // "urged the left-back to stay": whom a verb of asking addresses acts on it
      boolean addressed = noun.head() >= 0
          && ASKING.contains(Clauses.lower(s.tokens().get(noun.head()).lemma()));
      if (noun.index() < head.index() && noun.pos().startsWith("NN") && !addressed
          && !noun.pos().startsWith("NNP") && noun.ner().equals("O")
          && (before.index() == noun.index() || ReportedClauses.under(s, before, noun))
          && Subjects.ANIMACY.cannotSpeak(noun.word(), noun.lemma())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The content's own heads, in text order, those set off by a comma after another left out
   * (all of them when every head is).
   */
  static List<Token> heads(Sentence s, Span content) {
    List<Token> heads = new ArrayList<>();
    List<Token> setOff = new ArrayList<>();
    for (Token t : s.tokens()) {
      if (!Clauses.inside(content, t) || PUNCTUATION.contains(t.pos())) {
        continue;
      }
      boolean ownHead = t.head() < 0 || !Clauses.inside(content, s.tokens().get(t.head()));
      if (!ownHead) {
        continue;
      }
      boolean afterComma = t.index() > 0 && s.tokens().get(t.index() - 1).word().equals(",")
          && Clauses.inside(content, s.tokens().get(t.index() - 1));
      (afterComma ? setOff : heads).add(t);
    }
    return heads.isEmpty() ? setOff : heads;
  }

  private static ContentForm formOf(Sentence s, Token head) {
    List<Token> parts = s.dependents(head.index());
    boolean predicate = parts.stream().anyMatch(t -> PREDICATE_PARTS.contains(t.deprel()));
    boolean verb = head.pos().startsWith("VB") || head.pos().equals("MD");
    if (!verb) {
      return predicate ? CLAUSE : NOUN_PHRASE;
    }
    boolean subject = parts.stream().anyMatch(t -> t.deprel().startsWith("nsubj")
        || t.deprel().startsWith("csubj") || t.deprel().equals("expl"));
    boolean finite = FINITE.contains(head.pos()) || parts.stream().anyMatch(t ->
        t.deprel().startsWith("aux") && FINITE.contains(t.pos()));
    if (subject || finite) {
      return CLAUSE;
    }
    if (head.pos().equals("VBG") && parts.stream().anyMatch(t -> NOUN_PARTS.contains(t.deprel())
        && !t.pos().startsWith("VB"))
        && parts.stream().noneMatch(t -> t.deprel().equals("obj"))) {
      // "the spending", "her first writing": a verb's form used as a noun
      return NOUN_PHRASE;
    }
    boolean infinitive = parts.stream().anyMatch(t -> t.deprel().equals("mark")
        && Clauses.lower(t.word()).equals("to"));
    if (infinitive) {
      return INFINITIVE;
    }
    // "dealing drugs", "having met him", a bare participle the parser left as a verb
    return GERUND;
  }
}
