package org.newskg.attribute;

import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.newskg.data.WordList;
import org.newskg.extract.AnnotatedArticle;
import org.newskg.extract.CoreNlpSpeaker;
import org.newskg.extract.Quote;
import org.newskg.extract.Sentence;
import org.newskg.extract.Span;
import org.newskg.extract.TimeExpression;
import org.newskg.extract.Token;
import org.newskg.resolve.Actor;
import org.newskg.resolve.ActorType;
import org.newskg.resolve.Antecedents;
import org.newskg.resolve.ArticleEntities;

/**
 * News attribution from the reporting clause. For each quote, in order of preference:
 * <ol>
 *   <li>the reporting clause nearest the quote, outside it, in the quote's sentence (or the
 *       next one after a quote ending in "?" or "!"): the subject of a reporting verb ("said",
 *       "told", "wrote"…; {@code attribute/reporting-verbs.txt}) or the noun of "according
 *       to"; "X quoted Y as saying" gives Y; an inverted subject ("said one operator"), a
 *       participle's main clause, an auxiliary the parser made the head, a name right before
 *       a subjectless verb, and a name in apposition ("the envoy, Keith Kellogg, said") are
 *       followed; "he"/"she" is the person last named as a clause subject nearby, else named
 *       last; "the president" is the person the article called "President …"; a subject that
 *       names no actor is an unnamed source, kept as a description ("senior official");</li>
 *   <li>the previous quote's speaker, when that quote is in the same paragraph;</li>
 *   <li>CoreNLP's own speaker for the quote;</li>
 *   <li>the previous quote's speaker, when that quote is in the previous paragraph;</li>
 *   <li>the subject of the last reporting clause in this or the previous paragraph.</li>
 * </ol>
 * Each rule has a confidence; below {@link #MIN_CONFIDENCE} the quote stays unattributed.
 * Dev corpus (newskg eval ../shared/corpus): speaker accuracy 0.959, precision 0.979, against
 * 0.67 for CoreNLP's attributor alone.
 */
public final class ReportingClauseAttributor implements Attributor {
  private static final Set<String> FIRST_SECOND_PERSON = ImmutableSet.of("i", "me", "my", "mine",
      "myself", "we", "us", "our", "ours", "ourselves", "you", "your", "yours");
  private static final Set<String> PERSON_PRONOUNS = ImmutableSet.of("he", "she", "him", "her");
  private static final Set<String> CLAUSE_LINKS = ImmutableSet.of("advcl", "conj", "xcomp",
      "parataxis", "ccomp", "acl");
  private static final Set<String> TEMPORAL_OR_NUMERIC = ImmutableSet.of("DATE", "TIME",
      "DURATION", "SET", "NUMBER", "ORDINAL", "MONEY", "PERCENT");
  private static final Set<String> NAMING_VERBS = ImmutableSet.of("call", "dub", "label",
      "brand", "nickname", "term", "name");
  private static final Set<String> AUXILIARIES = ImmutableSet.of("have", "be", "do", "will");
  /** Subjects that name no one: relative and demonstrative pronouns, "it", "they", "there". */
  private static final Set<String> NOT_A_SPEAKER = ImmutableSet.of("it", "they", "them", "who",
      "which", "that", "this", "these", "those", "there", "what", "one", "someone", "anyone",
      "everyone", "nobody", "all", "some", "many", "others", "both", "each");
  /** Modifiers a description of an unnamed speaker keeps ("a senior Canadian official"). */
  private static final Set<String> DESCRIPTION_MODIFIERS = ImmutableSet.of("amod", "compound",
      "nummod", "flat");
  /** Nouns before a quote that make it a title ("the book “…”"), not someone's words. */
  private static final Set<String> TITLE_CUES = ImmutableSet.of("book", "books", "novel",
      "memoir", "film", "films", "movie", "documentary", "song", "album", "show", "series",
      "play", "opera", "operation", "podcast", "programme", "program", "exhibition", "titled",
      "entitled", "dubbed", "nicknamed", "codenamed", "code-named", "bestseller", "musical",
      "episode", "poem", "painting", "essay", "column", "sitcom", "drama", "thriller");
  /**
   * Below this confidence a statement stays unattributed: a missing speaker is better than a
   * wrong one. Continuation across an intervening new name falls below it.
   */
  static final double MIN_CONFIDENCE = 0.5;
  static final double CONF_CLAUSE = 0.9;
  static final double CONF_QUOTED_AS = 0.85;
  static final double CONF_UNNAMED = 0.8;
  static final double CONF_PRONOUN = 0.75;
  static final double CONF_NOMINAL = 0.7;
  static final double CONF_IT = 0.65;
  static final double CONF_NAME_BEFORE_VERB = 0.7;
  static final double CONF_CORENLP = 0.6;
  static final double CONF_CONTINUATION_SAME_PARAGRAPH = 0.6;
  static final double CONF_CONTINUATION_NEXT_PARAGRAPH = 0.55;
  static final double CONF_EARLIER_CLAUSE = 0.55;
  /** What a new name between two quotes costs a continuation. */
  static final double NEW_CANDIDATE_PENALTY = 0.2;

