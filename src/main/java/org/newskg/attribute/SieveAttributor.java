package org.newskg.attribute;

import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.newskg.data.WordList;
import org.newskg.extract.AnnotatedArticle;
import org.newskg.extract.Quote;
import org.newskg.extract.Sentence;
import org.newskg.extract.Span;
import org.newskg.extract.TimeExpression;
import org.newskg.extract.Token;
import org.newskg.resolve.Actor;
import org.newskg.resolve.ArticleEntities;

/**
 * News attribution by sieves and a ranker. For each quote every sieve of {@link #SIEVES}
 * proposes speakers with the evidence that found them; the candidates naming the same actor
 * (or the same unnamed source) are pooled, and the {@link SpeakerRanker} picks the most likely
 * one with a calibrated confidence. Without a ranker model, the first sieve in the list that
 * proposes anyone decides, with its rule's own confidence. Below the ranker's threshold (without
 * it, {@link #MIN_CONFIDENCE}) a quote stays unattributed: a missing speaker is better than a
 * wrong one.
 */
public final class SieveAttributor implements Attributor {
  // compiled once: read for every quote
  private static final Pattern FINAL_STOP = Pattern.compile("[.,]$");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern SPACES_OR_HYPHENS = Pattern.compile("[\\s-]+");
  private static final Pattern ENDS_PUNCTUATED = Pattern.compile("(?s).*[.!?,;:]$");
  private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  /** The sieves, once, in order of preference. */
  static final List<SpeakerSieve> SIEVES = List.of(
      // a name credited after a dash ends the question before any clause is read
      new DashCreditSieve(),
      new AccordingToSieve(),
      new QuotedAsSieve(),
      new ClauseSubjectSieve(),
      new NameBeforeVerbSieve(),
      // continuation in the same paragraph is more reliable in news than CoreNLP's guess;
      // across a paragraph break, CoreNLP's guess comes first
      new ContinuationSieve(0, 0.6),
      new CoreNlpSieve(),
      new ContinuationSieve(1, 0.55),
      new EarlierClauseSieve(),
      new OtherClauseSieve(),
      new NearbyNameSieve());

  /** The sieves that read the reporting cue itself, all that reported speech trusts. */
  private static final Set<Class<?>> CUE_SIEVES = Set.of(AccordingToSieve.class,
      QuotedAsSieve.class, ClauseSubjectSieve.class);

  static final double MIN_CONFIDENCE = 0.5;
  /** Nouns for signs, conjectures and rules, which say nothing anyone said. */
  private static final Set<String> NON_SOURCES = WordList.load("/attribute/non-sources.txt");

  private final Set<String> reportingVerbs;
  private final Set<String> characterizingVerbs = WordList.load(
      "/attribute/characterizing-verbs.txt");
  private final SpeakerRanker ranker;
  private final LogisticModel reportedSpeech;
  private final AboutTargets aboutTargets = new AboutTargets();
  private final PartyAndPaperNominals partiesAndPapers =
      new PartyAndPaperNominals(org.newskg.resolve.OrganizationAliases.load());
  private final OfficeHolders officeHolders = OfficeHolders.loadShipped();

  /** Where the shipped reported-speech model lives on the classpath. */
  public static final String REPORTED_SPEECH_MODEL = "/attribute/reported-speech.tsv";

  SieveAttributor(Set<String> reportingVerbs, SpeakerRanker ranker,
                  LogisticModel reportedSpeech) {
    this.reportingVerbs = reportingVerbs;
    this.ranker = ranker;
    this.reportedSpeech = reportedSpeech;
  }

  /**
   * The reporting verbs of {@code attribute/reporting-verbs.txt}, the shipped ranker and the
   * shipped reported-speech model.
   */
  public static SieveAttributor load() {
    return new SieveAttributor(reportingVerbs(), SpeakerRanker.loadShipped().orElse(null),
        LogisticModel.loadResource(REPORTED_SPEECH_MODEL).orElse(null));
  }

  /** The same sieves decided by their order alone, without a ranker. */
  public static SieveAttributor withoutRanker() {
    return new SieveAttributor(reportingVerbs(), null,
        LogisticModel.loadResource(REPORTED_SPEECH_MODEL).orElse(null));
  }

  /**
   * The candidate clauses of reported speech in an article, each with what the reported-speech
   * model reads: what {@code newskg train reported} learns from.
   */
  public record ReportedCandidate(Span content, String cue, List<String> features) {}

  public List<ReportedCandidate> reportedCandidates(AnnotatedArticle article) {
    return ReportedClauses.find(article, reportingVerbs).stream()
        .map(c -> new ReportedCandidate(c.content(), Clauses.lower(c.cue().lemma()),
            ReportedFeatures.of(article, c, reportingVerbs))).toList();
  }

  static Set<String> reportingVerbs() {
    return WordList.load("/attribute/reporting-verbs.txt");
  }

