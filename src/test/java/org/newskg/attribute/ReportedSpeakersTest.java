package org.newskg.attribute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
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
 * Who said a reported clause, on sentences of our own through the real pipeline: one test per
 * speaker rule the parser's usual reading exercises (a participle after an object, nationality
 * words, representatives, firms the tagger took for people); {@link ParsedSpeakerRulesTest}
 * has the rules for rarer parses; nouns of quantity ("a host of lenders").
 */
@ExtendWith(CoreNlpFixture.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportedSpeakersTest {
  private ArticleProcessor processor;

  @BeforeAll
  void load(ProcessorFactory factory) {
    processor = factory.newProcessor(new StageTimes());
  }

  private List<Statement> indirect(String text) {
    return processor.analyze(new Article(null, null, "Harbor news", "Test Wire", "2025-05-02",
            text, "fixture")).statements().stream()
        .filter(s -> s.kind().equals(Statement.KIND_INDIRECT)).toList();
  }

  /** The same for an article whose headline is given apart from its text, as files give it. */
  private List<Statement> indirect(String headline, String text) {
    return processor.analyze(new Article(null, null, headline, "Test Wire", "2025-05-02",
            text, "fixture")).statements().stream()
        .filter(s -> s.kind().equals(Statement.KIND_INDIRECT)).toList();
  }

  private static Statement only(List<Statement> statements) {
    assertEquals(1, statements.size(), "one indirect statement in " + statements);
    return statements.get(0);
  }

  /** The speaker (name or description) of the reported clause that contains {@code words}. */
  private String speakerOf(String text, String words) {
    return StatementLookup.speakerOf(StatementLookup.containing(indirect(text), words));
  }

  @Test
  void aDescriptionAPossessiveOwnsNamesItsOwner() {
    // OwnedDescriptions: the owner is the reported clause's subject, when it names someone
    assertEquals("Nordhavn Steel's chief executive", speakerOf("Nordhavn Steel, one of "
        + "Europe's largest steel makers, could cut up to 4,000 jobs over the next three years, "
        + "its chief executive has said.", "4,000 jobs"));
    assertEquals("Jerry Oakes's family", speakerOf("Folk singer Jerry Oakes has died in "
        + "Memphis at the age of 88, his family has said.", "has died"));
    // a subject that could own it but has no name: the description stays
    assertEquals("designers", speakerOf("The new chip will run ten times faster than current "
        + "chips, its designers have said.", "ten times faster"));
  }

  @Test
  void anAgedDescriptionIsTheMainPersonTheSentenceBeforeNames() {
    // TopicNominals once attribution is done: "host" is an epithet, the age makes it a person
    assertEquals("Ann Berg", speakerOf("Ann Berg has stepped down as host of the Saturday "
        + "quiz show Mind Games after six years. The 31-year-old host, who also presents a "
        + "cookery programme, said she wanted to concentrate on new projects.",
        "new projects"));
    // a player's caps date them as an age does
    assertEquals("Michael Owen", speakerOf("Michael Owen is set to captain Wales against "
        + "Scotland on Saturday.\n\nCoach Mike Ruddock says the 24-year-old should take the "
        + "armband from the injured Thomas. Ruddock praised Owen's contribution as vice-captain "
        + "in this year's wins.\n\nThe 22-cap Dragons man says that Thomas will be badly "
        + "missed, though.", "badly missed"));
  }

  @Test
  void anAgedDescriptionIsThePersonTheHeadlineNamesAndTheArticleNamesMost() {
    // TopicNominals: the sentence before names only a woman; "he" is said of the actor
    String film = "Hollywood star Erik Lund is to make a thriller in Norway. The new picture is "
        + "expected to be similar to Lund's action films of the 1990s. Another Hollywood star is "
        + "being lined up to co-star, while the rest of the cast will be Norwegian. Ida Berg, "
        + "star of Fjord Nights, is the studio's choice.\n\nOn a visit to Oslo, the 58-year-old "
        + "actor said he hoped to start shooting next year.";
    assertEquals("Erik Lund", StatementLookup.speakerOf(StatementLookup.containing(
        indirect("Lund set for Arctic adventure", film), "start shooting")));
    // the person named in what was said is not the one who says it
    String rugby = "Nils Dahl is set to captain Norway against Sweden on Saturday.\n\nCoach "
        + "Ola Moe says the 24-year-old should take the armband from the injured Per Holm. Moe "
        + "praised Dahl's play as vice-captain in this year's wins, notably in Oslo after Holm's "
        + "injury.\n\nThe 22-cap Dragons man says that Holm will be badly missed, though.";
    assertEquals("Nils Dahl", StatementLookup.speakerOf(StatementLookup.containing(
        indirect("Dahl set for skipper role", rugby), "badly missed")));
  }

  @Test
  void aWingIsAPlayerTheSentenceBeforeHasForSubject() {
    // TopicNominals: "wing" is an epithet the animacy list lacks (it has "winger")
    assertEquals("Tom Lund", speakerOf("Norway's Tom Lund has claimed he was denied a late "
        + "try in his side's loss to Sweden.\n\nThe Harbour wing insisted he grounded the ball "
        + "when he was bundled over the line.", "grounded the ball"));
  }

  @Test
  void aDescriptionInBritishSpellingIsTheMainPersonTheSentenceBeforeHasForSubject() {
    // TopicNominals: the animacy list has "medalist", news writes "medallist"
    assertEquals("Jane Kerr", speakerOf("Jane Kerr has sued a former coach over claims that "
        + "she cheated in the trials.\n\nThe Olympic gold medallist says the coach damaged her "
        + "name and she wants an apology.", "damaged her name"));
  }

  @Test
  void aSentenceBeforeThatOpensWithAStrayQuotationMarkStillHasItsSubject() {
    // the splitter leaves the closing mark of a quotation in two parts at the next sentence's
    // start, and the parser makes it the root
    assertEquals("Tom Vale", speakerOf("Tom Vale, 19, is renting out the side of his car to "
        + "advertisers.\n\nHe added: \"I would not show a gun. \"Other than that I would take "
        + "any brand at all.\" He said he would use the money for college. The student said his "
        + "father was not surprised at all.", "not surprised"));
  }

  @Test
  void aBodyNounWithANameOfItsOwnIsNoOtherBody() {
    // BodyNominals: the tagger missed "the Anti-Phishing Working group"; it is not Lycos
    assertEquals("Anti-Phishing Working group", speakerOf("Web portal Lycos Europe reported a "
        + "500% increase in the number of fake bank e-mails it was catching. The Anti-Phishing "
        + "Working group reported that the number of attacks was growing at a rate of 30% a "
        + "month.", "number of attacks"));
  }

  @Test
  void theSourceOfAnOpeningAccordingToRunsUpToTheFirstComma() {
    // AccordingToApposition.withSourcesRest: the parser took the source's last words for the
    // start of what was said
    Statement s = only(indirect("According to research from shipping analysts the Hallam "
        + "Group, up to 45% of cargo is now carried at night."));
    assertEquals("up to 45% of cargo is now carried at night", s.quote().inner().text());
    assertEquals("Hallam Group", StatementLookup.speakerOf(s));
    // a clause before the comma stays what was said
    assertEquals("the ferry will sail at noon", only(indirect("According to the harbour "
        + "master, the ferry will sail at noon.")).quote().inner().text());
  }

  @Test
  void aNameSetOffAfterAccordingToIsTheSourceNotWhatWasSaid() {
    // AccordingToApposition
    Statement s = StatementLookup.containing(indirect("According to technology analysts, "
        + "Vantage Research, there will be 20 million subscribers in under six years."),
        "20 million");
    assertEquals("there will be 20 million subscribers in under six years",
        s.quote().inner().text());
    assertEquals("Vantage Research", StatementLookup.speakerOf(s));
  }

  @Test
  void aPoliceForceNamedByItsHeadquartersSpeaksAndHasSpokesmen() {
    // "Scotland Yard" is a seat in organization-aliases.tsv, as "the Kremlin" is
    assertEquals("Metropolitan Police Service", speakerOf("Files with details of the "
        + "president's visit to London were found by a member of the public. Scotland Yard said "
        + "the policing operation had been reviewed. A spokesman said the president's safety "
        + "had not been compromised.", "safety"));
  }

  @Test
  void aDescriptionKeepsTheNamedBodyItIsAt() {
    // Clauses.withWhatItIsOf: "at" before a name, as "in" and "by"
    assertEquals("former senior manager at Nordagro", speakerOf("A former senior manager at "
        + "Nordagro directed a local consulting firm to give a bribe to an official in 2002. "
        + "The manager told the firm to disguise the invoice for the bribe as consulting fees.",
        "disguise the invoice"));
  }

  @Test
  void aCountrysCourtOrCitizenIsNotTheCountry() {
    // CountryModifiers: only the state's organs and people speak for it
    assertEquals("US court", speakerOf("Nordoil has filed for bankruptcy protection in the US. "
        + "On Thursday, a US court said it will hear arguments on the claim in February.",
        "hear arguments"));
    assertEquals("United States", speakerOf("Nordoil has filed for bankruptcy protection in "
        + "the US. On Thursday, US officials said they would oppose the claim.",
        "oppose the claim"));
  }

  @Test
  void aDescriptionIsNotThePersonItsOwnWordsName() {
    // NamedInOwnWords: the main person of the sentence before is the one spoken of
    assertEquals("former finance officer", speakerOf("Mr Lund, 63, has always insisted that "
        + "he knew nothing of the missing funds. The former finance officer said Mr Lund knew "
        + "about the false entries made between 2001 and 2003.", "false entries"));
  }

  @Test
  void aHyphenedBodyNounIsTheBodyThatSpokeBeforeNotOneItSpeaksOf() {
    // "think-tank" is three tokens; the body's name after "says" is the verb's subject
    assertEquals("Centre for Civic Research", speakerOf("Local councils could use online "
        + "forums to rebuild trust, says the Centre for Civic Research (CCR).\n\nExisting "
        + "sites such as Amazon could offer a good model for such forums, says the think-tank.",
        "a good model"));
  }

  @Test
  void aNounThatEndsAnOrganizationsNameIsThatOrganization() {
    assertEquals("Coastal Anglers Alliance", speakerOf("At the High Court on Wednesday, the "
        + "Coastal Anglers Alliance failed to have the Fishing Act ruled invalid.\n\nThe "
        + "alliance says anglers will test this law to its limits on Saturday.", "its limits"));
  }

  @Test
  void aReportIsTheBodyAParticipleBeforeItsNextMentionNamesAsItsProducer() {
    // DocumentSources: "Produced by X" hangs on the verb of the document it describes
    assertEquals("Orbit Research", speakerOf("Shoppers want music rather than films on the "
        + "move, says a report.\n\nProduced by Orbit Research the analysis of the portable "
        + "player market found only 13% of Europeans want to watch video on the go.",
        "rather than films"));
  }

  @Test
  void aDocumentIsTheBodyThatMadeItWhereverTheParserHangsTheMaker() {
    // DocumentSources: the agent of the passive that made the survey, the subject of
    // "conducted" with the survey for object, and a work that is no document "compiled by" a
    // body
    assertEquals("Agrimetrics", speakerOf("Most small farms expect higher profits this year, a "
        + "survey of 900 growers suggests.\n\nThe survey of growers in Norway and Sweden was "
        + "carried out by consultancy group Agrimetrics.", "higher profits"));
    assertEquals("Greenfield Partners", speakerOf("Most small farms expect higher profits this "
        + "year, a survey of 900 growers suggests.\n\nRising fuel costs remain their biggest "
        + "worry. When consultants Greenfield Partners conducted the same survey two years ago, "
        + "most growers were gloomy.", "higher profits"));
    assertEquals("Institute of Consumer Technology", speakerOf("The Nordic Pad is the best "
        + "tablet of the year, according to a league table compiled by the Institute of "
        + "Consumer Technology.", "best tablet"));
  }

  @Test
  void aNameThatEndsAnOpeningPhraseWithoutACommaIsTheSubject() {
    // Clauses.subjectOf: the parser runs "on Wednesday" into the name and leaves "said"
    // without a subject; the earlier speaker is not the one who said it
    String text = "The harbour board has said a short list of projects is being drawn up.\n\n"
        + "But on Wednesday Finance Minister Anna Lindqvist said the board was planning to sell "
        + "300 berths.\n\nIn March harbour chief Tom Berg said it was vital that fees "
        + "stayed low.";
    assertEquals("Anna Lindqvist", speakerOf(text, "300 berths"));
    // "Conte" taken for the object of "said" leaves "told" without its subject
    List<Statement> told = indirect("Skipper Maria Holm said Erik Lund at first told her "
        + "the engine was sound, only to change his story later.");
    assertEquals(List.of("Maria Holm", "Erik Lund"),
        told.stream().map(StatementLookup::speakerOf).toList());
    assertEquals("Tom Berg", speakerOf(text, "fees stayed low"));
  }

  @Test
  void aSubjectAfterAVerbSetOffInsideWhatItReportsIsTheVerbs() {
    // Clauses.subjectOf: the parser makes "analysts" the subject of "worked" and the clause's
    // own subject its apposition; the earlier speaker did not say it
    assertEquals("analysts", speakerOf("Harbour fees rose by 5% last year, said Tom Berg of "
        + "Nordbank.\n\nLocally, too, say analysts, recent political developments have worked "
        + "to the market's advantage.", "political developments"));
  }

  @Test
  void figuresInsideSomeonesWordsAreWhatTheyReadFromThem() {
    // SieveAttributor.nestedFinding: data speak inside the reporter's clause, not on their own
    List<Statement> said = indirect("Harbour master Tom Lee said its figures suggested that "
        + "most berth holders were happy with the new fees.");
    assertEquals(List.of("Tom Lee"), said.stream().map(StatementLookup::speakerOf).toList());
  }

  @Test
  void aHeIsNoNumberOfPeople() {
    // DescribedAntecedent: "the vast majority" is a subject before "He", but no one person
    assertEquals("Tom Berg", speakerOf("Harbour Commission chairman Tom Berg said there was "
        + "anecdotal evidence of errors in the register, the vast majority of which were caused "
        + "by genuine mistakes. He argued local councils could look harder at promoting "
        + "targeted campaigns.", "targeted campaigns"));
  }

  @Test
  void sourcesInABodyAreNotTheBody() {
    // Subjects.organizationOf: sources speak unnamed; a spokesman speaks for the body
    String text = "The harbour tapes went missing last month.\n\nSenate sources say the tapes "
        + "may have been stolen from a plane by baggage handlers. A Senate spokesman said an "
        + "inquiry had begun.";
    assertEquals("Senate sources", speakerOf(text, "baggage handlers"));
    assertEquals("Senate", speakerOf(text, "inquiry had begun"));
  }

  @Test
  void aVerbOfSayingJoinedToAThingsVerbIsTheFindersAct() {
    // Clauses.subjectOf: "warned" hangs on "faced", whose subject, an economy, cannot speak
    assertEquals("chamber", speakerOf("The Nordic Chamber of Trade surveyed 5,000 firms.\n\n"
        + "However, the chamber found the whole regional economy still faced \"major risks\" "
        + "and warned that growth is set to slow.", "set to slow"));
  }

  @Test
  void aDocumentsAuthorIsReadFromItsWordsWhereTheTaggerOrParserMissedIt() {
    // DocumentSources: a name the tagger missed after "by" or "from" describes the speaker; a
    // name the parser made the verb's subject is still the author; a name that only
    // qualifies a noun is none
    assertEquals("Office of the Harbour Commissioner", speakerOf("Berth fees fell 0.7% in "
        + "December, according to figures from the Office of the Harbour Commissioner.",
        "Berth fees"));
    assertEquals("Tidewater", speakerOf("A quarter of sailors upload videos every week, "
        + "according to a report by UK think-tank Tidewater.", "upload videos"));
    assertEquals("research", speakerOf("Sales of harbour bonds rose, according to research "
        + "from a City investment bank.", "harbour bonds"));
    assertEquals("Nokia", speakerOf("Research by handset maker Nokia shows that more people "
        + "use their phone for every call. According to the study, more than 45 million people "
        + "now only use a mobile.", "45 million"));
  }

  @Test
  void researchFromABodyIsThatBodysButReportsFromACountryAreNoCountrys() {
    assertEquals("Nordbank", speakerOf("Research from Nordbank, the country's biggest mortgage "
        + "lender, suggests the value of private housing is still rising.", "still rising"));
    assertEquals("reports", speakerOf("Reports from Norway say the harbor fund has paid a "
        + "deposit of $1bn.", "paid a deposit"));
  }

  @Test
  void aParticipleAfterAVerbsObjectIsTheVerbsSubjects() {
    assertEquals("Tomas Berg", speakerOf("Harbor councillor Tomas Berg quit the Coastal "
        + "Alliance on Monday. Mr Berg left the Coastal Alliance saying the new leader would "
        + "ruin the party.", "the new leader"));
  }

  @Test
  void aNationalityWordWithTheIsTheArticlesPersonNotTheCountry() {
    String text = "The sailor Kari Lund was cleared of any wrongdoing on Friday. Lund says the "
        + "boat was damaged before the race. The Norwegian said she did nothing wrong during "
        + "the crossing.";
    assertEquals("Kari Lund", speakerOf(text, "nothing wrong"));
  }

  @Test
  void aPossessedRepresentativeSpeaksForTheOwner() {
    // an organization's lawyers speak for it; a person's speak in words of their own (a
    // lawyer's claim is not the client's own)
    assertEquals("Nordvik Marine", speakerOf("Nordvik Marine was fined on Monday, the Nordic "
        + "Press Agency reported. Nordvik Marine's lawyers claimed that it had been misled by "
        + "the bank.", "misled"));
    assertEquals("Mr Berg's lawyers", speakerOf("Tomas Berg was convicted of fraud on Monday, "
        + "the Nordic Press Agency reported. Mr Berg's lawyers claimed that he had been misled "
        + "by the bank.", "misled"));
  }

  @Test
  void aPersonsLawyersOrAdviserByPronounAreNotThatPerson() {
    // Representatives.counselOfPerson: "her lawyers", "his former adviser" speak in their own
    // words, as "Mr Berg's lawyers" do
    assertEquals("Ann Vale's lawyers", speakerOf("Singer Ann Vale was sentenced to rehab in "
        + "May. Last month her lawyers said she had won back custody of her daughter.",
        "custody"));
    assertEquals("Tom Marsh's former chief economic adviser", speakerOf("Chancellor Tom Marsh "
        + "will meet his golden rule with a margin to spare, according to his former chief "
        + "economic adviser.", "golden rule"));
  }

  @Test
  void aTitleWithItsPortfolioRunsIntoTheHoldersName() {
    // NameAfterTitle: the parser hung the name inside "for women"
    assertEquals("Jane Holt", speakerOf("Labour's deputy minister for women Jane Holt accused "
        + "the Greens of offering false promises to women and said their sums did not add up.",
        "their sums"));
  }

  @Test
  void theShadowChancellorIsNotTheChancellor() {
    // RoleNominals.notThePlainHolder: a qualified office is someone else's
    assertEquals("shadow chancellor", speakerOf("Chancellor Tom Marsh has set out his budget. "
        + "Oliver Lane said the plans would raise taxes. The shadow chancellor added that "
        + "families would pay more.", "families"));
  }

  @Test
  void theCountrysGovernmentIsTheCountry() {
    // GovernmentOfCountry: "the country's government" as "the government"
    assertEquals("Kiribati", speakerOf("Kiribati authorities closed 1,500 net cafes in the "
        + "closing months of 2004, the country's government said.", "net cafes"));
  }

  @Test
  void theFirmIsTheOrganizationLastNamedAsASubjectNotOneMentionedSince() {
    String text = "Nordvik Marine said on Monday that it was close to a deal with Baltic Ferries.\n"
        + "Its ships also carry cargo for Fjord Freight. The firm said the ferry order would "
        + "keep 300 people in work.";
    assertEquals("Nordvik Marine", speakerOf(text, "the ferry order"));
  }

  @Test
  void aFirmCalledByTheFirstWordOfItsNameIsTheFirm() {
    assertEquals("Brandt Holdings", speakerOf("Brandt Holdings cut 300 jobs at the port on "
        + "Monday, the Nordic Press Agency reported. Brandt said the ferries would keep running "
        + "through the winter.", "the ferries"));
  }

  @Test
  void aFirmTaggedBothWaysIsTheFirmByItsLongerName() {
    assertEquals("Vivendi Universal", speakerOf("Vivendi Universal sold its stake in the harbor "
        + "firm last year. Vivendi has rejected the claim, saying the sale was legal.",
        "the sale was legal"));
  }

  @Test
  void aNounOfQuantityGivesWayToThePeopleItCounts() {
    assertEquals("mortgage lenders", speakerOf("House prices will fall next year, a survey "
        + "suggests. A host of mortgage lenders and economists have predicted that prices will "
        + "either fall or stagnate in 2026.", "stagnate"));
  }

  @Test
  void aNameThatEndsTheReportedClauseIsNotItsSpeaker() {
    assertEquals("MPs", speakerOf("Housing plans criticised by MPs\n\n\"Lasting harm\" will be "
        + "caused by plans to build more than 200,000 homes in northern England, MPs have "
        + "warned.\n\nThe committee said the plans ignored water supplies.", "Lasting harm"));
  }

  @Test
  void theRoleIsNotATitleWithARankOfItsOwn() {
    // "the prime minister" is not the deputy prime minister named since
    assertEquals("Ann Berg", speakerOf("Prime Minister Ann Berg took office in May. The book "
        + "says that at a dinner hosted by Deputy Prime Minister Tom Hale she told colleagues of "
        + "her plans. But the prime minister said she had discussed these claims with the "
        + "chancellor.", "discussed these claims"));
  }

  @Test
  void aParticipleAfterAReportingClauseGoesOnWithIt() {
    assertEquals("Michael Hollis", speakerOf("Michael Hollis, the opposition leader, set out "
        + "the choices facing the country. Mr Ferris has failed to fix the railways, he "
        + "claimed, saying he has the wrong plan for them.", "wrong plan"));
  }

  @Test
  void aPronounIsNotTheNameInWhatItsVerbReportsEvenWhenNoSubjectIsNear() {
    // no named subject in this or the previous paragraph: the fallback, the person named last,
    // is not Mr Ferris, whom "he claimed" reports on
    assertEquals("Michael Hollis", speakerOf("Ed Ferris has failed, Michael Hollis has said.\n\n"
        + "Mr Hollis also paid tribute to the rescue teams.\n\n"
        + "He went on to reflect on the values that most people hold dear. Looking ahead, he "
        + "set out the choices facing voters.\n\n"
        + "Mr Ferris has failed to tackle these problems, he claimed.", "tackle these"));
  }

  @Test
  void aPossessiveBeforeASpeechNounIsThePersonNamedLastBeforeIt() {
    assertEquals("Karl Stone", speakerOf("Anna Berg has filed a lawsuit against gym owner Karl "
        + "Stone following his allegations that he sold her banned pills.", "banned pills"));
  }

  @Test
  void aNumberAfterACapitalizedSubjectStaysInItsDescription() {
    assertEquals("Number 10", speakerOf("Number 10 said ministers were focused on the budget "
        + "and not on rumours.", "the budget"));
  }

  @Test
  void theyAfterTwoPeopleNamedAsOneSubjectIsThosePeople() {
    assertEquals("Lady Justice Hale and Mr Justice Arden", speakerOf("Eight men held at a "
        + "northern camp had asked for a full inquiry into their treatment. But Lady Justice Hale "
        + "and Mr Justice Arden ruled that the camp was outside the court's reach. The remaining "
        + "men were never held by soldiers, so their claims had to fail, they said.",
        "their claims had to fail"));
  }

  @Test
  void aReportingClauseTheParserLeftAtTheEndOfItsContentNamesTheSpeaker() {
    assertEquals("Ulrich Bez", speakerOf("The Corvina is \"the finest car we have ever built\", "
        + "said Marlow's chief executive Ulrich Bez. There is currently a long waiting list for "
        + "the GT4, Mr Bez said.", "waiting list"));
  }

  @Test
  void aReportingClauseThatClosesTheSentenceIsItsSpeakersNotPartOfAnotherClause() {
    List<Statement> all = indirect("Retail surveys suggest a weaker economy than official "
        + "figures, Ms Fenwick said.");
    assertEquals(1, all.size(), all.toString());
    assertEquals("Fenwick", all.get(0).speaker().label());
    assertEquals("Retail surveys suggest a weaker economy than official figures",
        all.get(0).quote().inner().text());
  }

  @Test
  void aSpeechNounNoOneIsSaidToMakeIsNobodysStatement() {
    List<Statement> all = indirect("Analyst Mike Stone said the sale had gone smoothly. The "
        + "future of the Nordvik refinery remains unclear amid widespread suggestions that the "
        + "buyer was set up as a front for other interests.");
    assertEquals(List.of(), all.stream()
        .filter(s -> s.quote().inner().text().contains("a front for")).toList());
  }
  @Test
  void theHeadOfANamedPartyIsAPersonNotTheParty() {
    // a party spokesman speaks for the party; its leader is a person: here the one named
    // right before (RoleNominals.asHolder), not the party
    assertEquals("Tove Lind", speakerOf("Tove Lind opened the Harbour Party's "
        + "campaign in Bergen on Monday. Some in the party want her to promise lower fares. As "
        + "the Harbour Party leader declared, the vote is a choice between two kinds of town.",
        "a choice"));
    // with no one named before, the leader is described
    assertEquals("Harbour Party leader", speakerOf("Some in the Harbour Party want lower fares. "
        + "As the Harbour Party leader declared, the vote is a choice between two kinds of town.",
        "a choice"));
    assertEquals("Harbour Party", speakerOf("A Harbour Party spokesman said the vote was a "
        + "choice between two kinds of town.", "a choice"));
  }

  @Test
  void aBodyNamedWithOfKeepsItsWholeName() {
    assertEquals("Office of the Deputy First Minister", speakerOf("Ferry fares rose "
        + "slightly in March, the Office of the Deputy First Minister (ODFM) has said.",
        "Ferry fares"));
  }
  @Test
  void aFirmOfACountryIsNotTheCountrysVoice() {
    assertEquals("US firm", speakerOf("A US firm has said it is in final talks to buy the "
        + "harbour shops.", "final talks"));
    assertEquals("United States", speakerOf("US officials said the deal would be reviewed.",
        "reviewed"));
  }
  @Test
  void aPlayerOfANamedTeamSpeaksAsAPerson() {
    assertEquals("Norway striker", speakerOf("Recent talk has linked Holm with a move back to "
        + "Norway, with Rosenborg showing interest, but the Norway striker said he is not ready "
        + "to return.", "not ready"));
    assertEquals("Rosenborg", speakerOf("A Rosenborg spokesman said the club would wait.",
        "would wait"));
  }
  @Test
  void aTitleCaseNameWithACapitalPrepositionIsKeptWhole() {
    assertEquals("Farmers Against Pylons", speakerOf("The Farmers Against Pylons group said "
        + "the line would cross six valleys.", "six valleys"));
  }
  @Test
  void anOfficeIsNotTheSpokesmanNamedBeforeIt() {
    assertEquals("chancellor", speakerOf("Budget row deepens\n\nTom Berg, the Harbour "
        + "Party's Treasury spokesman, said the plans would cost families dearly. The "
        + "chancellor meanwhile insisted his spending plans were affordable.", "affordable"));
  }
  @Test
  void aPhraseAPrepositionOpensIsNoAppositionToTheNameBeforeIt() {
    assertEquals("reports", speakerOf("Jol has been linked with the vacant post at Rosenborg, "
        + "with reports saying he has fallen out with the club's director.", "fallen out"));
  }
  @Test
  void aBodyNamedWithTheNounIsTheOneItSpeaksFor() {
    assertEquals("Coastal Institute of Health", speakerOf("The findings were published in the "
        + "Proceedings of the Harbour Academy of Sciences. The research team, from the Coastal "
        + "Institute of Health in Bergen, said the work was another step forward.",
        "another step"));
  }
  @Test
  void aDescriptionKeepsWhoseItIs() {
    assertEquals("harbour watchdog's chairman", speakerOf("The harbour watchdog's chairman has "
        + "said he is willing to soften the new rules.", "soften"));
  }
  @Test
  void theOneALetterWasSentToIsNotItsAuthor() {
    assertEquals("letter", speakerOf("Harbour Ferries sent letters to its drivers last week. A "
        + "letter sent to Tom Lee said his contract would not be renewed.", "contract"));
  }
  @Test
  void aNameInsideAnAppositionBeforeTheCueIsNotTheSpeaker() {
    assertEquals("Dave Morrow", speakerOf("His comments come after Dave Morrow, the leader of "
        + "the country's biggest union Unitas, told the Evening Post he wants a date to be set "
        + "for Mr Lund to be replaced as party leader.", "a date to be set"));
  }

  @Test
  void aBodyNounIsTheBodyTheArticleIntroducedWithIt() {
    String text = "Irish publishing group Harbour News & Media is buying a 26% stake in Indian "
        + "newspaper company Varsha in a deal worth 25m euros.\n\nVarsha publishes the "
        + "country's top-selling daily newspaper, which has been in circulation for 62 years. "
        + "News of the deal came as the group announced that its results would meet market "
        + "forecasts.";
    assertEquals("Harbour News & Media", speakerOf(text, "market forecasts"));
  }
  @Test
  void aNameTheParserHungInAppositionBeforeASubjectlessCueIsItsSpeaker() {
    String text = "The EU and US have agreed to begin talks on ending subsidies given to truck "
        + "makers, EU Trade Commissioner Erik Lindgren has announced.\n\nBoth sides hope to "
        + "reach a negotiated deal over state aid received by European truck maker Volvan and "
        + "its US rival Tarlow, Mr Lindgren said.";
    assertEquals("Erik Lindgren", speakerOf(text, "negotiated deal"));
  }
  @Test
  void aGerundAfterTheNounOfDespiteHasThatNounForItsSpeaker() {
    assertEquals("Mr Flint's allies", speakerOf("The news comes despite Mr Flint's allies "
        + "saying they had enough support to hold a meeting.", "enough support"));
  }

  @Test
  void aClaimSomeoneRefusesToDenyIsNotTheirs() {
    List<Statement> all = indirect("The chancellor once again refused to deny the claim that "
        + "he told the prime minister he could never trust him.");
    assertTrue(all.stream().noneMatch(s -> s.cue().equals("claim")), all.toString());
  }

  @Test
  void aPersonNamedLikeAMonthIsAPersonAndAMonthStillADate() {
    String text = "British Prime Minister Theresa May said on 3 March that the country would "
        + "formally declare its intention to leave.";
    Statement s = only(indirect(text));
    assertEquals("Theresa May", s.speaker().label());
    var times = processor.analyze(new Article(null, null, "Harbor news", "Test Wire",
        "2025-05-02", text, "fixture")).annotated().times();
    assertEquals(List.of("3 March"), times.stream().map(t -> t.span().text()).toList());
  }

  @Test
  void aPastTenseVerbOfSayingAfterABareVerbGoesWithTheOuterVerb() {
    String text = "Harbour Minister Anna Berg said on Monday that the council would formally "
        + "declare its plan by the end of March and suggested that it would leave the ferry "
        + "alliance.";
    assertEquals("Anna Berg", speakerOf(text, "leave the ferry alliance"));
  }

  @Test
  void aNameBeforeTheAuxiliariesOfAVerbWithoutSubjectIsItsSpeaker() {
    // the parser makes "Holm" a conjunct of "Berg" and "promising" a loose dependent, so the
    // participle has no subject of its own: not the sentence's first subject ("quarrel")
    String text = "The quarrel over fishing in the harbour is also familiar - Anna Berg has "
        + "vowed to bring back lost fishing jobs and roll back harsh quotas, and Erik Holm is "
        + "promising to help fishing towns move out of cod and into new trades.";
    assertEquals("Erik Holm", speakerOf(text, "help fishing towns"));
  }

  @Test
  void americanPartyMembersSpeakAsThemselvesAndThePartyAsThePartyDoes() {
    Statement members = only(indirect("Republicans said the credibility of the harbour "
        + "board was on the line."));
    assertEquals(null, members.speaker(), members.toString());
    assertEquals("Republicans", members.speakerDescription());
    Statement party = only(indirect("The Republican Party said the credibility of the harbour "
        + "board was on the line."));
    assertEquals("Republican Party", party.speaker().label());
    // British plurals name the party itself
    Statement tories = only(indirect("The Tories said the credibility of the harbour board "
        + "was on the line."));
    assertEquals("Conservative Party", tories.speaker() == null ? tories.speakerDescription()
        : tories.speaker().label());
  }

  @Test
  void theSpokesmanIsTheOneWhoseSpokesmanSpokeBefore() {
    String text = "A spokesman for the Harbour Safety Office said it would be classed as "
        + "marketing if parties telephoned voters.\n\nThe spokesman said there was no clear "
        + "answer and the area was grey. He added that complaints would be investigated.";
    assertEquals("Harbour Safety Office", speakerOf(text, "no clear answer"));
    assertEquals("Harbour Safety Office", speakerOf(text, "complaints would be"));
    // no earlier statement with that noun: the description stays
    assertEquals("spokesman", speakerOf("The spokesman said there was no clear answer.",
        "no clear answer"));
  }

  @Test
  void theReportIsTheOneTheArticleIntroducedBefore() {
    String text = "The harbour committee met on Monday. The committee's new report was "
        + "published.\n\nThe report warns that the council should not be scared off "
        + "investment in new ferries.";
    assertEquals("committee's new report", speakerOf(text, "scared off investment"));
    // an office is not the office named in passing before it
    assertEquals("minister", speakerOf("The prime minister's spokesman spoke on Monday. The "
        + "minister had said the ferries would sail.", "ferries would sail"));
  }

  @Test
  void aClaimSomeonePlaysDownIsNotTheirs() {
    for (String text : List.of("The Harbour Council has played down claims that it could step "
        + "in to save the ferry company.", "The Harbour Council brushed aside suggestions that "
        + "it could step in to save the ferry company.")) {
      List<Statement> all = indirect(text);
      assertTrue(all.stream().noneMatch(s -> s.speaker() != null
          && s.speaker().label().contains("Harbour Council") || s.speakerDescription() != null
          && s.speakerDescription().contains("Harbour Council")), all.toString());
    }
  }

  @Test
  void aReportingClauseSetOffInTheMiddleHasItsSubjectAfterTheVerb() {
    List<Statement> all = indirect("A key priority, said the Harbour Forum, is to establish a "
        + "policy based on non-discrimination.");
    Statement s = only(all);
    assertEquals("Harbour Forum", s.speaker() != null ? s.speaker().label()
        : s.speakerDescription());
    assertEquals("A key priority" + ContentAroundCue.GAP + "is to establish a policy based on "
        + "non-discrimination", s.quote().inner().text());
    // with an apposition after the subject, and a clause of its own before the verb
    Statement lee = only(indirect("The problem they face, said Anna Lee, head of harbour firm "
        + "Vessa, is educating people in how to use the new ferries."));
    assertEquals("Anna Lee", lee.speaker().label());
    assertEquals("The problem they face" + ContentAroundCue.GAP + "is educating people in how "
        + "to use the new ferries", lee.quote().inner().text());
    // a phrase after the verb that no predicate follows is its object, not its subject
    assertTrue(indirect("Lindqvist, the former harbour minister, stressed her support of the "
        + "ferry plan, which saved the island school, and said she has the experience for the "
        + "job.").stream().noneMatch(x -> "support".equals(x.speakerDescription())));
  }

  @Test
  void aNameInAppositionIsFoundByAnyOfItsWords() {
    assertEquals("Guy Mansfield", speakerOf("The chairman of the Harbour Council, Guy Mansfield "
        + "QC has warned there is a real risk that people would be driven away.", "real risk"));
  }

  @Test
  void aNounTheParserTookForANamesModifierEndsTheDescription() {
    assertEquals("former Scotland international", speakerOf("The former Scotland international "
        + "added that joining the local rivals would not be a wise move.", "wise move"));
  }
  @Test
  void aNameInsideARelativeClauseOfAnAppositionIsNotTheSpeaker() {
    List<Statement> all = indirect("Vessa Shipping was sold last year. Group Harbour, the "
        + "Gibraltar-based holding company which controls 51% of Vessa Shipping, says this was "
        + "illegal.");
    assertTrue(all.stream().noneMatch(s -> s.speaker() != null
        && s.speaker().label().startsWith("Vessa")), all.toString());
    assertEquals("Group Harbour", speakerOf("Vessa Shipping was sold last year. Group Harbour, "
        + "the Gibraltar-based holding company which controls 51% of Vessa Shipping, says this "
        + "was illegal.", "illegal"));
  }
  @Test
  void aDocumentSpeaksForItsAuthor() {
    assertEquals("Vessa Lines", speakerOf("The statement issued by Vessa Lines also said that the "
        + "booking system it used kept a tenth of the seats free.", "booking system"));
    List<Statement> all = processor.analyze(new Article(null, null, "Harbor news", "Test Wire",
        "2025-05-02", "A report by two harbour committees called for urgent changes to the "
            + "ferry timetable.", "fixture")).statements();
    assertTrue(all.stream().anyMatch(s -> "two harbour committees".equals(
        s.speakerDescription())), all.toString());
  }
  @Test
  void anIndefinitePronounSpeaksForNoOne() {
    List<Statement> all = processor.analyze(new Article(null, null, "Harbor news", "Test Wire",
        "2025-05-02", "Rival Ann Lindqvist had mocked the complaint, saying anybody who "
            + "complains about a ferry horn \u201cis not having a good trip.\u201d", "fixture"))
        .statements();
    assertTrue(all.stream().noneMatch(s -> "anybody".equals(s.speakerDescription())),
        all.toString());
  }
  @Test
  void aHyphenatedModifierStaysWholeInTheDescription() {
    assertEquals("Leuven-based brewery", speakerOf("The Leuven-based brewery said it would own "
        + "most of the voting shares of the Harbour Brewing Company.", "voting shares"));
  }
  @Test
  void aDocumentWithoutAnAuthorSpeaksForTheAuthorNamedNextToIt() {
    String lead = "Ferry fares in the north will rise by a tenth this summer, a report says.\n\n"
        + "A study by Nordvik Marine found that fuel costs had doubled since the spring.";
    assertEquals("Nordvik Marine", speakerOf(lead, "Ferry fares"));
    assertEquals("Nordvik Marine", speakerOf("Harbour traffic fell in March, according to "
        + "research carried out by Nordvik Marine.", "Harbour traffic"));
    assertEquals("Tom Berg", speakerOf("Despite receiving an email from Tom Berg which said "
        + "the firm had misled the market, the inquiry said, she did nothing.", "misled"));
    // "the report" two sentences after the study that names its author
    assertEquals("Harbor Research", speakerOf("Broadband is changing what people do in their "
        + "spare time.\n\nA study by analysts Harbor Research suggested that broadband was "
        + "hurting television. In homes with broadband, 40% said they watched less TV. The "
        + "threat to TV was greatest in the north, said the report.", "greatest in the north"));
    // "a further survey" is another document than the one whose author is named
    String further = "A survey by Nordvik Marine found that most ferries ran late.\n\n"
        + "A further survey said that only 4% of passengers had complained.";
    assertEquals("further survey", speakerOf(further, "passengers had complained"));
  }
  @Test
  void signsConjecturesAndRulesSayNothing() {
    assertTrue(indirect("Speculation suggests that Nordvik Marine will make a bid for the "
        + "ferry line.").isEmpty());
    assertTrue(indirect("The harbour board ranks ports according to the steps they are taking "
        + "towards the targets.").isEmpty());
    assertTrue(indirect("The pattern of traffic to the website suggests that the blocking was "
        + "not due to an attack by vandals.").isEmpty());
  }
  @Test
  void actsDecisionsAndViewsSayNothingButANameWithTheirNounDoes() {
    assertTrue(indirect("The ferry line opened a second route in May. The move suggests that "
        + "Nordvik Marine is preparing for a bid.").isEmpty());
    assertTrue(indirect("Skippers were more gloomy about the winter; their views suggest the "
        + "autumn index could fall to 12.").isEmpty());
    assertTrue(indirect("The sequel promises to expand the island map, with new harbours to "
        + "explore.").isEmpty());
    assertEquals("Harbour Decisions", speakerOf("Fraud on ferry tickets sold online has risen, "
        + "the consultancy Harbour Decisions said. The new gates have caused fraudsters to change "
        + "tack, Harbour Decisions said.", "change tack"));
  }
  @Test
  void aShareOfPeopleIsTheShareNotThePeopleOrTheirCountry() {
    assertEquals("25% of Norwegians", speakerOf("A ferry survey was published on Monday. Only "
        + "25% of Norwegians said a new boat would be their biggest purchase of the year.",
        "biggest purchase"));
  }
  @Test
  void thePaperAndItsItAreTheNewspaperNamedLastEvenOneTheTaggerMissed() {
    String text = "Talks between Rover and its partner have stalled, the Financial Times said on "
        + "Monday.\n\nAccording to the Observer, 3,000 jobs could be lost if the deal goes "
        + "ahead. The paper said that officials believe cutbacks will be required. It also said "
        + "that new models would take at least two years.";
    assertEquals("Observer", speakerOf(text, "officials believe"));
    assertEquals("Observer", speakerOf(text, "new models"));
  }
  @Test
  void anEpithetAfterANameTheParserMadeTheRootIsThatPerson() {
    String text = "Candidate resigns over rival link\n\nA candidate for the Coastal Party has "
        + "resigned after admitting a \"brief attachment\" to a rival group.\n\nNils "
        + "Berg-Olsen, who had been selected to fight the Nordvik seat, quit after reports in a "
        + "newspaper that he attended a meeting of the group. The former teacher confirmed he had "
        + "attended the meeting but said that was the only contact he had with the group. Mr "
        + "Berg-Olsen resigned after being questioned by the party's leaders.";
    assertEquals("Nils Berg-Olsen", speakerOf(text, "only contact"));
  }
  @Test
  void aSpokeswomanAfterItSpeaksForTheBodyItGoesOnWith() {
    String text = "Rival search engine Nordvik Marine has been developing a similar type of "
        + "video search. It offers direct links to websites with clips but does not pinpoint "
        + "when the words were spoken. A spokeswoman told the Harbour Times on Monday that "
        + "Nordvik Marine was adding captions for three broadcasters.";
    assertEquals("Nordvik Marine", speakerOf(text, "adding captions"));
  }

  @Test
  void itAfterADocumentIsTheDocumentsAuthorNotTheBodyNamedBefore() {
    assertEquals("Harbor Research", speakerOf("The Mobile Phone Group said picture messaging "
        + "had grown by 14% since last year. But a recent report from Harbor Research shows how "
        + "hard it is to persuade people to use their phones online. It said that 36% of camera "
        + "phone owners had never sent a picture message.", "36%"));
    // a statement is a document too
    assertEquals("Lars Kvist", speakerOf("The Harbour Party hired Lars Kvist as its campaign "
        + "chief last year. Mr Kvist's statement said the party had gained ground on taxes. It "
        + "added that the Coastal Party wanted to distract voters from the issues.", "distract"));
  }

  @Test
  void aWireReportingSomeoneAsSayingGivesTheirWords() {
    assertEquals("regulator", speakerOf("The fund's chairman resigned on Friday. The fund "
        + "could lose its licence if the losses are confirmed, Reuters reported the regulator "
        + "as saying.", "lose its licence"));
  }

  @Test
  void thePartyIsAPartyNotThePersonTheStoryIsAbout() {
    assertEquals("Conservative Party", speakerOf("Tory hopeful stands down\n\nA Conservative "
        + "candidate is quitting after being quoted as wanting \"a bonfire of the councils\"."
        + "\n\nAnders Lund, who also works in the Tory policy unit, had been due to stand in "
        + "Harwich. He says his remark last month was misrepresented but he will not stand for "
        + "fear of harming the Conservative cause. Mr Lund was quoted in the Harwich Gazette "
        + "saying: \"We plan a bonfire of the councils.\"\n\nIn a statement, the party said the "
        + "remark had been taken out of context.", "out of context"));
  }
  @Test
  void aBodyNounThatOwnsTheDescriptionIsTheOrganizationItStandsFor() {
    // OwnedDescriptions.ownedByBody: one who speaks for it is it; anyone else is its
    assertEquals("Nordhavn Steel", speakerOf("Shares in Nordhavn Steel fell sharply on Monday "
        + "after the firm cut its forecast. The company's spokesman said that demand would "
        + "recover in the spring.", "recover in the spring"));
    assertEquals("Nordhavn Steel's chief executive", speakerOf("Shares in Nordhavn Steel fell "
        + "sharply on Monday after the firm cut its forecast. The company's chief executive "
        + "said that demand would recover in the spring.", "recover in the spring"));
  }

  @Test
  void aGradedDescriptionKeepsItsRank() {
    assertEquals("world's second largest reinsurer", speakerOf("The world's second largest "
        + "reinsurer said storm losses had reached $40bn.", "$40bn"));
  }

  @Test
  void theGovernmentIsTheCountryThatWasTheSubjectRightBefore() {
    // GovernmentOfCountry
    assertEquals("Bolivia", speakerOf("Bolivia has long told foreign miners that it honours the "
        + "deals it signed. But the government insisted that it had to build up its own "
        + "industry to create work.", "its own industry"));
    assertEquals("Malawi", speakerOf("Malawi needs $2bn over the next year to rebuild after the "
        + "floods, its central bank says. The sum could still rise. The landlocked country says "
        + "it will ask the World Bank for $300m towards food and seed.", "World Bank"));
    // another country's government is not the one named before
    assertEquals("Indonesian government", speakerOf("Thailand has asked for help with the "
        + "floods. The Indonesian government said it would send two ships.", "two ships"));
    // a person as the subject before leaves it as it stands
    assertEquals("government", speakerOf("Energy minister Carlos Vega visited the mine on "
        + "Monday. But the government insisted that it had to build up its own industry to "
        + "create work.", "its own industry"));
  }
  @Test
  void aCoordinatedCueGoesOnWithTheReportingClauseSetOffBeforeIt() {
    // CoordinatedCue: "…, Roadlink said, but warned that …"
    assertEquals("Roadlink", speakerOf("The regional coach market is recovering, Roadlink said, "
        + "but warned that it was not gaining since most passengers now took the train.",
        "not gaining"));
  }

  @Test
  void aDescriptionKeepsItsCoordinatedModifiers() {
    assertEquals("Dutch and Belgian governments", speakerOf("The Dutch and Belgian governments "
        + "argue that the cheese name does not belong to one region.", "one region"));
  }

  @Test
  void aDescriptionOfThePersonJustQuotedIsThem() {
    // DescribedLastSpeaker: the one quoted right before, though another is named more often
    assertEquals("Dan Mercer", speakerOf("Tom Fell missed three kicks as the Harriers lost "
        + "20-13 to the Rovers on Saturday. Fell said he was disappointed with his day. Dan "
        + "Mercer said his squad would keep working on their kicking. However, the Harriers "
        + "coach added that he would take some positives from the defeat.", "some positives"));
    // the office the speaker before spoke of is someone else
    assertEquals("prime minister", speakerOf("Tom Hale said the prime minister had failed to "
        + "act on the report. The prime minister said the report had been studied with care.",
        "studied with care"));
  }

  @Test
  void aSpokespersonNamedByPartOfABodysNameSpeaksForIt() {
    // Spokespeople.ofNamedBody: the tagger left the spokesman's name unnamed
    assertEquals("Nordhavn Dairy Holdings", speakerOf("Police have detained three executives "
        + "of Nordhavn Dairy Holdings, the country's third-largest milk producer. Nordhavn "
        + "confirmed its chairman was in custody. A Nordhavn spokesman said it may now move to "
        + "replace him.", "replace him"));
    assertEquals("Ostby Valley Dairy Group", speakerOf("Police have detained three executives "
        + "of Ostby Valley Dairy Group. A Valley spokesman said the company may now move to "
        + "replace its chairman.", "replace its chairman"));
  }

  @Test
  void aCompanySpokesmanSpeaksForTheCompanyTheStoryIsAbout() {
    // Spokespeople.ofBodyNoun: "a company spokesman" is the company "the company" would be
    assertEquals("Nordtel", speakerOf("A man faces charges of breaking into computers at the "
        + "US arm of phone firm Nordtel.\n\nThe Oregon man, Peter Lind Hasse, was arrested in "
        + "May. Mr Hasse tried twice to enter the network and took the names of 300 customers, "
        + "said a company spokesman.", "took the names"));
    // a name in the spokesman's own sentence that holds the noun is the body meant
    assertEquals("Harbour Bank", speakerOf("The Island Banks Association said losses would "
        + "rise this year. More than one in ten of the state-owned Harbour Bank's customers were "
        + "affected, a bank spokesman told reporters.", "one in ten"));
  }

  @Test
  void theGovernmentIsTheCountryTheStoryLeadsWith() {
    // GovernmentOfCountry.headlineCountry: nothing nearer says whose government it is; the
    // government speaks as a body of its own (asBody)
    assertEquals("Chilean government", speakerOf("Chile's jobless rate fell to its lowest level in three "
        + "years in December. The national statistics institute said it fell to 6.1% from 6.9% "
        + "in November. Chile's economy grew by 5% last year. The improvement can be attributed "
        + "to strong growth in mining, the government said.", "strong growth in mining"));
  }

  @Test
  void thePartyIsTheOneNamedBeforeOrInItsOwnWords() {
    // PartyAndPaperNominals: the party's full name where the tagger missed it
    assertEquals("Liberal Democrats", speakerOf("Pensioners are being promised energy savings "
        + "by the Liberal Democrats, as snow and cold temperatures continue.\n\nThe party says "
        + "the plans could save the average pensioner £100 every year. The Lib Dems' spokesman "
        + "Ed Davey said older people would be warmer.", "average pensioner"));
    // its own words name another party than the one named last
    assertEquals("Labour Party", speakerOf("Ann Lee, the Liberal Democrats' housing "
        + "spokeswoman, said raising the threshold would help first-time buyers. She said buyers "
        + "were being squeezed out of the market. The Labour party said the Liberal Democrats "
        + "needed to explain how they would pay for the plan.", "explain how"));
  }

  @Test
  void aPersonsLawyerAgentOrSpokesmanSpeaksInWordsOfTheirOwn() {
    // Representatives.counselOfPerson: the description stays, with the person in it
    assertEquals("Mr Ebbert's lawyers", speakerOf("Mr Ebbert's lawyers have said he was "
        + "unaware of the fraud, arguing that auditors did not alert him to any problems.",
        "unaware of the fraud"));
    // so does a person's spokesman, whom the ranker may have taken for the person
    assertEquals("spokesman for Mr Holt", speakerOf("The five unions which met Mr Holt want "
        + "the government to withdraw the rules. But a spokesman for Mr Holt warned that the "
        + "changes to the pension scheme would have to go ahead in April.", "the changes"));
    assertEquals("Mr Lund's official spokesman", speakerOf("Mr Lund's official spokesman said "
        + "the minister had no plans to change the law.", "no plans"));
    // DelayedIdentification: the agent the next sentence names
    assertEquals("Tom Ashby", speakerOf("Mike Hall's agent has warned Kingsbridge they have "
        + "until next week to improve their contract offer to the winger or risk losing him to "
        + "a rival club.\n\nTom Ashby says he has received an offer for Hall which dwarfs "
        + "Kingsbridge's deal and that two other clubs want to talk.", "until next week"));
  }

  @Test
  void aTheyThatGoesOnWithTheSubjectBeforeIsItsSpeaker() {
    // ContinuedSubject: not the body a clause of the sentence before names
    assertEquals("Conservative Party", speakerOf("But the Conservatives insisted they would "
        + "hold ministers to account over the purpose of the scheme.\n\nThey said they would "
        + "also press Labour over whether objectives could be met and whether the Home Office "
        + "would deliver them. And they pledged to assess the cost of the cards.",
        "to assess the cost"));
  }

  @Test
  void aDescriptionTheArticleGivesOnePersonAsTitleIsThem() {
    // TitledElsewhere: the title comes after the description
    assertEquals("Ann Ridley", speakerOf("Texas has filed a lawsuit against two men believed to "
        + "be among the world's top spammers. The Texas attorney general said it started the "
        + "legal action as the messages broke three laws. \"We will not tolerate this,\" said "
        + "Ann Ridley, Texas attorney general.", "it started the legal action"));
  }

  @Test
  void aTitleBeforeTheNameWithACommaOrAPlaceNamesThePersonToo() {
    // TitledElsewhere: "Scottish Finance Minister, Peter Olsen,": the place says where the
    // office is
    assertEquals("Peter Olsen", speakerOf("Council tax in Scotland is set to rise by about 4% "
        + "next year.\n\nThe finance minister has urged councils to limit increases. Scottish "
        + "Finance Minister, Peter Olsen, said: \"We have been generous with them.\"",
        "to limit increases"));
    // a word of a longer title before it is another office
    assertEquals("finance minister", speakerOf("Council tax in Wales is set to rise by about "
        + "4% next year.\n\nThe finance minister has urged councils to limit increases. "
        + "Deputy Finance Minister, Peter Olsen, said: \"We have been generous with them.\"",
        "to limit increases"));
  }

  @Test
  void aDescriptionThatAddsRightAfterAQuotedPersonIsThemWhateverPlaceItGives() {
    // DescribedLastSpeaker: "added" in the next sentence goes on with the speaker
    String article = "Wales lost 19-13 to France on Saturday.\n\nTom Hale missed three "
        + "penalties. \"I'm very disappointed with the result,\" Hale said. Ann Lee said she "
        + "would keep working on the kicking with her squad. However, the Wales coach %s that she "
        + "would take some positives from the defeat.";
    assertEquals("Ann Lee", speakerOf(article.formatted("added"), "some positives"));
    // without that cue, a place the person is not tied to makes the description someone else
    assertEquals("Wales coach", speakerOf(article.formatted("argued"), "some positives"));
  }

  @Test
  void theLettersOfAMemberRightAfterTheirStatementAreThem() {
    // DescribedLastSpeaker: "the MEP", tagged as a name, is a noun for a person
    assertEquals("Tom Hale", speakerOf("The UK Independence Party has been told to stop using "
        + "its old logo.\n\nTom Hale, the party's leader in the region, said the new rules would "
        + "only help employers and landlords. The MEP said his party would only admit "
        + "foreigners with specific skills.", "specific skills"));
  }

  @Test
  void aBodyTheLeadIntroducesIsTheOneTheNextSentenceOpensWith() {
    // DelayedIdentification: the next sentence's main subject acts for "a US bank"
    assertEquals("Tarnby Bank", speakerOf("A US bank has said it will give more than $8m to "
        + "the victims of the flood under a court settlement.\n\nTarnby Bank will put the "
        + "money in a special fund to be managed by a local charity. The bank had been accused "
        + "of hiding the mayor's assets.", "more than $8m"));
  }

  @Test
  void aSpokesmanForTheFirmSpeaksForTheFirmTheArticleIsAbout() {
    // Spokespeople.ofBodyNoun: "for the firm" as "a firm spokesman"
    assertEquals("Tarnby Energy", speakerOf("Shares in Tarnby Energy fell 18% after a "
        + "disappointing drilling update.\n\nThe company said tests had shown no finds in one "
        + "of its fields. A spokesman for the firm said the new tax would wipe 5% off the "
        + "field's value.", "the new tax"));
  }

  @Test
  void numbersReleasedByABodyAreItsWords() {
    // DocumentSources: "numbers" as "figures"
    assertEquals("Trade Ministry", speakerOf("Brazil has become Norway's biggest trading "
        + "partner, according to numbers released by the Trade Ministry on Monday.",
        "biggest trading partner"));
  }

  @Test
  void aFindingInsideAnotherStatementIsPartOfThatStatement() {
    // SieveAttributor.nestedFinding: the admission does not speak; Ann Lee said it all
    List<Statement> said = indirect("Ann Lee said the minister's admission suggested the "
        + "harbour board may have been misled about the costs.");
    assertEquals("Ann Lee", StatementLookup.speakerOf(only(said)));
    assertTrue(only(said).quote().inner().text().contains("may have been misled"));
    // a body inside it still speaks for itself
    List<Statement> body = indirect("Ann Lee said the port authority had promised the old "
        + "harbour house could stay on its site.");
    assertTrue(body.stream().anyMatch(s -> "port authority".equals(StatementLookup.speakerOf(s))
        || "authority".equals(StatementLookup.speakerOf(s))), body.toString());
  }

  @Test
  void policeWithNoNameOfTheirOwnAreTheForceNamedBefore() {
    // PoliceForce
    assertEquals("Thames Valley Police", speakerOf("Two men broke into the home of a singer "
        + "in Oxfordshire on Sunday night.\n\nDetective Inspector Paul Miller of Thames Valley "
        + "Police said the men had taken jewellery worth thousands of pounds.\n\nThe singer and "
        + "his family were asleep at the time. Neighbours heard a car drive off.\n\nPolice said "
        + "the taller man was wearing a ski-mask and a light jacket.", "ski-mask"));
  }

  @Test
  void aBusinessDescribedByWhereItIsBasedIsTheOneTheStoryIsAbout() {
    // BodyNominals after attribution: a noun not in the list, but "-based" or a late noun
    // ("brewery", "bourse")
    assertEquals("Vandermeer Holdings", speakerOf("Vandermeer Holdings has agreed to buy the "
        + "remaining shares in its Polish partner.\n\nVandermeer bought out another partner in "
        + "August. It employs 7,000 people.\n\nThe Leuven-based brewery said it would own 97% "
        + "of the voting shares of the Polish firm.", "voting shares"));
    // a bourse is a business too
    assertEquals("Nordex", speakerOf("Harbour Exchange bosses have held talks with the Oslo "
        + "Stock Exchange, its chief has said. However, rival suitor Nordex also raised its bid. "
        + "Ahead of talks on Friday, the pan-European bourse said it may be prepared to make its "
        + "offer in cash.", "offer in cash"));
    // a person based somewhere is still a person
    assertTrue(!speakerOf("Great Britain won four medals in Madrid.\n\nThe Newport-based "
        + "athlete said she would now rest until the summer.", "rest until").equals(
        "Great Britain"));
  }

  @Test
  void aDefiniteNounTakesTheWordsItWasIntroducedWithParagraphsBack() {
    // DefiniteDescriptions.introduced, from anywhere before
    assertEquals("influential harbour safety committee", speakerOf("The influential harbour "
        + "safety committee has criticised plans for the ferry.\n\nIts members heard evidence "
        + "from crews and passengers over four months.\n\nThe mayor proposed a new timetable "
        + "in September.\n\nThe proposal caused anger among island families.\n\nThe "
        + "committee said the plans had not reflected public concern over the crossings.",
        "public concern"));
  }

  @Test
  void whomOrWhereAPrepositionNamesBeforeADescriptionIsNotItsSpeaker() {
    // Subjects.nameBeforeDescription: "Speaking to X," names the addressee
    String speaker = speakerOf("The comedian, 74, has appeared on television for fifty years. "
        + "Speaking to the Radio Times, the Two Ronnies star said he would retire next year.",
        "retire next year");
    assertTrue(!speaker.equals("Radio Times"), speaker);
  }

  @Test
  void fansOfAClubSpeakForThemselves() {
    // OwnVoices
    assertEquals("Harbour Town fans", speakerOf("Harbour Town have raised ticket prices for "
        + "next season. Harbour Town fans claimed the rise would price families out of the "
        + "ground.", "price families"));
  }

  @Test
  void theCentralBankIsNoLenderNamedBefore() {
    // BodyNominals.asBody
    String speaker = speakerOf("Nordvik Capital said its profits rose 20% in the year to June. "
        + "The bank's shares rose 3%.\n\nThe island's economy grew faster than expected in "
        + "the second quarter. The central bank said growth would slow later in the year.",
        "growth would slow");
    assertEquals("central bank", speaker);
  }

  @Test
  void aGroupNounIsTheNamesJustGivenTogether() {
    // NamedGroup: of the group's size and kind, and still a description (no one actor)
    assertEquals("Costas Kenteris and Katerina Thanou", speakerOf("The athletics council held "
        + "a conference call on Tuesday. Costas Kenteris and Katerina Thanou could be suspended "
        + "for up to two years. The duo withdrew from the Olympics after missing a test but "
        + "claimed they had suffered a motorcycle crash.", "motorcycle crash"));
    assertEquals("Vandermeer Holdings and Nordvik Capital", speakerOf("Vandermeer Holdings and "
        + "Nordvik Capital confirmed the talks on Monday. The firms denied that they are about "
        + "to merge.", "about to merge"));
    // newspapers too
    assertEquals("Sunday Herald and Daily Post", speakerOf("A spokesman said he had no idea "
        + "where the reports in the Sunday Herald and the Daily Post had come from. The papers "
        + "suggest ministers believe the government could benefit from the result.",
        "ministers believe"));
  }

  @Test
  void theCompanyIsTheStorysBodyNotOneNamedOnceInPassing() {
    // BodyNominals.namedBefore after attribution
    String text = "Vandermeer Holdings is to merge its two boards after poor results.\n\n"
        + "Vandermeer Holdings blamed slow decisions and a wet summer. Vandermeer Holdings said "
        + "profit fell 36%.\n\nVandermeer Holdings is not alone in trying to simplify its "
        + "business. Oil giant Nordvik Energy last year dismantled its dual structure. Shares "
        + "rose 2% in early trading.\n\nThe company said the changes would speed up decisions.";
    assertEquals("Vandermeer Holdings", speakerOf(text, "speed up decisions"));
  }

  @Test
  void aSubjectOfNamesJoinedByAndSpeaksTogether() {
    // JointSpeakers: one description in all the names, not one of them
    assertEquals("Apple and Motorola", speakerOf("Apple and Motorola announced they were "
        + "getting together at the end of last year.", "getting together"));
    assertEquals("dockers and fishermen", speakerOf("Dockers and fishermen said the new quotas "
        + "were far too low.", "the new quotas"));
    // a subject of its own inside what was said is not the speaker's
    assertEquals("Ed Miliband", speakerOf("Ed Miliband said that the bank and its owners had "
        + "misled investors.", "the bank and its owners"));
    // JointSpeakers.oneWithTwoRoles: a role joined to a name with a role of its own is one
    // person; a role joined to a bare name is two
    assertEquals("Ann Marsh", speakerOf("Eva Lund's coach and manager Ann Marsh said the runner "
        + "would race in May.", "would race in May"));
    assertEquals("Eva Lund's coach and Ann Marsh", speakerOf("Eva Lund's coach and Ann Marsh "
        + "said the runner would race in May.", "would race in May"));
  }

  @Test
  void aCountrysNameAfterAnOrganizationsIsTheOrganizationsArm() {
    // CountryModifiers.nationalArm: not the United Kingdom
    assertEquals("eBay", speakerOf("Data collected by eBay suggests that shoppers are buying "
        + "toys direct. According to eBay UK there are now more than 150 toy robots for sale via "
        + "the site.", "150 toy robots"));
  }

  @Test
  void aPersonsTeamSpeaksInItsOwnName() {
    // Representatives.counselOfPerson
    assertEquals("Mr Varga's team", speakerOf("Defence lawyers said the agent had fed "
        + "information to the trader. Mr Varga's team claimed that he had been fighting fraud in "
        + "the market.", "fighting fraud"));
  }

  @Test
  void namesJoinedAroundAVerbOfSayingSpeakTogetherWhereverTheyStand() {
    // JointSpeakers: the subject of the verb a participle of saying hangs from
    assertEquals("ferry operators and port authorities", speakerOf("Ferry operators and port "
        + "authorities have reacted angrily to the levy, saying it would hurt trade at a time when "
        + "margins are thin.", "it would hurt trade"));
    // the authors of a document that is the subject
    assertEquals("Nationwide and Halifax", speakerOf("The latest surveys from Nationwide and "
        + "Halifax have suggested that house prices may be recovering.", "house prices"));
    // the source of "according to"
    assertEquals("Barclays and Persimmon", speakerOf("Demand for new homes is still strong, "
        + "according to the lender Barclays and the builder Persimmon.", "Demand for new homes"));
    // the subject of a verb the verb of saying is joined to ("Labour", untagged as the
    // sentence's first word, is the party since session 33)
    assertEquals("Labour Party and Green Party", speakerOf("Labour and the Greens have said the "
        + "party's sums do not add up and claim it would cut frontline services.",
        "cut frontline services"));
    // the papers a document subject was in
    assertEquals("Daily Courier and Evening Post", speakerOf("Reports in the Daily Courier and "
        + "the Evening Post suggested that the firm is considering a bid.", "considering a bid"));
    // nouns joined after a name and a comma describe it
    assertEquals("China", speakerOf("Even China, Pyongyang's only ally and its economic "
        + "lifeline to the outside world, said it was opposed to the test.", "opposed to the "
        + "test"));
    // the ranker took the second of them, a name beside its noun
    assertEquals("mayor and Tom Hale", speakerOf("The mayor and her deputy Tom Hale have "
        + "insisted the bridge will reopen in May.", "the bridge will reopen"));
  }

  @Test
  void aDescriptionIsTheOnePersonWhoFitsNamedJustBeforeIt() {
    // DescribedNamedBefore: not the coach, whom the text titles otherwise
    assertEquals("Dermot Lyle", speakerOf("An injury crisis led to Dermot Lyle being entered by "
        + "coach John Hale but the athlete told reporters that he would not be running.",
        "would not be running"));
    assertEquals("Rob Kerr", speakerOf("Gala have offered a new deal to Rob Kerr. Club director "
        + "Anne Boyd held talks with Kerr on Saturday. The defender said he wanted to stay at "
        + "the club.", "wanted to stay"));
  }

  @Test
  void aNameTheTaggerMissedGoesOnPastItsFirstNoun() {
    // NameContinuation: the parser ends the subject at "Ferries"; the name is the whole phrase
    assertEquals("Ferries at 6 alliance", speakerOf("Free ferries for children would be much "
        + "more effective, the Ferries at 6 alliance said.", "much more effective"));
    // a phrase that goes on past the name is left as it was
    assertEquals("Ferries", speakerOf("Free ferries for children would be much more "
        + "effective, the Ferries at the harbour said.", "much more effective"));
  }

  @Test
  void aTitleHeldOnceDoesNotSetAPersonApartFromTheDescription() {
    // DescribedNamedBefore.titledOtherwise: "ex-" and "former" titles are past ones
    assertEquals("Rob Kerr", speakerOf("Kerr quits 'shameful' Harbour Party\n\nEx-quiz show "
        + "host Rob Kerr has quit the Harbour Party, two years after he was elected for it.\n\n"
        + "The MEP said he was ashamed to have joined the party, which he called a \"farce\".",
        "ashamed to have joined"));
  }

  @Test
  void aDescriptionSetBesideANameIsThatName() {
    // DescribedNamedBefore.nameRightBefore: the parse took the name into the description
    assertEquals("Karl Brenner", speakerOf("Shares in Vandermeer United fell sharply. Fund "
        + "manager Karl Brenner - Vandermeer United's largest investor - said he would only "
        + "invest more money in the club if he got a greater say in how it is run.",
        "a greater say"));
  }

  @Test
  void aDescriptionIsNoOneNamedBeforeItWhomTheTextSetsApart() {
    // a contrast sets the description against the name before
    assertEquals("Tory leader", speakerOf("The research was an issue in the US election, where "
        + "Tom Berg opposed it. But the Tory leader argued there was a moral case for it.",
        "a moral case"));
  }

  @Test
  void aNameSetBesideTheSubjectNounSpeaks() {
    // Subjects: the parser took "Publishing its survey" for the subject, the name its apposition
    String text = "Separately, the Nordhavn Bank warned that wages were falling. Publishing "
        + "its 2006 economic survey, the Baltic Trade Council said central states such as "
        + "Latvia and Estonia would provide the backbone of the region's growth. Smaller "
        + "states would also do well this year, it said.";
    assertEquals("Baltic Trade Council", speakerOf(text, "backbone"));
    // and the pronoun after it stands for that name
    assertEquals("Baltic Trade Council", speakerOf(text, "Smaller states"));
  }

  @Test
  void aBodyNounStandsForTheNameItHeadsOrTheOneItIntroduced() {
    // BodyNominals: "the court" heads "Court of Appeals" before its "of"
    assertEquals("Harbor Court of Appeals", speakerOf("In May, the Harbor Court of Appeals "
        + "ruled in favour of two small shipping firms. The court said the firms could not "
        + "be held liable.", "could not be held"));
    // "administrators X" introduces X as "the administrator"
    assertEquals("Rubin Marsh & Partners", speakerOf("Nordhavn Games called in administrators "
        + "Rubin Marsh & Partners on Friday to rescue the company. The administrator said "
        + "staff would receive any wages due to them.", "wages due"));
  }

  @Test
  void aOneWordNameAmongNamedBodiesSpeaksWithThem() {
    // JointSpeakers: the tagger may miss "Universal" between two studios it names
    String speaker = speakerOf("Last month, Paramount, Universal and Warner Brothers said they "
        + "would back the new disc format.", "new disc format");
    assertTrue(speaker.contains("Universal") && speaker.contains("Paramount"), speaker);
  }

  @Test
  void aPostOfAnOrganizationIsThePersonTheArticleTiedToIt() {
    // AffiliatedHolder: "the Harbor Party's Ann Berg" ties her to the party, paragraphs back
    assertEquals("Ann Berg", speakerOf("The Harbor Party's Ann Berg has demanded to know who "
        + "approved the plan. The council said ministers would be told.\n\nPolice are still "
        + "searching for the missing files. Officials would not comment.\n\nThe Harbor "
        + "Party's parliamentary leader argued that the approval had come from ministers.",
        "approval had come"));
    // two people tied to it: no one is meant more than the other
    assertEquals("Harbor Party's parliamentary leader", speakerOf("The Harbor Party's Ann Berg "
        + "and the Harbor Party's Tom Vale have demanded answers.\n\nPolice are still "
        + "searching for the missing files.\n\nThe Harbor Party's parliamentary leader argued "
        + "that the approval had come from ministers.", "approval had come"));
  }

  @Test
  void aPartySpokesmanSpeaksForThePartyNamedBefore() {
    // PartyAndPaperNominals: "a party spokesman" is the party's, as "the party" would be
    assertEquals("Green Party", speakerOf("The leader of the Green Party has been arrested "
        + "after a television documentary.\n\nA party spokesman said Tom Vale was arrested on "
        + "Tuesday morning on suspicion of fraud.", "suspicion of fraud"));
    // one that names its party is that party's, not the last one named
    assertEquals("Labour Party", speakerOf("The leader of the Green Party has been arrested "
        + "after a television documentary.\n\nA Labour party spokesman said Tom Vale had "
        + "been a prominent campaigner.", "prominent campaigner"));
  }

  @Test
  void aPoliceSpokesmanSpeaksForTheForceNamedBefore() {
    // PoliceForce: as "police" would
    assertEquals("Harbor Valley Police", speakerOf("Harbor Valley Police said the files had "
        + "been found in a street.\n\nThe papers were handed to a newspaper. The police "
        + "spokesman said the newspaper returned them on Monday.", "returned them"));
  }

  @Test
  void membersRightAfterACommitteeSpokeSpeakAsTheCommittee() {
    // CommitteeMembers: its words, where the tagger gave it no name
    assertEquals("harbour safety committee", speakerOf("Ferry operators could face fines under "
        + "the new rules, a committee of MPs has warned.\n\nThe harbour safety committee said "
        + "the draft bill was badly worded. The MPs said they were concerned the ministry had "
        + "not consulted the operators.", "not consulted"));
    // a bare "the committee" right before: the committee the article named before it
    assertEquals("harbour safety committee", speakerOf("Ferry operators could face fines under "
        + "the new rules.\n\nThe harbour safety committee made 40 recommendations after "
        + "hearing from 12 operators.\n\nThe committee said the draft bill was badly worded. "
        + "MPs urged the ministry to redraft the clauses on pilots.", "redraft the clauses"));
  }

  @Test
  void aPollIsTheBodyThatMadeOrCommissionedItWhereverTheArticleSaysSo() {
    // DocumentSources: "which" taken for the object of "carried out" leaves the relative's noun
    // the maker; a survey "of" those it asked says nothing of whose it is
    assertEquals("Keyvault", speakerOf("The survey of more than 800 people reported that 38% "
        + "were not willing to bank online. It is worrying for retailers. Shoppers are wary "
        + "of the web, said security firm Keyvault, which carried out the poll.",
        "bank online"));
    // a poll "for" a firm is that firm's
    assertEquals("Ringwell", speakerOf("More than half of those asked in a poll for mobile "
        + "firm Ringwell said they had no other address book.\n\nMany owners never back up "
        + "their contacts. One in three women, the survey said, thought they would lose touch "
        + "with friends if they lost their phones.", "lose touch"));
  }

  @Test
  void aBookIsItsAuthorsWhereverTheArticleGivesHim() {
    // DocumentSources: "by" after a comma names the author, the phrase's head and not the paper
    // he writes for; a new book before that is the same one
    String text = "The minister has rejected claims about his future.\n\n"
        + "\"We are getting on with the job,\" he said on Sunday. He said he had not read it.\n\n"
        + "A new book says the minister broke a promise to his deputy last year.\n\n"
        + "The minister spoke to party members on Monday. \"I know everyone here wants us to "
        + "win,\" he told them.\n\n"
        + "The book, by Sunday Examiner journalist Martin Fellowes and serialised in the "
        + "newspaper, said the pair had \"deep mistrust and anger\" for each other.";
    assertEquals("Martin Fellowes", speakerOf(text, "deep mistrust"));
    assertEquals("Martin Fellowes", speakerOf(text, "broke a promise"));
  }

  @Test
  void aBodyNamedRightAfterWhatItIsSpeaksWithTheOtherByItsName() {
    // JointSpeakers: the parser hangs the name on "accountants"
    assertEquals("British Retail Consortium and KPMG", speakerOf("Stores had a lift from "
        + "bargain hunters but trade then went back to December levels, the British Retail "
        + "Consortium and accountants KPMG said.", "bargain hunters"));
  }

  @Test
  void aFirmIsTheOneNamedRightAfterWhatItIs() {
    // NameAfterKind: the parser hangs the name on "analysts" as a modifier
    assertEquals("In-Data/MKR", speakerOf("The Nordic mobile games market is expected to "
        + "generate about $26m by the end of 2006, according to market analysts In-Data/MKR.",
        "games market"));
    // IntroducedOrganizations: "think-tank" in three words; the name set beside a description
    assertEquals("Fjordos", speakerOf("Fast web access is changing how people use the net, "
        + "research suggests.\n\nA quarter of broadband users in Norway regularly upload "
        + "content, according to a report by think-tank Fjordos.", "Fast web access"));
    assertEquals("NetCount.com", speakerOf("Net traffic monitor, NetCount.com, has reported "
        + "that the new browser is drawing users away from older ones.", "drawing users"));
  }

  @Test
  void aPartyNamedInItsInformalWayIsTheParty() {
    // MentionClusterResolver: the tagger leaves "Tories" and "Lib Dems" untagged
    String text = "The Lib Dems say their plan would let people buy a share of a home.\n\n"
        + "The party says its help for first-time buyers costs the taxpayer nothing.\n\n"
        + "But the Tories said the plans would mean a new tax on every house.";
    assertEquals("Liberal Democrats", speakerOf(text, "share of a home"));
    assertEquals("Liberal Democrats", speakerOf(text, "first-time buyers"));
    assertEquals("Conservative Party", speakerOf(text, "new tax"));
    // as a sentence's first word, with another party for conjunct
    assertEquals("Labour Party and Liberal Democrats", speakerOf("The Tories set out their "
        + "spending plans on Monday.\n\nLabour and the Liberal Democrats have said the party's "
        + "sums do not add up.", "sums do not add up"));
  }

  @Test
  void theCommitteeIsTheOneNamedBeforeIt() {
    // CommitteeMembers.namedBefore: "cross-party" says no more than "the committee" does
    String text = "The new rules were questioned by the parliamentary Joint Committee on Tidal "
        + "Affairs. In a report published last July the cross-party committee stated there was "
        + "a serious risk the procedures were unlawful.";
    assertEquals("Joint Committee on Tidal Affairs", speakerOf(text, "serious risk"));
  }

  @Test
  void aShareOfThoseAskedIsDescribedInAllItsWords() {
    // Clauses: "Forty" hangs from "four", "out of" from the second number
    assertEquals("Forty-four percent", speakerOf("Forty-four percent said they would switch "
        + "banks if fees rose again.", "switch banks"));
    assertEquals("three out of four girls", speakerOf("Nearly three out of four girls said "
        + "they wanted more sport at school.", "more sport"));
  }

  @Test
  void theCompaniesAreTheBodiesNamedTogetherBeforeThem() {
    // JointSpeakers.bodiesNamedBefore: bodies named on their own since as subjects are among
    // them, an owner ("Baltec Labs' existing drug") names no new topic
    String text = "Shares in Nordvik Pharma and Baltec Labs plunged on Monday as the firms "
        + "suspended sales of new drug Vistra after a patient's death.\n\nOn the Oslo exchange, "
        + "shares in Nordvik Pharma lost 70% while its partner Baltec Labs shed 43%. The firms "
        + "took action after the death from a rare disease. The cases cited involved the use of "
        + "both Vistra and Calmex, Baltec Labs' existing drug. The companies said they had no "
        + "reports of the condition in patients taking either drug alone.";
    assertEquals("Nordvik Pharma and Baltec Labs", speakerOf(text, "no reports"));
    // a third body the story has moved on to is not among them
    assertEquals("companies", speakerOf(text.replace("The firms took action after the death "
        + "from a rare disease.", "Rival firm Harbor Biotech said it would step up its own "
        + "trials."), "no reports"));
  }

  @Test
  void thePairIsTheTwoPeopleNamedTogetherBeforeThem() {
    // JointSpeakers.bodiesNamedBefore for two people: those named on their own since as
    // subjects are the same two
    String text = "Sprinters Ola Berg and Eva Lind have been cleared by a tribunal.\n\nBerg won "
        + "gold in 2000, while Lind won silver. The pair said they had been injured in a crash.";
    assertEquals("Ola Berg and Eva Lind", speakerOf(text, "injured in a crash"));
  }

  @Test
  void thePairIsTheTwoPeopleASentenceNamesApart() {
    // NamedGroup.named: two people named apart, not joined by "and", are the pair
    String text = "Ola Berg won gold in 2000, while Eva Lind won silver. They withdrew from the "
        + "Games last year. The pair spent four days in hospital, claiming they had been "
        + "injured in a crash.";
    assertEquals("Ola Berg and Eva Lind", speakerOf(text, "injured in a crash"));
    // three people named are no pair
    assertEquals("pair", speakerOf(text.replace("won silver", "won silver ahead of Kim Dahl"),
        "injured in a crash"));
    // so for countries a number or "both" sizes
    String countries = "Iran will supply India with gas from 2009 under the agreement.\n\nThe "
        + "two state oil firms reached a deal for Indian firms to develop two oilfields, both "
        + "countries said in a statement.";
    assertEquals("Iran and India", speakerOf(countries, "develop two oilfields"));
    assertEquals("countries", speakerOf(countries.replace("both countries", "countries"),
        "develop two oilfields"));
  }

  @Test
  void aCapitalisedTitleStandsForThePersonNamedBefore() {
    // DescribedNamedBefore.commonOrTitle: "MEP" is tagged a proper noun but names no one
    assertEquals("Tom Vale", speakerOf("Labour MP Tom Vale has praised the Tory campaign. "
        + "Labour campaign chief Ann Hale denied there was an attempt to sideline the "
        + "chancellor. However, Mr Vale predicted the campaign would get under way once the "
        + "chancellor delivered his budget. The MP for Sittingbourne said Prime Minister Tony "
        + "Blair had been \"trying very hard\" to improve his standing.", "trying very hard"));
  }

  @Test
  void aStreetAbbreviationTakesTheWordBeforeIt() {
    // MentionClusterResolver.withBoundWordJoined: the tagger tags "St" alone
    assertEquals("Downing Street", speakerOf("The Gurkhas could help, officials said. Downing St "
        + "said a similar offer might be made to the Sri Lankan government.",
        "similar offer"));
  }

  @Test
  void aSeatTheTaggerTakesForAPersonElsewhereIsAPlace() {
    // MentionClusterResolver.isSeatTaggedAsPerson: "Tarnwick had been held by the Tories"
    assertEquals("Tom Hale", speakerOf("Former TV host Tom Hale is to contest the Derbyshire "
        + "seat of Tarnwick at the next general election. His party won 31% of the vote in "
        + "Tarnwick in June. Until 1997, Tarnwick had been held by the Tories since 1970. Ms "
        + "Berry said she was proud of the council's record in the area. On Thursday, he told a "
        + "news conference that his party would avoid the old parties' spin.", "spin"));
  }

  @Test
  void aPersonAfterANounForWhoMakesSomethingStaysAPerson() {
    // IntroducedOrganizations.AGENTS: "maker" before a name the tagger tags a person's
    assertEquals("Spike Lee", speakerOf("Film-maker Spike Lee says black representation is "
        + "stronger than ever. Lee told them to work hard.", "work hard"));
  }

  @Test
  void aBodysNameTakesThePlaceItServesAfterIt() {
    // MentionClusterResolver.placeOfBody: the tagger ends the name at "Council" and tags the
    // place apart
    String text = "\"We are pleased,\" she said. The Sikh Council of Scotland urged that the men "
        + "should be freed. The Higher Education Funding Council for Wales said fees would rise.";
    assertEquals("Sikh Council of Scotland", speakerOf(text, "should be freed"));
    assertEquals("Higher Education Funding Council for Wales", speakerOf(text, "fees would rise"));
  }

  @Test
  void aCountrysGovernmentSpeaksAsABodyNotAsTheCountry() {
    // GovernmentOfCountry.asBody, with the government Governments makes an actor
    assertEquals("UK government", speakerOf("Britain has offered to send 120 troops to help with "
        + "the relief effort in Ruritania, officials said. The UK government has also asked "
        + "Ruritanian authorities to speed up visas.", "speed up visas"));
    assertEquals("Italian government", speakerOf("Italy has been slow to change its laws, and "
        + "Italy's economy has barely grown. The government says that it has set about tackling "
        + "the problems.", "tackling the problems"));
    // the country itself, named as such, stays the country
    assertEquals("Italy", speakerOf("Italy has been slow to change its laws, and Italy's economy "
        + "has barely grown. Italy says it will cut taxes.", "cut taxes"));
  }

  @Test
  void aSourceTheLeadDescribesIsTheOneNamedSpeakingNext() {
    // NamedNextSource: the lead's officials, press and one person, named as they speak next
    assertEquals("Northland Bankers Association", speakerOf("The island's banks face hard times "
        + "after the floods, officials have warned.\n\nThe Northland Bankers Association said "
        + "the waters had washed away property that secured loans.", "hard times"));
    assertEquals("Sunday Herald", speakerOf("Vexa is planning to announce a takeover by the end "
        + "of the month, newspaper reports claim.\n\nThe Sunday Herald said the plan showed "
        + "Vexa wanted to keep control of its future.", "announce a takeover"));
    // a person for a person: an organization speaking next is not the expert
    assertEquals("leading expert", speakerOf("A leading expert on the Ruritanian economy says "
        + "the tax plan is a desperate measure.\n\nThe tax could raise cash, according to the "
        + "Brussels-based Economic Commission.", "desperate"));
    // one named before is the one described, not the next
    assertNotEquals("Nigel Ross", speakerOf("The referee has defended his decisions after "
        + "criticism by Matt Hale. The Dundee coach said his side were robbed by poor "
        + "decisions.\n\nBut referee Nigel Ross said the game was handled correctly.",
        "robbed"));
    // the body the report speaks of is not its author
    assertEquals("report", speakerOf("Tesco's sales rose by 5% last year, a report says.\n\n"
        + "Tesco said the figures were encouraging.", "sales rose"));
  }

  @Test
  void theTwoFirmsAreTheTwoTheSentenceBeforeNames() {
    // JointSpeakers.bodiesNamedBefore: as many as the number says, joined or not
    assertEquals("Nordvik Motors and Castell", speakerOf("Struggling car maker Nordvik Motors "
        + "has struck a deal to supply French car maker Castell with 30,000 vans. The two firms "
        + "signed a memorandum, and say they expect to seal a final agreement by the spring.",
        "seal a final agreement"));
  }

  @Test
  void aFirmTheTaggerTookForAPersonKeepsItsWholeName() {
    // MentionClusterResolver: no one's name ends in "Software"; "Saint" is the name's too
    assertEquals("Saint Halvard Software", speakerOf("Office workers will spend up to five "
        + "hours a week shopping online, according to research carried out by Saint Halvard "
        + "Software.", "shopping online"));
  }

  @Test
  void anItAfterTheFirmWhoseSharesFellIsThatFirm() {
    // PronounInSentence: the exchange the shares fell on is not what "it" stands for
    assertEquals("Baltec Labs", speakerOf("Nordvik Pharma finished down $18.90 at $8.\n\n"
        + "Shares in UK drug maker Baltec Labs closed down 19% on the Oslo Stock Exchange on "
        + "Monday, after it said a partner was set to pull out of a deal on a new treatment.",
        "pull out"));
  }

  @Test
  void aBodyAfterTheSpeakersNameIsNotTheSpeaker() {
    // Clauses.subjectOf: the parser made "Forests" a second subject of "said"
    assertEquals("Lena Moss", speakerOf("Lena Moss of Save the Forests said there were grave "
        + "concerns about the plan.", "grave concerns"));
  }

  @Test
  void aReportingClauseSetInCommasHasItsOwnSubjectNotTheSentences() {
    // Clauses.parentheticalSubject: the parser made "the Denver institute" an apposition of
    // "A string of recent storms"
    assertEquals("Denver institute", speakerOf("A string of recent storms, the Denver institute "
        + "has argued, have shown that such damage hardly ever spreads: floods rarely turn into "
        + "slumps.", "damage hardly ever spreads"));
    // an apposition the verb does not follow is the subject's own ("the chairman")
    assertEquals("Tom Smith", speakerOf("Tom Smith, the chairman of the board, said, in a "
        + "letter, that the firm would recover.", "would recover"));
  }

  @Test
  void aBodyNounNamedForWhatTheBodyMakesOrDoesIsTheBodyNamedBefore() {
    // BodyNominals: "chemicals" is no people the firm is a body of ("the supporters club");
    // "think tank" is the list's "think-tank"
    String text = "Dalton fined for bribery\n\nUS firm Dalton has been fined $1.5m for paying a "
        + "bribe to an official in Chile.\n\nDalton also admitted paying bribes to a number of "
        + "other officials.\n\nThe chemicals firm said it would pay the fine.";
    assertEquals("Dalton", speakerOf(text, "pay the fine"));
    assertEquals("OECD", speakerOf("Trade outlook cut\n\nThe OECD cut its growth forecasts for "
        + "the world's main economies, the OECD said.\n\nHowever, the Brussels-based policy "
        + "think tank said it believed trade could still recover.", "trade could still recover"));
  }

  @Test
  void aSpeakerCarriedFromAnotherClauseYieldsToOneTheCuesSentenceNames() {
    // CarriedSpeakers.overruled: the parse lost the cue's subject; the one named before the cue
    // is not the speaker of the clause before
    String text = "A virus aimed at phones made by Nokia has been found, the software firm "
        + "Symbian has warned.\n\nSymbian said the virus was harmless. Despite this Finnish "
        + "anti-virus lab F-Guard said it had sporadic reports of owners being caught out by it.";
    assertTrue(indirect(text).stream().noneMatch(s -> s.quote().inner().text()
        .contains("sporadic reports") && "Symbian".equals(StatementLookup.speakerOf(s))),
        indirect(text).toString());
    // a thing no one names says nothing anyone said: "anything to suggest"
    assertTrue(indirect("A spokesman said the firm had been aware of the rumours but he was "
        + "unaware of anything to suggest it would happen in February.").stream()
        .noneMatch(s -> "anything".equals(s.speakerDescription())));
  }

  @Test
  void theNounBeforeAParticipleTheParserMadeTheSubjectIsTheSpeaker() {
    // ClauseSubjectSieve.subjectOfReducedRelative: "asked" is no cue of its own
    Statement s = StatementLookup.containing(indirect("More than half (53%) of those asked in "
        + "a poll for phone firm Calltel said that they do not keep another address book."),
        "another address book");
    assertEquals("say", s.cue());
    assertEquals(Statement.Rule.UNNAMED_SOURCE, s.rule());
  }

  @Test
  void aShareOfThosePolledIsDescribedWithHowTheyWereAsked() {
    // Shares: the participle of asking, and a share before the people
    assertEquals("more than half (53%) of those asked in a poll for phone firm Calltel",
        speakerOf("More than half (53%) of those asked in a poll for phone firm Calltel said "
            + "that they do not keep another address book.", "another address book"));
    assertEquals("nearly half those pupils polled", speakerOf("Nearly half those pupils "
        + "polled said it was not important for them to vote.", "not important"));
    assertEquals("an average of 41% of respondents in each country", speakerOf("In "
        + "percentage terms, an average of 41% of respondents in each country said the economy "
        + "was getting worse.", "getting worse"));
    // a fly-half is a player, not a share of anyone
    assertEquals("Ronan Garvey", speakerOf("Ireland fly-half Ronan Garvey said the side was "
        + "special.", "was special"));
  }

  @Test
  void thePersonABodysPostAndNameCloseAnAccordingToPhraseWithIsTheSource() {
    // AccordingToSieve.closingPerson: the parser heads the phrase with the bank
    assertEquals("Rachel Lomond", speakerOf("The economy probably grew at a faster rate in the "
        + "third quarter than the 0.4% reported, according to Bank of Ruritania deputy governor "
        + "Rachel Lomond.", "faster rate"));
  }

  @Test
  void aParticipleOfSayingAfterAContrastedClauseIsThatClausesSubjects() {
    // ClauseSubjectSieve.contrastedSubjectBefore: the parser hung "saying" from what it reports
    assertEquals("India", speakerOf("Thailand has said it does not wish to opt for a debt "
        + "freeze, while India has also rejected foreign aid, saying it can cope on its own "
        + "resources.", "cope on its own"));
  }

  @Test
  void oneMemberOfAPartyIsAPoliticianNotTheParty() {
    // PartyMembers.oneMember
    assertEquals("Arizona Republican", speakerOf("Senator John Marlow criticized the plan on "
        + "Tuesday.\n\nThe Arizona Republican says such techniques are inhumane and compromise "
        + "the nation's values.", "inhumane"));
    // CountryMembers.memberOf: members speak for themselves, not for their body
    assertEquals("several Opec members", speakerOf("Oil prices rose on Monday.\n\nSeveral Opec "
        + "members said output would be cut in March.", "output would be cut"));
  }

  @Test
  void aNameNearbyFromAnotherSentenceIsNoReportedClausesSource() {
    // CarriedSpeakers.fromAnotherSentence: the watchdog named next did not suggest anything
    assertTrue(indirect("Five mailed thousands of fake files including photos of crime scenes "
        + "and an e-mail suggesting the reader was being followed by a killer. Following "
        + "complaints, the Advertising Standards Authority contacted Five to stop promoting the "
        + "crime drama.").stream().noneMatch(s -> s.speaker() != null
            && s.speaker().label().equals("Advertising Standards Authority")));
  }

  @Test
  void membersSpeakingBareAreTheOneCommitteeTheArticleHasSpeak() {
    // CommitteeMembers.onlyCommittee: however far back, and a lead's "MPs" named next
    String text = "MPs criticise ferry service\n\nIslanders are often let down by the ferry "
        + "service, MPs have said.\n\nThe Transport Select Committee said operators could "
        + "exploit delays to avoid paying compensation. Timetables should be enforced more "
        + "strictly, MPs said.\n\nCurrently operators are fined only if a crossing is "
        + "cancelled. \"An arbitrary target imposed on every route would make things worse,\" "
        + "the MPs said.\n\nThey said the law should be changed to require operators to "
        + "publish their delays.";
    assertEquals("Transport Select Committee", speakerOf(text, "often let down"));
    assertEquals("Transport Select Committee", speakerOf(text, "publish their delays"));
  }

  @Test
  void aDescriptionOpeningItsSentenceIsWrittenAsAnywhereElse() {
    // SentenceCase: the capital of a sentence's first word is no part of the description
    String text = "Shares in Vexa fell sharply on Monday. Analysts said the fall was overdone. "
        + "Many economists have warned that the market is fragile. Later, analysts said the "
        + "shares would recover.\n\nNationwide said house prices rose in May. Its rival "
        + "Nationwide had said prices would fall.\n\nNumber 10 said the minister had done "
        + "nothing wrong.";
    assertEquals("analysts", speakerOf(text, "overdone"));
    assertEquals("analysts", speakerOf(text, "would recover"));
    assertEquals("many economists", speakerOf(text, "fragile"));
    // a word the article capitalises inside a sentence too may be a name
    assertEquals("Nationwide", speakerOf(text, "rose in May"));
    // so may a noun a number follows
    assertEquals("Number 10", speakerOf(text, "nothing wrong"));
  }
}