  private final Set<String> reportingVerbs;
  private final AboutTargets aboutTargets = new AboutTargets();

  private ReportingClauseAttributor(Set<String> reportingVerbs) {
    this.reportingVerbs = reportingVerbs;
  }

  /** Loads the reporting verb lexicon from {@code attribute/reporting-verbs.txt}. */
  public static ReportingClauseAttributor load() {
    return new ReportingClauseAttributor(WordList.load("/attribute/reporting-verbs.txt"));
  }

  /** A speaker decision before it becomes a statement. */
  private record Attribution(Actor speaker, String description, Span mention, double confidence,
                             String cue, Statement.Rule rule, Sentence clause,
                             LocalDate inheritedDate) {
    boolean names() {
      return speaker != null || description != null;
    }
  }

  @Override
  public List<Statement> attribute(AnnotatedArticle article, ArticleEntities entities) {
    List<Statement> statements = new ArrayList<>();
    LocalDate articleDate = parseDate(article.article().publishedDate());
    Statement previous = null;
    for (Quote quote : article.quotes()) {
      Statement last = previous;
      int gap = last == null ? Integer.MAX_VALUE
          : article.paragraphAt(quote.outer().begin())
          - article.paragraphAt(last.quote().outer().begin());
      // Continuation in the same paragraph is more reliable in news than CoreNLP's guess;
      // across a paragraph break, CoreNLP's guess comes first.
      Attribution a = byReportingClause(article, entities, quote)
          .or(() -> gap == 0 ? continuation(article, entities, last, quote,
              CONF_CONTINUATION_SAME_PARAGRAPH) : Optional.empty())
          .or(() -> byCoreNlp(article, entities, quote))
          .or(() -> gap == 1 ? continuation(article, entities, last, quote,
              CONF_CONTINUATION_NEXT_PARAGRAPH) : Optional.empty())
          .or(() -> byEarlierClause(article, entities, quote))
          .orElse(null);
      // a reporting clause whose subject names no one ("it said"): better no speaker than a
      // guess; likewise any attribution below the confidence threshold
      boolean unknownSubject = a != null && (!a.names() || a.confidence() < MIN_CONFIDENCE);
      LocalDate date = articleDate;
      if (a != null && a.inheritedDate() != null) {
        date = a.inheritedDate();
      } else if (a != null && a.clause() != null) {
        date = clauseDate(article, a.clause(), quote).orElse(articleDate);
      }
      if (unknownSubject) {
        a = null;
      }
      String kind = kindOf(article, quote);
      if (isTitle(article, quote) || isTerm(kind, quote, a)) {
        // a coined term or scare quote ("a “no-contact” policy") has no speaker; only a
        // reporting clause makes a short fragment someone's words
        kind = Statement.KIND_TERM;
        a = null;
      }
      Actor speaker = a == null ? null : a.speaker();
      Statement s = new Statement(statements.size(), quote, kind, speaker,
          a == null ? null : a.mention(), a == null ? null : a.description(),
          a == null ? 0.0 : a.confidence(),
          a == null ? null : a.cue(), a == null ? null : a.rule(), date,
          aboutTargets.about(article, entities, quote, speaker));
      statements.add(s);
      previous = s;
    }
    return statements;
  }