  /** One quote's candidates, pooled by whom they name, each with the ranker's features. */
  public record Pool(QuoteContext context, List<Pooled> candidates) {}

  /**
   * The candidates that name one speaker.
   *
   * @param first    the candidate of the first sieve (in {@link #SIEVES} order) naming them
   * @param features what the ranker reads
   */
  public record Pooled(SpeakerCandidate first, List<SpeakerCandidate> all,
                       List<String> features) {}

  /**
   * The decision for one quote: the chosen candidate (or null), its confidence, and whether
   * that is enough to name the speaker.
   */
  private record Decision(SpeakerCandidate chosen, double confidence, boolean confident) {}

  @Override
  public List<Statement> attribute(AnnotatedArticle article, ArticleEntities entities) {
    return attribute(article, entities, pool -> { });
  }

  /** As {@link #attribute(AnnotatedArticle, ArticleEntities)}, showing each pool to {@code seen}. */
  public List<Statement> attribute(AnnotatedArticle article, ArticleEntities entities,
                                   java.util.function.Consumer<Pool> seen) {
    List<Statement> statements = new ArrayList<>();
    // fragments made terms only because no reporting clause of their own names a speaker,
    // with whom the ranker took for their speaker (or null)
    Map<Integer, Actor> unclaimed = new HashMap<>();
    LocalDate articleDate = article.article().publishedDay();
    Statement previous = null;
    for (Quote quote : article.quotes()) {
      QuoteContext context = QuoteContext.of(article, entities, quote, previous, reportingVerbs,
          characterizingVerbs);
      Decision d = decide(context, seen);
      SpeakerCandidate a = d.confident() && d.chosen() != null && d.chosen().names()
          ? d.chosen() : null;
      LocalDate date = dateOf(article, d.chosen(), quote, articleDate);
      String kind = Kinds.kindOf(article, quote);
      boolean title = Kinds.isTitle(article, quote);
      if (!title && previous != null && previous.rule() != null
          && QuoteLists.continues(article, previous, quote, kind)) {
        // the next item of a list of quoted phrases: the first item's source
        Statement s = new Statement(statements.size(), quote, kind, previous.speaker(),
            previous.speakerMention(), previous.speakerDescription(), previous.confidence(),
            previous.cue(), previous.rule(), previous.date(),
            aboutTargets.about(article, entities, quote, previous.speaker()));
        statements.add(s);
        previous = s;
        continue;
      }
      if (title || isTerm(kind, quote, a)) {
        // a coined term or scare quote ("a “no-contact” policy") has no speaker; only a
        // reporting clause makes a short fragment someone's words
        if (!title && !nameLike(quote)) {
          unclaimed.put(statements.size(), d.chosen() == null ? null : d.chosen().speaker());
        }
        kind = Statement.KIND_TERM;
        a = null;
      }
      Statement s = statement(statements.size(), quote, kind, a, a == null ? null : a.cue(),
          d.confidence(), date, article, entities);
      statements.add(s);
      if (!title) {
        // a title or a nickname inside a name is nobody's words: the quotation after it
        // continues the statement before it
        previous = s;
      }
    }
    List<Statement> reported = reported(article, entities, statements, articleDate);
    for (int i = 0; i < statements.size(); i++) {
      Statement q = statements.get(i);
      boolean fragment = unclaimed.containsKey(i);
      if (q.kind().equals(Statement.KIND_TERM) && !fragment) {
        continue;
      }
      // the smallest reported clause holding the quote: "she said the plan was “dead”"; for a
      // fragment, one whose speaker the ranker chose first ("X said the spate of shootings
      // demands that we engage in “more listening”" is X's, not the spate's)
      int index = i;
      Actor ranked = unclaimed.get(i);
      reported.stream().filter(r -> r.quote().inner().contains(q.quote().inner()))
          .min(Comparator.<Statement>comparingInt(r -> fragment && ranked != null
                  && r.speaker() == ranked ? 0 : 1)
              .thenComparingInt(r -> r.quote().inner().end() - r.quote().inner().begin()))
          .ifPresent(r -> statements.set(index, partOf(article, entities,
              fragment ? q.withKind(Statement.KIND_PARTIAL) : q, r)));
    }
    statements.addAll(reported);
    statements.addAll(interrupted(article, entities, statements));
    statements.replaceAll(s -> Clauses.withCoordinatedOffice(article, s));
    // only now: candidates are pooled and ranked by the noun's own description
    statements.replaceAll(s -> s.speaker() != null || s.speakerDescription() == null
        || s.speakerMention() == null ? s : s.describedAs(
            Clauses.withWhatItIsOf(article, s.speakerMention(), s.speakerDescription())));
    Map<Span, String> described = DescribedPronouns.descriptions(statements);
    statements.replaceAll(PartyMembers::asMembers);
    statements.replaceAll(s -> GovernedName.resolve(article, entities, s));
    statements.replaceAll(s -> OwnVoices.resolve(article, s));
    statements.replaceAll(s -> BodyNominals.asBody(article, entities, s));
    statements.replaceAll(s -> PoliceForce.resolve(article, entities, s));
    statements.replaceAll(s -> NameAfterTitle.resolve(article, entities, s));
    statements.replaceAll(s -> NameAfterKind.resolve(article, entities, s));
    statements.replaceAll(s -> LettersAfterName.resolve(article, entities, s));
    List<Statement> attributed = List.copyOf(statements);
    statements.replaceAll(s -> Spokespeople.resolve(article, entities, attributed, s));
    statements.replaceAll(s -> Spokespeople.ofNamedBody(article, entities, s));
    statements.replaceAll(s -> Spokespeople.ofBodyNoun(article, entities, s));
    statements.replaceAll(s -> partiesAndPapers.resolve(article, entities, s));
    statements.replaceAll(s -> TopicNominals.asTopic(article, entities, s));
    statements.replaceAll(s -> ReportedNames.resolve(article, entities, s));
    NamedInWhatWasSaid.resolveAll(article, entities, statements);
    LastSpeaker.resolveAll(article, statements);
    statements.replaceAll(s -> Shares.resolve(article, s));
    List<Statement> sourced = List.copyOf(statements);
    statements.replaceAll(s -> DocumentSources.resolve(article, entities, sourced, s));
    statements.replaceAll(s -> SuitPlaintiffs.resolve(article, entities, s));
    statements.replaceAll(s -> Representatives.counselOfPerson(article, s));
    DelayedIdentification.resolveAll(article, entities, statements);
    statements.replaceAll(s -> OverseerNominals.resolve(article, entities, s));
    List<Statement> named = List.copyOf(statements);
    statements.replaceAll(s -> RoleNominals.asHolder(article, entities, named, s));
    RoleNominals.sameHolder(article, statements);
    List<Statement> resolved = new ArrayList<>(
        ContinuedSubject.resolve(article, DefiniteDescriptions.resolve(article, statements)));
    DocumentSources.resolveIntroduced(article, entities, resolved);
    resolved.replaceAll(s -> NamedGroup.resolve(article, entities, s));
    resolved.replaceAll(s -> CommitteeMembers.resolve(article, entities, s));
    resolved.replaceAll(s -> CommitteeMembers.namedBefore(article, entities, s));
    resolved.replaceAll(s -> JointSpeakers.resolve(article, entities, s));
    resolved.replaceAll(s -> JointSpeakers.bodiesNamedBefore(article, entities, s));
    resolved.replaceAll(s -> RoleNominals.notThePlainHolder(article, entities, s));
    DescribedLastSpeaker.resolveAll(article, entities, resolved);
    PronounInSentence.resolveAll(article, entities, resolved);
    resolved.replaceAll(s -> TitledElsewhere.resolve(article, entities, s));
    resolved.replaceAll(s -> officeHolders.resolve(article, entities, s));
    resolved.replaceAll(s -> DescribedNamedBefore.resolve(article, entities, s));
    resolved.replaceAll(s -> OwnedDescriptions.withOwner(article, entities,
        NamedInOwnWords.check(article, GovernmentOfCountry.asBody(article, entities,
            CountryModifiers.check(article, CountryModifiers.nationalArm(article, entities,
            GovernmentOfCountry.resolve(article, entities,
                AccordingToApposition.resolve(article, entities, s))))))));
    // "the UK chancellor": an office a country's name made a description only now; and an
    // office the rules gave to someone the table does not know to hold it
    resolved.replaceAll(s -> officeHolders.reconsider(article, entities,
        officeHolders.resolve(article, entities, s)));
    resolved.replaceAll(s -> AffiliatedHolder.resolve(article, entities, s));
    NamedNextSource.resolveAll(article, entities, resolved);
    DescribedPronouns.resolveAll(article, entities, described, resolved);
    resolved.replaceAll(s -> NameContinuation.extended(article, s));
    SentenceCase.lowerAll(article, entities, resolved);
    return resolved;
  }

