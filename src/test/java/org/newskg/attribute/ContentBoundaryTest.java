package org.newskg.attribute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newskg.CoreNlpFixture;
import org.newskg.ingest.ArticleProcessor;
import org.newskg.ingest.ProcessorFactory;
import org.newskg.ingest.StageTimes;
import org.newskg.source.Article;

/**
 * Where a reported clause ends and starts, on sentences of our own through the real CoreNLP
 * pipeline: neither cut too early nor run over into what the speaker did or what the writer
 * says next.
 */
@ExtendWith(CoreNlpFixture.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ContentBoundaryTest {
  private ArticleProcessor processor;

  @BeforeAll
  void load(ProcessorFactory factory) {
    processor = factory.newProcessor(new StageTimes());
  }

  /** The contents of the text's indirect statements. */
  private List<String> indirect(String text) {
    return contents(text, Set.of(Statement.KIND_INDIRECT));
  }

  /** The contents of the text's indirect and nominal statements. */
  private List<String> reported(String text) {
    return contents(text, Set.of(Statement.KIND_INDIRECT, Statement.KIND_NOMINAL));
  }

  private List<String> contents(String text, Set<String> kinds) {
    return processor.analyze(new Article(null, null, "Harbor news", "Test Wire", "2025-05-02",
            text, "fixture")).statements().stream()
        .filter(st -> kinds.contains(st.kind()))
        .map(st -> st.quote().inner().text()).toList();
  }

  /** What each reported clause of the text says, whoever its speaker. */
  private List<String> clauses(String text) {
    Article article = new Article(null, null, "Harbor news", "Test Wire", "2025-05-02", text,
        "fixture");
    return ReportedClauses.find(processor.analyze(article).annotated(),
        SieveAttributor.reportingVerbs()).stream().map(c -> c.content().text()).toList();
  }

  @Test
  void aClosingAccordingToReportsItsWholeSentenceWhereverTheParserHungIt() {
    // ContentAroundCue.fromSentenceStart: the parser hung the phrase in the relative clause
    assertTrue(indirect("Ferry services will have to live up to the hopes of island families "
        + "too, which expect cheap fares on every crossing, according to analysts.")
        .contains("Ferry services will have to live up to the hopes of island families too, "
            + "which expect cheap fares on every crossing"));
    // a verb of saying before the content keeps it where it starts
    assertTrue(indirect("The minister has said that fares will fall, according to the "
        + "newspaper.").stream().noneMatch(c -> c.startsWith("The minister")));
  }

  @Test
  void aPredicateJoinedAsTheSpeakersNextActIsNotWhatWasSaid() {
    // ContentAroundCue.beforeCuesConjunct: a participle like the cue's, a verb of naming
    assertEquals(List.of("the party would cut taxes"), indirect("Ms Hart has spent the week on "
        + "the road, stressing that the party would cut taxes and attacking the government's "
        + "plans for a land levy."));
    assertEquals(List.of("he rarely watched the awards"), indirect("The comic said he rarely "
        + "watched the awards and labelled such ceremonies idiotic."));
    // a participle that shares the content's "be" stays
    assertEquals(List.of("the merger would be slow and damaging to the business"),
        indirect("Mr Cole has spent the week with investors, warning that the merger would be "
            + "slow and damaging to the business."));
  }

  @Test
  void aPredicateAgreeingWithTheSpeakerIsNotWhatWasSaid() {
    List<String> found = clauses("The firm said trials had found no large deposits in one of "
        + "its northern fields, but was hopeful about the prospects of other sites.");
    assertTrue(found.contains("trials had found no large deposits in one of its northern "
        + "fields"), found.toString());
    // the same number: the predicate may be the clause's subject's, and stays
    List<String> players = clauses("The club said the players had been told about the plan, "
        + "but were unhappy with the timing.");
    assertTrue(players.contains("the players had been told about the plan, but were unhappy "
        + "with the timing"), players.toString());
  }

  @Test
  void aClauseThatGoesOnAfterItsReportingClauseIsWhatWasSaid() {
    // ContentAroundCue.withContinuation: "to do …" completes "It is set"
    List<String> found = indirect("It is already hugely popular in Japan. It is set, "
        + "according to analysts, to do for television what the CD did for music.");
    assertTrue(found.contains("It is set … to do for television what the CD did for music"),
        found.toString());
  }

  @Test
  void aNamedSubjectAfterButCallingItSomethingIsNotTheSpeakers() {
    // ContentAroundCue.beforeOtherView: "branded" is a verb of calling, "Tory Dominic Holm" a
    // subject of its own
    List<String> found = indirect("Mr Lund quit in December after a probe linked him to a "
        + "visa application. Mr Berg said he left \"without a stain on his character\" but "
        + "Tory Dominic Holm branded the way Mr Lund's office operated as \"scandalous\".");
    assertTrue(found.contains("he left \"without a stain on his character\""),
        found.toString());
  }

  @Test
  void anAsideInBracketsIsNoStatement() {
    List<String> found = indirect("The archive holds the 1606 act that made 5 November a day "
        + "of thanksgiving. As Mr Lund remarks as we walk past shelf after shelf of vellum "
        + "(parchment made from calf skin): \"All human life is here.\"");
    assertTrue(found.stream().noneMatch(c -> c.contains("parchment")), found.toString());
  }

  @Test
  void aProgrammeToldIsTheAddresseeNotWhatWasSaid() {
    // ContentAroundCue.withoutNamedAddressee: "told" with no object has its addressee first
    List<String> found = indirect("Matthew Hale from EduNet told the BBC programme Go Digital "
        + "how the charity uses radio and handheld computers.");
    assertTrue(found.contains("how the charity uses radio and handheld computers"),
        found.toString());
  }

  @Test
  void aParticipleOfSayingOnANounStartsAStatementOfItsOwn() {
    List<String> found = clauses("But looking ahead, Nordfarm said it was confident about "
        + "prospects for its dairy products saying that demand is falling for rival oat drinks.");
    assertTrue(found.contains("it was confident about prospects for its dairy products"),
        found.toString());
    assertTrue(found.contains("demand is falling for rival oat drinks"), found.toString());
  }

  @Test
  void aSubjectTheParserGaveThePhraseBeforeIt() {
    List<String> found = clauses("Chairman Tom Bell told MPs on Monday caution was needed to "
        + "ensure that voters were not dropped from the roll in the process.");
    assertTrue(found.contains("caution was needed to ensure that voters were not dropped from "
        + "the roll in the process"), found.toString());
  }

  @Test
  void anExistentialThereTheParserHungOnTheCueOpensTheClause() {
    List<String> found = clauses("A spokeswoman for the Harbor Authority said there were no "
        + "plans to close the northern pier. Mr Holm told reporters there were sometimes "
        + "delays at the lock.");
    assertTrue(found.contains("there were no plans to close the northern pier"),
        found.toString());
    assertTrue(found.contains("there were sometimes delays at the lock"), found.toString());
  }

  @Test
  void aPastTenseActAfterAVerbWithAnAuxiliaryIsTheSpeakersNextAct() {
    List<String> found = clauses("Norvik Foods said it was seeking acquisitions but refused to "
        + "comment on specifics. The striker said he was delighted with the way his time in "
        + "Oslo was going and dismissed criticism of his move.");
    assertTrue(found.contains("it was seeking acquisitions"), found.toString());
    assertTrue(found.contains("he was delighted with the way his time in Oslo was going"),
        found.toString());
  }

  @Test
  void aYearTheParserMadeTheCuesTimeIsTheClausesSubject() {
    List<String> found = clauses("Chairwoman Eva Lind said 2024 had been a difficult year for "
        + "the ferry company.");
    assertTrue(found.contains("2024 had been a difficult year for the ferry company"),
        found.toString());
  }

  @Test
  void aSentenceWithoutItsFullStopEndsAtTheClosingMark() {
    List<String> found = clauses("The airline said it was sorry for the delays and would pay "
        + "passengers \"every penny they are owed,\" The inquiry will focus on the sector's "
        + "record with a 2001 code.");
    assertTrue(found.contains("it was sorry for the delays and would pay passengers \"every "
        + "penny they are owed,\""), found.toString());
    assertTrue(found.stream().noneMatch(c -> c.contains("inquiry")), found.toString());
  }

  @Test
  void aWhenClauseDatedFromNowTellsWhenThePromiseWasMade() {
    List<String> found = clauses("Governor Ana Ruiz promised to cut crime when she was elected "
        + "three years ago.");
    assertTrue(found.contains("to cut crime"), found.toString());
    // a phrase that compares with a time ago is what was said (CueTime)
    assertEquals(List.of("estate agents were set to start the year with a third more homes on "
        + "their books than a year ago"), indirect("Homefinder said estate agents were set to "
        + "start the year with a third more homes on their books than a year ago."));
  }

  @Test
  void aLooseClauseBeforeACueWithItsOwnComplementIsTheWriters() {
    List<String> found = clauses("Jansen had recently undergone knee surgery and Dutch hockey "
        + "federation (KNHB) spokesman Pieter Bos said: \"She was one of the best players we "
        + "had in years.\"");
    assertTrue(found.stream().noneMatch(c -> c.contains("surgery")), found.toString());
  }

  @Test
  void anObjectThatIsTheSubjectOfTheLaterPredicateKeepsIt() {
    List<String> found = clauses("Harbor manager Tom Berg admitted their trip to Oslo to face "
        + "league leaders Rosenborg was the hardest draw possible.");
    assertTrue(found.contains("their trip to Oslo to face league leaders Rosenborg was the "
        + "hardest draw possible"), found.toString());
  }

  @Test
  void aClauseOpeningWithThereGoesOnToItsPredicate() {
    List<String> found = clauses("Mr Lund said he had been told by Transport Minister Anna Holm "
        + "there was not enough time to pass the bill before the election.");
    assertTrue(found.contains("he had been told by Transport Minister Anna Holm there was not "
        + "enough time to pass the bill before the election"), found.toString());
  }

  @Test
  void aParticipleOfTellingAfterAMisattachedSubjectIsNotWhatWasDenied() {
    List<String> found = clauses("He denied union leaders had forced the changes, telling the "
        + "BBC \"there is a feeling that something is wrong\".");
    assertTrue(found.contains("union leaders had forced the changes"), found.toString());
  }

  @Test
  void aSecondActOfTheSpeakerTaggedAsAParticipleIsNotWhatWasSaid() {
    List<String> found = clauses("Pressure group Open Rights said it was \"pleased\" but called "
        + "on the council to release the files held without a warrant.");
    assertTrue(found.contains("it was \"pleased\""), found.toString());
  }

  @Test
  void aParticipleOfSayingMadeTheSubjectOfItsClauseEndsTheOneBefore() {
    List<String> found = clauses("The miner said it was delaying a bond sale because of weak "
        + "market conditions, adding it would raise copper prices to offset fuel costs.");
    assertTrue(found.contains("it was delaying a bond sale because of weak market conditions"),
        found.toString());
  }

  @Test
  void aDocumentsParticipleDescribesItAndStays() {
    List<String> found = clauses("The harbor master has denied a report claiming he warned the "
        + "mayor the port could not reopen before June.");
    assertTrue(found.stream().anyMatch(c -> c.startsWith("a report claiming he warned")),
        found.toString());
  }

  @Test
  void aBareParticipleTakesNoStrandedSubject() {
    List<String> found = clauses("New stages added to this year's festival include a harbor "
        + "stage and a beach stage, with a focus on young bands.");
    assertTrue(found.stream().noneMatch(c -> c.startsWith("festival")), found.toString());
  }

  @Test
  void aParticipleOfHopeOrFearEndsTheClause() {
    List<String> found = clauses("But Mr Berg said it was too soon to judge the case, hoping "
        + "only that the truth will come out. The bank said prices rose in May, pushing "
        + "inflation higher.");
    assertTrue(found.contains("it was too soon to judge the case"), found.toString());
    assertTrue(found.contains("prices rose in May, pushing inflation higher"), found.toString());
  }

  @Test
  void anotherSpeakerAfterButEndsTheClause() {
    List<String> found = clauses("The ministry claimed Ms Varga was one of the gang's organisers "
        + "but her solicitor, Piet Moller, told the local paper it was an absurd idea.");
    assertTrue(found.contains("Ms Varga was one of the gang's organisers"), found.toString());
    assertTrue(found.stream().noneMatch(c -> c.contains("organisers but")), found.toString());
  }

  @Test
  void anotherSpeakerSetOffByAnAdverbEndsTheClause() {
    List<String> found = clauses("Over the past months, delegations of European business "
        + "leaders have been heading to the regulator's offices to protest. They say the burden "
        + "is too heavy and the timescale too short and some, particularly Britain's CBI, "
        + "warned that companies would choose to let their US listings drop rather than "
        + "comply.");
    assertTrue(found.contains("the burden is too heavy and the timescale too short"),
        found.toString());
  }

  @Test
  void aClauseAfterButIsNotASecondComplement() {
    List<String> found = clauses("Nordfarm has promised to have two thousand tractors ready for "
        + "its Swedish launch, but there are fears orders may not be met.");
    assertTrue(found.contains("to have two thousand tractors ready for its Swedish launch"),
        found.toString());
    assertTrue(found.stream().noneMatch(c -> c.contains("fears")), found.toString());
  }

  @Test
  void aConditionRightAfterAnOutcomeIsPartOfIt() {
    List<String> found = clauses("Harbour Rovers has warned it will go bankrupt if talks with "
        + "its lenders fail. The harbour authority has warned it will close the northern pier "
        + "if repairs to the sea wall fail.");
    assertTrue(found.contains("it will go bankrupt if talks with its lenders fail"),
        found.toString());
    assertTrue(found.contains("it will close the northern pier if repairs to the sea wall fail"),
        found.toString());
  }

  @Test
  void aReportingClauseInsideADashAsideReportsTheAside() {
    List<String> found = clauses("In 2019 the council did not raise fares, but spent a great "
        + "deal of money - too much, residents argue - on new signs.");
    assertTrue(found.stream().noneMatch(c -> c.contains("raise fares")), found.toString());
  }

  @Test
  void accordingToAfterARelativeClauseReportsItsNounsClause() {
    List<String> found = clauses("It is thought that the ferry may be shown at the Boat Fair "
        + "in Bergen, which takes place in April, according to a local newspaper report.");
    assertTrue(found.contains("the ferry may be shown at the Boat Fair in Bergen, which takes "
        + "place in April"), found.toString());
  }

  @Test
  void aClosingMarkOpeningTheClauseDoesNotTakeItsQuotationIn() {
    List<String> found = clauses("Small builders win more work\n\nThe trade is changing fast."
        + "\n\nThis will need a much wider range of skills. \"I am sure the building trade is "
        + "going to be short of workers,\" he says. \"If we are right about the market, you "
        + "need to be quick and flexible. \"Small firms tend to have those skills far more than "
        + "big ones.\" Eventually, small firms could win most of the contracts, he says. In "
        + "Norway, a new fund has set a target for small firms.");
    assertTrue(found.contains("Eventually, small firms could win most of the contracts"),
        found.toString());
  }

  @Test
  void aCueWithAClauseOfItsOwnReportsNotTheClauseBefore() {
    List<String> found = clauses("The party on Monday challenged the council to publish the "
        + "full audit from Karen Dale, the adviser they asked to find possible savings.");
    assertTrue(found.stream().noneMatch(c -> c.startsWith("The party")), found.toString());
  }

  @Test
  void aRelativeClausesContentEndsAtItsClosingComma() {
    List<String> found = clauses("The mayor, who says she is innocent, could lose her seat if "
        + "the inquiry goes against her.");
    assertTrue(found.contains("she is innocent"), found.toString());
    assertTrue(found.stream().noneMatch(c -> c.contains("lose")), found.toString());
  }

  @Test
  void aCueCoordinatedUnderAModalIsNotSaidYet() {
    List<String> found = clauses("The minister could take a short break and tell reporters the "
        + "harbour plan was sound.");
    assertTrue(found.stream().noneMatch(c -> c.contains("plan was sound")), found.toString());
  }

  @Test
  void pickingAPlayerIsNoSaying() {
    List<String> found = clauses("Coach Erik Sand could take a risk and call young Tromso "
        + "winger Ola Berg into his starting side. The manager has called up three uncapped "
        + "defenders for the friendly against Norway.");
    assertTrue(found.stream().noneMatch(c -> c.contains("Ola Berg")), found.toString());
    assertTrue(found.stream().noneMatch(c -> c.contains("defenders")), found.toString());
  }

  @Test
  void anAddresseesNameWithAPrepositionIsNoPartOfTheClause() {
    List<String> found = clauses("Mrs Lindqvist told the station's Morning with Bergen show "
        + "the extra funds for the ferries would not be cut.");
    assertTrue(found.stream().noneMatch(c -> c.startsWith("with")), found.toString());
    assertTrue(found.stream().anyMatch(c -> c.startsWith("the extra funds for the ferries")),
        found.toString());
  }
  @Test
  void theSpeakersNextActEndsTheClauseWhateverTheParserHungAfterIt() {
    List<String> found = clauses("Speaking on Swiss TV, Karl Brunner said the council's earlier "
        + "forecast of 1.4% was too optimistic and warned growth would be just 1% in 2005.");
    assertTrue(found.contains("the council's earlier forecast of 1.4% was too optimistic"),
        found.toString());
    assertTrue(found.stream().noneMatch(c -> c.contains("warned")), found.toString());
  }

  @Test
  void whatIsYetToBeConfirmedWasNotSaid() {
    List<String> found = clauses("But Orrin boss Jack Tamsin has yet to confirm that Weir is "
        + "leaving the club. The club is yet to say whether the coach will stay.");
    assertTrue(found.stream().noneMatch(c -> c.contains("Weir")), found.toString());
    assertTrue(found.stream().noneMatch(c -> c.contains("coach")), found.toString());
  }

  @Test
  void aNounsParticipleTheParserMadeAClausalSubjectReportsNothing() {
    List<String> found = clauses("Worms written to grab headlines by infecting millions of "
        + "machines are also becoming rarer, according to security researchers.");
    assertTrue(found.stream().noneMatch(c -> c.startsWith("to grab")), found.toString());
    assertTrue(found.stream().anyMatch(c -> c.startsWith("Worms written")), found.toString());
  }

  @Test
  void aSecondPredicateReportedAloneKeepsItsSubject() {
    Article article = new Article(null, null, "Harbor news", "Test Wire", "2025-05-02",
        "Cable firms Axon and Brill are also likely to cut prices at some point and, according "
            + "to an Axon spokesman, are in a better position than Telco in the long run.",
        "fixture");
    List<String> said = processor.analyze(article).statements().stream()
        .filter(st -> st.kind().equals(Statement.KIND_INDIRECT))
        .map(st -> st.quote().inner().text()).toList();
    assertEquals(List.of("Cable firms Axon and Brill" + ContentAroundCue.GAP
        + "are in a better position than Telco in the long run"), said);
  }
  @Test
  void aPhraseOfWithAtTheEndSetsTheStatementBesideOtherFacts() {
    Article article = new Article(null, null, "Harbor news", "Test Wire", "2025-05-02",
        "In the harbour survey, 47% said they supported the new ferry plan, with 26% against.",
        "fixture");
    List<String> said = processor.analyze(article).statements().stream()
        .filter(st -> st.kind().equals(Statement.KIND_INDIRECT))
        .map(st -> st.quote().inner().text()).toList();
    assertEquals(List.of("they supported the new ferry plan"), said);
    // any other closing phrase of "with" goes on with what was said
    assertEquals(List.of("it would continue to accept bets on the final, with Brannock its "
        + "favourite at 2/9"), indirect("The bookmaker said it would continue to accept bets on "
        + "the final, with Brannock its favourite at 2/9."));
    assertEquals(List.of("15 games would be available in the shops at launch, with prices "
        + "ranging from £19 to £29"), indirect("Kestrel said 15 games would be available in the "
        + "shops at launch, with prices ranging from £19 to £29."));
    // a document noun that does nothing is no one's setting
    assertEquals(List.of("filming will begin next year, with a planned release in May 2027"),
        indirect("Distributor Harbor Pictures said filming will begin next year, with a planned "
            + "release in May 2027."));
  }
  @Test
  void aParticipleDescribingANounWithItsAgentReportsNothing() {
    List<String> found = clauses("The figure announced by President Anton Berg is less than "
        + "the 3,000 cases mentioned last week.");
    assertTrue(found.isEmpty(), found.toString());
  }

  @Test
  void aClauseWhoseSubjectIsWhichIsARelativeClause() {
    List<String> found = clauses("There were also other deals announced which meant that "
        + "people could watch content on their phones.");
    assertTrue(found.stream().noneMatch(c -> c.startsWith("which")), found.toString());
  }
  @Test
  void whereSomeoneWroteInToIsNotWhatTheyWrote() {
    List<String> found = clauses("When the game reached the shops last week, fans wrote in to "
        + "the harbour website to express their delight.");
    assertTrue(found.stream().noneMatch(c -> c.startsWith("to the")), found.toString());
  }

  @Test
  void anotherSourceAtTheEndOfTheContentIsNoPartOfIt() {
    Article article = new Article(null, null, "Harbor news", "Test Wire", "2025-05-02",
        "Rich countries have promised to send forty new ferries to the islands before the "
            + "winter, according to the World Bank.", "fixture");
    List<String> said = processor.analyze(article).statements().stream()
        .filter(st -> st.kind().equals(Statement.KIND_INDIRECT) && st.cue().equals("promise"))
        .map(st -> st.quote().inner().text()).toList();
    assertEquals(List.of("to send forty new ferries to the islands before the winter"), said);
  }

  @Test
  void aPhraseOfWithAfterADashIsTheWritersToo() {
    Article article = new Article(null, null, "Harbor news", "Test Wire", "2025-05-02",
        "Mr Bell's speech called for a much greater effort in all types of schools to teach "
            + "sailing - with an accompanying survey showing that young people knew little.",
        "fixture");
    List<String> said = processor.analyze(article).statements().stream()
        .filter(st -> st.kind().equals(Statement.KIND_INDIRECT))
        .map(st -> st.quote().inner().text()).toList();
    assertEquals(List.of("for a much greater effort in all types of schools to teach sailing"),
        said);
  }
  @Test
  void aSubjectHungFromTheAddresseeOpensTheClause() {
    Article article = new Article(null, null, "Harbor news", "Test Wire", "2025-05-02",
        "Harbour spokesman Ann Lindqvist told MPs the UK was losing its say over who could "
            + "moor boats in the bay.", "fixture");
    List<String> said = processor.analyze(article).statements().stream()
        .filter(st -> st.kind().equals(Statement.KIND_INDIRECT))
        .map(st -> st.quote().inner().text()).toList();
    assertEquals(List.of("the UK was losing its say over who could moor boats in the bay"),
        said);
  }
  @Test
  void aQuotedSubjectAfterTheAddresseeOpensTheClause() {
    List<String> said = indirect("Mr Lund told the Harbour Times the \"control orders\" would "
        + "only be used in the most limited circumstances.");
    assertEquals(List.of("the \"control orders\" would only be used in the most limited "
        + "circumstances"), said);
  }
  @Test
  void accordingToWithAParticipleTheParserMadeTheRootEndsAtItsComma() {
    List<String> said = indirect("Shoppers went back to the harbor malls. According to figures "
        + "also released on Tuesday, sales in the malls were 4.3% higher than a year before.");
    assertEquals(List.of("sales in the malls were 4.3% higher than a year before"), said);
  }

  @Test
  void accordingToOnAnInfinitiveReportsTheWholeClause() {
    List<String> said = indirect("Much of this ferry booking is likely to be done during work "
        + "time, according to research by Nordvik Marine.");
    assertEquals(List.of("Much of this ferry booking is likely to be done during work time"),
        said);
  }
  @Test
  void whatSomeoneNeedsToExplainIsNotSaid() {
    List<String> said = indirect("The Harbour party said the Coastal Alliance needed to explain "
        + "how they would pay for the plan.");
    assertTrue(said.stream().noneMatch(c -> c.startsWith("how they would pay")), said.toString());
    assertTrue(said.stream().anyMatch(c -> c.startsWith("the Coastal Alliance needed")),
        said.toString());
  }
  @Test
  void aNameGivenInPassingIsNoSaying() {
    List<String> found = clauses("In May the mayor handed the pier to the town. His charity, "
        + "called the Harbour Heritage Fund, will still own the pier until it repays the loan.");
    assertTrue(found.stream().noneMatch(c -> c.contains("repays")), found.toString());
  }
  @Test
  void anInfinitiveOfSayingReportsNoClauseAroundIt() {
    Article article = new Article(null, null, "Harbor news", "Test Wire", "2025-05-02",
        "A harbour spokesman said the board had nothing to add on the ferry issue specifically "
            + "but would be working with all the island councils.", "fixture");
    List<String> said = processor.analyze(article).statements().stream()
        .map(st -> st.quote().inner().text()).toList();
    assertTrue(said.stream().noneMatch(c -> c.equals("the board had nothing")), said.toString());
    // (the backshifted "but would be working …" goes on with what was said: BackshiftedConjunct)
    assertTrue(said.contains("the board had nothing to add on the ferry issue specifically "
        + "but would be working with all the island councils"), said.toString());
  }

  @Test
  void aNumberedNameAfterTheAddresseeFinishesIt() {
    Article article = new Article(null, null, "Harbor news", "Test Wire", "2025-05-02",
        "Founding member Anna Berg told BBC 6 Music the record was well on the way to being "
            + "completed.", "fixture");
    List<String> said = processor.analyze(article).statements().stream()
        .filter(st -> st.kind().equals(Statement.KIND_INDIRECT))
        .map(st -> st.quote().inner().text()).toList();
    assertEquals(List.of("the record was well on the way to being completed"), said);
  }

  @Test
  void aParticipleOfSayingAfterACommaEndsWhatTheCueSaid() {
    Article article = new Article(null, null, "Harbor news", "Test Wire", "2025-05-02",
        "Ann Lindqvist announced a new drive to help women into shipping jobs, saying sexism "
            + "at work was still holding them back.", "fixture");
    List<String> said = processor.analyze(article).statements().stream()
        .filter(st -> st.cue() != null && st.cue().equals("announce"))
        .map(st -> st.quote().inner().text()).toList();
    assertEquals(List.of("a new drive to help women into shipping jobs"), said);
  }

  @Test
  void aClosingReportTheTaggerTookForANounIsNoPartOfWhatWasSaid() {
    // "the FT reports": "reports" tagged a plural noun
    List<String> found = indirect("Unions want new models. Harbin Motors says none of its money "
        + "will be paid to the four owners of the plant, who have been accused by unions of "
        + "awarding themselves huge salaries, the FT reports.");
    assertTrue(found.contains("none of its money will be paid to the four owners of the plant, "
        + "who have been accused by unions of awarding themselves huge salaries"),
        found.toString());
  }

  @Test
  void aClosingReportInThePerfectOrOfADisclosureIsNoPartOfWhatWasSaid() {
    // ContentAroundCue.withoutClosingReport: the auxiliary is the finite word; "revealed"
    // tells where the writer learnt it
    List<String> found = indirect("Club for sale.\n\nA Green Party councillor suggested the "
        + "city saw the park as a car park and was cheaper than building one, a new documentary "
        + "has revealed. The chairman told friends the club would be sold by March, a new book "
        + "has claimed.");
    assertTrue(found.contains("the city saw the park as a car park and was cheaper than "
        + "building one"), found.toString());
    assertTrue(found.contains("the club would be sold by March"), found.toString());
  }

  @Test
  void aClosingReportMayNameWhomItTold() {
    // ClosingReport: "has" and "the assembly" close the sentence with the source
    List<String> found = indirect("At least three people from the islands died in the storm, "
        + "the first minister has told the assembly.");
    assertTrue(found.contains("At least three people from the islands died in the storm"),
        found.toString());
  }

  @Test
  void theSourcesTitleAfterAccordingToIsNoPartOfWhatWasSaid() {
    List<String> found = processor.analyze(new Article(null, null, "Harbor news", "Test Wire",
            "2025-05-02", "Most firms see low-cost rivals as a threat. According to Frank Bowen, "
            + "global advisory leader at the firm, the trend of large companies to have global "
            + "operations has one clear upside.", "fixture")).statements().stream()
        .map(st -> st.quote().inner().text()).toList();
    assertTrue(found.contains("the trend of large companies to have global operations has one "
        + "clear upside"), found.toString());
  }

  @Test
  void whatSomeoneComplainedAboutIsNotWhatTheySaid() {
    // the words after "about" say what the complaint was about: no clause of what was said
    assertTrue(indirect("Maria Hill marched up to the minister, as she tried to complain about "
        + "her son's school being threatened with closure.").stream()
        .noneMatch(c -> c.startsWith("about")));
  }

  @Test
  void anotherViewSetAgainstWhatWasSaidIsNotPartOfIt() {
    List<String> found = indirect("The Bank kept rates on hold. Some economists have predicted "
        + "rates will drop later in the year, although others feel the Bank may still think "
        + "there is a need for a rise to 5% before that happens.");
    assertTrue(found.contains("rates will drop later in the year"), found.toString());
  }
  @Test
  void aViewSetAgainstWhatWasSaidIsNotTheSpeakers() {
    // beforeOtherView: "though many believed" has a subject of its own, no pronoun
    assertEquals(List.of("she wanted more time with her family"), indirect("Ann Lowe quit the "
        + "orchestra saying she wanted more time with her family, though many thought she was "
        + "angry at the board's choice of a new conductor."));
  }

  @Test
  void theSubjectTheParserJoinedToTheAddresseeOpensTheClause() {
    // withSubjectAfterAddressee
    assertEquals(List.of("pension credit would rise to at most £120 a week for each couple"),
        indirect("Ms Hart told MPs pension credit would rise to at most £120 a week for each "
            + "couple."));
  }

  @Test
  void wordsRightAfterTheSourceOfAccordingToAreNoClause() {
    // NotSaid.sourceRunOn: the source's own phrase, broken up by the parser
    assertTrue(indirect("Music players and e-readers had a strong year in 2005, according to "
        + "figures released by IFA organisers the GFU on Monday.").stream()
        .noneMatch(t -> t.contains("on Monday")));
    // one that opens its sentence is the source of what follows
    assertEquals(List.of("there were almost five million cable users in the region"),
        indirect("According to Telcom there were almost five million cable users "
            + "in the region."));
  }

  @Test
  void anotherVerbOfSayingJoinedToTheContentIsTheSpeakersNextStatement() {
    // ContentAroundCue.beforeCuesConjunct: "and"/"but" and a verb of saying in the cue's tense
    assertTrue(indirect("Burgerhaus said it was to drop its \"supersized\" meals this year, but "
        + "denied the move was a result of the negative publicity created by the film.")
        .contains("it was to drop its \"supersized\" meals this year"));
    assertTrue(indirect("The Tories said they would not cut spending but agreed public spending "
        + "would rise more slowly under their plans.").contains("they would not cut spending"));
    assertTrue(indirect("Ann Berg said having a five month campaign \"turned off voters\" and "
        + "suggested people were already \"rather bored of the thing\".")
        .contains("having a five month campaign \"turned off voters\""));
    // the content's own verbs stay: a past perfect, and a verb deeper in the content
    assertTrue(indirect("The actors said they had both read the scripts and had agreed to "
        + "appear in one episode each.").stream().anyMatch(c -> c.endsWith("one episode each")));
    assertTrue(indirect("Ms Lund said the candidate was on her way to the hall, where she was "
        + "giving interviews when security guards found her and told her to leave.").stream()
        .anyMatch(c -> c.endsWith("told her to leave")));
  }

  @Test
  void aParticipleOfAVerbThatReportsThroughItsObjectEndsTheContent() {
    // ContentAroundCue.beforeNextCue: "blaming …" is the speaker's next act, as "saying …" is
    List<String> found = indirect("Ms Berg said the ferry would stop running in May, blaming "
        + "the rising cost of fuel.");
    assertTrue(found.contains("the ferry would stop running in May"), found.toString());
  }

  @Test
  void aBackshiftedConjunctAfterTheContentIsStillWhatWasSaid() {
    // BackshiftedConjunct: a modal or a past perfect, wherever the parser hung it
    assertTrue(indirect("Harbor Bakeries added that it had enough cash to run its shops, but it "
        + "could not borrow any more under its loan deals.").contains("it had enough cash to run "
        + "its shops, but it could not borrow any more under its loan deals"));
    assertTrue(indirect("Councillor Ann Berg said the party would close two depots, but would "
        + "hire more bus drivers and keep the night routes.").contains("the party would close "
        + "two depots, but would hire more bus drivers and keep the night routes"));
    assertTrue(indirect("Mr Lund said the floods had driven families away from the valley but "
        + "many farmers had simply moved to higher fields.").contains("the floods had driven "
        + "families away from the valley but many farmers had simply moved to higher fields"));
    // the speaker's present after a past cue, and a second infinitive of what was urged
    assertTrue(indirect("Ms Berg said the ferry is run by island families and it is not being "
        + "sold to outsiders.").contains("the ferry is run by island families and it is not "
        + "being sold to outsiders"));
    assertTrue(reported("The mayor urged councillors to avoid negative campaigning and to "
        + "speak more from the heart.").contains("councillors to avoid negative campaigning and "
        + "to speak more from the heart"));
    // a conjunct with a "that" of its own is a second clause the cue reports, in any tense
    assertTrue(indirect("Former minister Tom Hale said the leaks suggested the council had only "
        + "seen a summary of the advice - and that it was actually drafted in the mayor's office.")
        .contains("the leaks suggested the council had only seen a summary of the advice - and "
        + "that it was actually drafted in the mayor's office"));
    // the writer's plain past, and a conjunct that reports something of its own, stay out
    assertTrue(indirect("Officials said the talks failed, and the mayor resigned on Monday.")
        .contains("the talks failed"));
    assertTrue(indirect("The ferry firm said sales had risen by 4%, but would not comment on "
        + "the strike.").contains("sales had risen by 4%"));
  }

  @Test
  void anotherSubjectsReportJoinedOnEndsTheContent() {
    // ContentAroundCue.beforeOthersReport, and inside a backshifted conjunct
    assertTrue(indirect("Harbor Mining said it regretted any limit on new licences while "
        + "Nordvik, a big investor, declined to comment.").contains("it regretted any limit on "
        + "new licences"));
    List<String> found = indirect("The maker said the chip was fast and would support "
        + "several operating systems but designers would not confirm if Windows was among them.");
    assertTrue(found.contains("the chip was fast and would support several operating systems"),
        found.toString());
    // a named subject's wish is the writer's account too
    assertTrue(indirect("The shops said further rises could damage competitiveness but the "
        + "unions want a £7 rate.").contains("further rises could damage competitiveness"));
    // a second "that" clause is still what was said
    assertTrue(indirect("Ms Berg said the ferry was safe and that tickets bought online would "
        + "be honoured.").contains("the ferry was safe and that tickets bought online would be "
        + "honoured"));
  }

  @Test
  void aDashAndANounThatSumsUpWhatWasSaidIsTheWritersComment() {
    // ContentAroundCue.beforeSummingDash
    assertTrue(indirect("Mr Lund told the council he had not left the group - a move he "
        + "announced shortly after the meeting.").contains("he had not left the group"));
    assertTrue(indirect("Mr Lund told reporters there was support for a new party - something "
        + "he has yet to confirm will happen.").contains("there was support for a new party"));
    // a participle the parser made the noun's verb, and a participle that hedges
    assertEquals(List.of("the optimism about the plan has been overdone"), indirect("Critics "
        + "insist that the optimism about the plan has been overdone - an argument backed by a "
        + "40% rise in the deficit."));
    assertEquals(List.of("it was examining one complaint about the calls"), indirect("A "
        + "spokeswoman for the regulator said it was examining one complaint about the calls - "
        + "understood to be Mr Hale's."));
    // after a comma a noun whose participle names who rebuts it, and a move the writer sums
    // the decision up as (WritersClose; PolNeAR's gold leaves ", a move that …" out); a
    // speaker may sum up their own point
    assertEquals(List.of("the plan would raise taxes for most families"), indirect("Mr Dale "
        + "said the plan would raise taxes for most families, a claim denied by the chancellor."));
    assertEquals(List.of("the plan would raise taxes for most families"), indirect("Mr Dale "
        + "said the plan would raise taxes for most families, a move that would hurt the "
        + "party."));
    assertEquals(List.of("the plan would raise taxes for most families, a point that voters "
        + "would remember"), indirect("Mr Dale said the plan would raise taxes for most "
        + "families, a point that voters would remember."));
  }

  @Test
  void aNumberAfterANameIsTheNamesNotWhatWasSaid() {
    // ReportedClauses.endsNameBefore: the parser left "24" hanging into the clause
    assertEquals(List.of("she had not expected the award"), indirect("It is a first nomination "
        + "for Ms Lake, 49, who told BBC News 24 she had not expected the award."));
  }

  @Test
  void aRelativeClauseClosingWhatWasSaidIsTheWritersBackground() {
    // ContentAroundCue.beforeClosingRelative
    assertEquals(List.of("the ferry was a front for the Castell group"), indirect("The harbour "
        + "board claimed that the ferry was a front for the Castell group, which had been "
        + "expected to win the contract."));
    // … unless it goes on past a comma of its own
    assertTrue(indirect("The councillor said people would notice if drivers ignored the rule, "
        + "which came into force on Friday, and pretended they had not seen the signs.").stream()
        .anyMatch(c -> c.endsWith("pretended they had not seen the signs")));
  }

  @Test
  void aSecondThatClauseIsWhatWasSaidWhateverItsVerb() {
    // BackshiftedConjunct: "and that … will soon wonder" is no view of the speaker's own
    assertEquals(List.of("the bridge would reopen in May, and that \"drivers will soon wonder "
        + "what the fuss was about\""), indirect("The mayor said the bridge would reopen in May, "
        + "and that \"drivers will soon wonder what the fuss was about\"."));
  }

  @Test
  void aDashAndASignalTheWriterSumsUpWithAreNotWhatWasSaid() {
    assertEquals(List.of("the choice was entirely up to the council"), indirect("The mayor also "
        + "said the choice was entirely up to the council - a signal which residents took as a "
        + "sign of defeat."));
  }

  @Test
  void aClauseJoinedToAWordOfWhatWasSaidGoesOnWithIt() {
    // BackshiftedConjunct: hung from "changed", not from the cue
    assertEquals(List.of("nothing had changed in his work for the firm and it was a matter he "
        + "would discuss with his partners"), indirect("Mr Reid said nothing had changed in his "
        + "work for the firm and it was a matter he would discuss with his partners."));
  }

  @Test
  void toClaimAPrizeIsToWinItNotToSaySomething() {
    // NotSaid.won
    assertEquals(List.of(), indirect("And world number two Anna Reid won junior player of the "
        + "year after claiming her third US Open crown."));
    assertEquals(List.of("the record is at best patchy"), indirect("Critics claim the record "
        + "is at best patchy."));
  }

  @Test
  void whoATellingAddressesKeepsTheWordsThatSayWhoTheyAre() {
    // ReportedClauses.addresseesModifier: "from Syria and Iraq" is the migrants', not told
    assertEquals(List.of("to \"go back home\" to rebuild their towns"), indirect("Mr Hall told "
        + "migrants from Syria and Iraq to \"go back home\" to rebuild their towns."));
  }

  @Test
  void aWhetherClauseJoinedToWhatIsPledgedIsPledgedToo() {
    assertTrue(indirect("The Liberal Democrats said they would press ministers on the "
        + "targets. And they pledged to review the running costs of the scheme and whether "
        + "privacy would be protected.").contains("to review the running costs of the scheme "
        + "and whether privacy would be protected"));
  }

  @Test
  void aClauseAfterWhatAWarningWasAgainstIsTheWritersOwn() {
    // ReportedClauses.ownArguments: the parser made "warned" the subject of "raise"
    String text = "Opposition MPs have warned against complacency and party leader Anne Field "
        + "may well raise the matter in the chamber.";
    assertEquals(List.of(), indirect(text));
    assertEquals(List.of("complacency"), reported(text));
  }

  @Test
  void aVerbJoinedUnderTheContentsModalGoesOnWithItWhateverItsTag() {
    // BackshiftedConjunct.bareAfterModal: "cut", tagged a past, shares "can"
    assertEquals(List.of("they can improve services and cut taxes through savings"),
        indirect("The Tories claim they can improve services and cut taxes through savings, "
            + "while Labour has offered smaller savings."));
  }

  @Test
  void anotherSpeakersVerbAfterACommaEndsWhatTheFirstSaid() {
    // NextSpeaker: a pronoun's verb of saying with its own words after the comma
    assertEquals(List.of("the rumours of his quitting the club were false"), indirect("And "
        + "although Baros insisted the rumours of his quitting the club were false, he admitted "
        + "that anything was possible."));
  }

  @Test
  void aPresentRelativeClauseAfterABackshiftedContentIsTheWritersBackground() {
    // NarratorsRelative: the writer's present after a past verb of saying
    assertEquals(List.of("he had unfinished business with Harbor Town"), indirect("The coach "
        + "insisted that he had unfinished business with Harbor Town, who are third in the "
        + "league."));
    assertEquals(List.of("he could not see the basis of the charges he faced"),
        indirect("Mr Dale said he could not see the basis of the charges he faced, which also "
            + "include fraud."));
    // a relative clause voicing someone of the story stays
    assertEquals(List.of("she had since apologised to Mr Lund, whom she considers a friend"),
        indirect("Ms Ray said she had since apologised to Mr Lund, whom she considers a "
            + "friend."));
  }

  @Test
  void aClauseJoinedByOrUnderAModalGoesOnWithWhatWasSaid() {
    // BackshiftedConjunct: "or" joins a second point as "and" and "but" do
    assertEquals(List.of("he wanted the club to prove itself this season or he might leave"),
        indirect("The captain said he wanted the club to prove itself this season or he might "
            + "leave."));
  }

  @Test
  void aSayingJoinedToAConditionIsOnlySupposed() {
    // ReportedClauses.hypothetical: the second verb shares the first's "if"
    assertEquals(List.of(), indirect("Her funding could return if she stays fit and repeats "
        + "the world-class times she produced in the 1500m at major races in Oslo and Rome "
        + "earlier this season."));
  }

  @Test
  void pointingSaysSomethingOnlyAsPointingOut() {
    // OtherSenses.pointedWithoutOut
    assertEquals(List.of(), clauses("Mr Dale also pointed to the fact that 40% of the party's "
        + "candidates set to stand in winnable seats are women."));
    assertEquals(List.of("the rules were clear"),
        indirect("The mayor pointed out that the rules were clear."));
    assertEquals(List.of("the problem was the scripts"),
        indirect("The actress also pointed that the problem was the scripts."));
  }

  @Test
  void aConjunctThatQuotesWordsIsTheSpeakersToo() {
    // BackshiftedConjunct.quotesTheSpeaker: the writer quotes the speaker inside it
    assertEquals(List.of("the pier still had plenty to offer the town but he was "
        + "not making any \"promises\" about its future"), indirect("The mayor said the pier "
        + "still had plenty to offer the town but he was not making any "
        + "\"promises\" about its future."));
    assertEquals(List.of("the cover was \"costly\" and there were \"many exclusions\""),
        indirect("Mr Dale said the cover was \"costly\" and there were \"many exclusions\"."));
    // someone named, or what was done to the speaker, is the writer's account
    assertEquals(List.of("he had left the club without any regrets"), indirect("The coach said "
        + "he had left the club without any regrets but chairman Ann Lee branded his exit "
        + "\"a disgrace\"."));
  }

  @Test
  void aWordOfSayingThatDescribesANounOrSitsInsideAStateIsNoActOfTheConjunct() {
    // BackshiftedConjunct.reportedWithin: "continuing" describes a noun; "sure" holds a clause
    assertEquals(List.of("she was proud of her party's record on jobs, and would strive for "
        + "continuing stability if elected"), indirect("The treasurer said she was proud of her "
        + "party's record on jobs, and would strive for continuing stability if elected."));
    assertEquals(List.of("the budget was on track and it would be \"premature\" to say more "
        + "before the audit"), indirect("Mr Dale said the budget was on track and it would be "
        + "\"premature\" to say more before the audit."));
    // a verb of saying right after the conjunction is the subject's own act, whatever the tag
    assertEquals(List.of("the new levy would not be dropped"), indirect("But the ministry "
        + "said the new levy would not be dropped and argued councils already had "
        + "flexibility."));
  }

  @Test
  void aConjunctWithoutASubjectFollowsTheSubjectItsNumberFits() {
    // BackshiftedConjunct.agreesWithContentOnly: "were" cannot be Ms Ray's
    assertEquals(List.of("the remarks, made to a young team-mate, were meant to encourage him, "
        + "and were not intended to hurt"), indirect("Ms Ray insisted the remarks, made to a "
        + "young team-mate, were meant to encourage him, and were not intended to hurt."));
    // ContentAroundCue.beforeCuesConjunct: "are" cannot be "this"
    assertEquals(List.of("this is unlawful under the current rules"), indirect("Campaigners "
        + "say this is unlawful under the current rules and are trying to stop the council "
        + "from changing them."));
    // a passive "is believed" is no view its subject holds
    assertEquals(List.of("the driver left the scene before dawn but is believed to have "
        + "returned later"), indirect("Police say the driver left the scene before dawn but "
        + "is believed to have returned later."));
  }

  @Test
  void aPastActAfterAPresentCueSharesThePastOfWhatWasSaid() {
    // BackshiftedConjunct.pastAfterPresentCue: the speaker's own next act would be "promises"
    assertEquals(List.of("he discussed the campaign with Ms Hart on Sunday and promised to play "
        + "his part", "to play his part"), indirect("Mr Lowe says he discussed the campaign with "
        + "Ms Hart on Sunday and promised to play his part."));
    // after a past cue the past act is as often the speaker's own next one
    assertEquals(List.of("the claims were false"), indirect("The mayor said the claims were "
        + "false and dismissed them as a smear."));
  }

  @Test
  void aPastRelativeClauseVoicedByAPronounIsTheSpeakers() {
    // ContentAroundCue.beforeClosingRelative: the speaker's own correction stays
    assertEquals(List.of("the real issue would be that the club's views had been presented "
        + "as league policy, which they were not"), indirect("Mr Hale said the real issue "
        + "would be that the club's views had been presented as league policy, which they "
        + "were not."));
    // in the present it is the writer's background; with a verb of saying, a statement of
    // its own
    assertEquals(List.of("they had reached a settlement with the former clerk"),
        indirect("Council sources said they had reached a settlement with the former clerk, "
            + "which he has been able to appeal."));
  }

  @Test
  void aParticipleLeftLooseAfterAPhraseTheCueTakesIsNoClause() {
    // ReportedClauses: "called for the release of X and Y detained …" reports no clause
    assertEquals(List.of(), indirect("Bishop Ann Marlow has called for the release of the "
        + "last detainees at Harbor Bay and terror suspects held without trial in the UK."));
  }

  @Test
  void aBackshiftedClauseJoinedAfterAReportingClauseInTheMiddleGoesOn() {
    // ContentAroundCue.withConjunctAfterCue: a second piece after "…, she said, but …"
    assertEquals(List.of("The best schools would get more money and extra freedoms … she "
        + "would not hesitate to step in where pupils were being failed"), indirect("Education "
        + "secretary Ann Berg set out her plans on Monday.\n\nThe best schools would get more "
        + "money and extra freedoms, she said, but she would not hesitate to step in where "
        + "pupils were being failed."));
  }

  @Test
  void aSecondInfinitiveUrgedAfterAnAdjectivesOneGoesOn() {
    // BackshiftedConjunct.secondInfinitive: "to be wary … and to update …"
    assertEquals(List.of("users to be wary of unexpected messages carrying attachments and to "
        + "update their software as soon as possible"), indirect("Security firms urged users "
        + "to be wary of unexpected messages carrying attachments and to update their "
        + "software as soon as possible."));
  }

  @Test
  void aSecondPointWhoseVerbFitsOnlyWhatWasSaidGoesOnWithIt() {
    // BackshiftedConjunct: a verb whose number fits only the subject of what was said, the
    // cue's subject a plural noun for people tagged a name as the sentence's first word
    List<String> found = indirect("Ministers insist the Harbour Safety Bill would not change "
        + "the rules on pilots and contains a presumption in favour of local crews.");
    assertTrue(found.contains("the Harbour Safety Bill would not change the rules on pilots "
        + "and contains a presumption in favour of local crews"), found.toString());
  }

  @Test
  void aPassiveSecondPointAfterWhatWasSaidOfAThingIsStillWhatWasSaid() {
    // BackshiftedConjunct: the comma before "and" makes the parser hang the conjunct on the cue
    List<String> found = indirect("And the chief executive claimed the rival offer was aimed "
        + "at helping its own investors, and was not being made for the benefit of the firm's "
        + "staff.");
    assertTrue(found.contains("the rival offer was aimed at helping its own investors, and was "
        + "not being made for the benefit of the firm's staff"), found.toString());
    // what befell the speaker, a person, is the writer's
    List<String> fined = indirect("The harbour master said the spill was small, and was later "
        + "fined for failing to report it.");
    assertTrue(fined.contains("the spill was small"), fined.toString());
  }
  @Test
  void anOutletTheParserRanIntoTheClausesSubjectIsWhomItWasTold() {
    // withoutNamedAddressee: the name ends where an organization's gives way to another kind,
    // before a title, and after a body's noun
    assertEquals(List.of("Italian policy \"rejects and condemns\" such raids"),
        indirect("Mr Rossi told Reuters Italian policy \"rejects and condemns\" such raids."));
    assertEquals(List.of("road safety worries over the bypass remained"),
        indirect("Mr Ollis told a Commons select committee road safety worries over the bypass "
            + "remained."));
    // withSubjectAfterAddressee: a person's name after the outlet is the clause's subject
    assertEquals(List.of("Mr Kemp had quietly dropped the toll plan"),
        indirect("On Monday, Ms Ortiz told BBC Radio 4's Today programme Mr Kemp had quietly "
            + "dropped the toll plan."));
    assertEquals(List.of("Mr Hartley had always opposed the port tolls"),
        indirect("Union leader Sam Pryce told the BBC Mr Hartley had always opposed the port "
            + "tolls."));
  }

  @Test
  void aRefusalInTheCuesTenseAfterACopulaIsTheSpeakersNextAct() {
    // beforeCuesConjunct: the parser hung the refusal from the content's copular noun
    List<String> found = indirect("Mayor Ann Gill again insisted there could be no deals about "
        + "the harbour but twice declined to say whether or not she had met the owners.");
    assertTrue(found.contains("there could be no deals about the harbour"), found.toString());
  }
  @Test
  void aVerblessRestAfterAMedialReportingClauseIsMoreOfWhatWasSaid() {
    // withVerblessConjunct: a participle or a noun phrase after "and"/"but" needs a clause to
    // be the writer's own, so it is the speaker's second piece
    assertEquals(List.of("City officials were talking up the tram … failing to fund it"),
        indirect("City officials were talking up the tram, the Green Party said, but failing to "
            + "fund it."));
    assertEquals(List.of("There were many new stalls this year … a few that had won prizes "
            + "before"),
        indirect("There were many new stalls this year, Ms Ortiz added, and a few that had won "
            + "prizes before."));
    // a finite verb of its own may be the writer's narration: left as it is
    assertEquals(List.of("Harbour fees had risen for five years"),
        indirect("Harbour fees had risen for five years, Ms Gill said, and the mayor resigned."));
    // nor is an aside in brackets the speaker's
    assertEquals(List.of("In Ohio, Mr Kemp won 54 percent of union households"),
        indirect("In Ohio, Mr Kemp won 54 percent of union households, according to exit polls "
            + "(a sizable margin, but one that is slightly smaller than his support elsewhere)."));
  }
  @Test
  void aPresentClauseAfterAContentUnderWillIsTheSpeakersToo() {
    // BackshiftedConjunct.reportedPresent: "will" is a present a past cue did not shift
    List<String> found = indirect("The dairy group said its main focus will be on improving "
        + "profits, and it is planning to raise investment in its 40 main brands.");
    assertEquals(List.of("its main focus will be on improving profits, and it is planning to "
        + "raise investment in its 40 main brands"), found);
    // the past after a shifted "would" may be the writer's narration: left out
    assertEquals(List.of("its main focus would be on improving profits"),
        indirect("The dairy group said its main focus would be on improving profits, and it "
            + "was planning to raise investment in its 40 main brands."));
  }
  @Test
  void aSecondParticipleOfAPassiveIsNoSecondSaying() {
    // ReportedClauses.reportingSubject: "or explained" shares "to be", it reports nothing
    assertEquals(List.of("\"vlog\" was the word that readers have asked to be defined or "
            + "explained most often over the last year"),
        indirect("The Harbor Dictionary said \"vlog\" was the word that readers have asked to "
            + "be defined or explained most often over the last year."));
  }

  @Test
  void aJudgementWithItAfterWhatWasSaidIsTheSpeakers() {
    // BackshiftedConjunct.judgesWithIt: narration does not judge what one may do
    assertEquals(List.of("he believed the slowdown in harbour traffic was temporary and it was "
            + "dangerous to assume that fees had peaked"),
        indirect("However, Mr Lund said he believed the slowdown in harbour traffic was "
            + "temporary and it was dangerous to assume that fees had peaked."));
  }

  @Test
  void anotherShareOfThePollSetBesideTheFirstIsTheWritersAccount() {
    // PollComparison.beforeOtherShare
    assertEquals(List.of("the economy was getting worse", "it was improving"), indirect("In "
        + "percentage terms, an average of 41% of respondents in each country said the economy "
        + "was getting worse, compared to 33% who said it was improving."));
    assertEquals(List.of("Mr Blair was a good leader"), indirect("Meanwhile, 31% said Mr Blair "
        + "was a good leader and 37% disagreed."));
    assertEquals(List.of("they have moved parts of their business abroad"), indirect("About "
        + "27% of the bosses polled say that they have moved parts of their business abroad, and "
        + "another 12% plan to do so in the future."));
    // a share inside what a named speaker said stays
    assertEquals(List.of("sales rose by 5% and 40% of the stores were full"), indirect("Mr Lund "
        + "said sales rose by 5% and 40% of the stores were full."));
  }

  @Test
  void anActJoinedToWhatWasSaidOfAThingIsTheSpeakersNextAct() {
    // ReportedClauses.anotherStatement: a thing cannot urge or offer
    assertEquals(List.of("the law had failed", "ministers to ban the practice"),
        indirect("The charity said the law had failed and urged ministers to ban the practice."));
    assertEquals(List.of("the result was a great day for the country"), indirect("Mr Blair said "
        + "the result was a great day for the country and offered his congratulations, as did "
        + "Mr Howard."));
    // a participle that describes a sum is no act
    assertTrue(indirect("The bank said consumer credit rose by 1.5bn in December, more than the "
        + "1.4bn expected and above the 1.4bn reported in the previous month.").get(0)
        .contains("reported in the previous month"));
  }

  @Test
  void aParticipleOfSayingAfterWhileIsTheSpeakersNextAct() {
    // SecondCueParticiple.before
    assertEquals(List.of("there could be a number of reasons for a fall in the borrowing, which "
        + "include credit cards and personal loans"), indirect("The bank said there could be a "
        + "number of reasons for a fall in the borrowing, which include credit cards and "
        + "personal loans, while noting that such figures can vary from month to month."));
  }

  @Test
  void toAddToSomethingIsNotToSayIt() {
    // NotSaid.addedTo: "adding to its losses" right after the verb, wherever the parser put
    // the clause
    assertEquals(List.of("the black market already costs it billions every year"),
        indirect("The film industry says the black market already costs it billions every year "
            + "and it is worried that illegal file-sharing is adding to its losses."));
  }

  @Test
  void aPresentVerbWithNoSubjectAfterAPastCueIsTheSpeakersPresent() {
    // BackshiftedConjunct.lexicalPresent
    assertEquals(List.of("the channel follows the same rules as other broadcasters and reflects "
        + "what its viewers want"), indirect("Spokeswoman Ann Lee said the channel follows the "
        + "same rules as other broadcasters and reflects what its viewers want."));
    // a verb in the past is the writer's narration
    assertEquals(List.of("the channel follows the rules"), indirect("Ms Lee said the channel "
        + "follows the rules and left the room."));
  }

  @Test
  void whatSomethingWasInThePlainPastAfterAPastCueIsTheSpeakersState() {
    // BackshiftedConjunct.pastState
    assertEquals(List.of("nothing had changed in his work with the bank and it was a matter he "
        + "would have to discuss with the other partners"), indirect("Alan Pike met the "
        + "committee on Monday. He said nothing had changed in his work with the bank and it was "
        + "a matter he would have to discuss with the other partners."));
    assertEquals(List.of("the studio had been used by the singer for many years, and was where "
        + "he recorded his last album"), indirect("His publicist Jerry Mold said the studio had "
        + "been used by the singer for many years, and was where he recorded his last album."));
    // an adjective with no subject of its own tells how the speaker was
    assertEquals(List.of("tests had shown no finds in one of its fields"), indirect("The oil firm "
        + "said tests had shown no finds in one of its fields, but was upbeat about other areas."));
    // an event of the writer's narration stays out
    assertEquals(List.of("the talks had failed"), indirect("Ms Lee said the talks had failed, and "
        + "the mayor resigned."));
  }

  @Test
  void aContentDoesNotStopBetweenANounAndItsQuotedModifier() {
    // UnfinishedNoun.extend: the parser made the noun after the quotation the sentence's root
    assertEquals(List.of("there would be no \"Las Vegas-style\" super-casinos"), indirect("Tessa "
        + "Lowell spoke on Monday. She told the Guardian newspaper there would be no \"Las "
        + "Vegas-style\" super-casinos, as rumoured in the press."));
  }

  @Test
  void aQuotedWordOfANounPhraseIsNoStatementBeforeTheClause() {
    // ReportedClauses.statementBefore: the quotation holds no verb
    assertEquals(List.of("Ten years of \"golden\" economic performance may come to an end in "
        + "2005 with growth slowing markedly"), indirect("Ten years of \"golden\" economic "
        + "performance may come to an end in 2005 with growth slowing markedly, City consultancy "
        + "Deloitte has warned."));
  }

  @Test
  void whatFollowsTheSpeakerOfAnInvertedCueAfterAQuotationIsNoContent() {
    // ReportedClauses.invertedAfterQuote
    assertEquals(List.of(), indirect("\"China won't allow any new tobacco factories to be "
        + "built, including joint ventures\", said Xing Wang, a spokesman for the State Tobacco "
        + "Administration Monopoly quoted in China Daily."));
    // a participle after a quotation reports a clause of its own
    assertEquals(List.of("the detention had driven four of the men to \"madness\"",
        "two were being held in hospital"), indirect("Solicitor Gareth Pike claimed the "
        + "detention had driven four of the men to \"madness\", saying two were being held in "
        + "hospital."));
  }

  @Test
  void aSayingThatItJudgesIsNobodysStatement() {
    // NotSaid.judgedByIt: only the spokesman's judgement is said
    assertEquals(List.of("it was addressing \"the difficult issue\" of returning children who "
        + "arrive alone", "it was wholly wrong to suggest that the plan was to return the children "
        + "\"and leave them to fend for themselves\""), indirect("The department said it was "
        + "addressing \"the difficult issue\" of returning children who arrive alone. A spokesman "
        + "for the Home Office said it was wholly wrong to suggest that the plan was to return "
        + "the children \"and leave them to fend for themselves\"."));
    // someone who was wrong to say something said it
    assertTrue(indirect("The minister said Mr Hale was wrong to say the law was biased in "
        + "favour of burglars.").contains("the law was biased in favour of burglars"));
  }

  @Test
  void anotherSpeakersCueAfterAConjunctionEndsWhatWasSaid() {
    // ReportedClauses.othersCue: the parser hung the second cue from the first
    assertTrue(indirect("But several nations criticised the approach, and European Union "
        + "ambassador to the trade body, Carl Trojan, said the application \"must be treated "
        + "independently of political issues\".").stream().noneMatch(c -> c.contains("Trojan")));
  }

  @Test
  void theWritersClosingWordsAreNotWhatWasSaid() {
    // WritersClose: other people's words set against it, the writer's summing up of a move
    assertEquals(List.of("he still trusted the finance minister"), indirect("Mr Perera "
        + "insisted he still trusted the finance minister, despite claims to the contrary in a "
        + "new book."));
    assertEquals(List.of("Prices would not rise before the election"), indirect("Prices would "
        + "not rise before the election despite speculation about a May poll, the minister "
        + "said."));
    assertEquals(List.of("the lender should restate its earnings"), indirect("The regulator "
        + "said the lender should restate its earnings, a move that is likely to cut its "
        + "profits by billions."));
    // what the speaker would not say, after a reporting clause inside the sentence
    assertEquals(List.of("growth in the first half of the year will slow"), indirect("But "
        + "already it looks likely that growth in the first half of the year will slow, Mr "
        + "Perera told reporters, although he would not say by how much."));
    // a "despite" of things, not words, is the speaker's
    assertEquals(List.of("the bank had kept rates on hold despite fears of inflation"),
        indirect("Mr Perera said the bank had kept rates on hold despite fears of inflation."));
    assertEquals(List.of("the bank had kept rates on hold despite the strike"),
        indirect("Mr Perera said the bank had kept rates on hold despite the strike."));
  }

  @Test
  void itAfterAPersonsWordsAboutAThingGoesOnWithWhatWasSaid() {
    // BackshiftedConjunct.itOfWhatWasSaid: "it" cannot be the person who spoke
    assertEquals(List.of("the government had too much freedom to pass bills in a hurry and it "
        + "relied too much on the advice of political appointees"), indirect("Lord Hale said "
        + "the government had too much freedom to pass bills in a hurry and it relied too much "
        + "on the advice of political appointees."));
    // a time of its own is the writer's narration moving on; a body's "it" may be the body
    assertEquals(List.of("the government had too much freedom to pass bills in a hurry"),
        indirect("Lord Hale said the government had too much freedom to pass bills in a hurry "
            + "and it later relied on the advice of political appointees."));
    assertEquals(List.of("the government had too much freedom to pass bills in a hurry"),
        indirect("Hale Holdings said the government had too much freedom to pass bills in a "
            + "hurry and it relied on the advice of political appointees."));
  }
}