  private Optional<Attribution> byReportingClause(AnnotatedArticle article,
                                                  ArticleEntities entities, Quote quote) {
    Token bestVerb = null;
    Sentence bestSentence = null;
    int bestDistance = Integer.MAX_VALUE;
    for (int si = Math.max(0, quote.sentenceFrom()); si <= lastClauseSentence(article, quote)
        && si < article.sentences().size(); si++) {
      Sentence s = article.sentences().get(si);
      for (Token t : s.tokens()) {
        boolean cue = t.pos().startsWith("VB") && reportingVerbs.contains(lower(t.lemma()))
            || isAccordingTo(s, t);
        if (!cue || inside(quote.outer(), t)) {
          continue;
        }
        int distance = t.begin() >= quote.outer().end() ? t.begin() - quote.outer().end()
            : quote.outer().begin() - t.end();
        if (distance < bestDistance) {
          bestDistance = distance;
          bestVerb = t;
          bestSentence = s;
        }
      }
    }
    if (bestVerb == null) {
      return Optional.empty();
    }
    if (isAccordingTo(bestSentence, bestVerb)) {
      // "according to X": X, the noun "according" is the case marker of
      Token source = bestVerb.head() >= 0 ? bestSentence.tokens().get(bestVerb.head()) : null;
      if (source == null || !source.pos().startsWith("NN") && !source.pos().equals("PRP")) {
        return Optional.empty();
      }
      return Optional.of(resolveSubject(article, entities, bestSentence, source, "according to",
          Statement.Rule.REPORTING_CLAUSE, CONF_CLAUSE));
    }
    String cue = lower(bestVerb.lemma());
    // "“…,” Ms. A quoted Mr. B as saying": the words are B's
    Token quoted = quotedAsSpeaker(bestSentence, bestVerb);
    if (quoted != null) {
      return Optional.of(resolveSubject(article, entities, bestSentence, quoted, cue,
          Statement.Rule.QUOTED_AS, CONF_QUOTED_AS));
    }
    Token subject = subjectOf(bestSentence, bestVerb, quote);
    if (subject == null && bestVerb.begin() >= quote.outer().end()) {
      // "“…,” said one operator": the parser often makes an inverted subject the object
      subject = invertedSubject(article.text(), bestSentence, bestVerb, quote);
    }
    if (subject == null && (bestVerb.pos().equals("VBG") || bestVerb.pos().equals("VBN"))) {
      // "…, calling it “common sense.”": a participle's subject is the main clause's, even
      // where the parser attached the participle elsewhere
      subject = rootSubject(bestSentence, quote);
    }
    if (subject == null && bestVerb.deprel().equals("amod")) {
      // "he has at the same time assailed other countries": the participle read as an
      // adjective; the auxiliary before it carries the clause and its subject
      subject = auxiliarySubject(bestSentence, bestVerb, quote);
    }
    if (subject == null) {
      // "The envoy, retired Gen. A B, said …" misparsed with "retired" as the main verb: a
      // name right before the reporting verb (commas aside) is its subject
      Token before = nameBeforeVerb(bestSentence, bestVerb, quote);
      Optional<Actor> actor = before == null ? Optional.empty()
          : entities.actorAt(new Span(before.begin(), before.end(), before.word()));
      if (actor.isPresent()) {
        return Optional.of(new Attribution(actor.get(), null, mentionAround(bestSentence, before),
            CONF_NAME_BEFORE_VERB, cue, Statement.Rule.NAME_BEFORE_VERB, bestSentence, null));
      }
      return Optional.empty();
    }
    return Optional.of(resolveSubject(article, entities, bestSentence, subject, cue,
        Statement.Rule.REPORTING_CLAUSE, CONF_CLAUSE));
  }