  /**
   * {@code q} as part of the reported clause {@code clause}. A quote inside it that no rule
   * attributed ("DrKW said the cuts could indicate a “step change in pricing”") is the words of
   * the clause's speaker, as the clause's cue reports them; so is a short fragment that was a
   * term only because no clause of its own names a speaker ("Flynn said the plan was
   * “absolutely right”": the reported clause is its reporting clause). A title stays nobody's.
   */
  private Statement partOf(AnnotatedArticle article, ArticleEntities entities, Statement q,
                           Statement clause) {
    if (q.speaker() != null || q.speakerDescription() != null
        || q.kind().equals(Statement.KIND_TERM)) {
      return q.partOf(clause.index());
    }
    return new Statement(q.index(), q.quote(), q.kind(), clause.speaker(), clause.speakerMention(),
        clause.speakerDescription(), clause.confidence(), clause.cue(), clause.rule(),
        clause.date(), aboutTargets.about(article, entities, q.quote(), clause.speaker()),
        clause.index());
  }

  /**
   * A quotation its reporting clause interrupts (“A,” she said, “B.”) is one statement in two
   * pieces, as attribution corpora annotate it: each run of such pieces gets a whole, of the
   * pieces' kind and speaker, whose parts they become; lists show the whole once. Pieces are
   * consecutive direct quotes of one speaker in one paragraph with nothing between them but
   * the clause that names the speaker. Sets the parts in {@code statements}; returns the wholes.
   */
  private List<Statement> interrupted(AnnotatedArticle article, ArticleEntities entities,
                                      List<Statement> statements) {
    List<Statement> wholes = new ArrayList<>();
    int i = 0;
    while (i < statements.size()) {
      int last = i;
      while (last + 1 < statements.size()
          && continues(article, statements.get(last), statements.get(last + 1))) {
        last++;
      }
      if (last > i) {
        int index = statements.size() + wholes.size();
        wholes.add(whole(article, entities, statements.subList(i, last + 1), index));
        for (int k = i; k <= last; k++) {
          statements.set(k, statements.get(k).partOf(index));
        }
      }
      i = last + 1;
    }
    return wholes;
  }

