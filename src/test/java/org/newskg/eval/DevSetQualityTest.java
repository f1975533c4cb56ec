package org.newskg.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.CoreNlpFixture;
import org.newskg.ingest.IngestListener;
import org.newskg.ingest.IngestPipeline;
import org.newskg.ingest.ProcessorFactory;
import org.newskg.ingest.StageTimes;
import org.newskg.source.ArticleDefaults;
import org.newskg.store.KnowledgeStore;

/**
 * The dev corpus through the whole pipeline, scored against its gold quotes: fails when a
 * change loses quality that was reached before. Skipped when ../shared is not beside the repo.
 * The floors are the levels measured when they were last raised; raise them as quality grows,
 * never lower them.
 */
@ExtendWith(CoreNlpFixture.class)
class DevSetQualityTest {
  private static final Path CORPUS = Path.of("../shared/corpus");
  private static final Path GOLD = Path.of("../shared/eval/quotes-000.jsonl");
  private static final Path EVENTS_GOLD = Path.of("../shared/eval/events-000.jsonl");

  @Test
  void devSetQualityDoesNotDrop(ProcessorFactory factory, @TempDir Path dir) throws Exception {
    assumeTrue(Files.isDirectory(CORPUS) && Files.isRegularFile(GOLD),
        "../shared/corpus and ../shared/eval are not here");
    QuoteScorer.Result r;
    List<EventScorer.SystemEvent> events;
    try (KnowledgeStore store = KnowledgeStore.open(dir)) {
      new IngestPipeline(factory, new StageTimes()).ingest(List.of(CORPUS), store,
          new IngestPipeline.Options(2, 50, true, Integer.MAX_VALUE,
              new ArticleDefaults(null, null)), IngestListener.NONE);
      r = new QuoteScorer().score(GoldQuotes.load(GOLD), GoldQuotes.quotes(store));
      events = GoldEvents.events(store);
    }
    eventsDoNotDrop(events);
    String report = r.toJson() + "\n" + r.errors();
    // measured 2026-11-22: 0.99 / 0.959 (93/97) / 0.979 (93/95) / 0.97 / 0.762 (about
    // precision 0.941 before coreference was limited to 10 sentences); no term or
    // title given a speaker (first foundation cut: 0.866 / 0.955)
    // (CoreNLP's own attributor: 0.67 speaker accuracy); 2026-11-29, with our pronoun rules
    // instead of coreference: the same; 2026-12-03, with descriptions inside quotes ("the
    // president" of the country the article is about, "the entire country"): about 0.971
    // (34/35) / 0.81 (34/42)
    assertTrue(r.detectionRecall() >= 0.98, report);
    assertTrue(r.speakerAccuracy() >= 0.958, report);
    assertTrue(r.speakerPrecision() >= 0.978, report);
    assertTrue(r.termsTitlesAttributed() == 0, report);
    assertTrue(r.aboutPrecision() >= 0.971, report);
    assertTrue(r.aboutRecall() >= 0.809, report);
  }