  /**
   * The actor (or, failing one, the description) a reporting clause's subject stands for:
   * "he"/"she" by the person it refers to, a name by its actor, "the envoy, Keith Kellogg," by
   * the name in apposition, "the envoy" by the person the article gives that role, and an
   * unnamed source ("a senior official") by its description.
   */
  private Attribution resolveSubject(AnnotatedArticle article, ArticleEntities entities,
                                     Sentence sentence, Token subject, String cue,
                                     Statement.Rule namedRule, double namedConfidence) {
    Span subjectSpan = new Span(subject.begin(), subject.end(), subject.word());
    Span mention = mentionAround(sentence, subject);
    String word = lower(subject.word());
    if (PERSON_PRONOUNS.contains(word)) {
      // In news, "he said" refers to the person last named as the subject of a clause, or
      // else named last; CoreNLP's coreference is less reliable than that convention
      // (measured on the dev set), so it is only the fallback.
      Optional<Actor> actor = Antecedents.person(article, entities, subject.begin(),
          genderOf(subject.word())).or(() -> entities.actorAt(subjectSpan));
      return new Attribution(actor.orElse(null), null, mention,
          namedRule == Statement.Rule.REPORTING_CLAUSE ? CONF_PRONOUN : namedConfidence, cue,
          namedRule == Statement.Rule.REPORTING_CLAUSE ? Statement.Rule.PRONOUN : namedRule,
          sentence, null);
    }
    if (word.equals("it")) {
      // "“…,” it said in a statement": the organization or country last named as a clause
      // subject in this or the previous paragraph; no guess beyond that
      Optional<Actor> body = Antecedents.body(article, entities, subject.begin());
      return new Attribution(body.orElse(null), null, mention,
          namedRule == Statement.Rule.REPORTING_CLAUSE ? CONF_IT : namedConfidence, cue,
          namedRule == Statement.Rule.REPORTING_CLAUSE ? Statement.Rule.PRONOUN : namedRule,
          sentence, null);
    }
    if (FIRST_SECOND_PERSON.contains(word) || NOT_A_SPEAKER.contains(word)
        || subject.pos().startsWith("W") || subject.pos().equals("PRP")
        || subject.pos().equals("EX")) {
      return new Attribution(null, null, mention, 0.0, cue, namedRule, sentence, null);
    }
    Optional<Actor> actor = entities.actorAt(subjectSpan);
    if (actor.isEmpty()) {
      // "the special envoy, Keith Kellogg, said": the name is in apposition to the subject
      actor = appositionOf(sentence, subject).flatMap(t ->
          entities.actorAt(new Span(t.begin(), t.end(), t.word())));
    }
    if (actor.isPresent()) {
      return new Attribution(actor.get(), null, mention, namedConfidence, cue, namedRule,
          sentence, null);
    }
    if (subject.pos().startsWith("NN") && !subject.pos().startsWith("NNP")
        && hasDefiniteDeterminer(sentence, subject)) {
      // "the American president said": the person the article has called "President …"
      Optional<Actor> titled = personWithRole(article, entities, subject);
      if (titled.isPresent()) {
        return new Attribution(titled.get(), null, mention, CONF_NOMINAL, cue,
            Statement.Rule.NOMINAL, sentence, null);
      }
    }
    String description = describe(sentence, subject);
    return new Attribution(null, description, mention,
        description == null ? 0.0 : Math.min(namedConfidence, CONF_UNNAMED), cue,
        Statement.Rule.UNNAMED_SOURCE, sentence, null);
  }

  private static Token auxiliarySubject(Sentence sentence, Token verb, Quote quote) {
    for (int i = verb.index() - 1; i >= 0; i--) {
      Token t = sentence.tokens().get(i);
      if (t.pos().startsWith("VB")) {
        return AUXILIARIES.contains(lower(t.lemma())) ? subjectOf(sentence, t, quote) : null;
      }
    }
    return null;
  }

  private static boolean isAccordingTo(Sentence s, Token t) {
    return lower(t.word()).equals("according") && t.index() + 1 < s.tokens().size()
        && lower(s.tokens().get(t.index() + 1).word()).equals("to");
  }

  /** "A quoted B as saying": B, when {@code verb} is "quoted" or the "saying" under it. */
  private Token quotedAsSpeaker(Sentence sentence, Token verb) {
    Token quoteVerb = verb;
    if (!lower(verb.lemma()).equals("quote") && verb.head() >= 0) {
      quoteVerb = sentence.tokens().get(verb.head());
    }
    if (!lower(quoteVerb.lemma()).equals("quote") || !quoteVerb.pos().startsWith("VB")) {
      return null;
    }
    Token object = null;
    boolean asSaying = false;
    for (Token t : sentence.tokens()) {
      if (t.head() != quoteVerb.index()) {
        continue;
      }
      if (t.deprel().equals("obj")) {
        object = t;
      } else if (reportingVerbs.contains(lower(t.lemma())) && t.index() > quoteVerb.index()
          && hasChild(sentence, t, "as")) {
        asSaying = true;
      }
    }
    return asSaying ? object : null;
  }