  /** {@code next} goes on with {@code piece}'s quotation after the clause that names its speaker. */
  private boolean continues(AnnotatedArticle article, Statement piece, Statement next) {
    if (!piece.kind().equals(Statement.KIND_DIRECT) || !next.kind().equals(Statement.KIND_DIRECT)
        || piece.partOf() != null || next.partOf() != null || piece.quote().index() < 0
        || next.quote().index() < 0) {
      return false;
    }
    boolean sameSpeaker = piece.speaker() != null ? piece.speaker() == next.speaker()
        : piece.speakerDescription() != null
            && piece.speakerDescription().equals(next.speakerDescription());
    int from = piece.quote().outer().end();
    int to = next.quote().outer().begin();
    Span clause = piece.speakerMention() != null ? piece.speakerMention()
        : next.speakerMention();
    if (!sameSpeaker || to < from || clause == null || clause.begin() < from
        || clause.end() > to
        || article.paragraphAt(from) != article.paragraphAt(to)) {
      return false;
    }
    // nothing but the reporting clause between: one sentence, one verb of saying (the cue;
    // "…, she said, adding …" goes on to another statement)
    int sentence = -1;
    int cues = 0;
    for (Sentence s : article.sentences()) {
      for (Token t : s.tokens()) {
        if (t.begin() >= from && t.end() <= to && !t.pos().equals(".")) {
          if (sentence >= 0 && s.index() != sentence) {
            return false;
          }
          sentence = s.index();
          if (t.pos().startsWith("VB") && reportingVerbs.contains(Clauses.lower(t.lemma()))) {
            cues++;
          }
        }
      }
    }
    return cues == 1;
  }

  /** The quotation whose pieces are {@code pieces}, said by the first piece's speaker. */
  private Statement whole(AnnotatedArticle article, ArticleEntities entities,
                          List<Statement> pieces, int index) {
    Statement first = pieces.get(0);
    Statement last = pieces.get(pieces.size() - 1);
    StringBuilder words = new StringBuilder();
    for (Statement p : pieces) {
      words.append(words.length() == 0 ? "" : " … ").append(p.quote().inner().text());
    }
    Quote q = new Quote(-1,
        new Span(first.quote().outer().begin(), last.quote().outer().end(), words.toString()),
        new Span(first.quote().inner().begin(), last.quote().inner().end(), words.toString()),
        first.quote().sentenceFrom(), last.quote().sentenceTo(), null);
    double confidence = pieces.stream().mapToDouble(Statement::confidence).max().orElse(0);
    return new Statement(index, q, first.kind(), first.speaker(), first.speakerMention(),
        first.speakerDescription(), confidence, first.cue(), first.rule(), first.date(),
        aboutTargets.about(article, entities, q, first.speaker()));
  }

  /** Every sieve's proposals for one quote, in {@link #SIEVES} order. */
  private static List<List<SpeakerCandidate>> proposals(QuoteContext context) {
    List<List<SpeakerCandidate>> proposals = new ArrayList<>(SIEVES.size());
    for (SpeakerSieve sieve : SIEVES) {
      proposals.add(sieve.propose(context));
    }
    return proposals;
  }

  /** Every sieve's proposals for one quote, pooled, shown to {@code seen}, then decided. */
  private Decision decide(QuoteContext context, java.util.function.Consumer<Pool> seen) {
    List<List<SpeakerCandidate>> proposals = proposals(context);
    Pool pool = pool(context, proposals);
    seen.accept(pool);
    return ranker == null ? byOrder(proposals) : byRanker(pool, proposals);
  }