  /**
   * The evaluation sets of other publishers and house styles (PolNeAR's development split:
   * seven US publishers; BBC articles of 2004-05), through the whole pipeline, against their
   * gold quotes. The attribution was never tuned on their articles (the ranker learns from
   * PolNeAR's training split).
   */
  @Test
  void otherPublishersQualityDoesNotDrop(ProcessorFactory factory, @TempDir Path dir)
      throws Exception {
    Path polnear = Path.of("../shared/polnear/dev");
    Path bbc = Path.of("../shared/eval/bbc-dev");
    assumeTrue(Files.isRegularFile(polnear.resolve("quotes.jsonl"))
        && Files.isRegularFile(bbc.resolve("quotes.jsonl")),
        "../shared/polnear/dev and ../shared/eval/bbc-dev are not here");
    Scores polnearScores = score(factory, polnear, dir.resolve("polnear"));
    QuoteScorer.Result p = polnearScores.quotes();
    Scores bbcScores = score(factory, bbc, dir.resolve("bbc"));
    QuoteScorer.Result b = bbcScores.quotes();
    ReportedScorer.Result r = polnearScores.reported();
    String report = "polnear/dev " + p.toJson() + "\nbbc-dev " + b.toJson()
        + "\npolnear/dev reported speech " + r.toJson();
    // measured 2026-12-02 with the sieves and the ranker: polnear/dev detection 0.98,
    // speaker 0.84 (468/557), precision 0.868; bbc-dev detection 0.911, speaker 0.688
    // (77/112), precision 0.837, about 0.806 / 0.581 (the rules alone: polnear 0.724 / 0.859,
    // bbc-dev 0.625 / 0.805); then with joined quotations split, broadcasters' programmes as
    // titles, a speaker's "there" and the ranker retrained on that code: polnear/dev 0.984
    // (548/557) / 0.842 (469/557) / 0.883 (469/531), bbc-dev 0.991 (111/112) / 0.812
    // (91/112) / 0.883 (91/103), about 0.861 / 0.62; then with "the firm", untitled offices,
    // things that speak no quotation, mixed-case acronyms and cues of another clause: polnear
    // 0.984 / 0.842 (469/557) / 0.888, bbc-dev 0.991 / 0.848 (95/112) / 0.931 (95/102); then
    // (2026-12-03) with quotations of mixed marks paired, "(D-Md.)", relative pronouns, "they
    // said", unattributed quotes inside a reported clause, acronyms NER calls persons and
    // descriptions in apposition before the verb: polnear 0.996 (555/557) / 0.870 (485/557) /
    // 0.891 (485/544), bbc-dev 0.991 / 0.866 (97/112) / 0.932 (97/104); merged with the
    // reported-speech work of the same day, polnear 0.869 (484/557) / 0.891: one partial quote
    // after "… and said she has …:" had its speaker only because an over-long reported clause,
    // now cut at the second verb of saying, held it; then (speakers7) with short fragments
    // inside a reported clause given its speaker, verbs that characterize ("likened … to “…”",
    // "admires X as a “…”") as cues, and unattributed fragments ending in the comma or full
    // stop of American style as terms: polnear 0.903 (503/557) / 0.898 (503/560), bbc-dev and
    // the corpus the same; about on bbc-dev with descriptions inside quotes ("the president",
    // "the country", "the economy", "the government") and the UK Independence Party no longer
    // the UK: 0.864 (38/44) / 0.76 (38/50); with "footage of X saying", clauses after a quote
    // that a conjunction subordinates ("when Y criticized him") left out, and a name before a
    // described subject ("Even China, Pyongyang's only ally, said"): 0.907 (505/557) / 0.901
    // (505/560); with the passive "is alleged to have said", a name right after "said"
    // whatever the parse, and "she said" after a name in apposition to an earlier subject:
    // polnear the same, bbc-dev 0.893 (100/112) / 0.943 (100/106); merged with the reported-
    // speech work of the same day (a person ending a long subject heads it): polnear 0.910
    // (507/557) / 0.902; with a plural pronoun given the nearest plural subject, a
    // description included ("police said … they said"): polnear the same, bbc-dev 0.911
    // (102/112) / 0.944; with a person-tagged name and its mixed-case acronym ("DrKW") one
    // organization: bbc-dev 0.929 (104/112) / 0.954
    // (polnear) with the author of "a speech Mrs. X delivered", nicknames inside
    // names as titles and names credited after a dash ("“…” ― Ana Ruiz"): 0.914 (509/557) /
    // 0.907 (509/561); with a headline verb splitting the name NER made of "X Calls Y" and a
    // parenthetical verb's nearest subject ("These workers, Berg explained, were …"): 0.917
    // (511/557) / 0.910 (511/561)
    assertTrue(p.detectionRecall() >= 0.996, report);
    // 2026-12-03, end of session 8: the speaker ranker retrained with the README command on the
    // merged code (the shipped file had not been what the command writes since session 7, so
    // the floors of 511/557 and bbc-dev 0.954 were measured on a model no one could
    // reproduce); the reproducible model gives 510/557 / 0.910 and bbc-dev 104/112 / 0.945;
    // session 9, with lists of quoted phrases sharing their first item's source, "went on
    // about" as a verb of talking and headings in capitals as no speaker (model retrained):
    // 512/557 / 0.915 (512/559), bbc-dev the same; with a first name that contradicts the
    // pronouns tied to a name leaving its gender open (model retrained): 514/557 / 0.919
    // (514/559), bbc-dev the same; merged with main and the model retrained on that code:
    // 514/557 / 0.921 (514/558), bbc-dev the same; session 10 merged (organizations by the
    // head noun of their name, tagger-missed organizations, teams, descriptions; the ranker
    // retrained on that code): 514/557 / 0.922 (514/557), bbc-dev the same; session 14 merged
    // (offices on evidence, the ranker retrained on that code): 515/557 / 0.9246 (515/557);
    // session 15 (names with a month in them, knights, the ranker retrained): 516/557 / 0.925
    assertTrue(p.speakerAccuracy() >= 516.0 / 557 - 1e-9, report);
    assertTrue(p.speakerPrecision() >= 0.924, report);
    // (floors: the measured ratios cut, not rounded, to three places)
    assertTrue(b.detectionRecall() >= 0.991, report);
    assertTrue(b.speakerAccuracy() >= 104.0 / 112 - 1e-9, report);
    assertTrue(b.speakerPrecision() >= 0.945, report);
    assertTrue(b.aboutPrecision() >= 0.863, report);
    assertTrue(b.aboutRecall() >= 0.760, report);
    // reported speech on PolNeAR's development split (score_reported.py), measured
    // 2026-12-02 with the reported-speech model: 569 of 704 named speech attributions found
    // (0.808), 518 with the right speaker (0.736), 224 of 339 indirect ones (0.661); 1,191 of
    // 1,398 statements match an attribution (0.851). Before reported speech: 0.433, 0.396,
    // 0.012, 0.756. Measured 2026-12-02 with quotations in pieces as one statement, clauses
    // that close their quotation and the retrained model: 572 (0.812), 522 (0.741), 230
    // (0.678); 1,107 of 1,255 statements (0.882). Measured 2026-12-02 with verbs that report
    // through their object, clauses taken through a preposition and the model retrained: 579
    // (0.822), 530 (0.753), 236 (0.696); 1,114 of 1,250 statements (0.891). Measured
    // 2026-12-03 with the speaker rules (speakers6): 587 (0.834), 538 (0.764), 241 (0.711);
    // 0.892 of 1,277 statements; with longer subjects after the comma, clauses the parser hung elsewhere, "called
    // X a Y", second verbs of saying cut wherever they hang, wrongly paired quotation marks
    // ignored and the model retrained: 598 (0.849), 544 (0.773), 250 (0.737); 1,146 of 1,282
    // statements (0.894); and a second verb of saying hung inside a relative clause given the
    // main clause's subject and the model retrained on that code: 600 (0.852), 546 (0.776), 252
    // (0.743); 0.892 of 1,292 statements; then with relaying verbs (report, repeat, ask for)
    // needing a clause, questions and suppositions left out, "according to X" over a verb of
    // saying, clauses around their cue with their subject, shares of those polled, headlines'
    // "…, X Says" and the model retrained: 609 (0.865), 560 (0.795), 257 (0.758); 1,156 of
    // 1,291 statements (0.895); with sayings someone is asked for ("pleaded with X to
    // reject …") and what a subject continues to do left out, "complained of X" needing a
    // clause and the model retrained: 609, 560, 257; 1,151 of 1,282 statements (0.8978); with
    // passive "was told that" without its teller left out and the model retrained: the same,
    // 1,149 of 1,279 (0.8984); merged with the speaker rules of the same day (speakers7) and
    // the model retrained on that code: 610 (0.866), 563 (0.800), 258 (0.761); 0.900 of 1,274;
    // with the author of "a speech X delivered" and nicknames as titles: 610, 564 (0.801),
    // 258; 1,147 of 1,272 (0.902); with a parenthetical verb's nearest subject: 565 (0.803);
    // session 8 merged (content boundaries, plural pronouns, participles after quotes) with
    // both models retrained on that code: 613 (0.871), 568 (0.807), 261 (0.770); 0.9046 of 1,279;
    // session 9, first names against pronouns: 613, 570 (0.810), 261; 1,160 of 1,282 (0.9048);
    // session 10 content boundaries (bounds23c: reporting clause inside the content, second
    // acts, other senses): 613, 571 (0.811), 261; session 11 merged (boundaries, speakers, the
    // reported-speech model retrained on that code): 614 (0.872), 572 (0.812), 262 (0.773);
    // session 12 merged (speakers, boundaries, both models retrained): 615 (0.874), 573
    // (0.814), 263 (0.776); session 14 merged (descriptions keep whom they speak for or are
    // by, offices on evidence, the ranker retrained): 615, 576 (0.818), 263; with a participle
    // of saying after another cue's clause given that cue's speaker: 615, 577 (0.820), 263;
    // session 15 (American parties' members as speakers, names with a month in them, verbs
    // the parser left without a subject, the ranker retrained): 615, 590 (0.838), 263, of
    // them 252 right (0.743); session 18, the reported-speech model trained again on the
    // code (rare verbs' closing reporting clauses admitted by a rule after it): 616 (0.875),
    // 591 (0.839), 264 (0.779), of them 253 right (0.746)
    assertTrue(r.all().found() >= 616, report);
    assertTrue(r.all().right() >= 591, report);
    assertTrue(r.indirect().found() >= 264, report);
    assertTrue(r.indirect().right() >= 253, report);
    // session 9 merged (nominal kind, other senses, boundaries, speakers; both models retrained):
    // 0.906 of 1,273; session 10 content boundaries (bounds23c): 1,146 of 1,262 (0.9081);
    // session 11 merged, model retrained: 1,149 of 1,264 (0.9090); session 12: 0.911 of 1,265;
    // session 14: 1,147 of 1,259 (0.9110); session 18: 0.911 of 1,263
    assertTrue(r.matchedStatements() >= 0.910 * r.systemStatements(), report);
    bbcEventsDoNotDrop(bbc, bbcScores.events());
  }