  private static boolean hasChild(Sentence sentence, Token head, String word) {
    return sentence.tokens().stream().anyMatch(t -> t.head() == head.index()
        && lower(t.word()).equals(word));
  }

  /** The noun right after a reporting verb that follows the quote ("…,” said the minister). */
  private static Token invertedSubject(String text, Sentence sentence, Token verb, Quote quote) {
    String between = text.substring(quote.outer().end(), verb.begin());
    if (!between.matches("[\\s,—-]*")) {
      return null;
    }
    for (Token t : sentence.tokens()) {
      if (t.head() == verb.index() && t.index() > verb.index()
          && (t.deprel().equals("obj") || t.deprel().equals("iobj"))
          && t.pos().startsWith("NN")) {
        return t;
      }
    }
    return null;
  }

  /** The word before a subjectless reporting verb, skipping commas, when it is a name. */
  private static Token nameBeforeVerb(Sentence sentence, Token verb, Quote quote) {
    int i = verb.index() - 1;
    while (i >= 0 && sentence.tokens().get(i).word().equals(",")) {
      i--;
    }
    if (i < 0 || i == verb.index() - 1) {
      return null;
    }
    Token t = sentence.tokens().get(i);
    return t.pos().startsWith("NNP") && !inside(quote.outer(), t) ? t : null;
  }

  private static boolean hasDefiniteDeterminer(Sentence sentence, Token noun) {
    return sentence.tokens().stream().anyMatch(t -> t.head() == noun.index()
        && (t.deprel().equals("det") && lower(t.word()).equals("the")
            || t.deprel().equals("nmod:poss")));
  }

  /**
   * The person the article calls by the subject's role: a name preceded by the role as a
   * title ("President Trump" for "the president") or in apposition with it ("Steve Witkoff,
   * the envoy"), the one named last before the subject.
   */
  private static Optional<Actor> personWithRole(AnnotatedArticle article,
                                                ArticleEntities entities, Token role) {
    String roleWord = lower(role.word());
    String text = article.text();
    Actor best = null;
    int bestBegin = -1;
    for (Actor a : entities.actors()) {
      if (a.type() != ActorType.PERSON) {
        continue;
      }
      for (Span m : a.names()) {
        if (m.begin() >= role.begin() || m.begin() <= bestBegin) {
          continue;
        }
        String before = lower(text.substring(Math.max(0, m.begin() - 40), m.begin()));
        if (titleBefore(before, roleWord) || lower(m.text()).startsWith(roleWord + " ")
            || inAppositionWith(article, m, roleWord)) {
          best = a;
          bestBegin = m.begin();
        }
      }
    }
    return Optional.ofNullable(best);
  }

  /** The role right before a name, as a title: "President " before "Trump". */
  private static boolean titleBefore(String before, String roleWord) {
    return before.matches("(?s).*\\b" + java.util.regex.Pattern.quote(roleWord) + "\\s+$");
  }

  /** "Steve Witkoff, the president's envoy" or "the envoy, Keith Kellogg". */
  private static boolean inAppositionWith(AnnotatedArticle article, Span name, String roleWord) {
    Sentence s = article.sentenceAt(name.begin());
    int i = s == null ? -1 : s.tokenAt(name.end() - 1);
    if (i < 0) {
      return false;
    }
    Token nameHead = s.tokens().get(i);
    for (Token t : s.tokens()) {
      boolean linked = t.deprel().equals("appos") && t.head() == nameHead.index()
          || nameHead.deprel().equals("appos") && nameHead.head() == t.index();
      if (linked && lower(t.word()).equals(roleWord)) {
        return true;
      }
    }
    return false;
  }

  /**
   * An unnamed speaker in the article's words: the subject noun with its adjectives, compounds
   * and numbers, without the article ("a senior Canadian official" gives "senior Canadian
   * official"; "one operator" gives "operator"). Null when that leaves nothing of substance.
   */
  private static String describe(Sentence sentence, Token subject) {
    if (!subject.pos().startsWith("NN") || TEMPORAL_OR_NUMERIC.contains(subject.ner())) {
      // "Thursday said …" is a misparse, not a source
      return null;
    }
    List<Token> words = new ArrayList<>();
    for (Token t : sentence.tokens()) {
      if (t == subject || t.head() == subject.index() && t.index() < subject.index()
          && DESCRIPTION_MODIFIERS.contains(baseRelation(t.deprel()))
          && !lower(t.word()).equals("one")) {
        words.add(t);
      }
    }
    int begin = words.get(0).begin();
    // keep it contiguous: drop leading modifiers separated from the noun by other words
    StringBuilder b = new StringBuilder();
    for (Token t : words) {
      if (t.begin() < begin) {
        continue;
      }
      if (b.length() > 0) {
        b.append(' ');
      }
      b.append(t.word());
    }
    String d = b.toString().strip();
    return d.isEmpty() ? null : d;
  }