  /**
   * Reported speech knows its cue: the cue's own subject (or "according to"'s source) is the
   * speaker whenever it names someone, a described source included ("PC-owning friends had
   * declared that …"); only when it names no one do the other sieves and the ranker decide.
   */
  private Decision decideReported(QuoteContext context) {
    List<List<SpeakerCandidate>> proposals = proposals(context);
    Pool pool = pool(context, proposals);
    for (int i = 0; i < SIEVES.size(); i++) {
      List<SpeakerCandidate> p = proposals.get(i);
      if (!CUE_SIEVES.contains(SIEVES.get(i).getClass())) {
        continue;
      }
      if (!p.isEmpty() && p.get(0).names()
          && p.get(0).evidence().cueDistance() == 0) {
        SpeakerCandidate own = p.get(0);
        double ranked = ranker == null ? 0 : pool.candidates().stream()
            .filter(c -> c.all().contains(own))
            .mapToDouble(c -> ranker.probability(c.features())).max().orElse(0);
        return new Decision(own, Math.max(own.prior(), ranked), own.prior() >= MIN_CONFIDENCE);
      }
    }
    return ranker == null ? byOrder(proposals) : byRanker(pool, proposals);
  }

  private Statement statement(int index, Quote quote, String kind, SpeakerCandidate a,
                              String cue, double confidence, LocalDate date,
                              AnnotatedArticle article, ArticleEntities entities) {
    Actor speaker = a == null ? null : a.speaker();
    return new Statement(index, quote, kind, speaker, a == null ? null : a.mention(),
        a == null ? null : a.description(), a == null ? 0.0 : confidence,
        a == null ? null : cue, a == null ? null : a.rule(), date,
        aboutTargets.about(article, entities, quote, speaker));
  }

  /**
   * When it was said: the date a continued statement had, else its clause's, else the
   * article's.
   */
  private static LocalDate dateOf(AnnotatedArticle article, SpeakerCandidate a, Quote quote,
                                  LocalDate articleDate) {
    if (a != null && a.inheritedDate() != null) {
      return a.inheritedDate();
    }
    if (a != null && a.clause() != null) {
      return clauseDate(article, a.clause(), quote).orElse(articleDate);
    }
    return articleDate;
  }

  /**
   * Reported speech: each clause a cue reports ("X said that …", "according to X, …"), its
   * speaker chosen by the same sieves and ranker as a quote's, with the cue as the nearest
   * one. A clause that is mostly a quotation is that quotation's statement already; one whose
   * speaker nobody names is left out; the quotes inside one become its parts.
   */
  private List<Statement> reported(AnnotatedArticle article, ArticleEntities entities,
                                   List<Statement> quoted, LocalDate articleDate) {
    List<Statement> out = new ArrayList<>();
    List<ReportedClauses.Candidate> candidates = ReportedClauses.find(article, reportingVerbs);
    for (ReportedClauses.Candidate found : candidates) {
      if (reportedSpeech != null && reportedSpeech.probability(
          ReportedFeatures.of(article, found, reportingVerbs)) < reportedSpeech.threshold()
          && !ClosingReport.is(found, reportingVerbs)) {
        continue;
      }
      // "Surveys suggest X, Ms Fenwick said": the closing reporting clause's statement
      ReportedClauses.Candidate c = TrailingReportingClause.of(article, found, reportingVerbs)
          .filter(t -> candidates.stream().noneMatch(o -> o.cue() == t.cue()))
          .orElse(found);
      if (NotSaid.any(c, reportingVerbs) || DoubleReport.repeats(c, candidates)
          || NotSaid.quoteWithItsOwnCue(article, c, reportingVerbs)) {
        continue;
      }
      Optional<Span> said = ContentAroundCue.of(article, c, reportingVerbs);
      if (said.isEmpty() || NotSaid.subjectlessVerb(c, said.get())
          || NotSaid.sourceRunOn(c, said.get())) {
        continue;
      }
      Quote clause = new Quote(-1, c.content(), c.content(), c.sentence().index(),
          c.sentence().index(), null);
      Quote content = new Quote(-1, said.get(), said.get(), c.sentence().index(),
          c.sentence().index(), null);
      // "The latest count, the council said, was …": the reporting clause inside the content
      // is read as a quote's after its first part, or its speaker would be inside the quote;
      // a clause the parser ended with its own reporting clause ("There is a waiting list,
      // Mr Bez said") is read as the words said, without it
      Quote heard = c.cue().begin() > c.content().begin() && c.cue().end() < c.content().end()
          ? new Quote(-1, tail(article, c), tail(article, c), c.sentence().index(),
              c.sentence().index(), null)
          : c.cue().begin() > c.content().begin() && c.cue().end() >= c.content().end()
              && !said.get().contains(c.cue().span()) ? content : clause;
      QuoteContext context = QuoteContext.of(article, entities, heard, null, reportingVerbs)
          .withNearest(c.sentence(), speakersCue(c, candidates));
      if (c.construction() == ReportedClauses.Construction.SPEECH_NOUN
          && Clauses.speechNounSource(c.sentence(), c.cue(), heard) == null) {
        // "amid widespread suggestions that …": a claim the sentence gives no one is nobody's
        // statement; the speaker of an earlier clause or a name nearby would be a guess
        continue;
      }
      Decision d = decideReported(context);
      if (!d.confident() || d.chosen() == null || !d.chosen().names()) {
        // "X praised the crew of the boat that rescued them and said she …": a second verb the
        // parser hung inside a relative clause shares the main clause's subject
        Token root = sharedRoot(c.sentence(), c.cue());
        if (root == null) {
          continue;
        }
        d = decideReported(QuoteContext.of(article, entities, heard, null, reportingVerbs)
            .withNearest(c.sentence(), root));
        if (!d.confident() || d.chosen() == null || !d.chosen().names()) {
          continue;
        }
      }
      if (saidByAThing(article, d.chosen())
          || nestedFinding(article, c, candidates, d.chosen())
          || CarriedSpeakers.overruled(article, entities, c.sentence(), c.cue(), said.get(),
              d.chosen())
          || CarriedSpeakers.fromAnotherSentence(c.sentence(), d.chosen())) {
        continue;
      }
      // the confidence is the attribution's, as for quotes; the model only admits the clause
      String cue = c.construction() == ReportedClauses.Construction.ACCORDING_TO
          ? "according to" : Clauses.lower(c.cue().lemma());
      // "X criticized the cuts": a verb whose content is only a noun phrase names what was
      // said about, not what was said, and reads as "X criticized: the cuts", not as a clause
      // ("said" and the like report only clauses: one that is left read as a noun phrase is a
      // clause the parser hung from a noun); read from what was said, not from the clause as
      // the parser ran it on ("announced a new fund …, saying …")
      String kind = c.cue().pos().startsWith("VB")
          && !ReportedClauses.CLAUSE_ONLY.contains(Clauses.lower(c.cue().lemma()))
          && ContentForm.of(c.sentence(), said.get()) == ContentForm.NOUN_PHRASE
          ? Statement.KIND_NOMINAL : Statement.KIND_INDIRECT;
      if (kind.equals(Statement.KIND_NOMINAL)) {
        Optional<CuePreposition.Moved> moved = CuePreposition.of(article, c.sentence(), cue,
            content.inner());
        if (moved.isPresent()) {
          cue = moved.get().cue();
          content = new Quote(-1, moved.get().content(), moved.get().content(),
              c.sentence().index(), c.sentence().index(), null);
        }
      }
      out.add(statement(quoted.size() + out.size(), content, kind,
          d.chosen(), cue, d.confidence(), dateOf(article, d.chosen(), content, articleDate),
          article, entities));
    }
    return out;
  }