  /** BBC events against bbc-dev's gold events, when that gold is here. */
  private static void bbcEventsDoNotDrop(Path bbc, List<EventScorer.SystemEvent> system)
      throws Exception {
    Path gold = bbc.resolve("events.jsonl");
    Path source = bbc.resolve("articles.txt");
    if (!Files.isRegularFile(gold) || !Files.isRegularFile(source)) {
      return;
    }
    EventScorer.Result e = new EventScorer().score(GoldEvents.load(gold),
        GoldEvents.sourceLines(source), system);
    String report = "bbc-dev events " + e.toJson() + "\n" + e.misses();
    // measured 2026-12-02: recall 0.662 (45/68), type 0.578 (26/45), QuadClass 0.711 (32/45),
    // 0.88 system events per gold event (targets: 0.75, 0.80, 0.90, at most 3; the events
    // were never tuned on these articles before 2026-12-02); later that day, with the role,
    // lexicon, merging and modality rules of issue 17: recall 0.721 (49/68), type 0.755
    // (37/49), QuadClass 0.878 (43/49), 1.0 system events per gold event; with judged moves,
    // tribute paid, subjects of their own, reasons and plural pronouns: recall 0.721, type
    // 0.796 (39/49), QuadClass 0.898 (44/49), 0.99 system events per gold event; and a
    // meeting at someone's home: recall 0.735 (50/68), type 0.8 (40/50), QuadClass 0.9 (45/50),
    // 1.0 system events per gold event; 2026-12-03, with statements issued or received and
    // words of names no triggers: recall 0.75 (51/68), type 0.804 (41/51), QuadClass 0.902
    // (46/51), 1.0 system events per gold event; with obligations dropped and acts against
    // an unnamed officer: type 0.843 (43/51), 1.0 system events per gold event
    assertTrue(e.salientRecall() >= 0.75, report);
    assertTrue(e.typeAccuracy() >= 43.0 / 51 - 1e-9, report);
    assertTrue(e.quadClassAccuracy() >= 46.0 / 51 - 1e-9, report);
    assertTrue(e.systemPerGold() <= 1.0, report);
  }