  /**
   * A quote with no reporting clause and no quote before it to continue: the speaker of the
   * last reporting clause before it in its paragraph or the previous one ("Mr. A said that
   * Israel had accepted the plan. … in exchange for a “temporary cease-fire.”"), the
   * convention by which news gives the source once for a whole passage.
   */
  private Optional<Attribution> byEarlierClause(AnnotatedArticle article,
                                                ArticleEntities entities, Quote quote) {
    if (quote.sentenceFrom() < 0) {
      return Optional.empty();
    }
    int paragraph = article.sentences().get(quote.sentenceFrom()).paragraph();
    for (int si = quote.sentenceFrom(); si >= 0; si--) {
      Sentence s = article.sentences().get(si);
      if (s.paragraph() < paragraph - 1) {
        break;
      }
      List<Token> tokens = s.tokens();
      for (int ti = tokens.size() - 1; ti >= 0; ti--) {
        Token t = tokens.get(ti);
        if (t.end() > quote.outer().begin() || !t.pos().startsWith("VB")
            || !reportingVerbs.contains(lower(t.lemma())) || insideQuote(article, t)) {
          continue;
        }
        Token subject = subjectOf(s, t, quote);
        if (subject == null) {
          continue;
        }
        Attribution a = resolveSubject(article, entities, s, subject, lower(t.lemma()),
            Statement.Rule.EARLIER_CLAUSE, CONF_EARLIER_CLAUSE);
        if (a.speaker() == null) {
          return Optional.empty();
        }
        return Optional.of(new Attribution(a.speaker(), null, a.mention(), CONF_EARLIER_CLAUSE,
            a.cue(), Statement.Rule.EARLIER_CLAUSE, s, null));
      }
    }
    return Optional.empty();
  }

  private static boolean insideQuote(AnnotatedArticle article, Token t) {
    return article.quotes().stream().anyMatch(q -> q.outer().begin() <= t.begin()
        && t.end() <= q.outer().end());
  }

  /**
   * The last sentence that can hold the quote's reporting clause: the quote's own, or the next
   * one when the quote ends its sentence with "?" or "!" and the attribution follows in the same
   * paragraph ("“… in return?” Wang Hung-wei said."), which the sentence splitter cuts apart.
   */
  private static int lastClauseSentence(AnnotatedArticle article, Quote quote) {
    int last = quote.sentenceTo();
    List<Sentence> sentences = article.sentences();
    if (last < 0 || last + 1 >= sentences.size()) {
      return last;
    }
    Sentence own = sentences.get(last);
    Sentence next = sentences.get(last + 1);
    String text = article.text();
    boolean quoteEndsSentence = own.end() <= quote.outer().end();
    boolean sameParagraph = next.paragraph() == own.paragraph();
    boolean questionOrExclamation = text.substring(quote.inner().begin(), quote.outer().end())
        .matches("(?s).*[?!][\"”’']*$");
    return quoteEndsSentence && sameParagraph && questionOrExclamation
        && !startsWithQuote(text, next) ? last + 1 : last;
  }

  private static boolean startsWithQuote(String text, Sentence sentence) {
    char first = text.charAt(sentence.begin());
    return first == '“' || first == '"' || first == '‘';
  }