  /**
   * The cue whose subject speaks {@code c}: its own, but for a participle of saying after a
   * comma at the end of another cue's clause ("X said the film had a good chance, predicting
   * that it would …"), which is that cue's speaker's next act, whatever the parser hung it on.
   */
  private static Token speakersCue(ReportedClauses.Candidate c,
                                   List<ReportedClauses.Candidate> candidates) {
    Sentence s = c.sentence();
    Token cue = c.cue();
    if (!cue.pos().equals("VBG") || cue.index() == 0 || cue.head() < 0
        || !s.tokens().get(cue.index() - 1).word().equals(",")
        || s.dependents(cue.index()).stream().anyMatch(t -> t.deprel().startsWith("nsubj"))) {
      return cue;
    }
    Token governor = s.tokens().get(cue.head());
    return candidates.stream().filter(o -> o.sentence() == s && o.cue() != cue
            && o.cue().index() < cue.index()
            && o.construction() == ReportedClauses.Construction.COMPLEMENT
            && o.content().begin() <= governor.begin() && governor.end() <= o.content().end()
            && o.content().end() <= cue.begin())
        .map(ReportedClauses.Candidate::cue).findFirst().orElse(cue);
  }

  /**
   * "according to the steps they are taking", "Speculation suggests", "other indicators
   * suggest": a source no one is named for that is a sign, a conjecture or a rule
   * ({@code non-sources.txt}) says nothing anyone said. Decided once the speaker is chosen, so
   * the models' candidates stay as they are.
   */
  private static boolean saidByAThing(AnnotatedArticle article, SpeakerCandidate chosen) {
    Token head = unnamedNoun(article, chosen);
    // a capital inside a sentence makes the noun a name's ("Retail Decisions said")
    return head != null && NON_SOURCES.contains(Clauses.lower(head.lemma()))
        && (head.index() == 0 || !Character.isUpperCase(head.word().codePointAt(0)));
  }

  /** The common noun the chosen source is, when no one is named for it; else null. */
  private static Token unnamedNoun(AnnotatedArticle article, SpeakerCandidate chosen) {
    if (chosen.speaker() != null || chosen.mention() == null) {
      return null;
    }
    Token head = Clauses.lastWordOf(article, chosen.mention());
    return head != null && (head.pos().equals("NN") || head.pos().equals("NNS"))
        && "O".equals(head.ner()) ? head : null;
  }

