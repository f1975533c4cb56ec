package org.newskg.attribute;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.newskg.extract.AnnotatedArticle;
import org.newskg.extract.Quote;
import org.newskg.extract.Sentence;
import org.newskg.extract.Token;
import org.newskg.resolve.ArticleEntities;

/**
 * What a sieve sees of one quote: the article, its actors, the statement before (for
 * continuations) and the reporting cues around the quote, nearest first.
 *
 * @param previous the article's previous statement, or null
 * @param cues     reporting verbs and "according to" outside the quote, in the sentences that
 *                 can hold its reporting clause, nearest first
 */
public record QuoteContext(AnnotatedArticle article, ArticleEntities entities, Quote quote,
                           Statement previous, Set<String> reportingVerbs, List<Cue> cues) {
  private static final Pattern ENDS_SENTENCE = Pattern.compile("(?s).*[.!?]$");

  /** A reporting verb (or the "according" of "according to") and how far from the quote. */
  public record Cue(Sentence sentence, Token token, int distance, boolean after) {
    boolean accordingTo() {
      return Clauses.isAccordingTo(sentence, token);
    }
  }

  public QuoteContext {
    cues = List.copyOf(cues);
  }

  static QuoteContext of(AnnotatedArticle article, ArticleEntities entities, Quote quote,
                         Statement previous, Set<String> reportingVerbs) {
    return of(article, entities, quote, previous, reportingVerbs, Set.of());
  }

  /**
   * The context of {@code quote}, with the verbs of {@code characterizing} as cues where the
   * quote hangs from them after them ("X likened the plan to “a blank cheque”").
   */
  static QuoteContext of(AnnotatedArticle article, ArticleEntities entities, Quote quote,
                         Statement previous, Set<String> reportingVerbs,
                         Set<String> characterizing) {
    List<Cue> cues = new ArrayList<>();
    int last = Clauses.lastClauseSentence(article, quote);
    for (int si = Math.max(0, quote.sentenceFrom()); si <= last
        && si < article.sentences().size(); si++) {
      Sentence s = article.sentences().get(si);
      for (Token t : s.tokens()) {
        if (!Clauses.isCue(s, t, reportingVerbs) && !characterizes(s, t, quote, characterizing)
            || Clauses.inside(quote.outer(), t)) {
          continue;
        }
        boolean after = t.begin() >= quote.outer().end();
        if (after && (reportsAnotherClause(article, s, t, quote) || subordinate(s, t, quote))) {
          continue;
        }
        int distance = after ? t.begin() - quote.outer().end() : quote.outer().begin() - t.end();
        cues.add(new Cue(s, t, distance, after));
      }
    }
    // stable: among equal distances the first in text order, as the nearest-cue rule always did
    cues.sort(Comparator.comparingInt(Cue::distance));
    return new QuoteContext(article, entities, quote, previous, reportingVerbs, cues);
  }

  /** Conjunctions that make a clause after a quote an event of its own, not its source. */
  private static final Set<String> SUBORDINATORS = Set.of("when", "after", "before", "while",
      "because", "since", "if", "although", "though", "until", "once", "whereas");

  /**
   * “That makes me smart,” when Clinton blasted him: a verb after the quote whose clause a
   * subordinating conjunction opens tells what else happened, not who spoke ("as she put it"
   * still reports the quote).
   */
  private static boolean subordinate(Sentence s, Token verb, Quote quote) {
    // a participle without a subject of its own ("…,” she sang, before asking him") shares
    // the speaker
    if (s.dependents(verb.index()).stream().noneMatch(d -> d.deprel().startsWith("nsubj"))) {
      return false;
    }
    return s.dependents(verb.index()).stream().anyMatch(d -> d.begin() >= quote.outer().end()
        && d.index() < verb.index() && (d.deprel().equals("mark") || d.deprel().equals("advmod"))
        && SUBORDINATORS.contains(Clauses.lower(d.word())));
  }

  /**
   * {@code verb} quotes the words as what its subject called someone or something: the quote
   * comes after it and hangs from it, and the verb is one of {@code characterizing} ("likened
   * the rules to “…”", "branded the test “…”") or holds the quote as what it takes its object
   * for ("admires Putin as a “strong leader”", "has gone after him as a “…”").
   */
  private static boolean characterizes(Sentence s, Token verb, Quote quote,
                                       Set<String> characterizing) {
    if (!verb.pos().startsWith("VB") || verb.end() > quote.outer().begin()
        || !Clauses.quoteUnder(s, verb, quote)) {
      return false;
    }
    return characterizing.contains(Clauses.lower(verb.lemma())) || goesOnAbout(s, verb)
        || asComplement(s, verb, quote);
  }

  /**
   * "as the governor went on about “…”": "go on" with "about" is a verb of talking, whose
   * subject speaks the words it takes (a plain "go" moves, it does not talk).
   */
  private static boolean goesOnAbout(Sentence s, Token verb) {
    if (!Clauses.lower(verb.lemma()).equals("go")) {
      return false;
    }
    boolean on = false;
    boolean about = false;
    for (Token t : s.tokens()) {
      if (t.index() == verb.index() + 1) {
        on = Clauses.lower(t.word()).equals("on");
      } else if (t.index() == verb.index() + 2) {
        about = Clauses.lower(t.word()).equals("about");
      }
    }
    return on && about;
  }

  /**
   * The quote hangs from {@code verb} through a phrase with "as", and the verb has an object
   * before it: what the subject takes that object for.
   */
  private static boolean asComplement(Sentence s, Token verb, Quote quote) {
    Token child = null;
    for (Token t : s.tokens()) {
      if (!Clauses.inside(quote.inner(), t)) {
        continue;
      }
      Token current = t;
      for (int hops = 0; current.head() >= 0 && hops < 8; hops++) {
        if (current.head() == verb.index()) {
          child = current;
          break;
        }
        current = s.tokens().get(current.head());
      }
      break;
    }
    if (child == null) {
      return false;
    }
    int complement = child.index();
    boolean marked = s.dependents(complement).stream().anyMatch(d ->
        Clauses.lower(d.word()).equals("as") && (d.deprel().equals("case")
            || d.deprel().equals("mark")));
    boolean objectBefore = s.dependents(verb.index()).stream().anyMatch(d ->
        (d.deprel().equals("obj") || d.deprel().equals("obl")) && d.index() < complement
        && d.index() > verb.index());
    return marked && objectBefore;
  }

  /**
   * “… all the talent.” A Labour source told the paper Mr Campbell would …: after a quote that
   * closes its own sentence, a reporting verb with a clause of its own that does not hold the
   * quote reports that clause, not the quote (the splitter often leaves both in one sentence).
   */
  private static boolean reportsAnotherClause(AnnotatedArticle article, Sentence s, Token verb,
                                              Quote quote) {
    String words = article.text().substring(quote.inner().begin(), quote.inner().end()).strip();
    if (!ENDS_SENTENCE.matcher(words).matches() || Clauses.quoteUnder(s, verb, quote)) {
      return false;
    }
    // the clause may be an open complement where the parser read its verb as an adjective
    // ("told the paper Mr Lund would “effectively front” the campaign")
    return s.dependents(verb.index()).stream().anyMatch(d -> (d.deprel().equals("ccomp")
        || d.deprel().equals("xcomp")) && d.begin() > quote.outer().end());
  }

  /**
   * The same context with {@code cue} as the nearest cue: reported speech knows its cue.
   */
  QuoteContext withNearest(Sentence sentence, Token cue) {
    List<Cue> reordered = new ArrayList<>();
    reordered.add(new Cue(sentence, cue, 0, cue.begin() >= quote.outer().end()));
    cues.stream().filter(c -> !(c.token().equals(cue) && c.sentence() == sentence))
        .forEach(reordered::add);
    return new QuoteContext(article, entities, quote, previous, reportingVerbs, reordered);
  }

  /** The nearest cue, or null. */
  public Cue nearest() {
    return cues.isEmpty() ? null : cues.get(0);
  }

  /** Paragraphs between the previous statement's quote and this one (MAX_VALUE without). */
  public int gapToPrevious() {
    return previous == null ? Integer.MAX_VALUE
        : paragraph() - article.paragraphAt(previous.quote().inner().begin());
  }

  /**
   * The quote's paragraph, by its first word: an opening mark that CoreNLP saw blanked (an
   * unclosed or joined quotation) lies in no sentence.
   */
  public int paragraph() {
    return article.paragraphAt(quote.inner().begin());
  }
}