  /**
   * A title ("the book “A Promised Land”", "Operation “Spring Storm”"): every word of substance
   * capitalised, no final punctuation, and a title noun ("book", "film", "operation", "titled")
   * among the few words before it.
   */
  private static boolean isTitle(AnnotatedArticle article, Quote quote) {
    String words = quote.inner().text().strip();
    String[] parts = words.split("\\s+");
    if (parts.length > 12 || words.matches("(?s).*[.!?,;:]$")) {
      return false;
    }
    for (String w : parts) {
      if (w.length() > 3 && !Character.isUpperCase(w.codePointAt(0))
          && !Character.isDigit(w.codePointAt(0))) {
        return false;
      }
    }
    String before = article.text().substring(Math.max(0, quote.outer().begin() - 40),
        quote.outer().begin());
    int line = before.lastIndexOf('\n');
    String[] lead = lower(before.substring(line + 1)).split("[^\\p{L}-]+");
    for (int i = Math.max(0, lead.length - 4); i < lead.length; i++) {
      if (TITLE_CUES.contains(lead[i])) {
        return true;
      }
    }
    return false;
  }

  /**
   * A short fragment inside the reporter's sentence whose speaker no reporting clause names
   * (unattributed, or only by continuation or CoreNLP's guess).
   */
  private static boolean isTerm(String kind, Quote quote, Attribution a) {
    Statement.Rule rule = a == null ? null : a.rule();
    boolean fromClause = rule != null && rule != Statement.Rule.CONTINUATION
        && rule != Statement.Rule.CORENLP && rule != Statement.Rule.EARLIER_CLAUSE;
    // "planners call the route the “Arctic bridge”": people at large naming a thing give it a
    // label, not a quotation (a named speaker "calling it a “hoax”" is quoted)
    boolean labelInUse = rule == Statement.Rule.UNNAMED_SOURCE
        && NAMING_VERBS.contains(a.cue());
    if (!kind.equals(Statement.KIND_PARTIAL) || fromClause && !labelInUse) {
      return false;
    }
    String words = quote.inner().text().strip();
    return words.split("\\s+").length <= 3 && !words.matches("(?s).*[.!?,;:]$");
  }

  /**
   * The previous statement's speaker, carried over to a quote without a reporting clause; a
   * different name between the two quotes (a new candidate speaker) costs confidence, enough
   * to leave the quote unattributed.
   */
  private static Optional<Attribution> continuation(AnnotatedArticle article,
                                                    ArticleEntities entities,
                                                    Statement previous, Quote quote,
                                                    double confidence) {
    if (previous == null || previous.speaker() == null && previous.speakerDescription() == null) {
      return Optional.empty();
    }
    int from = previous.quote().outer().end();
    int to = quote.outer().begin();
    boolean newCandidate = entities.actors().stream()
        .filter(a -> a != previous.speaker() && a.type() != ActorType.COUNTRY)
        .flatMap(a -> a.names().stream())
        .anyMatch(m -> m.begin() >= from && m.end() <= to && !article.insideQuote(m));
    double c = newCandidate ? confidence - NEW_CANDIDATE_PENALTY : confidence;
    return Optional.of(new Attribution(previous.speaker(), previous.speakerDescription(),
        previous.speakerMention(), c, previous.cue(), Statement.Rule.CONTINUATION, null,
        previous.date()));
  }

  /**
   * The subject of a reporting verb; a verb without one ("…, calling it …", "and added")
   * borrows the subject of the clause it hangs from. Subjects inside the quote don't count.
   */
  private static Token subjectOf(Sentence sentence, Token verb, Quote quote) {
    Token current = verb;
    for (int hops = 0; current != null && hops < 4; hops++) {
      for (Token t : sentence.tokens()) {
        if (t.head() == current.index() && t.deprel().startsWith("nsubj")
            && !t.deprel().equals("nsubj:pass") && !inside(quote.outer(), t)) {
          return t;
        }
      }
      if (current.head() < 0) {
        return null;
      }
      Token head = sentence.tokens().get(current.head());
      // "he has at the same time assailed …" parsed with "has" as the main verb: an
      // auxiliary the parser made the head lends its subject
      boolean auxiliaryHead = head.pos().startsWith("VB")
          && AUXILIARIES.contains(lower(head.lemma()));
      if (!CLAUSE_LINKS.contains(baseRelation(current.deprel())) && !auxiliaryHead) {
        return null;
      }
      current = head;
    }
    return null;
  }

  private static Token rootSubject(Sentence sentence, Quote quote) {
    for (Token root : sentence.tokens()) {
      if (root.head() < 0 && !inside(quote.outer(), root)) {
        return subjectOf(sentence, root, quote);
      }
    }
    return null;
  }