  /**
   * "Mr Cook said the admission suggested Parliament may have been misled", "Mr Lee said the
   * interviews suggested …": a thing that speaks inside what someone else reported is part of
   * their statement, not a statement of its own (the reporter is the one who said it, and the
   * clause stays in their content). Only for a source no one is named for that is neither
   * people, nor a body, nor a document, which speaks for its author.
   */
  private static boolean nestedFinding(AnnotatedArticle article, ReportedClauses.Candidate c,
                                       List<ReportedClauses.Candidate> candidates,
                                       SpeakerCandidate chosen) {
    Token head = unnamedNoun(article, chosen);
    if (head == null) {
      return false;
    }
    String noun = Clauses.lower(head.lemma());
    if (Subjects.ANIMACY.namesSpeakers(noun)
        || DocumentSources.document(head) && !DocumentSources.DATA.contains(noun)) {
      // people, a body ("the authority had promised …") or a document, which speaks for its
      // author ("X said the report admitted …"); figures and data inside someone's words are
      // what that someone read from them ("X said its figures suggested …")
      return false;
    }
    return candidates.stream().anyMatch(o -> o != c && o.sentence() == c.sentence()
        && o.cue().pos().startsWith("VB") && o.content().contains(c.cue().span())
        && o.content().contains(chosen.mention()));
  }

  /** The content's words after its cue. */
  private static Span tail(AnnotatedArticle article, ReportedClauses.Candidate c) {
    return new Span(c.cue().end(), c.content().end(),
        article.text().substring(c.cue().end(), c.content().end()));
  }

  /**
   * The sentence's main verb, when {@code cue} is a verb coordinated without a subject of its
   * own and the main verb, before it, has one; else null.
   */
  private static Token sharedRoot(Sentence s, Token cue) {
    if (!cue.deprel().equals("conj") || !cue.pos().startsWith("VB")
        || s.dependents(cue.index()).stream().anyMatch(t -> t.deprel().startsWith("nsubj"))) {
      return null;
    }
    for (Token t : s.tokens()) {
      if (t.head() < 0 && t.index() < cue.index() && t.index() != cue.head()
          && t.pos().startsWith("VB") && s.dependents(t.index()).stream()
              .anyMatch(d -> d.deprel().equals("nsubj") && d.index() < t.index())) {
        return t;
      }
    }
    return null;
  }

  /** The first sieve that proposes anyone decides, with its rule's confidence. */
  private static Decision byOrder(List<List<SpeakerCandidate>> proposals) {
    for (List<SpeakerCandidate> p : proposals) {
      if (!p.isEmpty()) {
        SpeakerCandidate first = p.get(0);
        return new Decision(first, first.prior(), first.prior() >= MIN_CONFIDENCE);
      }
    }
    return new Decision(null, 0, false);
  }

  /**
   * The ranker's most likely speaker, named when the ranker is sure enough. Two cases name a
   * speaker with the higher of the ranker's and the rule's own confidence: the first sieve in
   * order proposes the ranker's choice with enough confidence of its own (the rules and the
   * model learned from other news agree), or the quote's reporting verb has a name as subject.
   * A first sieve whose clause names no one ("it said", no organization before) still decides
   * that the quote has no speaker.
   */
  private Decision byRanker(Pool pool, List<List<SpeakerCandidate>> proposals) {
    Decision order = byOrder(proposals);
    if (order.chosen() != null && !order.chosen().names()) {
      return order;
    }
    Pooled best = null;
    double bestP = -1;
    for (Pooled c : pool.candidates()) {
      double p = ranker.probability(c.features());
      if (p > bestP) {
        bestP = p;
        best = c;
      }
    }
    if (best == null) {
      return new Decision(null, 0, false);
    }
    SpeakerCandidate rule = order.chosen();
    Pooled ruled = rule == null ? null : pool.candidates().stream()
        .filter(c -> c.all().contains(rule)).findFirst().orElse(null);
    if (ruled != null && rule.evidence().form() == SpeakerCandidate.Form.NAME
        && rule.prior() >= QuotedAsSieve.CONF_QUOTED_AS && !rule.evidence().embedded()) {
      // a name as the subject of the reporting verb next to the quote (not of a clause another
      // verb reports): the rule news writing follows most strictly, which the model never
      // overrules
      return new Decision(rule, Math.max(rule.prior(),
          ranker.probability(ruled.features())), true);
    }
    if (ruled != null && order.confident() && introducesByColon(pool.context(), rule)) {
      // "McCrummen reports:" and the quotation after the colon: the clause that announces a
      // passage names its source, whoever else the passage or its surroundings name
      return new Decision(rule, Math.max(rule.prior(), ranker.probability(ruled.features())),
          true);
    }
    if (ruled == best && order.confident()) {
      // the rules and the model agree on who spoke
      return new Decision(best.first(), Math.max(bestP, rule.prior()), true);
    }
    return new Decision(best.first(), bestP, bestP >= ranker.threshold());
  }

