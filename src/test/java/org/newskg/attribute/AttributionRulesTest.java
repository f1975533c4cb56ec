package org.newskg.attribute;

import org.newskg.event.AttributedArticle;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
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
import org.newskg.resolve.ActorType;
import org.newskg.source.Article;

/**
 * Each attribution rule on short news paragraphs of our own, through the real CoreNLP
 * pipeline: the speaker, the rule recorded, the confidence, the quote kind.
 */
@ExtendWith(CoreNlpFixture.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AttributionRulesTest {
  private ArticleProcessor processor;

  @BeforeAll
  void load(ProcessorFactory factory) {
    processor = factory.newProcessor(new StageTimes());
  }

  private List<Statement> analyze(String text) {
    Article article = new Article(null, null, "Harbor news", "Test Wire", "2025-05-02", text,
        "fixture");
    List<Statement> statements = processor.analyze(article).statements();
    for (Statement s : statements) {
      // every attribution has a confidence at or above the threshold; none without one
      boolean attributed = s.speaker() != null || s.speakerDescription() != null;
      assertEquals(attributed, s.confidence() >= SieveAttributor.MIN_CONFIDENCE,
          "confidence of " + s);
      assertEquals(attributed, s.rule() != null, "rule of " + s);
    }
    return statements;
  }

  private static Statement quote(List<Statement> statements, String words) {
    return StatementLookup.containing(statements, words);
  }

  private static String speakerName(Statement s) {
    return StatementLookup.speakerOf(s);
  }

  @Test
  void subjectOfTheReportingClause() {
    Statement s = quote(analyze("“The bridge reopens in May,” Anna Lindqvist said on Monday."),
        "bridge reopens");
    assertEquals("Anna Lindqvist", s.speaker().label());
    assertEquals(Statement.Rule.REPORTING_CLAUSE, s.rule());
    assertEquals("say", s.cue());
    // the rule's own confidence, or the ranker's where it is surer
    assertTrue(s.confidence() >= ClauseSubjectSieve.CONF_CLAUSE, "confidence " + s.confidence());
    assertEquals(Statement.KIND_DIRECT, s.kind());
  }

  @Test
  void aReportingVerbAfterAQuoteWithAnOpenComplementOfItsOwnDoesNotReportTheQuote() {
    // the parser reads "front" as an adjective, the complement as an open one (xcomp)
    List<Statement> all = analyze("\"This is the daft thing about the way harbour politics is "
        + "written about,\" Ms Berg added. \"There's room for everybody. We serve the town "
        + "better if we make room for all the talent.\" A Harbour Party source told the Sunday "
        + "Post Mr Lund would \"effectively front\" the election media campaign.");
    assertEquals("Berg", speakerName(quote(all, "room for everybody")));
  }

  @Test
  void aPartialQuoteInReportedSpeechIsTheReportingClausesSubjects() {
    Statement s = quote(analyze("Mayor Tomas Berg said on Tuesday that the harbor council had "
        + "“denied every request from the fishermen” before the vote."), "every request");
    assertEquals("Tomas Berg", speakerName(s));
  }

  @Test
  void aSpokesmanForAnOrganizationIsTheOrganization() {
    List<Statement> st = analyze("Nordhavn Shipping cut two of its winter routes on Monday.\n"
        + "“We had no choice after the fuel prices doubled,” a Nordhavn Shipping spokesman "
        + "said.");
    Statement s = quote(st, "no choice");
    assertEquals("Nordhavn Shipping", speakerName(s));
    assertEquals(ActorType.ORGANIZATION, s.speaker().type());
    assertEquals(Statement.Rule.NOMINAL, s.rule());
  }

  @Test
  void aQuoteContinuesOverABlankLineBetweenParagraphs() {
    List<Statement> st = analyze("“The ferries will run on time this winter,” said Anna "
        + "Lindqvist, the harbor director.\n\n“We have hired twelve new crew members and "
        + "bought a second boat.”");
    assertEquals("Anna Lindqvist", speakerName(quote(st, "twelve new crew")));
  }

  @Test
  void theHeadNounOfAnOrganizationsNameIsThatOrganization() {
    Statement s = quote(analyze("The Central Bank of Norland lifted its main rate to 5% on "
        + "Tuesday. “Inflation is our first concern,” the Bank said."), "first concern");
    assertEquals("Central Bank of Norland", speakerName(s));
    assertEquals(ActorType.ORGANIZATION, s.speaker().type());
  }

  @Test
  void accordingTo() {
    Statement s = quote(analyze("The new timetable is “the best we could do with two boats,”"
        + " according to Ingrid Lind, who runs the harbor."), "two boats");
    assertEquals("Ingrid Lind", s.speaker().label());
    assertEquals("according to", s.cue());
  }

  @Test
  void unnamedSourceKeepsItsDescription() {
    Statement s = quote(analyze("A senior transport official said on Tuesday that the repairs"
        + " were “far behind schedule and over budget.”"), "far behind");
    assertNull(s.speaker());
    assertEquals("senior transport official", s.speakerDescription());
    assertEquals(Statement.Rule.UNNAMED_SOURCE, s.rule());
    assertEquals(Statement.KIND_PARTIAL, s.kind());
  }

  @Test
  void invertedSubjectAfterTheVerb() {
    Statement s = quote(analyze("“We have no water left for the animals,” said one farmer near"
        + " the river."), "no water");
    assertEquals("farmer", speakerName(s));
  }

  @Test
  void quotedAsSayingGivesTheWordsToTheObject() {
    Statement s = quote(analyze("“Nothing changes for the fishermen,” Ms. Okafor quoted Mr."
        + " Brennan as saying at a news conference."), "Nothing changes");
    assertTrue(s.speaker().label().contains("Brennan"), speakerName(s));
    assertEquals(Statement.Rule.QUOTED_AS, s.rule());
  }

  @Test
  void pronounPrefersThePersonInSubjectPosition() {
    Statement s = quote(analyze("Mr. Haddad criticized Mr. Bauer over the delay on Tuesday."
        + " “We lost a whole year to this,” he said."), "whole year");
    assertTrue(s.speaker().label().contains("Haddad"), speakerName(s));
    assertEquals(Statement.Rule.PRONOUN, s.rule());
  }

  @Test
  void nominalSpeakerIsThePersonWithThatTitle() {
    Statement s = quote(analyze("President Lucia Ferreira of Brazil arrived in Lisbon on Monday."
        + " Mr. Costa met her at the airport.\nLater, the president said the trade talks were"
        + " “going well, better than we hoped.”"), "going well");
    assertTrue(s.speaker().label().contains("Ferreira"), speakerName(s));
    assertEquals(Statement.Rule.NOMINAL, s.rule());
  }

  @Test
  void organizationSpeaker() {
    Statement s = quote(analyze("“The talks are over for this year,” the Kremlin said on"
        + " Friday."), "talks are over");
    assertEquals("Kremlin", speakerName(s));
    // an organization, not a description, even where NER leaves "Kremlin" untagged
    assertNotNull(s.speaker(), s.toString());
    assertEquals(ActorType.ORGANIZATION, s.speaker().type());
  }

  @Test
  void itIsTheOrganizationInSubjectPosition() {
    Statement s = quote(analyze("The Baltic Shipping Company cancelled all crossings on Friday."
        + " “Safety comes before the timetable,” it said in a statement."), "Safety comes");
    assertTrue(s.speaker().label().contains("Baltic Shipping"), speakerName(s));
    assertEquals(Statement.Rule.PRONOUN, s.rule());
  }

  @Test
  void continuationInTheNextParagraph() {
    List<Statement> st = analyze("“We will rebuild the school,” Mr. Haddad said on Sunday.\n"
        + "“It will take two years and a lot of help.”");
    assertTrue(quote(st, "two years").speaker().label().contains("Haddad"));
    assertEquals(Statement.Rule.CONTINUATION, quote(st, "two years").rule());
  }

  @Test
  void aNewNameBetweenQuotesWeakensTheContinuation() {
    String text = "“We will rebuild the school,” Mr. Haddad said on Sunday."
        + " Ms. Novak, the mayor, walked out of the meeting. “It will take two years.”";
    AttributedArticle a = processor.analyze(new Article(null, null, "Harbor news", "Test Wire",
        "2025-05-02", text, "fixture"));
    Statement first = quote(a.statements(), "rebuild the school");
    Statement second = quote(a.statements(), "two years");
    // the continuation rule marks the new name between the quotes with a confidence below the
    // threshold; whether that stops it is the ranker's to weigh with the other evidence (on
    // PolNeAR's development split a veto by the rule cost 35 of 468 right speakers)
    QuoteContext c = QuoteContext.of(a.annotated(), a.entities(), second.quote(), first,
        SieveAttributor.reportingVerbs());
    List<SpeakerCandidate> continued = new ContinuationSieve(0, 0.6).propose(c);
    assertEquals(1, continued.size(), continued::toString);
    assertEquals(0.6 - ContinuationSieve.NEW_CANDIDATE_PENALTY, continued.get(0).prior(), 1e-9);
  }


  @Test
  void earlierClauseGivesTheSourceOfAPassage() {
    List<Statement> st = analyze("Mr. Haddad said on Monday that the city had accepted the"
        + " offer from the port.\nUnder the offer, the city would get a “temporary reprieve until"
        + " the spring.” The port would keep its lease.");
    Statement s = quote(st, "temporary reprieve");
    assertTrue(s.speaker().label().contains("Haddad"), speakerName(s));
    assertEquals(Statement.Rule.EARLIER_CLAUSE, s.rule());
  }

  @Test
  void titlesAndScareQuotesAreTermsWithoutSpeaker() {
    List<Statement> st = analyze("“I wrote it in one winter,” Ms. Ito said. She wrote the book"
        + " “Winter in the Harbor” after the storm.\nThe so-called “debt brake” limits what the"
        + " city may borrow.");
    for (String term : List.of("Winter in the Harbor", "debt brake")) {
      Statement s = quote(st, term);
      assertEquals(Statement.KIND_TERM, s.kind(), term);
      assertNull(s.speaker(), term);
      assertNull(s.speakerDescription(), term);
    }
    assertNotNull(quote(st, "one winter").speaker());
  }

  @Test
  void doubledSingleQuotesAsInOlderArchives() {
    List<Statement> st = analyze("''We will not wait another winter,'' Mayor Elena Brandt said."
        + "\n``The old ferry is finished,'' said Tomas Keller, the harbor master.");
    assertEquals("We will not wait another winter,", quote(st, "another winter").quote().inner()
        .text());
    assertTrue(quote(st, "another winter").speaker().label().contains("Brandt"));
    assertTrue(quote(st, "old ferry").speaker().label().contains("Keller"));
  }

  @Test
  void anUnclosedQuoteStaysInItsParagraph() {
    List<Statement> st = analyze("\"This quote never closes, the pilot told the crew.\n"
        + "The next paragraph is about the weather in the bay.\n"
        + "\"Another quote,\" said Hana Ito, a ferry pilot.");
    assertEquals(2, st.size(), st.toString());
    assertFalse(st.get(0).quote().inner().text().contains("weather"));
    assertEquals("Another quote,", st.get(1).quote().inner().text());
    assertTrue(st.get(1).speaker().label().contains("Ito"));
  }

  @Test
  void aQuoteOverTwoParagraphsIsOneStatement() {
    List<Statement> st = analyze("“We started the work in March.\n“We will finish it in June,”"
        + " Ms. Ito said.");
    assertEquals(1, st.size(), st.toString());
    String text = st.get(0).quote().inner().text();
    assertTrue(text.startsWith("We started") && text.endsWith("June,"), text);
    assertTrue(st.get(0).speaker().label().contains("Ito"));
  }

  @Test
  void singleQuotesNestedInDoubleStayInside() {
    List<Statement> st = analyze("\"The council has spoken. 'Enough' is the word I heard,\""
        + " Mr. Keller said.");
    assertEquals(1, st.size(), st.toString());
    assertNotEquals(-1, st.get(0).quote().inner().text().indexOf("'Enough'"));
  }

  @Test
  void aQuotationWhoseParagraphBreaksWereLostIsOneStatementPerParagraph() {
    List<Statement> st = analyze("Maren Holt, the harbourmaster, said in a statement: \"The "
        + "pier is closed until further notice. \"Boats must wait in the outer basin until the "
        + "storm has passed.\" The ferry company did not comment.");
    Statement first = quote(st, "pier is closed");
    Statement second = quote(st, "Boats must wait");
    assertNotEquals(first.quote(), second.quote());
    assertFalse(first.quote().inner().text().contains("Boats"), first.quote().toString());
    assertEquals("Maren Holt", speakerName(first));
    assertEquals("Maren Holt", speakerName(second));
  }

  @Test
  void heToldAfterAQuoteEndingInIsIsTheSpeaker() {
    // the parser takes the quote's last "is" for a passive auxiliary of "told"
    Statement s = quote(analyze("Fisheries minister Jonas Lie met the committee on Wednesday. "
        + "\"I have long understood the fishermen's argument, and I don't think it is,\" he "
        + "told the joint committee on Coastal Affairs."), "fishermen's argument");
    assertEquals("Jonas Lie", speakerName(s));
  }

  @Test
  void aNameTheParserPutInATimePhraseIsStillTheSubjectAPronounFollows() {
    Statement s = quote(analyze("Mayor Eva Berg and Governor Ivar Dahl have repeatedly called "
        + "for the ban to be lifted. Norway has been more cautious on the issue, but on "
        + "Wednesday Mr Lund said he also wanted it to end. He said \"it is more likely than "
        + "not\" that the ban would go before the summer."), "more likely");
    assertEquals("Lund", speakerName(s));
  }

  @Test
  void aBroadcastersProgrammeIsATitle() {
    for (List<String> textAndTitle : List.of(
        List.of("\"We will not wait,\" Ms. Lind said on NRK's \"Morning Harbour.\"",
            "Morning Harbour"),
        List.of("In an interview on \"Coast Tonight,\" Ms. Lind said the port would reopen.",
            "Coast Tonight"),
        List.of("In his 2002 book, \"Make Your Harbour Pay,\" Mr. Berg suggested a toll.",
            "Make Your Harbour Pay"))) {
      Statement s = quote(analyze(textAndTitle.get(0)), textAndTitle.get(1));
      assertEquals(Statement.KIND_TERM, s.kind(), textAndTitle.get(0));
      assertNull(s.speaker(), textAndTitle.get(0));
    }
  }

  @Test
  void theFirmIsTheOrganizationNamedBefore() {
    List<Statement> st = analyze("Ferry operator Nordlink Shipping has cancelled its winter "
        + "timetable after a storm damaged two of its boats.\n\n"
        + "The firm said passengers had been offered a \u201cfull and fair refund\u201d.");
    assertEquals("Nordlink Shipping", speakerName(quote(st, "full and fair")));
  }

  @Test
  void anOfficeNoOneIsTitledWithIsThePersonTheParagraphFollows() {
    List<Statement> st = analyze("Helga Sorensen said the harbor tax would rise next year. "
        + "The prime minister also urged councils to \u201ckeep the ferries running\u201d.");
    assertEquals("Helga Sorensen", speakerName(quote(st, "keep the ferries")));
  }

  @Test
  void anOfficeOfAnotherPlaceIsNotTheParagraphsPerson() {
    List<Statement> st = analyze("Helga Sorensen said the harbor tax would rise next year. "
        + "The Swedish prime minister urged councils to \u201ckeep the ferries running\u201d.");
    assertNotEquals("Helga Sorensen", speakerName(quote(st, "keep the ferries")));
  }

  @Test
  void aThingIsNoSpeaker() {
    List<Statement> st = analyze("Ingrid Dahl spent the night in hospital.\n\n"
        + "After saying her knee was \u201cso stiff I could barely stand,\u201d she was "
        + "\u201ccarried \u2026 to the ward\u201d for tests.");
    for (Statement s : st) {
      String who = speakerName(s);
      assertFalse(who != null && who.contains("knee"), "a knee speaking in " + s);
    }
  }

  @Test
  void aVerbAfterAClosedQuoteThatReportsAClauseOfItsOwnIsNotTheQuotesClause() {
    List<Statement> st = analyze("\u201cThis is the wrong plan,\u201d Ms Berg added. "
        + "\u201cWe should start again from the harbor.\u201d A council source told the "
        + "Harbor Post Mr Lund would lead the talks.");
    assertEquals("Berg", speakerName(quote(st, "start again")).replaceAll(".* ", ""));
  }

  @Test
  void aNameBeforeAPartyAndStateInParenthesesIsTheSpeaker() {
    Statement s = quote(analyze("“The levee will hold through the winter,” Rep. Ann Okafor "
        + "(D-Md.) said in a phone interview."), "levee will hold");
    assertEquals("Ann Okafor", speakerName(s));
  }

  @Test
  void aRelativePronounSubjectStandsForItsAntecedent() {
    List<Statement> st = analyze("The levy was praised at the time by Anna Lindqvist, who "
        + "described the old quota as a \"relic of the trade wars\". Ministers meet again in "
        + "May.");
    Statement s = quote(st, "relic of");
    assertEquals("Anna Lindqvist", speakerName(s), st.toString());
  }

  @Test
  void aPartialQuoteNoRuleAttributesInAReportedClauseIsItsSpeakers() {
    Statement s = quote(analyze("Kessler Bank said the cuts are either to clear stock or could "
        + "indicate a longer term “step change in pricing in certain areas” at the chain."),
        "step change");
    assertEquals("Kessler Bank", speakerName(s));
  }

  @Test
  void anInvertedSubjectParsedAsAComplementIsTheSpeaker() {
    Statement s = quote(analyze("Nordhavn Retail has cut its prices by a fifth. “We are "
        + "bringing in ranges at new price points to compete against rivals,” said Nordhavn "
        + "Retail."), "new price points");
    assertEquals("Nordhavn Retail", speakerName(s));
  }

  @Test
  void aDescriptionInAppositionBeforeTheVerbLeadsToTheName() {
    Statement s = quote(analyze("“There's a severe gap between this council and frankly the "
        + "mayor and our harbor,” Lindqvist, a top port adviser, said Thursday morning on "
        + "Harbor Radio’s “Morning Tide.”"), "severe gap");
    assertEquals("Lindqvist", speakerName(s).replaceAll(".* ", ""));
  }

  @Test
  void theyStandsForTheOrganizationLastNamedAsAPluralSubject() {
    Statement s = quote(analyze("The Harbor Workers Union are meeting in Bergen on Friday. "
        + "“We will not accept the new shifts,” they said in a statement."), "new shifts");
    assertEquals("Harbor Workers Union", speakerName(s));
  }

  @Test
  void aShortFragmentInAReportedClauseIsTheClauseSpeakersWords() {
    // two words without punctuation would be a scare quote if no clause reported them
    Statement s = quote(analyze("Harbor director Lena Voss said on Friday that the new ferry "
        + "timetable was “entirely fair” to the night crews."), "entirely fair");
    assertEquals("Lena Voss", speakerName(s));
    assertEquals(Statement.KIND_PARTIAL, s.kind());
  }

  @Test
  void quotedPhrasesInAListShareTheFirstOnesSource() {
    // the clause after the list ("Lena Moe said yes") does not speak its items: the list is
    // the governor's, whose verb the first item hangs from
    List<Statement> statements = analyze("“Are we there yet?” she asked, but Nils was dozing "
        + "off again, and as Governor Pia Sandvik went on about “how the fares were set,” and "
        + "“empty harbor towns” and “our own tired fishermen,” Lena Moe said yes, yes, yes, "
        + "over and over again, until the governor reached the end of her speech.");
    assertEquals("Pia Sandvik", speakerName(quote(statements, "fares were set")));
    assertEquals("Pia Sandvik", speakerName(quote(statements, "empty harbor towns")));
    assertEquals("Pia Sandvik", speakerName(quote(statements, "tired fishermen")));
  }

  @Test
  void aPronounAgainstAFirstNameDoesNotSetTheGender() {
    // "scolded him" may leave "him" tied to the senator; her first name says otherwise, so
    // "she" can still be the senator, the subject right before, not the woman named earlier
    List<Statement> statements = analyze("Mayor Ingrid Falk opened the new ferry terminal on "
        + "Monday.\n\nAt the hearing, Senator Maria Lund scolded him: “The engineers are almost "
        + "all against you on the cost of the three boats you called ‘bargains,’” she said.");
    assertEquals("Maria Lund", speakerName(quote(statements, "engineers are almost")));
  }

  @Test
  void aHeadingInCapitalsIsNoSpeaker() {
    Statement s = quote(analyze("HARBOR BOARD HAS QUESTIONED HIM — the captain's advice "
        + "earned him a hearing, where he was faulted for saying that the new dock was a "
        + "“perfect harbor for every boat.”"), "perfect harbor");
    assertNotEquals("HARBOR BOARD", speakerName(s));
    assertNotEquals("BOARD", speakerName(s));
  }

  @Test
  void aVerbThatCharacterizesQuotesItsSubject() {
    List<Statement> statements = analyze("Councillor Marta Holm likened the toll plan to "
        + "“a bridge to nowhere” at the meeting on Tuesday. Senator Ivo Brandt has gone after "
        + "the port board as a “closed club of insiders” for months.");
    assertEquals("Marta Holm", speakerName(quote(statements, "bridge to nowhere")));
    assertEquals("Ivo Brandt", speakerName(quote(statements, "closed club")));
  }

  @Test
  void aParticipleAfterANameIsThatNamesWordsNotTheClauseAfterTheQuote() {
    // "when Karin Dahl criticized him" tells what happened, it does not report the quote
    Statement s = quote(analyze("The campaign video ends with footage of Nils Ekberg saying "
        + "at the hearing, “That proves I was right all along,” when Karin Dahl criticized him "
        + "for the delay."), "proves I was right");
    assertEquals("Nils Ekberg", speakerName(s));
  }

  @Test
  void aNameBeforeADescribedSubjectIsTheSpeaker() {
    Statement s = quote(analyze("Even Norway, the fund's largest backer and its oldest "
        + "partner, said it was “deeply concerned” about the losses."), "deeply concerned");
    assertEquals("Norway", speakerName(s));
  }

  @Test
  void theSubjectOfAPassiveWhoseComplementIsTheCueIsTheSpeaker() {
    Statement s = quote(analyze("Councillor Erik Dahl is alleged to have said that the old "
        + "pier should be “sold to the highest bidder” before the vote."), "highest bidder");
    assertEquals("Erik Dahl", speakerName(s));
  }

  @Test
  void aNameRightAfterTheVerbIsTheSpeakerWhateverTheParse() {
    Statement s = quote(analyze("“Ferries are changing the way the islands work,” said Ola "
        + "Brekke, co-author of the Nordic Institute report."), "Ferries are changing");
    assertEquals("Ola Brekke", speakerName(s));
  }

  @Test
  void sheIsTheNameInAppositionToTheSubjectBefore() {
    Statement s = quote(analyze("Finance minister Ingrid Moe said the fuel price would rise "
        + "in March. The Tribune's reporter in Bergen, Kari Lunde, told the radio station that "
        + "protests were likely. “The question is how long the strike lasts,” she said."),
        "how long the strike");
    assertEquals("Kari Lunde", speakerName(s));
  }

  @Test
  void aSpeechSomeoneGaveIsTheirs() {
    Statement s = quote(analyze("Ingrid Lind runs the harbor. The new fees are meant to end "
        + "“years of neglect at the docks,” according to a speech Ms. Lind gave in March."),
        "years of neglect");
    assertEquals("Ingrid Lind", speakerName(s));
  }

  @Test
  void aNicknameInsideANameIsNobodysWords() {
    List<Statement> st = analyze("Harbor pilot Johan “Jojo” Berg said the channel was "
        + "“deeper than any chart shows.”");
    Statement nickname = quote(st, "Jojo");
    // the quotation after the nickname continues the words before it
    List<Statement> spoken = analyze("“The channel is safe again,” harbor pilot Johan “Jojo” Berg "
        + "told the crowd. “We dredged it all summer.”");
    assertTrue(speakerName(quote(spoken, "dredged it")).contains("Berg"));
    assertEquals(Statement.KIND_TERM, nickname.kind());
    assertNull(speakerName(nickname));
    assertTrue(speakerName(quote(st, "deeper than")).contains("Berg"));
  }

  @Test
  void aNameCreditedAfterADashIsTheSpeaker() {
    List<Statement> st = analyze("Readers told us what they thought of the new ferry.\n"
        + "“It is faster than the old one and the coffee is better.” ― Maja Holm\n"
        + "“Nobody asked the fishermen before they moved the pier.” ― Erik Sund");
    assertEquals("Maja Holm", speakerName(quote(st, "coffee is better")));
    Statement s = quote(st, "Nobody asked");
    assertEquals("Erik Sund", speakerName(s));
    assertEquals(Statement.Rule.DASH_CREDIT, s.rule());
  }

  @Test
  void aClauseThatIntroducesAPassageWithAColonNamesItsSource() {
    List<Statement> st = analyze("The Courier sent its reporter Lena Falk to a fishing village "
        + "in the north.\n\nThe villagers dispute the official figures. Falk writes:\n\n"
        + "“The boats came back empty for the third week in a row, and the clerk kept a list of "
        + "broken promises above the desk.” The Fisheries Agency in Oslo did not reply.");
    assertEquals("Lena Falk", speakerName(quote(st, "boats came back")));
  }

  @Test
  void aParentheticalReportingClauseIsItsOwnSubjects() {
    List<Statement> st = analyze("Anna Berg runs the harbor company. These workers, Berg "
        + "explained later in the hearing, were “well-paid,” earning far more than the rest of "
        + "the crew.");
    assertEquals("Anna Berg", speakerName(quote(st, "well-paid")));
  }
}