  /** CoreNLP's speaker, mapped to one of our actors. */
  private static Optional<Attribution> byCoreNlp(AnnotatedArticle article,
                                                 ArticleEntities entities, Quote quote) {
    CoreNlpSpeaker speaker = quote.corenlpSpeaker();
    if (speaker == null) {
      return Optional.empty();
    }
    Optional<Actor> actor = Optional.empty();
    if (speaker.canonical() != null) {
      actor = entities.actorAt(speaker.canonical());
    }
    if (actor.isEmpty() && speaker.mention() != null) {
      actor = entities.actorAt(speaker.mention());
    }
    return actor.map(a -> new Attribution(a, null, speaker.mention(), CONF_CORENLP, null,
        Statement.Rule.CORENLP,
        speaker.mention() == null ? null : article.sentenceAt(speaker.mention().begin()), null));
  }

  private static Optional<Token> appositionOf(Sentence sentence, Token head) {
    return sentence.tokens().stream()
        .filter(t -> t.head() == head.index() && t.deprel().equals("appos")).findFirst();
  }

  private static Actor.Gender genderOf(String pronoun) {
    return switch (lower(pronoun)) {
      case "he", "him" -> Actor.Gender.MALE;
      case "she", "her" -> Actor.Gender.FEMALE;
      default -> Actor.Gender.UNKNOWN;
    };
  }

  /** The words naming the speaker: the subject token with its compound and flat name parts. */
  private static Span mentionAround(Sentence sentence, Token subject) {
    int begin = subject.begin();
    int end = subject.end();
    for (Token t : sentence.tokens()) {
      String rel = t.deprel();
      if (t.head() == subject.index() && (rel.startsWith("compound") || rel.startsWith("flat")
          || rel.equals("det") && t.index() < subject.index())) {
        begin = Math.min(begin, t.begin());
        end = Math.max(end, t.end());
      }
    }
    return new Span(begin, end, sentence.tokens().isEmpty() ? subject.word()
        : textOf(sentence, begin, end));
  }

  private static String textOf(Sentence sentence, int begin, int end) {
    StringBuilder b = new StringBuilder();
    int last = -1;
    for (Token t : sentence.tokens()) {
      if (t.begin() >= begin && t.end() <= end) {
        if (last >= 0 && t.begin() > last) {
          b.append(' ');
        }
        b.append(t.word());
        last = t.end();
      }
    }
    return b.toString();
  }

  /**
   * "direct" when the quote stands as its own clause (at the start of a paragraph, or after a
   * colon or comma and starting with a capital); "partial" when it is woven into the
   * reporter's sentence ("pledged “regular and predictable” help").
   */
  private static String kindOf(AnnotatedArticle article, Quote quote) {
    String text = article.text();
    int i = quote.outer().begin() - 1;
    while (i >= 0 && text.charAt(i) == ' ') {
      i--;
    }
    char first = quote.inner().text().charAt(0);
    if (i < 0 || text.charAt(i) == '\n') {
      return Statement.KIND_DIRECT;
    }
    char before = text.charAt(i);
    if ((before == ':' || before == ',' || before == '—' || before == '.')
        && !Character.isLowerCase(first)) {
      return Statement.KIND_DIRECT;
    }
    return Statement.KIND_PARTIAL;
  }

  /** The day the reporting clause names ("said on Thursday"), outside the quote. */
  private static Optional<LocalDate> clauseDate(AnnotatedArticle article, Sentence clause,
                                                Quote quote) {
    for (TimeExpression t : article.times()) {
      if (t.sentence() == clause.index() && !quote.outer().overlaps(t.span())
          && "DATE".equals(t.type()) && t.value() != null
          && t.value().matches("\\d{4}-\\d{2}-\\d{2}")) {
        return Optional.ofNullable(parseDate(t.value()));
      }
    }
    return Optional.empty();
  }

  private static boolean inside(Span span, Token t) {
    return t.begin() >= span.begin() && t.end() <= span.end();
  }

  private static String baseRelation(String deprel) {
    int colon = deprel.indexOf(':');
    return colon < 0 ? deprel : deprel.substring(0, colon);
  }

  private static String lower(String s) {
    return s == null ? "" : s.toLowerCase(Locale.ROOT);
  }

  private static LocalDate parseDate(String iso) {
    if (iso == null) {
      return null;
    }
    try {
      return LocalDate.parse(iso.substring(0, Math.min(10, iso.length())));
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