  /**
   * The candidate's reporting verb ends the clause that introduces the quote with a colon
   * ("Caddell continued:", "she wrote in her column:"), nothing but a few words of the same
   * clause between the verb and the colon.
   */
  static boolean introducesByColon(QuoteContext c, SpeakerCandidate candidate) {
    SpeakerCandidate.Evidence e = candidate.evidence();
    if (e.cueDistance() < 0 || e.cueAfter() || e.embedded()
        || e.form() == SpeakerCandidate.Form.NONE || e.form() == SpeakerCandidate.Form.INHERITED) {
      return false;
    }
    int begin = c.quote().outer().begin();
    int from = begin - e.cueDistance();
    if (from < 0 || from > begin) {
      return false;
    }
    return COLON_INTRODUCTION.matcher(c.article().text().substring(from, begin)).matches();
  }

  private static final java.util.regex.Pattern COLON_INTRODUCTION =
      java.util.regex.Pattern.compile("[^.!?\"“”\n]{0,60}:\\s*");

  /** The candidates that name someone, pooled by whom they name, in sieve order. */
  static Pool pool(QuoteContext context, List<List<SpeakerCandidate>> proposals) {
    Map<String, List<SpeakerCandidate>> byWho = new LinkedHashMap<>();
    for (List<SpeakerCandidate> p : proposals) {
      for (SpeakerCandidate c : p) {
        if (!c.names()) {
          continue;
        }
        String who = c.speaker() != null ? "actor:" + c.speaker().type() + ":" + c.speaker().key()
            : "description:" + c.description().toLowerCase(java.util.Locale.ROOT);
        byWho.computeIfAbsent(who, k -> new ArrayList<>()).add(c);
      }
    }
    SpeakerCandidate nearestClause = null;
    // the clause (or credit) next to the quote: the sieves before the continuations
    for (List<SpeakerCandidate> p : proposals.subList(0, 5)) {
      if (!p.isEmpty()) {
        nearestClause = p.get(0);
        break;
      }
    }
    List<Pooled> out = new ArrayList<>();
    SpeakerFeatures.QuoteShape shape = byWho.isEmpty() ? null
        : SpeakerFeatures.QuoteShape.of(context);
    for (List<SpeakerCandidate> all : byWho.values()) {
      out.add(new Pooled(all.get(0), all,
          SpeakerFeatures.of(context, all, nearestClause, byWho.size(), shape)));
    }
    return new Pool(context, out);
  }

  /**
   * A short fragment inside the reporter's sentence whose speaker no reporting clause names
   * (unattributed, or only by continuation, CoreNLP's guess or a name nearby).
   */
  private static boolean isTerm(String kind, Quote quote, SpeakerCandidate a) {
    Statement.Rule rule = a == null ? null : a.rule();
    boolean fromClause = rule != null && rule != Statement.Rule.CONTINUATION
        && rule != Statement.Rule.CORENLP && rule != Statement.Rule.EARLIER_CLAUSE
        && rule != Statement.Rule.NEARBY_NAME;
    // "planners call the route the “Arctic bridge”": people at large naming a thing give it a
    // label, not a quotation (a named speaker "calling it a “hoax”" is quoted)
    boolean labelInUse = rule == Statement.Rule.UNNAMED_SOURCE
        && Clauses.NAMING_VERBS.contains(a.cue());
    if (!kind.equals(Statement.KIND_PARTIAL) || fromClause && !labelInUse) {
      return false;
    }
    // the comma or full stop American style puts inside the marks is not the fragment's own
    String words = FINAL_STOP.matcher(quote.inner().text().strip()).replaceFirst("");
    return SPACES.split(words).length <= 3 && !ENDS_PUNCTUATED.matcher(words).matches();
  }

  /**
   * Every word of substance capitalised ("Commander-in-Chief Forum"): the name of a thing, a
   * term even inside someone's reported words.
   */
  private static boolean nameLike(Quote quote) {
    boolean capital = false;
    for (String w : SPACES_OR_HYPHENS.split(quote.inner().text().strip())) {
      if (w.length() > 3 && !Character.isUpperCase(w.codePointAt(0))) {
        return false;
      }
      capital |= !w.isEmpty() && Character.isUpperCase(w.codePointAt(0));
    }
    return capital;
  }

  /** The day the reporting clause names ("said on Thursday"), outside the quote. */
  private static Optional<LocalDate> clauseDate(AnnotatedArticle article, Sentence clause,
                                                Quote quote) {
    for (TimeExpression t : article.times()) {
      if (t.sentence() == clause.index() && !quote.outer().overlaps(t.span())
          && "DATE".equals(t.type()) && t.value() != null
          && DAY.matcher(t.value()).matches()) {
        return Optional.ofNullable(parseDate(t.value()));
      }
    }
    return Optional.empty();
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