  /** Quote metrics, reported-speech metrics where the set has attributions, and the events. */
  private record Scores(QuoteScorer.Result quotes, ReportedScorer.Result reported,
                        List<EventScorer.SystemEvent> events) {}

  /**
   * An evaluation set's articles.jsonl through the pipeline, scored by its quotes.jsonl (and
   * attributions.jsonl when there).
   */
  private static Scores score(ProcessorFactory factory, Path set, Path storeDir)
      throws Exception {
    try (KnowledgeStore store = KnowledgeStore.open(storeDir)) {
      new IngestPipeline(factory, new StageTimes()).ingest(
          List.of(set.resolve("articles.jsonl")), store,
          new IngestPipeline.Options(2, 50, true, Integer.MAX_VALUE,
              new ArticleDefaults(null, null)), IngestListener.NONE);
      Path attributions = set.resolve("attributions.jsonl");
      return new Scores(new QuoteScorer().score(GoldQuotes.load(set.resolve("quotes.jsonl")),
          GoldQuotes.quotes(store)), Files.isRegularFile(attributions)
          ? new ReportedScorer().score(ReportedScorer.load(attributions),
              GoldQuotes.statements(store)) : null, GoldEvents.events(store));
    }
  }

  /** The events of the same store against the gold events, when that gold is here. */
  private static void eventsDoNotDrop(List<EventScorer.SystemEvent> system) throws Exception {
    if (!Files.isRegularFile(EVENTS_GOLD)) {
      return;
    }
    Path source;
    try (Stream<Path> files = Files.list(CORPUS)) {
      source = files.filter(f -> f.getFileName().toString().startsWith("000_")).findFirst()
          .orElse(null);
    }
    assumeTrue(source != null, "no 000_ text in ../shared/corpus");
    EventScorer.Result e = new EventScorer().score(GoldEvents.load(EVENTS_GOLD),
        List.of(Files.readString(source).split("\n", -1)), system);
    String report = e.toJson() + "\n" + e.misses();
    // measured 2026-11-22: recall 0.836 (46/55), type 0.913, QuadClass 0.935, dates 0.947,
    // 1.71 system events per gold event (targets: 0.75, 0.75, 0.9, 0.85, at most 3);
    // 2026-11-29, pronoun rules instead of coreference: the same but dates 0.944 (one event
    // coreference had found through a wrong link); 2026-12-02, with plural pronouns and
    // separate appeals: recall 0.873 (48/55), type 0.917, QuadClass 0.938, dates 1.0, 1.91
    // system events per gold event
    assertTrue(e.salientRecall() >= 0.87, report);
    assertTrue(e.typeAccuracy() >= 0.916, report);
    assertTrue(e.quadClassAccuracy() >= 0.937, report);
    assertTrue(e.dateAccuracy() >= 0.94, report);
    assertTrue(e.systemPerGold() <= 2.0, report);
  }
}
