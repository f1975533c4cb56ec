package org.newskg.attribute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newskg.CoreNlpFixture;
import org.newskg.ingest.ArticleProcessor;
import org.newskg.ingest.ProcessorFactory;
import org.newskg.ingest.StageTimes;
import org.newskg.rdf.NKG;
import org.newskg.rdf.ShapesValidator;
import org.newskg.source.Article;

/**
 * Reported speech on sentences of our own, through the real CoreNLP pipeline and the shipped
 * models: the reported clause (exact offsets, no "that"), its speaker and cue, what is left
 * out (beliefs), and a quote inside a reported clause as its part, in the graph too.
 */
@ExtendWith(CoreNlpFixture.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportedSpeechTest {
  private ArticleProcessor processor;

  @BeforeAll
  void load(ProcessorFactory factory) {
    processor = factory.newProcessor(new StageTimes());
  }

  private static Article article(String text) {
    return new Article(null, null, "Harbor news", "Test Wire", "2025-05-02", text, "fixture");
  }

  private List<Statement> indirect(String text) {
    List<Statement> out = processor.analyze(article(text)).statements().stream()
        .filter(s -> s.kind().equals(Statement.KIND_INDIRECT)).toList();
    for (Statement s : out) {
      // the text is exactly the article's characters at the span, or, around a reporting
      // clause, its pieces in order, the first opening the span and the last closing it
      String at = text.substring(s.quote().inner().begin(), s.quote().inner().end());
      String[] pieces = s.quote().inner().text().split(ContentAroundCue.GAP, -1);
      assertTrue(at.startsWith(pieces[0]) && at.endsWith(pieces[pieces.length - 1]),
          s.quote().inner().text());
      int from = 0;
      for (String piece : pieces) {
        from = at.indexOf(piece, from);
        assertTrue(from >= 0, "piece " + piece + " of " + at);
        from += piece.length();
      }
      assertTrue(pieces.length > 1 || at.equals(s.quote().inner().text()));
      assertNotNull(s.rule(), "rule of " + s);
      assertTrue(s.confidence() >= SieveAttributor.MIN_CONFIDENCE, "confidence of " + s);
    }
    return out;
  }

  /** What each reported clause of the text says, found in the parse, whoever its speaker. */
  private List<String> clauses(String text) {
    return ReportedClauses.find(processor.analyze(article(text)).annotated(),
        SieveAttributor.reportingVerbs()).stream().map(c -> c.content().text()).toList();
  }

  /** Indirect and nominal statements: what a cue reports, clause or noun phrase. */
  private List<Statement> reported(String text) {
    return processor.analyze(article(text)).statements().stream()
        .filter(s -> s.kind().equals(Statement.KIND_INDIRECT)
            || s.kind().equals(Statement.KIND_NOMINAL)).toList();
  }

  private List<Statement> nominal(String text) {
    return processor.analyze(article(text)).statements().stream()
        .filter(s -> s.kind().equals(Statement.KIND_NOMINAL)).toList();
  }

  private static Statement only(List<Statement> statements) {
    assertEquals(1, statements.size(), "one indirect statement in " + statements);
    return statements.get(0);
  }

  private static String speakerName(Statement s) {
    return StatementLookup.speakerOf(s);
  }

  @Test
  void aVerbOfSayingWithThatReportsItsClauseWithoutThat() {
    Statement s = only(indirect("Mayor Tomas Berg said on Tuesday that the harbor would "
        + "reopen to fishing boats in June."));
    assertEquals("the harbor would reopen to fishing boats in June", s.quote().inner().text());
    assertEquals("Tomas Berg", speakerName(s));
    assertEquals("say", s.cue());
  }

  @Test
  void theClauseBeforeTheCue() {
    Statement s = only(indirect("The ferry service between the islands will resume on Friday, "
        + "Anna Lindqvist said."));
    assertEquals("The ferry service between the islands will resume on Friday",
        s.quote().inner().text());
    assertEquals("Anna Lindqvist", speakerName(s));
  }

  @Test
  void accordingTo() {
    Statement s = only(indirect("According to Anna Lindqvist, three fishing boats sank in the "
        + "storm overnight."));
    assertEquals("three fishing boats sank in the storm overnight", s.quote().inner().text());
    assertEquals("Anna Lindqvist", speakerName(s));
    assertEquals("according to", s.cue());
  }

  @Test
  void toldAndDeniedAreSpeech() {
    Statement told = only(indirect("Tomas Berg told reporters on Monday that the talks with "
        + "the fishermen would continue next week."));
    assertTrue(told.quote().inner().text().startsWith("the talks with the fishermen"),
        told.quote().inner().text());
    assertEquals("tell", told.cue());
    Statement denied = only(indirect("Tomas Berg denied that the council had hidden the "
        + "inspection report from the public."));
    assertEquals("the council had hidden the inspection report from the public",
        denied.quote().inner().text());
    assertEquals("deny", denied.cue());
  }

  @Test
  void aPronounThatBeforeItsVerbIsNoComplementizer() {
    // the parser makes "that" an argument of "said"; before a finite verb it is the subject
    Statement s = only(indirect("The scheme cost the council £2m last year. Mr Dahl said that "
        + "worked out at £400 for every family in the town."));
    assertEquals("that worked out at £400 for every family in the town", s.quote().inner().text());
  }

  @Test
  void aDeterminerThatIsNoComplementizer() {
    // "denied that quote": the noun phrase keeps its "that"; whatever kind it is listed as,
    // its text must not read as if "quote on Monday" were what she denied
    List<Statement> s = processor.analyze(article("Mayor Ann Ortiz denied that quote on "
        + "Monday, and she denied that the council had hidden the report.")).statements();
    assertTrue(s.stream().noneMatch(x -> x.quote().inner().text().startsWith("quote")),
        s.toString());
    assertTrue(s.stream().anyMatch(x -> x.quote().inner().text()
        .equals("the council had hidden the report")), s.toString());
  }

  @Test
  void aPronounSpeakerIsResolvedAsForQuotes() {
    List<Statement> s = indirect("Anna Lindqvist runs the harbor authority. She said the new "
        + "pier would cost the town twelve million kronor.");
    Statement pier = s.stream().filter(x -> x.quote().inner().text().contains("pier"))
        .findFirst().orElseThrow(() -> new AssertionError(s.toString()));
    assertEquals("Anna Lindqvist", speakerName(pier));
    assertEquals(Statement.Rule.PRONOUN, pier.rule());
  }

  @Test
  void beliefsAreNotStatements() {
    assertEquals(List.of(), reported("Tomas Berg believes the harbor will recover by the "
        + "summer, and he hopes the fishermen will stay."));
  }

  @Test
  void aQuoteInsideAReportedClauseIsItsPartInTheGraphToo() {
    String text = "Tomas Berg said the council's plan was “dead on arrival” and would be "
        + "withdrawn before the vote.";
    var attributed = processor.analyze(article(text));
    Statement whole = only(attributed.statements().stream()
        .filter(s -> s.kind().equals(Statement.KIND_INDIRECT)).toList());
    Statement part = attributed.statements().stream()
        .filter(s -> s.quote().inner().text().equals("dead on arrival")).findFirst()
        .orElseThrow(() -> new AssertionError(attributed.statements().toString()));
    assertEquals(whole.index(), part.partOf());
    assertTrue(whole.quote().inner().text().contains("“dead on arrival”"));
    assertEquals("Tomas Berg", speakerName(whole));

    Model m = ModelFactory.createModelForGraph(processor.map(attributed).graph());
    Resource wholeNode = m.listSubjectsWithProperty(NKG.quoteKind, "indirect").next();
    Resource partNode = m.listSubjectsWithProperty(NKG.text, "dead on arrival").next();
    assertEquals(wholeNode, partNode.getPropertyResourceValue(NKG.partOf));
    assertTrue(ShapesValidator.load().validate(m.getGraph()).conforms(),
        "the article graph conforms to the shapes");
  }

  @Test
  void anObjectOfCriticism() {
    // a decision cannot act on the infinitive: it is the decision's, and the whole a noun phrase
    Statement s = only(nominal("Anna Lindqvist criticized the council's decision to close "
        + "the northern pier."));
    assertEquals("the council's decision to close the northern pier", s.quote().inner().text());
    assertEquals("criticize", s.cue());
  }

  @Test
  void aQuoteTheClauseClosesIsWhollyItsPart() {
    String text = "Tomas Berg said the council would keep the cost of the new pier “under "
        + "control.”";
    var attributed = processor.analyze(article(text));
    Statement whole = only(indirect(text));
    // the closing mark and the period inside it hang from the main verb in the parse
    assertEquals("the council would keep the cost of the new pier “under control.”",
        whole.quote().inner().text());
    Statement part = attributed.statements().stream()
        .filter(s -> s.quote().inner().text().startsWith("under control")).findFirst()
        .orElseThrow(() -> new AssertionError(attributed.statements().toString()));
    assertEquals(whole.index(), part.partOf());
  }

  @Test
  void aQuotationItsReportingClauseInterruptsIsOneStatementInPieces() {
    String text = "“The harbor will reopen to fishing boats in June,” Mayor Tomas Berg said on "
        + "Tuesday. “The fishermen have waited long enough.”\n\n"
        + "“We need the pier,” Anna Lindqvist said. “The boats cannot wait,” Tomas Berg "
        + "replied.";
    var attributed = processor.analyze(article(text));
    List<Statement> wholes = attributed.statements().stream()
        .filter(s -> s.quote().index() < 0 && !s.kind().equals(Statement.KIND_INDIRECT))
        .toList();
    Statement whole = only(wholes);
    assertEquals(Statement.KIND_DIRECT, whole.kind());
    assertEquals("Tomas Berg", speakerName(whole));
    assertEquals("The harbor will reopen to fishing boats in June, … The fishermen have waited "
        + "long enough.", whole.quote().inner().text());
    List<Statement> parts = attributed.statements().stream()
        .filter(s -> Integer.valueOf(whole.index()).equals(s.partOf())).toList();
    assertEquals(2, parts.size(), attributed.statements().toString());
    // two speakers, one after the other: two quotations
    assertTrue(attributed.statements().stream()
        .filter(s -> s.quote().inner().text().startsWith("We need the pier")
            || s.quote().inner().text().startsWith("The boats cannot wait"))
        .allMatch(s -> s.partOf() == null), attributed.statements().toString());

    Model m = ModelFactory.createModelForGraph(processor.map(attributed).graph());
    Resource wholeNode = m.listSubjectsWithProperty(NKG.text, whole.quote().inner().text())
        .next();
    assertEquals(2, m.listSubjectsWithProperty(NKG.partOf, wholeNode).toList().size());
    // its span anchors the article's characters, the reporting clause between the pieces too
    Resource span = wholeNode.getPropertyResourceValue(NKG.span);
    assertEquals(text.substring(whole.quote().inner().begin(), whole.quote().inner().end()),
        span.getProperty(NKG.anchor).getString());
    assertTrue(ShapesValidator.load().validate(m.getGraph()).conforms(),
        "the article graph conforms to the shapes");
  }

  @Test
  void aTrailingClauseWithACueOfItsOwnIsAnotherStatement() {
    List<Statement> s = reported("Tomas Berg said the new pier would be finished in May, "
        + "arguing that the delays were the builder's fault.");
    assertTrue(s.stream().anyMatch(x -> x.quote().inner().text()
        .equals("the new pier would be finished in May")), s.toString());
    assertTrue(s.stream().noneMatch(x -> x.quote().inner().text().contains("pier")
        && x.quote().inner().text().contains("builder")), s.toString());
  }

  @Test
  void aVerbOfSayingTheParserGaveNoClauseReportsTheRestOfItsSentence() {
    Statement s = only(indirect("Anna Lindqvist says there needs to be a rule that requires "
        + "every fishing boat to carry a radio."));
    assertEquals("there needs to be a rule that requires every fishing boat to carry a radio",
        s.quote().inner().text());
    assertEquals("Anna Lindqvist", speakerName(s));
  }
  @Test
  void aSecondVerbSharesTheFirstOnesSubjectAndAuxiliary() {
    // "called" alone looks like a participle without a subject; it shares "has" and the name
    List<Statement> s = reported("Anna Lindqvist has sharply criticized the ferry timetable "
        + "and called for two more boats on the northern route.");
    Statement call = s.stream().filter(x -> x.cue().startsWith("call")).findFirst()
        .orElseThrow(() -> new AssertionError(s.toString()));
    assertEquals(Statement.KIND_NOMINAL, call.kind());
    assertTrue(call.quote().inner().text().endsWith("two more boats on the northern route"),
        call.quote().inner().text());
    assertEquals("Anna Lindqvist", speakerName(call));
  }

  @Test
  void whatAnAccusationTakesThroughAPreposition() {
    Statement s = only(indirect("Tomas Berg accused the council of hiding the inspection "
        + "report from the fishermen."));
    assertEquals("the council of hiding the inspection report from the fishermen",
        s.quote().inner().text());
    assertEquals("accuse", s.cue());
  }

  @Test
  void verbsThatReportThroughTheirObjectOnly() {
    // (the parser hangs "to close" from the verb, so this one reads as a clause)
    Statement rejected = only(reported("Anna Lindqvist rejected the council's plan to close "
        + "the northern pier in the winter."));
    assertEquals("the council's plan to close the northern pier in the winter",
        rejected.quote().inner().text());
    assertEquals("reject", rejected.cue());
    Statement spoke = only(nominal("Tomas Berg spoke of the long history of the harbor and "
        + "its fishing families."));
    assertTrue(spoke.quote().inner().text().endsWith("the long history of the harbor and its "
        + "fishing families"), spoke.quote().inner().text());
    assertEquals("speak of", spoke.cue());
    // whom or where one speaks to is not what one says
    assertEquals(List.of(), reported("Tomas Berg spoke to reporters at the harbor on Monday "
        + "morning."));
  }

  @Test
  void aCircumstanceBeforeTheCueIsNotWhatWasSaid() {
    Statement s = only(indirect("Asked about the storm damage, Tomas Berg said the harbor "
        + "would reopen within a week."));
    assertEquals("the harbor would reopen within a week", s.quote().inner().text());
    assertEquals("Tomas Berg", speakerName(s));
  }
  @Test
  void aLongSubjectAfterTheCommaStillMakesTheClauseBeforeTheCue() {
    Statement s = only(indirect("The new ferry will start sailing to the northern islands in "
        + "the spring, the harbor authority of Lund said."));
    assertEquals("The new ferry will start sailing to the northern islands in the spring",
        s.quote().inner().text());
    assertEquals("say", s.cue());
  }

  @Test
  void theWholeClauseAfterTheCueHoweverTheParserHungIt() {
    Statement s = only(indirect("Tomas Berg said praise from the ministry would not change "
        + "the council's plans for the harbor."));
    assertEquals("praise from the ministry would not change the council's plans for the harbor",
        s.quote().inner().text());
    assertEquals("Tomas Berg", speakerName(s));
  }

  @Test
  void callingSomethingSomething() {
    // a noun phrase and what it is called: no verb, so a nominal statement ("called: …")
    Statement s = only(nominal("Anna Lindqvist has called the new ferry timetable a disaster "
        + "for the island's schools."));
    assertEquals("the new ferry timetable a disaster for the island's schools",
        s.quote().inner().text());
    assertEquals("call", s.cue());
    assertEquals("Anna Lindqvist", speakerName(s));
  }

  @Test
  void aNameGivenWithTheIsNoStatement() {
    // naming, not asserting: what the planners call the route says nothing about it
    assertTrue(reported("Harbour planners call the northern route the “Polar Lane” in their "
        + "papers.").isEmpty());
  }

  @Test
  void aSecondVerbOfSayingDeepInsideTheFirstClauseIsAnotherStatement() {
    List<Statement> s = reported("Anna Lindqvist praised the crew of the boat that rescued two "
        + "fishermen during the storm and said she would give them a medal.");
    // the parser hangs "said" from "rescued": what was praised stops before it
    assertTrue(s.stream().anyMatch(x -> x.quote().inner().text()
        .equals("the crew of the boat that rescued two fishermen during the storm")
        && x.cue().equals("praise")), s.toString());
    assertTrue(s.stream().noneMatch(x -> x.quote().inner().text().contains("crew")
        && x.quote().inner().text().contains("medal")), s.toString());
    // and "said" shares the main clause's subject
    assertTrue(s.stream().anyMatch(x -> x.quote().inner().text()
        .equals("she would give them a medal") && x.cue().equals("say")
        && "Anna Lindqvist".equals(speakerName(x))), s.toString());
  }

  @Test
  void aQuotationWhoseMarksPairWronglyHidesNoCue() {
    List<Statement> s = indirect("The council called the deal “a fair price\" for the town. "
        + "Tomas Berg said the harbor would reopen to fishing boats in June. \"We are ready,” "
        + "the mayor added.");
    Statement june = s.stream().filter(x -> x.quote().inner().text()
        .equals("the harbor would reopen to fishing boats in June")).findFirst()
        .orElseThrow(() -> new AssertionError(s.toString()));
    assertEquals("Tomas Berg", speakerName(june));
  }

  @Test
  void aReportingClauseThatModifiesWhatItReports() {
    Statement as = only(indirect("As Tomas Berg reported on Monday, the council will vote on "
        + "the new pier in March."));
    assertEquals("the council will vote on the new pier in March", as.quote().inner().text());
    assertEquals("Tomas Berg", speakerName(as));
    List<Statement> saying = indirect("Anna Lindqvist attacked the council, saying it would "
        + "close the northern pier without asking the fishermen.");
    assertTrue(saying.stream().anyMatch(x -> x.quote().inner().text()
        .equals("it would close the northern pier without asking the fishermen")
        && "Anna Lindqvist".equals(speakerName(x))), saying.toString());
  }

  @Test
  void aVerbThatRelaysAThingWithoutAClauseReportsNoStatement() {
    // what was reported, repeated, blamed or asked for is named, not said
    assertEquals(List.of(), reported("The fisherman reported the theft of his nets to the "
        + "harbor police on Monday."));
    assertEquals(List.of(), reported("Tomas Berg repeated his promise to rebuild the northern "
        + "pier before the winter."));
    assertEquals(List.of(), reported("Anna Lindqvist blamed the poor catch of the season on the "
        + "cold spring."));
    // with a clause, the same verb reports it
    Statement s = only(indirect("The fisherman reported that his nets had been stolen from the "
        + "northern pier."));
    assertEquals("his nets had been stolen from the northern pier", s.quote().inner().text());
  }

  @Test
  void questionsAndHypotheticalsAreNoStatements() {
    assertEquals(List.of(), reported("Would it be too much to ask for a second ferry to the "
        + "northern islands?"));
    assertEquals(List.of(), reported("Did the council tell the fishermen that the northern pier "
        + "would close in May?"));
    assertEquals(List.of(), reported("If Tomas Berg said the harbor was safe, few fishermen "
        + "would believe him."));
  }

  @Test
  void accordingToAfterASecondVerbReportsTheWholeCoordination() {
    Statement s = only(indirect("Over the last five years, the island market for fish grew "
        + "by 80% and was worth a record £1,152m in 2024, according to a recent report by "
        + "analysts Nordic Data."));
    assertTrue(s.quote().inner().text().contains("the island market for fish grew by 80%"),
        s.quote().inner().text());
    assertTrue(s.quote().inner().text().endsWith("in 2024"), s.quote().inner().text());
  }

  @Test
  void accordingToTheSourceOfAVerbOfSayingLeavesTheVerbItsSpeaker() {
    List<Statement> s = indirect("Tomas Berg had promised to keep the harbor open and, "
        + "according to the Island Gazette, once told fishermen that he would never sell the "
        + "northern pier.");
    Statement never = s.stream().filter(x -> x.quote().inner().text()
        .equals("he would never sell the northern pier")).findFirst()
        .orElseThrow(() -> new AssertionError(s.toString()));
    assertEquals("Tomas Berg", speakerName(never));
    assertEquals("tell", never.cue());
    // the newspaper is where the writer read it, not who said it
    assertTrue(s.stream().noneMatch(x -> x.cue().equals("according to")), s.toString());
  }

  @Test
  void aDocumentSpeaksForItsAuthorElseAsADescription() {
    Statement byTrust = only(indirect("The island's ferries lose money on every single "
        + "crossing, a report by the Harbor Trust claims."));
    assertEquals("Harbor Trust", speakerName(byTrust));
    Statement unnamed = only(indirect("The island's ferries lose money on every single "
        + "crossing, a new report claims."));
    assertEquals(null, unnamed.speaker());
    assertTrue(unnamed.speakerDescription().endsWith("report"), unnamed.speakerDescription());
  }

  @Test
  void aPersonAtTheHeadOfALongSubjectIsTheSpeaker() {
    // the entity tagger makes the first words of the book's title a name of their own
    Statement s = only(indirect("Complete Guide to Nordic Harbors 2024 author Marta Olsen said "
        + "at least forty fishing boats had been lost since 2010."));
    assertEquals("Marta Olsen", speakerName(s));
    Statement atlas = only(indirect("Essential Atlas of Island Ferries author Peter Holm said "
        + "the northern route had been sailed for two hundred years."));
    assertEquals("Peter Holm", speakerName(atlas));
  }

  @Test
  void aShareOfThoseAskedAndOneOfSeveralNamedInApposition() {
    Statement share = only(indirect("Another 19 percent said they would not vote for either "
        + "candidate."));
    assertEquals("another 19 percent", speakerName(share));
    Statement lawyer = only(indirect("In a statement, one of the family's lawyers, Ann Lee, "
        + "said the videos show the fisherman leaving his boat calmly."));
    assertEquals("Ann Lee", speakerName(lawyer));
  }

  @Test
  void theClauseAroundItsCueKeepsItsSubject() {
    Statement s = only(indirect("The new pier was a success, Tomas Berg said, until the storm "
        + "destroyed it in 2019."));
    assertTrue(s.quote().inner().text().startsWith("The new pier was a success"),
        s.quote().inner().text());
    assertTrue(s.quote().inner().text().endsWith("until the storm destroyed it in 2019"),
        s.quote().inner().text());
    assertEquals("Tomas Berg", speakerName(s));
  }

  @Test
  void headlinesInTitleCase() {
    Statement says = only(indirect("Ferry ‘The Lifeline’ Could Save Island Schools, Anna "
        + "Lindqvist Says."));
    assertEquals("Ferry ‘The Lifeline’ Could Save Island Schools", says.quote().inner().text());
    assertEquals("Anna Lindqvist", speakerName(says));
    Statement vows = only(indirect("Railing Against The Council, Lindqvist Vows To Rebuild The "
        + "Northern Pier Before Winter."));
    assertEquals("To Rebuild The Northern Pier Before Winter", vows.quote().inner().text());
    assertEquals("vow", vows.cue());
  }

  @Test
  void aSayingSomeoneIsAskedForIsNotTheirs() {
    assertEquals(List.of(), reported("Island captain Per Holm has pleaded with Anna Lindqvist "
        + "to reject any offers from the mainland."));
    // going on to say it is saying it
    Statement s = only(indirect("Anna Lindqvist went on to say that the harbor would reopen "
        + "in June."));
    assertEquals("Anna Lindqvist", speakerName(s));
  }

  @Test
  void whatASubjectContinuesToDoIsNotWhatItSays() {
    assertTrue(reported("Harbor users continue to ignore storm warnings and are being lured "
        + "onto the ice, a report suggests.").stream()
        .noneMatch(x -> x.cue().equals("continue")));
  }

  @Test
  void aPlayerOfACountryIsNoCountry() {
    Statement s = only(indirect("Norway's star striker said last week he was hoping to recover "
        + "in time for the final."));
    assertEquals(null, s.speaker());
  }

  @Test
  void whomSomethingWasToldIsNotWhoToldIt() {
    assertEquals(List.of(), reported("The council was told that the northern pier would close "
        + "in May."));
  }

  @Test
  void aNestedVerbOfSayingDoesNotEndTheOuterClause() {
    Statement s = indirect("Greenpeace said figures suggested harbor seals were ten times more "
        + "likely to be caught in nets near the island than elsewhere.").stream()
        .filter(x -> x.cue().equals("say")).findFirst().orElseThrow();
    assertEquals("figures suggested harbor seals were ten times more likely to be caught in "
        + "nets near the island than elsewhere", s.quote().inner().text());
    Statement added = only(indirect("Anna Lindqvist runs the harbor. But she added that rumours "
        + "Mr Berg was in charge of a £1m harbor budget were not true."));
    assertEquals("rumours Mr Berg was in charge of a £1m harbor budget were not true",
        added.quote().inner().text());
  }

  @Test
  void anObjectRightBeforeTheClausesVerbIsItsSubject() {
    Statement s = only(indirect("But Mr Berg insisted the council's code of practice on "
        + "fishing quotas meant strict limits on catches still had to be met if the ban was "
        + "lifted."));
    assertTrue(s.quote().inner().text().startsWith("the council's code of practice"),
        s.quote().inner().text());
  }

  @Test
  void whatIsSaidOfARelativePronounsNounIsNoStatement() {
    assertTrue(reported("The ruling was a blow to the trawler companies, which "
        + "environmentalists accused of fishing in protected waters.").stream()
        .noneMatch(x -> x.cue().equals("accuse")));
    assertTrue(reported("The plan means changing the harbor tax, which the party says often "
        + "makes it too expensive to repair old boats.").stream()
        .noneMatch(x -> x.cue().equals("say")));
  }

  @Test
  void accordingToModifiesTheClauseEvenWhenHungFromANoun() {
    Statement s = only(indirect("If approved by the council, the town would spend almost 6m "
        + "kronor ($600,000; £450,000) on its harbor by 2027, according to a recent study by "
        + "the island's planning office."));
    assertTrue(s.quote().inner().text().contains("the town would spend almost 6m kronor"),
        s.quote().inner().text());
    assertTrue(s.quote().inner().text().endsWith("by 2027"), s.quote().inner().text());
  }

  @Test
  void aClauseNeverRunsOverTheEndOfItsSentence() {
    List<Statement> s = indirect("The company also said nine senior managers have agreed to "
        + "repay bonuses totalling $2.4m. Harbor Lines added: \"these managers share the "
        + "board's deep regret over the losses.\"");
    for (Statement x : s) {
      assertTrue(!x.quote().inner().text().contains("Harbor Lines added"),
          x.quote().inner().text());
    }
  }

  @Test
  void saidThisAndThatReportsBoth() {
    Statement s = only(indirect("Anna Lindqvist said fishermen did not like the new quotas "
        + "and that it should be up to the island itself to decide how to share the catch."));
    assertEquals("fishermen did not like the new quotas and that it should be up to the island "
        + "itself to decide how to share the catch", s.quote().inner().text());
  }
  @Test
  void anInvertedReportingClauseBetweenCommasIsNotTheClausesSubject() {
    List<Statement> s = indirect("Security analyst Tomas Berg said hackers were getting "
        + "younger every year. Although teenage hackers will still play around with harmless "
        + "code, said Mr Berg, 2024 saw a significant rise in criminal use of stolen "
        + "passwords.");
    Statement inverted = s.stream().filter(x -> x.quote().inner().text().contains("2024"))
        .findFirst().orElseThrow(() -> new AssertionError(s.toString()));
    // the fronted clause with a subject of its own is part of what was said, the reporting
    // clause between the pieces is not
    assertEquals("Although teenage hackers will still play around with harmless code … "
        + "2024 saw a significant rise in criminal use of stolen passwords",
        inverted.quote().inner().text());
    assertEquals("Tomas Berg", speakerName(inverted));
  }

  @Test
  void aSecondVerbOfSayingOrAQuotedPhraseCoordinatedWithTheCue() {
    Statement lund = indirect("Mr Lund suggested the vote could happen less often but argued "
        + "efforts were needed to check the rolls were up to date.").stream()
        .filter(x -> x.cue().equals("suggest")).findFirst().orElseThrow();
    assertEquals("the vote could happen less often", lund.quote().inner().text());
    Statement clarke = indirect("Mr Clarke said economic migration helped the town but "
        + "\"needed proper policing\".").stream().filter(x -> x.cue().equals("say"))
        .findFirst().orElseThrow();
    assertEquals("economic migration helped the town but \"needed proper policing\"",
        clarke.quote().inner().text());
  }
  @Test
  void theCuesSubjectInAppositionIsNotPartOfTheClauseBeforeIt() {
    for (Statement x : indirect("\"I am afraid the new ferries are not up to the winter "
        + "storms,\" Jean-Paul Lund, from the island's ferry union, told the Harbor Wire news "
        + "agency.")) {
      assertTrue(!x.quote().inner().text().contains("Lund"), x.quote().inner().text());
    }
  }
  @Test
  void aClauseCutBeforeItsPredicateGoesOnToIt() {
    Statement wales = indirect("Anna Lindqvist said the recent experience of Norway indicated "
        + "two million households in Sweden would pay significantly more after the reform.")
        .stream().filter(x -> x.cue().equals("say")).findFirst().orElseThrow();
    assertEquals("the recent experience of Norway indicated two million households in Sweden "
        + "would pay significantly more after the reform", wales.quote().inner().text());
    List<Statement> claims = reported("The Greens say ministers must respond in parliament to "
        + "claims that the survey used to justify the harbor closure was drawn up at the town "
        + "hall.");
    assertTrue(claims.stream().noneMatch(x -> x.quote().inner().text()
        .endsWith("the harbor closure")), claims.toString());
    // the predicate of the speech noun's own phrase is the writer's
    for (Statement x : reported("The mayor's announcement that he was to offer a £200 harbor "
        + "rebate paid by boat owners was merely a gesture to a much bigger problem.")) {
      assertTrue(!x.quote().inner().text().contains("gesture"), x.quote().inner().text());
    }
  }

  @Test
  void aClauseAfterASecondVerbOfSayingIsNotTheFirstOnes() {
    for (Statement x : indirect("For its part Harbor Lines describes itself as a premier ferry "
        + "company and said the move to seek protection was necessary to let it keep sailing "
        + "while sorting out its legal battles.")) {
      if (x.cue().equals("describe")) {
        assertEquals("itself as a premier ferry company", x.quote().inner().text());
      }
    }
  }

  @Test
  void aPluralPronounIsThePluralSubjectBeforeItNotAnOlderName() {
    // "they" is the harbor's fishermen, not the council named earlier nor a person
    List<Statement> s = indirect("The Harbor Council will vote on the pier in June, and Mayor "
        + "Tomas Berg will chair the meeting. The island's fishermen have been lobbying for "
        + "months. The catch is growing fast, they insist.");
    Statement catchGrows = s.stream().filter(x -> x.quote().inner().text().startsWith("The catch"))
        .findFirst().orElseThrow(() -> new AssertionError(s.toString()));
    assertEquals(null, catchGrows.speaker());
    assertEquals("island's fishermen", catchGrows.speakerDescription());
  }

  @Test
  void aNameInAppositionClosingARoleIsTheSpeaker() {
    Statement s = only(indirect("The chairman of the council's harbor committee, Per Holm, "
        + "said the storm would be a decisive factor in the vote."));
    assertEquals("Per Holm", speakerName(s));
    Statement t = only(indirect("The head of the Harbor Council's fisheries committee, Lena "
        + "Dahl, has said the pier would not reopen before June."));
    assertEquals("Lena Dahl", speakerName(t));
    // an honorific the tagger leaves out of the name, after the comma
    Statement u = only(indirect("Funding for the lab was cut last year. Head of marine biology "
        + "at the Norland Institute, Professor Ann Kite, said she had seen the same cuts in "
        + "other countries."));
    assertEquals("Ann Kite", speakerName(u));
  }

  @Test
  void aDocumentSpeaksForWhomItsPossessivePronounNames() {
    List<Statement> s = indirect("Anna Lindqvist has studied the harbor for two years. Her "
        + "report says the northern pier must be rebuilt before the winter storms.");
    Statement pier = s.stream().filter(x -> x.quote().inner().text().contains("pier"))
        .findFirst().orElseThrow(() -> new AssertionError(s.toString()));
    assertEquals("Anna Lindqvist", speakerName(pier));
  }

  @Test
  void aTitleTheParserMadeTheSubjectGivesWayToTheName() {
    // "Younger" read as an adjective of "Mr": the speaker is the person, not "Mr"
    List<Statement> s = indirect("Lars Younger runs the harbor authority.\n\nMr Younger said "
        + "there was anecdotal evidence of damage to the northern pier.");
    Statement pier = s.stream().filter(x -> x.quote().inner().text().contains("pier"))
        .findFirst().orElseThrow(() -> new AssertionError(s.toString()));
    assertEquals("Lars Younger", speakerName(pier));
  }

  @Test
  void aDescriptionRightAfterTheMainPersonIsThem() {
    // the lead names its main person; the next sentence goes on with a description of him
    List<Statement> s = indirect("Jonny Lund looks set to miss the rest of the season. "
        + "Norway's record-breaking striker said last week he was hoping to recover from his "
        + "injury in time for the final. Lund has not played since March, and Lund's coach "
        + "is worried.");
    Statement hope = s.stream().filter(x -> x.quote().inner().text().contains("hoping"))
        .findFirst().orElseThrow(() -> new AssertionError(s.toString()));
    assertEquals("Jonny Lund", speakerName(hope));
  }

  @Test
  void anEpithetAfterALeadWhoseSubjectTheParserSplitIsTheMainPerson() {
    // "Lord of the Rings director Peter Jackson" parses with "Lord" as the head of the
    // subject; the name inside it is still the main person, and "the Oscar winner" is him
    List<String> done = new java.util.ArrayList<>();
    for (String[] lead : new String[][] {
        {"Lord of the Rings director Peter Jackson has said that it will be years before he "
            + "films a new book. The Oscar winner said on a visit to Perth that lawyers would "
            + "decide when.", "lawyers"},
        {"Singer Mara Quist has said that a new film about her life will be her last. The pop "
            + "star said it would be made in Oslo.", "Oslo"},
        {"Record cap holder Gareth Lund will retire at the end of the season. The veteran lock "
            + "told reporters that it was time to stop.", "time to stop"}}) {
      List<Statement> s = indirect(lead[0]);
      Statement later = s.stream().filter(x -> x.quote().inner().text().contains(lead[1]))
          .findFirst().orElseThrow(() -> new AssertionError(s.toString()));
      done.add(speakerName(later));
    }
    assertEquals(List.of("Peter Jackson", "Mara Quist", "Gareth Lund"), done);
  }

  @Test
  void theHeadlinesPersonIsAMainPersonForAnEpithet() {
    // Holm is named most, but the headline is about Berg, the lead's subject
    List<Statement> s = indirect("Berg backs Holm for harbor job\n\nAnna Berg has backed Per "
        + "Holm to run the harbor. The former ferry boss said Holm had the experience for the "
        + "job. Holm has run the pier for ten years. Holm was not available for comment.");
    Statement backed = s.stream().filter(x -> x.quote().inner().text().contains("experience"))
        .findFirst().orElseThrow(() -> new AssertionError(s.toString()));
    assertEquals("Anna Berg", speakerName(backed));
  }

  @Test
  void aHeAfterAQuotationsClosingSpokesmanIsTheSpokesman() {
    // the parser hangs "the spokesman said" from a verb inside the quotation; the name inside
    // it is not whom "he" follows
    List<Statement> s = indirect("A spokesman for Anna Berg said Mr Lund's views on fares "
        + "were \"very different\" from those of the party. \"He believes pupils should pay bus "
        + "fares, that Tom Holm should not be blamed for his handling of the ferry strike and that "
        + "more powers should be given to the council,\" the spokesman said. He added that it was "
        + "not surprising Mr Lund had chosen to leave the party.");
    Statement added = s.stream().filter(x -> x.quote().inner().text().contains("surprising"))
        .findFirst().orElseThrow(() -> new AssertionError(s.toString()));
    String who = added.speaker() == null ? added.speakerDescription() : speakerName(added);
    assertTrue(who != null && who.contains("Anna Berg"), s.toString());
  }

  @Test
  void aGiantIsTheCompanyNamedBeforeIt() {
    Statement s = indirect("Norvik Foods has reported record profits for the year. The Swedish "
        + "food giant said sales of frozen fish had doubled.").stream()
        .filter(x -> x.quote().inner().text().contains("frozen fish")).findFirst()
        .orElseThrow();
    assertEquals("Norvik Foods", speakerName(s));
  }

  @Test
  void aSpokesmanWithoutWhoseSpeaksForTheBodyTheSentenceBeforeIsAbout() {
    List<Statement> s = indirect("Critics say the northern pier is unsafe. But the Harbor "
        + "Authority defended its inspections. A spokesman said the pier had been checked in "
        + "May.\n\nThe Baltic Ferry Company welcomed the report, with a spokeswoman saying "
        + "that the crossings would go on.\n\nLars Holm, the harbor's founder, has died. A "
        + "spokesman said he died at home.\n\nReports that the ferry will close have been "
        + "described as idle talk by the Harbor Authority. A spokeswoman said the timetable was "
        + "unchanged.");
    java.util.Map<String, String> byWords = new java.util.TreeMap<>();
    for (Statement x : s) {
      byWords.put(x.quote().inner().text(), x.speaker() == null ? x.speakerDescription()
          : speakerName(x));
    }
    assertEquals("Harbor Authority", byWords.get("the pier had been checked in May"),
        byWords.toString());
    assertEquals("Baltic Ferry Company", byWords.get("the crossings would go on"),
        byWords.toString());
    assertEquals("Harbor Authority", byWords.get("the timetable was unchanged"),
        byWords.toString());
    // a person named before is who the news is about, not whom the spokesman speaks for
    assertEquals("spokesman", byWords.get("he died at home"), byWords.toString());
  }

  @Test
  void thePaperAndThePartyAreTheOnesNamedLastBeforeThem() {
    List<Statement> s = indirect("Norvik Foods plans to close its Bergen plant, according to "
        + "the Bergen Herald. The paper said the decision would be announced on Monday.\n\n"
        + "The Labour Party denies breaking the rules on cold calls. The party says the calls "
        + "were lawful.");
    java.util.Map<String, String> byWords = new java.util.TreeMap<>();
    for (Statement x : s) {
      byWords.put(x.quote().inner().text(), x.speaker() == null ? x.speakerDescription()
          : speakerName(x));
    }
    assertEquals("Bergen Herald", byWords.get("the decision would be announced on Monday"),
        byWords.toString());
    assertEquals("Labour Party", byWords.get("the calls were lawful"), byWords.toString());
  }

  @Test
  void aFormerMemberNoLongerSpeaksForTheOrganization() {
    Statement s = only(indirect("A former Harbor Authority inspector said the northern pier "
        + "had been unsafe for years."));
    assertEquals(null, s.speaker());
    assertTrue(s.speakerDescription().contains("inspector"), s.toString());
  }

  @Test
  void aParticipleAfterTheCueOfAQuoteIsNotWhatWasSaid() {
    // "referring to …" tells what the speaker was doing
    assertEquals(List.of(), reported("Tom Reyes sells games in Bristol. \"You cannot ignore a "
        + "hobby when people queue at midnight to buy it,\" he said, referring to the demand for "
        + "new titles."));
  }

  @Test
  void aParticipleOfSayingAfterAQuoteIsTheQuotesSpeakers() {
    // the sentence's root is the quotation's verb: its subject ("None") speaks nothing
    Statement s = only(indirect("Ingrid Vale runs a design studio in Leeds. \"None of them have "
        + "a fancy or glamorous look,\" she added, declaring herself surprised that these sites "
        + "have not been more widely copied."));
    assertEquals("Ingrid Vale", speakerName(s));
  }

  @Test
  void aSecondClauseWithItsOwnSubjectEndsTheReportedOne() {
    Statement s = only(indirect("Pollsters asked voters about the mayor. Meanwhile, 41% said "
        + "the mayor was doing a good job and 35% disagreed."));
    assertEquals("the mayor was doing a good job", s.quote().inner().text());
  }

  @Test
  void aFinalThatIsAPronounNotAComplementizer() {
    Statement s = only(indirect("The harbor board said the vote was further proof of that."));
    assertEquals("the vote was further proof of that", s.quote().inner().text());
  }

  @Test
  void anUnnamedSourceKeepsAllItsModifiers() {
    // "West" hangs from "Yorkshire", not from "police"
    Statement s = only(indirect("West Harbor police confirmed they had arrested a man."));
    assertEquals("West Harbor police", speakerName(s));
  }

  @Test
  void aCueAfterTheClauseWithItsSourceAsObject() {
    // "…, claims a study from X": the parser makes the source the verb's object
    Statement s = only(indirect("Fishing quotas will be cut next year, claims a study from the "
        + "University of Leeds."));
    assertEquals("Fishing quotas will be cut next year", s.quote().inner().text());
    assertEquals("University of Leeds", speakerName(s));
  }

  @Test
  void whomATellerAddressesIsNotWhatWasTold() {
    for (Statement x : indirect("She told the court that in the weeks after the storm, a "
        + "harbor official had told her the captain's crew would be made to look like fools.")) {
      assertTrue(!x.quote().inner().text().startsWith("the court"), x.quote().inner().text());
    }
    for (Statement x : indirect("But Mr Lund told Harbor Radio 4's Morning programme he "
        + "believed the changes he had made to the plan should be enough to satisfy the "
        + "fishermen.")) {
      assertTrue(!x.quote().inner().text().contains("Harbor Radio"), x.quote().inner().text());
    }
  }

  @Test
  void aClauseCoordinatedWithItsOwnSubjectEndsWhatWasClaimed() {
    for (Statement x : indirect("Per Holm won at the same harbor last week and then claimed "
        + "the title race would be between himself, Anna Berg and Tomas Lund but Lindqvist is "
        + "unfazed.")) {
      assertTrue(!x.quote().inner().text().contains("unfazed"), x.quote().inner().text());
    }
  }
  @Test
  void anotherSpeakersColonAfterADashEndsTheClause() {
    for (Statement x : indirect("Berg said that Lund was stopped short, but the captain said "
        + "he was pulled back onto the pier after landing the boat - on his last day years "
        + "later he exclaimed: \"I did land that boat in Visby.\"")) {
      assertTrue(!x.quote().inner().text().contains("exclaimed"), x.quote().inner().text());
    }
  }
  @Test
  void anObjectWithAShortRelativeClauseIsTheComplementsSubject() {
    for (Statement x : indirect("Certain ferry lines, like Nordlink, claim the cargo they carry "
        + "does not break safety rules and is covered by the new harbor law.")) {
      if (x.cue().equals("claim")) {
        assertTrue(!x.quote().inner().text().startsWith("they carry"),
            x.quote().inner().text());
      }
    }
  }

  @Test
  void aFiniteVerbAfterAModalClauseGoesWithTheCuesSubject() {
    Statement s = only(indirect("Anna Berg said the council would set out plans for the "
        + "northern pier in the next few weeks and attacked the ferry firm's plans."));
    assertEquals("the council would set out plans for the northern pier in the next few weeks",
        s.quote().inner().text());
  }

  @Test
  void whoIsAccusedIsNotWhoAccuses() {
    assertEquals(List.of(), reported("The trust has found itself in trouble after being accused "
        + "of helping to sink a rival ferry firm's bid."));
  }

  @Test
  void aParticipleOfSayingReportsItsOwnClauseNotTheFirstVerbsObject() {
    List<String> found = clauses("The ferry company has rejected the charge, saying the "
        + "decision to sell the old boats was \"no more than an idea, of which the council was "
        + "fully aware\" at the time of the sale.");
    assertTrue(found.contains("the decision to sell the old boats was \"no more than an idea, "
        + "of which the council was fully aware\" at the time of the sale"), found.toString());
    assertTrue(found.stream().noneMatch(c -> c.startsWith("the charge")), found.toString());
  }

  @Test
  void accordingToBetweenAFrontedClauseAndAReportOfItsOwnGoesWithTheFrontedClause() {
    List<String> found = clauses("Although the fleet is shrinking, according to port figures, "
        + "the ministry revealed the catch was 400 tonnes in May.");
    assertEquals(List.of("the fleet is shrinking"), found);
  }

  @Test
  void anAddresseeBeforeTheObjectLeavesTheObjectAsTheClausesSubject() {
    List<String> told = clauses("Mr Berg told Reuters the 12 had agreed to pay those who lost "
        + "savings when the ferry firm collapsed.");
    assertTrue(told.contains("the 12 had agreed to pay those who lost savings when the ferry "
        + "firm collapsed"), told.toString());
    List<String> crews = clauses("Tomas Berg, a lawyer for the fishermen, told reporters the "
        + "crews had agreed to return to work on Monday.");
    assertTrue(crews.contains("the crews had agreed to return to work on Monday"),
        crews.toString());
  }

  @Test
  void aBareParticipleAfterASpeechVerbIsNoClause() {
    assertEquals(List.of(), clauses("Ms Lind was speaking at a harbour safety conference "
        + "organised by the Fishermen's Union."));
  }

  @Test
  void whereSomethingWasArguedIsNotWhatWasArgued() {
    for (String c : clauses("More money needed to be spent on repairing the pier and how it "
        + "linked to the old harbour, they argued in a the report.")) {
      assertTrue(!c.startsWith("in "), c);
    }
  }

  @Test
  void aClauseDescribingANounOutsideIsNoStatement() {
    for (String c : clauses("She said growing competition between ferry lines, of which there "
        + "are now 12 according to the harbour office, could bring lower fares.")) {
      assertTrue(!c.startsWith("of which"), c);
    }
  }

  @Test
  void theEndOfAClauseTheParserHungLooseFromTheCueIsStillSaid() {
    List<String> found = clauses("Harbourline says its new ticket system will stop most, but "
        + "not all, of the current queues (delays) seen at the busy ports.");
    assertEquals(List.of("its new ticket system will stop most, but not all, of the current "
        + "queues (delays) seen at the busy ports"), found);
  }

  @Test
  void aCueWithItsOwnObjectAndPredicateReportsThemNotTheWritersClause() {
    List<String> found = clauses("The port authority has declared Pier 4 to be the main berth "
        + "for cruise ships and 2026 is likely to see a lot more visitors arriving by sea.");
    assertEquals(List.of("Pier 4 to be the main berth for cruise ships"), found);
  }

  @Test
  void aCueHungInsideTheClauseBeforeItReportsAllOfThatClause() {
    List<String> found = clauses("Although six piers are to be opened up to scrutiny the "
        + "harbour office should have more power to choose what it inspected, the MPs said.");
    assertEquals(List.of("Although six piers are to be opened up to scrutiny the harbour office "
        + "should have more power to choose what it inspected"), found);
  }

  @Test
  void theSubjectAParticipleOfTheSourceTookAsItsObjectStaysWithTheClause() {
    List<String> found = clauses("According to response statistics gathered by Netwatch many "
        + "visiting the Harbour store in the wake of Mr Lund's speech suffered lengthy waiting "
        + "times.");
    assertEquals(List.of("many visiting the Harbour store in the wake of Mr Lund's speech "
        + "suffered lengthy waiting times"), found);
  }

  @Test
  void anotherSpeakersActAfterButEndsWhatWasSaid() {
    List<String> found = clauses("Berg said he had had a \"gutful\" of trying to persuade them "
        + "to make the ramp faster but Harbour Board's Anna Lind rejected his comments.");
    assertTrue(found.contains("he had had a \"gutful\" of trying to persuade them to make the "
        + "ramp faster"), found.toString());
  }

  @Test
  void anOpeningAccordingToCoversTheWholeSentence() {
    List<String> found = clauses("According to the harbour office, if the council's current "
        + "budget cycle runs until March 2027 then it is \"unlikely\" the pier rule will be met.");
    assertEquals(List.of("if the council's current budget cycle runs until March 2027 then it is "
        + "\"unlikely\" the pier rule will be met"), found);
  }

  @Test
  void whatSomeoneIsUrgedToDoGoesWithWhomTheyAreUrged() {
    List<String> found = clauses("She also urged Nordic Relief, the aid agency she works for, to "
        + "close its office in Tromso, and appealed for the fishermen to be freed.");
    assertTrue(found.contains("Nordic Relief, the aid agency she works for, to close its office "
        + "in Tromso"), found.toString());
  }

  @Test
  void aClauseASubordinatorOpensBeforeAVerbWithItsOwnObjectIsNotWhatWasSaid() {
    for (String c : clauses("When smugglers are revealed as part of the second front of the "
        + "harbour crime war, Berg and Lund call them \"lone sailors\" and describe their "
        + "actions as crimes rather than acts of theft or even piracy.")) {
      assertTrue(!c.startsWith("When"), c);
    }
    assertEquals(List.of("If the council cuts the budget, the harbour will close"),
        clauses("If the council cuts the budget, the harbour will close, Berg said."));
  }

  @Test
  void aNounPhraseAVerbReportsIsANominalStatement() {
    String text = "Opposition leader Sandra Keller criticized the cuts to rail spending.";
    Statement s = only(nominal(text));
    assertEquals("the cuts to rail spending", s.quote().inner().text());
    assertEquals("Sandra Keller", speakerName(s));
    assertEquals("criticize", s.cue());
    assertEquals(List.of(), indirect(text));
    Statement end = only(nominal("The harbor authority announced the end of its contract "
        + "with the ferry company Nordlink."));
    assertEquals("the end of its contract with the ferry company Nordlink",
        end.quote().inner().text());
  }

  @Test
  void aGerundOrAClauseStaysIndirect() {
    Statement gerund = only(reported("Tomas Berg admitted taking money from the harbor fund "
        + "for his own boat."));
    assertTrue(gerund.quote().inner().text().startsWith("taking money from the harbor fund"),
        gerund.quote().inner().text());
    assertEquals(Statement.KIND_INDIRECT, gerund.kind());
    Statement meeting = only(indirect("Anna Lindqvist denied ever meeting the developers "
        + "before the vote."));
    assertTrue(meeting.quote().inner().text().endsWith("meeting the developers before the vote"),
        meeting.quote().inner().text());
    Statement claims = only(nominal("The ministry denied the claims about the leaking fuel "
        + "tanks."));
    assertEquals("the claims about the leaking fuel tanks", claims.quote().inner().text());
  }

  @Test
  void aNominalStatementConformsToTheShapes() {
    var attributed = processor.analyze(article("The mayor of Tromsø, Tomas Berg, criticized "
        + "the closure of the fish market on Monday."));
    Model m = ModelFactory.createModelForGraph(processor.map(attributed).graph());
    assertTrue(m.listSubjectsWithProperty(NKG.quoteKind, "nominal").hasNext(),
        attributed.statements().toString());
    assertTrue(ShapesValidator.load().validate(m.getGraph()).conforms(),
        "the article graph conforms to the shapes");
  }

  @Test
  void aVerbOfSayingInAnotherSenseIsNoStatement() {
    assertTrue(reported("Ingrid Holm claimed her first national title over the distance, "
        + "beating Mara Dahl into second.").stream().noneMatch(x -> x.cue().equals("claim")));
    assertTrue(reported("The guards were accused of denying him a glass of water during the "
        + "night.").stream().noneMatch(x -> x.cue().equals("deny")));
    assertTrue(reported("Berg was at a loss to explain his poor form in the first set.")
        .stream().noneMatch(x -> x.cue().equals("explain")));
    // claiming one's own part in something is saying it
    Statement responsibility = only(nominal("The rebel group claimed responsibility for the "
        + "attack on the harbor."));
    assertEquals("responsibility for the attack on the harbor",
        responsibility.quote().inner().text());
  }

  @Test
  void aNounWithItsThatClauseIsStillANounPhrase() {
    Statement s = only(nominal("Kim Holm has denied reports that she has pulled out of the "
        + "regatta because of an injury."));
    assertEquals("reports that she has pulled out of the regatta because of an injury",
        s.quote().inner().text());
    assertEquals("deny", s.cue());
  }

  @Test
  void theWayAThingIsDoneIsANounPhraseUnlessItIsTheSubject() {
    Statement way = only(reported("Former harbour chief Lord Berg has criticised the way the "
        + "council operates, accusing it of being obsessed with headlines.").stream()
        .filter(x -> x.quote().inner().text().startsWith("the way")).toList());
    assertEquals(Statement.KIND_NOMINAL, way.kind(), way.toString());
    Statement subject = only(reported("Opposition spokesman Tomas Lund said the way the "
        + "council had handled the ferry contract was a shambles."));
    assertEquals(Statement.KIND_INDIRECT, subject.kind(), subject.toString());
  }

  @Test
  void theCuesParticleIsNotWhatWasSaid() {
    Statement s = only(indirect("The company pointed out that the harbor provides fish only "
        + "for the local market."));
    assertEquals("the harbor provides fish only for the local market", s.quote().inner().text());
  }

  @Test
  void aNameOneGivesOneselfIsNoStatement() {
    // NotSaid.naming
    assertTrue(reported("In a statement the Justice Department said the two men ran the "
        + "central hubs of a piracy ring. The group called itself the Harbour Network and "
        + "membership of it demanded that users share files.").stream()
        .noneMatch(s -> s.quote().inner().text().startsWith("the Harbour Network")));
  }

  @Test
  void whatACampaignIsForIsNotSaidButTheLatestToAnnounceDidAnnounce() {
    // NotSaid.purposeOfANoun
    assertTrue(reported("Games trade chief Roger Lane said a number of plans were discussed "
        + "at the meeting.\n\nAmong the possible measures could be a campaign to explain to "
        + "parents that many games are made for an adult audience, as well as new labels.")
        .stream().noneMatch(s -> s.quote().inner().text().contains("adult audience")));
    assertEquals(1, reported("Nordfilm is the latest studio to announce which format it is "
        + "backing in the battle over the new discs.").size());
  }

  @Test
  void aStatementStillToBeIssuedSaysNothingYet() {
    // NotSaid.yetToBeIssued
    assertTrue(reported("Under the agreement, Norland must issue a written statement "
        + "promising to recognise the new border, but it gets more time to sell the idea at "
        + "home.").isEmpty());
  }

  @Test
  void whatSomeoneWillArgueOrIsTippedToAskIsNotSaidYet() {
    // NotSaid.sharesModal: the participle goes with the verb under "will"
    assertTrue(reported("Mr Lund will deny the figures are wrong. Earlier forecasts proved "
        + "too gloomy, he will argue, while suggesting that only his plan can keep the ferries "
        + "running.").stream().noneMatch(s -> s.quote().inner().text().contains("ferries")));
    // NotSaid.tipped
    assertTrue(reported("Mayor Ann Berg is tipped to ask the council on Monday to close the "
        + "old harbour.").isEmpty());
    // a participle of a verb said, not still to come, still reports
    assertTrue(reported("Mr Lund denied the figures were wrong, suggesting that only his plan "
        + "can keep the ferries running.").stream()
        .anyMatch(s -> s.quote().inner().text().contains("ferries")));
  }

  @Test
  void aDeniedPersonAPostedFigureAndAnActNotDoneAreNoStatements() {
    assertTrue(reported("Ferreira denied Lund with a last-ditch tackle in the second half.")
        .isEmpty());
    assertTrue(reported("Harbor firm Nordhavn has posted a 22% rise in annual profit after "
        + "sales were boosted by the summer.").isEmpty());
    assertTrue(reported("The visitors held the ball without seriously threatening to break "
        + "the home side's defence.").isEmpty());
    assertTrue(reported("The minister left the hall without saying why the ferry was late.")
        .isEmpty());
  }

  @Test
  void theyAfterWhatWasSaidIsNotTheSubjectOfWhatWasSaid() {
    Statement s = indirect("Retail analysts said prices would rise in the spring. Firms such "
        + "as Nordhavn would be able to cut costs by selling boats through their shops, they "
        + "added.").get(1);
    assertEquals("Retail analysts", speakerName(s));
  }

  @Test
  void theNameAfterItsRoleSpeaks() {
    Statement s = only(indirect("Norland will have to face Sweden without their captain Erik "
        + "Lind, according to his club boss Anders Holm."));
    assertEquals("Anders Holm", speakerName(s));
  }

  @Test
  void aNameSetOffBeforeTheDescribedSubjectIsTheSpeakerNotWhatWasSaid() {
    Statement s = only(indirect("The mayor's enthusiasm for the job remains undimmed, Tomas "
        + "Berg, the party's election strategist told Harbor Radio on Saturday."));
    assertEquals("Tomas Berg", speakerName(s));
    assertEquals("The mayor's enthusiasm for the job remains undimmed", s.quote().inner().text());
  }

  @Test
  void anOfficeIsNotSomeoneGivenAnotherOffice() {
    Statement s = only(indirect("Home Secretary Anders Holm has also warned that a strike "
        + "could happen. The prime minister said the ferry would keep running.").stream()
        .filter(x -> x.quote().inner().text().contains("ferry")).toList());
    assertEquals("prime minister", speakerName(s));
  }

  @Test
  void withANounBeforeItsParticipleTheNounSpeaks() {
    Statement s = only(indirect("The move may be a step towards a full takeover, with analysts "
        + "saying that a larger firm may also now show an interest in Nordhavn."));
    assertEquals("analysts", speakerName(s));
  }

  @Test
  void beingAskedToExplainAndARelativeClauseAreNoStatements() {
    assertTrue(indirect("The league charged Per Lund with foul play, while Harbor boss Anders "
        + "Holm has been asked to explain comments he made about the referee.").isEmpty());
    assertTrue(indirect("Lund, who is a law lecturer at the University of Harbor, added: “The "
        + "rights of the accused have been tarnished.”").isEmpty());
  }

  @Test
  void fansOfAClubDoNotSpeakForIt() {
    Statement s = only(indirect("Nordhavn fans have reacted with anger at the news. They have "
        + "opposed any takeover since the bid was first made, and after Sunday's announcement "
        + "they vowed to fight on."));
    assertEquals("Nordhavn fans", speakerName(s));
  }

  @Test
  void aLastWordTheParserHungFromTheCueIsStillWhatWasSaid() {
    Statement s = only(indirect("Mr Dunn said he expected the introduction of real-world "
        + "physics to be a major part of the new consoles."));
    assertEquals("he expected the introduction of real-world physics to be a major part of the "
        + "new consoles", s.quote().inner().text());
  }

  @Test
  void aParticipleAfterTheOneWrittenToIsTheWritersSaying() {
    Statement s = reported("Ms Berg has written to Mr Lund asking for clarification on the "
        + "move to allow the prisoner out.").stream().filter(x -> x.cue().equals("ask")).findFirst()
        .orElseThrow();
    assertEquals("Berg", speakerName(s).replaceAll(".* ", ""));
  }

  @Test
  void aReportingClauseInsideItsContentIsNoPartOfIt() {
    Statement will = only(indirect("The council will, the finance minister said, cut the ferry "
        + "subsidy by half next spring."));
    assertEquals("The council will … cut the ferry subsidy by half next spring",
        will.quote().inner().text());
    // the parser gave the cue the clause's subject: it is still the first piece
    Statement plan = only(indirect("The new harbor plan, Mayor Tomas Berg said on Tuesday, "
        + "would fail within a year."));
    assertEquals("The new harbor plan … would fail within a year", plan.quote().inner().text());
    assertEquals("Tomas Berg", speakerName(plan));
    Statement sales = only(indirect("Sales, according to the harbor office, rose by a third "
        + "last year."));
    assertEquals("Sales … rose by a third last year", sales.quote().inner().text());
  }

  @Test
  void aFrontedPhraseBeforeTheReportingClauseIsWhatWasSaid() {
    Statement s = only(indirect("In 2019, Tomas Berg said, the fleet caught twice as much cod."));
    assertEquals("In 2019 … the fleet caught twice as much cod", s.quote().inner().text());
    // a participle before it tells what the speaker was doing
    Statement asked = only(indirect("Asked about the cod, Tomas Berg said, the fleet had "
        + "caught less of it."));
    assertEquals("the fleet had caught less of it", asked.quote().inner().text());
  }

  @Test
  void aCueInsideItsContentNotSetOffReportsNothingAroundIt() {
    assertTrue(indirect("Tomas Berg said the ferry was late. Sailors can search the routes or "
        + "the results they have already noted as interesting.").stream()
        .noneMatch(x -> x.cue().equals("note")));
  }

  @Test
  void aSecondSpeechActOfTheSpeakerIsNotWhatWasSaid() {
    Statement s = only(indirect("Tomas Berg said the claims were false and dismissed them as "
        + "a smear by his rivals."));
    assertEquals("the claims were false", s.quote().inner().text());
    // a verb's form that takes nothing is no act of the speaker
    assertEquals(List.of("the captain was tired and stressed"), clauses("Tomas Berg said the "
        + "captain was tired and stressed."));
    // a verb of another act goes on with the clause's own subject
    Statement raised = only(indirect("Tomas Berg said the ferry company had cut its costs and "
        + "raised its prices for the summer."));
    assertTrue(raised.quote().inner().text().endsWith("raised its prices for the summer"),
        raised.quote().inner().text());
  }

  @Test
  void theCueInTheSubjectOfALaterVerbReportsThatVerbsClauseToo() {
    Statement s = only(indirect("The finance minister added that he did not think there would "
        + "be a price to pay for the council's stance - Oslo paid more and received less than "
        + "other cities."));
    assertTrue(s.quote().inner().text().endsWith("Oslo paid more and received less than other "
        + "cities"), s.quote().inner().text());
  }

  @Test
  void aNounThatCannotActTakesTheInfinitive() {
    Statement calls = only(nominal("The mayor rejected calls to pause the construction of the "
        + "new pier."));
    assertEquals("calls to pause the construction of the new pier", calls.quote().inner().text());
    // whom a verb of asking addresses acts, whatever the animacy lists say of the noun
    Statement back = only(indirect("The coach urged the left-back to stay at the club."));
    assertEquals("the left-back to stay at the club", back.quote().inner().text());
    // a body is urged to act: what it is urged to do is said
    Statement urged = only(indirect("The mayor urged the council to pause the construction of "
        + "the new pier."));
    assertEquals("the council to pause the construction of the new pier",
        urged.quote().inner().text());
  }

  @Test
  void theVerbsPrepositionGoesWithTheCue() {
    Statement s = only(nominal("The ministry warned of consequences for the fishing fleet if "
        + "the base was built."));
    assertEquals("warn of", s.cue());
    assertTrue(s.quote().inner().text().startsWith("consequences for the fishing fleet"),
        s.quote().inner().text());
  }

  @Test
  void aThingAddedIsNoStatement() {
    assertTrue(reported("Harbor Search has added the ability to save routes so the next time a "
        + "sailor visits the site they can find the routes again.").stream()
        .noneMatch(x -> x.cue().equals("add")));
    assertTrue(reported("The firm has added what it calls smart folders to the app.").stream()
        .noneMatch(x -> x.cue().equals("add")));
    // the speaker after the verb is no thing it took
    assertTrue(clauses("The ferry service will end in the spring, said the harbor report.")
        .contains("The ferry service will end in the spring"));
  }

  @Test
  void aVerbsWordInsideANameIsNoCue() {
    assertTrue(reported("The series of updates, collected under the My Ask Harbor banner, would "
        + "help sailors find their way.").stream().noneMatch(x -> x.cue().equals("ask")));
  }

  @Test
  void whomSomeoneWroteToIsNotWhatWasWritten() {
    assertTrue(reported("Tomas Berg wrote to Anna Lindqvist on Tuesday.").stream()
        .noneMatch(x -> x.cue().startsWith("write")), "no statement");
  }

  @Test
  void aThingThatCannotSpeakSaysNothing() {
    assertTrue(reported("This growing habit of losing phones explains the rise of repair shops "
        + "in the harbor.").stream().noneMatch(x -> x.cue().startsWith("explain")));
    // a document can
    assertEquals(List.of("the closure of the fish market"), clauses("The annual report of the "
        + "harbor office criticised the closure of the fish market."));
  }

  @Test
  void aSayingStillExpectedIsNotMade() {
    assertEquals(List.of(), reported("Tomas Berg is expected to announce details of the new "
        + "ferry timetable on Friday."));
    assertEquals(List.of(), reported("The Harbor Trust is still to announce which boats it will "
        + "sell."));
    // with a name before it the parser calls the "is" a copula
    assertEquals(List.of(), reported("Northern Lights Pictures is still to announce which disc "
        + "format it will back."));
    assertEquals(List.of(), reported("The new figures help to explain how the small harbor "
        + "was able to pay for the pier."));
  }

  @Test
  void aSettingDescribedInThePresentReportsNoSaying() {
    assertEquals(List.of(), reported("The council wants to open a drop-in centre where advisers "
        + "tell parents how much help is available."));
    // in the past, a relative clause of place tells of a saying that happened there
    List<Statement> s = reported("A new book claims Mr Holm held a meeting in 2003 where the "
        + "mayor told Mr Berg he would stand down before the election.");
    assertTrue(s.stream().anyMatch(x -> x.quote().inner().text().startsWith("he would stand")),
        s.toString());
  }

  @Test
  void aCallThroughAnotherPrepositionIsNoSaying() {
    assertTrue(reported("The new harbor system routes calls via the satellite network instead "
        + "of the old radio masts.").stream().noneMatch(x -> x.cue().startsWith("call")));
  }

  @Test
  void whenItWasSaidComesBeforeItsThat() {
    List<Statement> s = reported("The harbor office said on Tuesday that the ferry to the "
        + "northern islands had been cancelled.");
    assertEquals(1, s.size(), s.toString());
    assertEquals("the ferry to the northern islands had been cancelled",
        s.get(0).quote().inner().text());
    assertEquals(Statement.KIND_INDIRECT, s.get(0).kind());
  }

  @Test
  void saidReportsAClauseEvenWhenTheParserHungItFromANoun() {
    Statement s = only(reported("Tomas Berg said the money spent every year on the old pier "
        + "would be better spent on new boats."));
    assertEquals(Statement.KIND_INDIRECT, s.kind());
    assertTrue(s.quote().inner().text().endsWith("would be better spent on new boats"),
        s.quote().inner().text());
  }

  @Test
  void anObjectsRelativeClauseClosesWithItsComma() {
    Statement s = only(reported("The airline announced its deal with the harbor, which gave it "
        + "the right to sell tickets, would end in 2026."));
    assertTrue(s.quote().inner().text().endsWith("would end in 2026"), s.quote().inner().text());
  }

  @Test
  void aParticipleBeforeItsNounIsNoSaying() {
    assertTrue(reported("Recently announced changes to the ferry timetable include two more "
        + "boats on the northern route.").stream().noneMatch(x -> x.cue().startsWith("announce")));
  }

  @Test
  void aContrastWhoseSubjectDisagreesIsNotWhatWasSaid() {
    List<String> found = clauses("Thirty per cent of the fishermen said the new rules had hurt "
        + "their catch while 60% disagreed.");
    assertTrue(found.contains("the new rules had hurt their catch"), found.toString());
  }

  @Test
  void anOccasionOfSpeechAtTheEndIsWhereItWasSaid() {
    Statement s = only(indirect("Tomas Berg claimed the new law would ruin the fishing fleet, "
        + "in an interview on Harbor Radio."));
    assertEquals("the new law would ruin the fishing fleet", s.quote().inner().text());
  }

  @Test
  void aWomanDescribedIsNotTheManTheStoryIsAbout() {
    Statement s = indirect("US rapper Lenny Holt has been sued for $25m by a make-up artist who "
        + "claimed he and his entourage attacked her two years ago. The woman said she was "
        + "assaulted after a recording of a TV show in 2003.").stream()
        .filter(x -> x.quote().inner().text().contains("assaulted")).findFirst().orElseThrow();
    assertEquals("woman", speakerName(s));
  }

  @Test
  void agreeingToDoSomethingIsNoStatement() {
    assertTrue(indirect("Nordhavn Bank said it had agreed to loan the money to an arm of the "
        + "state gas firm.").stream().noneMatch(x -> x.cue().equals("agree")));
  }

  @Test
  void aClubOfSupportersIsNotTheClubTheyFollow() {
    Statement s = indirect("Nordhavn FC has received a new offer for the club. But the Nordhavn "
        + "supporters club said the board should reject the new deal.").stream()
        .filter(x -> x.quote().inner().text().contains("reject")).findFirst().orElseThrow();
    assertTrue(!"Nordhavn FC".equals(speakerName(s)), speakerName(s));
  }

  @Test
  void aSayingTooSoonToMakeIsNoStatement() {
    List<Statement> s = indirect("Carmaker Volta said that it was too early to say how many vans "
        + "were affected. It is hard to say whether the plant will reopen, the union said.");
    assertTrue(s.stream().noneMatch(x -> x.quote().inner().text().startsWith("how many")
        || x.quote().inner().text().startsWith("whether")), s.toString());
    assertTrue(s.stream().anyMatch(x -> x.quote().inner().text()
        .equals("it was too early to say how many vans were affected")), s.toString());
  }

  @Test
  void aWritersInferenceFromFiguresIsNoStatement() {
    List<Statement> s = processor.analyze(article("The figures show annual growth of just "
        + "0.3%, suggesting a slower recovery than expected. Ms Ruiz said the plan had failed, "
        + "suggesting that the board should resign.")).statements();
    assertTrue(s.stream().noneMatch(x -> x.quote().inner().text().contains("slower recovery")),
        s.toString());
    assertTrue(s.stream().anyMatch(x -> x.quote().inner().text()
        .equals("the board should resign") && "Ruiz".equals(speakerName(x))), s.toString());
  }

  @Test
  void aVerbUsedAloneReportsNoParticipleAfterItsComma() {
    assertTrue(indirect("The Wolves did threaten, scoring tries through Tom Bell and Ian Roe, "
        + "but never looked like winning.").isEmpty());
  }

  @Test
  void aQuestionPutToTheSubjectIsNotTheSubjectsStatement() {
    List<Statement> s = indirect("Singer Tom Vale defended the show. Asked whether he thought "
        + "the council should have closed the pier, he said he did not know. Mr Vale has asked "
        + "whether the council will pay.");
    assertTrue(s.stream().noneMatch(x -> x.quote().inner().text().contains("closed the pier")),
        s.toString());
    assertTrue(s.stream().anyMatch(x -> x.quote().inner().text().contains("council will pay")),
        s.toString());
  }

  @Test
  void anInfinitiveAThingThreatensIsNoStatement() {
    assertTrue(indirect("The ban threatens to reignite tensions between the regulator and "
        + "Nordhavn Tobacco.").isEmpty());
  }
  @Test
  void aRelativeClauseLackingItsObjectIsNotWhatTheCueReports() {
    // the parser hangs "it would involve" from "rejected"; its object is "debt"
    assertTrue(clauses("However, the board rejected the move because of the amount of debt "
        + "it would involve.").stream().noneMatch(c -> c.equals("it would involve")));
    assertEquals(List.of("the plan would involve"), clauses("The board said the plan would "
        + "involve."));
  }
  @Test
  void aBoundClauseOfTimeKeepsItsOwnStatementInsideWhatWasSaid() {
    List<String> all = clauses("The ministry says the sailors were freed after the harbour "
        + "board promised they would not return.");
    assertTrue(all.contains("the sailors were freed after the harbour board promised they "
        + "would not return"), all.toString());
    assertTrue(all.contains("they would not return"), all.toString());
    List<String> when = clauses("The local paper said the transport minister had \"caused "
        + "uproar\" when he said his ministry was struggling to hire drivers.");
    assertTrue(when.contains("the transport minister had \"caused uproar\" when he said his "
        + "ministry was struggling to hire drivers"), when.toString());
    // set off by a comma, the clause is the writer's
    assertTrue(clauses("The talks stalled, the ministry said, after the union said that it "
        + "would strike.").contains("The talks stalled"));
  }
  @Test
  void aParticipleOfSayingTakenForTheSubjectStillReportsTheWholeClause() {
    assertTrue(clauses("Tove Lind has backed the new ferry line, saying it is important "
        + "people are not cut off from the mainland.").contains("it is important people are "
        + "not cut off from the mainland"));
  }
  @Test
  void aReasonRightAfterTheReportedClauseIsPartOfIt() {
    assertTrue(clauses("Police have said officers stopped Lind because they were searching "
        + "for another man - a suspect with an open warrant.").contains("officers stopped Lind "
        + "because they were searching for another man"));
  }
  @Test
  void whatAThingPromisesIsItsProspectWhereverTheParserHungTheVerb() {
    List<String> all = clauses("Tove Lind, head of the festival firm Harbour Days Ltd, said "
        + "this year's event promises to be the best yet.");
    assertTrue(all.contains("this year's event promises to be the best yet"), all.toString());
    assertTrue(indirect("Tove Lind, head of the festival firm Harbour Days Ltd, said this "
        + "year's event promises to be the best yet.").stream()
        .noneMatch(s -> s.quote().inner().text().equals("to be the best yet")));
  }

  @Test
  void aParticipleDescribingANounReportsNothingAndAccordingToReportsTheWholeClause() {
    List<Statement> all = indirect("Songs written to make headlines by shocking millions are "
        + "also getting rarer, according to music experts.");
    assertEquals(1, all.size(), all.toString());
    assertEquals("Songs written to make headlines by shocking millions are also getting rarer",
        all.get(0).quote().inner().text());
  }

  @Test
  void aPastTenseAfterAnInfinitiveIsTheSpeakersNextAct() {
    assertTrue(clauses("Mr Berg said workers did not want to go on strike and called for "
        + "talks between the unions and the government.")
        .contains("workers did not want to go on strike"));
  }
  @Test
  void accordingToOnesOwnPlanIsNoSource() {
    assertTrue(indirect("The voters are put in 24 groups according to their last known voting "
        + "intention.").isEmpty());
    assertEquals(1, indirect("Tom Lee is suing the firm. The firm owes him £40,000, according "
        + "to his lawyer.").size());
  }
  @Test
  void aClauseWhoseSubjectIsAParticipleOfSayingIsNotTheCuesComplement() {
    assertTrue(clauses("He attacked the government's failure on housing and criticised its "
        + "record on health, telling delegates Labour cannot be trusted on crime.").stream()
        .noneMatch(c -> c.contains("telling delegates")));
  }
  @Test
  void whatYouMightTellIsNoStatement() {
    assertTrue(indirect("\"The system learns your habits,\" said Tom Berg of the lab. You might "
        + "even be able to tell your home system that you will be away, and ask it to lock the "
        + "doors.").isEmpty());
  }

  @Test
  void addingToANounIsNoSaying() {
    assertTrue(indirect("Retail sales rose faster than a year earlier, adding to concern that "
        + "rising costs could push up inflation.").isEmpty());
    // "added" with what it said is one
    assertEquals(1, indirect("Ms Lund added that rising costs could push up inflation.").size());
  }

  @Test
  void whatADenialGovernsWasNotSaid() {
    assertTrue(indirect("Asked about the speech, Ms Lund denied accusing France of using the "
        + "treaty as a shield.").isEmpty());
  }

  @Test
  void theAddresseeOfTellingIsNoPartOfTheClause() {
    assertEquals("such a deal would have to wait until the summer", only(indirect("But "
        + "Northwind told news agency AFP such a deal would have to wait until the summer."))
        .quote().inner().text());
    assertEquals("such a merger would have to wait until its meeting in June", only(indirect(
        "But Stellar Mining told news agency Reuters such a merger would have to wait until its "
        + "meeting in June.")).quote().inner().text());
    assertEquals("such talks were at an early stage", only(indirect("Ms Pike told the "
        + "Financial Post such talks were at an early stage.")).quote().inner().text());
  }

  @Test
  void aSecondReportingClauseAtTheEndIsNoPartOfWhatWasSaid() {
    Statement s = only(indirect("To a crowded hall at the city's Corn Exchange, the treasurer "
        + "said the savings proposed by his opponent Karl Dorn were the same as closing every "
        + "library and pool in the region, he told members."));
    assertEquals("the savings proposed by his opponent Karl Dorn were the same as closing every "
        + "library and pool in the region", s.quote().inner().text());
  }

  @Test
  void aWithPhraseWhoseVerbTheTaggerMadeFiniteIsStillTheWritersSetting() {
    Statement s = only(indirect("The agency has said the ballot could be held in late autumn, "
        + "with the unions set to back the plan."));
    assertEquals("the ballot could be held in late autumn", s.quote().inner().text());
    // the tagger reads "set" here as a past tense describing "the Liberals"
    assertTrue(indirect("The ministry has suggested the poll on the charter could take place in "
        + "June 2007, with the Liberals set to campaign for a \"yes\" vote.").stream()
        .anyMatch(t -> t.quote().inner().text().equals("the poll on the charter could take "
            + "place in June 2007")));
  }

  @Test
  void aConjunctWithAReportingClauseOfItsOwnEndsTheFirstStatement() {
    List<Statement> all = indirect("Mr Varga promised to protect the savings he had built up "
        + "and which, he claimed, would be lost under anyone else.");
    assertTrue(all.stream().anyMatch(s -> s.quote().inner().text()
        .equals("to protect the savings he had built up")), all.toString());
    assertTrue(all.stream().noneMatch(s -> s.quote().inner().text().contains("he claimed")),
        all.toString());
  }

  @Test
  void aReportingClauseAfterARelativeReportsTheRelativesNounToo() {
    assertTrue(indirect("The park is near the old stadium, which, Ms Ode said, is usually full "
        + "of stalls on match days.").stream().anyMatch(s -> s.quote().inner().text()
            .equals("the old stadium, which" + ContentAroundCue.GAP
                + "is usually full of stalls on match days")));
  }

  @Test
  void aClosingPronounReportingClauseRepeatsTheSpeakerOfTheClauseBeforeIt() {
    List<Statement> all = indirect("Ms Dale said she felt the law was worth changing because "
        + "\"most people never read it,\" she said.");
    assertTrue(all.stream().noneMatch(s -> s.quote().inner().text().contains("Ms Dale said")),
        all.toString());
    assertTrue(all.stream().anyMatch(s -> s.quote().inner().text().startsWith("she felt the "
        + "law was worth changing") && "Dale".equals(speakerName(s))), all.toString());
  }

  @Test
  void addingAThingToAnotherIsNoSaying() {
    assertTrue(indirect("Okafor added the Olympic relay crown to his World Indoor title over "
        + "60m and, just like Berg, finally lived up to his promise in 2004.").isEmpty());
  }

  @Test
  void aLooseClauseAfterAVerbWithAThingForItsObjectIsTheWritersNextClause() {
    assertTrue(indirect("Investors have praised her handling of the economy as foreign "
        + "investment has risen, unemployment has fallen and inflation has been brought under "
        + "control.").isEmpty());
    // whom a warning addresses: what follows is what they were warned of
    assertTrue(indirect("Ms Pike's agent has warned Bath they have until next week to improve "
        + "their offer.").stream().anyMatch(s -> s.quote().inner().text()
            .startsWith("they have until next week")));
  }

  @Test
  void aNameTheParserHungOnTheAddresseeIsTheClausesSubject() {
    assertEquals("Britain had the \"best of both worlds\" and would keep the veto",
        only(indirect("Mr Tate told his monthly news conference Britain had the \"best of both "
            + "worlds\" and would keep the veto.")).quote().inner().text());
  }

  @Test
  void anUnnamedSpeakerKeepsTheBodyWhoseOfficeItIs() {
    assertEquals("chairman of the Harbour Pilots Association of Kent and Sussex",
        speakerName(only(indirect("Responding to the plans, the chairman of the Harbour Pilots "
            + "Association of Kent and Sussex, which represents working pilots, said it was "
            + "essential that safety was retained."))));
  }

  @Test
  void aParticipleInsideTheSubjectDoesNotEndTheContent() {
    assertTrue(indirect("The club website also reported that Okafor, who seemed unrepentant "
        + "after Saturday's match, insisting Berg \"would have stayed down a lot longer\" if he "
        + "had been hit, has now apologised.").stream().anyMatch(s -> s.quote().inner().text()
            .endsWith("has now apologised")));
  }

  @Test
  void aClauseOpeningWithAVerbOfSayingIsNotTheParticiplesBeforeIt() {
    assertTrue(indirect("But 36 people accused in connection with the blasts said it should not "
        + "be screened until the trial is over.").stream()
        .noneMatch(s -> s.quote().inner().text().startsWith("said")));
  }

  @Test
  void anUnnamedSourceKeepsWhatItIsOf() {
    // (a sign such as "the pattern of traffic" says nothing: ReportedSpeakersTest)
    assertEquals("owner of the harbour website", speakerName(only(indirect("The owner of the "
        + "harbour website suggests that the blocking was not due to an attack by vandals."))));
    assertEquals("head of the city's transport department", speakerName(only(indirect("The head "
        + "of the city's transport department said the tram line would open in May."))));
    assertEquals("critics of the government", speakerName(only(indirect("Critics of the "
        + "government say it has announced too many plans."))));
    assertEquals("study of the harbour's water", speakerName(only(indirect("A study of the "
        + "harbour's water suggests that fish stocks have recovered since the spill."))));
    assertEquals("spokesman for the firm", speakerName(only(indirect("A spokesman for the firm "
        + "said that the tax would wipe 5% of the value of the field."))));
    assertEquals("report in the Sunday Herald", speakerName(only(indirect("A report in the "
        + "Sunday Herald claimed Mr Dale has been asked to take charge of the campaign."))));
    assertEquals("officials", speakerName(only(indirect("Officials in the region said the road "
        + "would reopen."))));
  }

  @Test
  void aQuotedWithPhraseIsTheSpeakersOwnWords() {
    assertTrue(indirect("Mr Dale had suggested that the council would meet its savings target - "
        + "\"with a margin to spare\".").stream().anyMatch(s -> s.quote().inner().text()
            .endsWith("\"with a margin to spare\"")));
  }

  @Test
  void anItTheParserMadeTheCuesObjectIsTheContentsSubject() {
    assertTrue(indirect("The Liberal Democrats said it \"beggared belief\" he could not remember "
        + "how the form went from his office to the department.").stream()
        .anyMatch(s -> s.quote().inner().text().startsWith("it \"beggared belief\" he could not")));
  }

  @Test
  void aVerbAfterTheWordsWithAThingForItsObjectReportsNoneOfThem() {
    assertTrue(indirect("Less than four years after the new Mini was launched, German car maker "
        + "BMW has announced £100m of new investment.").isEmpty());
    // whom a verb addresses is no such object
    assertEquals(1, indirect("The harbour will reopen in June, the mayor told reporters.")
        .size());
  }

  @Test
  void aParticipleOfSayingAfterAnotherCuesClauseIsThatSpeakersNextAct() {
    assertTrue(indirect("Film critic Dan Jolin said the film had \"a very good chance\" of doing "
        + "well on Saturday, predicting that it would collect five or six awards.").stream()
        .anyMatch(s -> s.quote().inner().text().equals("it would collect five or six awards")
            && "Dan Jolin".equals(speakerName(s))));
  }

  @Test
  void aNounTheTaggerMadeACueReportsNothing() {
    assertTrue(indirect("Press reports suggest that Qwest and MCI may reach an agreement as early "
        + "as next week.").stream().noneMatch(s -> s.quote().inner().text().startsWith("suggest")));
  }

  @Test
  void theParticleOfAPhrasalVerbOfSayingIsNotWhatWasSaid() {
    assertTrue(indirect("Mr Lund called on the prime minister to \"enter into constructive "
        + "discussions\" with his party.").stream().anyMatch(s -> s.quote().inner().text()
            .startsWith("the prime minister to")));
  }

  @Test
  void aProgrammeTheParserHungBeforeTheSubjectIsTheAddressee() {
    assertTrue(indirect("The former commissioner told Radio 4's Today the government's response "
        + "would be scrutinised internationally.").stream().anyMatch(s -> s.quote().inner()
            .text().equals("the government's response would be scrutinised internationally")));
  }

  @Test
  void aClauseClosedByARareVerbOfSayingAndItsSourceIsReported() {
    // the textbook shape, whatever verb: "…, he contended." and "…, contends a survey by X."
    Statement s = only(indirect("Councillor Tomas Berg spoke at the harbour meeting. The ferry "
        + "fares have risen too fast, he contended."));
    assertEquals("The ferry fares have risen too fast", s.quote().inner().text());
    assertEquals("contend", s.cue());
  }

  @Test
  void wordsThatStandForWhatWasSaidBeforeAreNotWhatWasSaid() {
    assertTrue(indirect("Tomas Berg should have lost the race. He says so himself, smiling "
        + "as he recalls the crash.").isEmpty());
    // "so-called" is not the adverb
    assertEquals(1, indirect("Professor Lind has written a new book. He suggests so-called "
        + "rogue states are less of a problem than failing ones.").size());
  }

  @Test
  void aQuotationWithItsOwnVerbOfSayingIsNotReportedAgain() {
    // the parser hangs "said John Okafor, a farmer, told Reuters" as one report of the quotation
    String text = "Some farmers are sceptical about the plan. \"People who are not farming "
        + "will grab the money,\" said John Okafor, a cocoa farmer from Edo state told Reuters. "
        + "\"We never see any help,\" he added.";
    assertTrue(indirect(text).isEmpty(), () -> indirect(text).toString());
    // a quotation inside the words, not opening them, with a noun the tagger made a verb after
    assertEquals(1, indirect("The party may be fined. Labour says it avoids those on the list "
        + "when telephoning people but not when making \"voter identification\" calls.").size());
  }

  @Test
  void aParticipleOfWhatTheActDidIsNotWhatWasSaid() {
    assertTrue(indirect("Harbin Financial has withdrawn its offer for rival bank Lund Holdings. "
        + "Harbin bosses told counterparts at Lund of its decision on Friday, clearing the way "
        + "for it to conclude a deal with Nordbank.").isEmpty());
  }

  @Test
  void whatSomeoneWouldNotOrCouldNotSayIsNotWhatTheySaid() {
    List<Statement> found = indirect("A spokesman for the group was unable to say when the "
        + "production unit would be back up and running. The firm's chief executive Anna Berg "
        + "declined to say whether the plant would close. Ms Berg would not say how much the "
        + "repairs would cost. But she said the refinery would reopen next month.");
    assertEquals(List.of("the refinery would reopen next month"),
        found.stream().map(st -> st.quote().inner().text()).toList());
  }

  @Test
  void aRelativeClauseOfTheCuesObjectIsNotWhatTheCueReports() {
    // "responding to X who said …": what X said is not what "he" responded
    assertTrue(indirect("Alan Milburn defended the posters. He was responding to Tory "
        + "spokesman Julian Lewis who said the ads were part of a wider trend of smearing the "
        + "party.").stream().noneMatch(st -> st.quote().inner().text().startsWith("who")));
    // a clause of its own that opens with "who" stays
    assertEquals(1, indirect("Liberty director Shami Chakra spoke on the radio. She said who "
        + "was able to issue the control orders was not the main issue.").size());
    // nor is a relative clause set off by a comma
    assertTrue(indirect("The captain spoke out ahead of Tuesday's first leg at home to Ajax in "
        + "the last 16, which he will miss through suspension.").stream()
        .noneMatch(st -> st.quote().inner().text().startsWith("which")));
  }

  @Test
  void whatSomeoneCalledAThingIsNoReportOfTheWordsBefore() {
    assertTrue(indirect("The prime minister ridiculed the Tory plans. He challenged the Tories "
        + "on which country would house their processing centres - what he called a \"fantasy "
        + "island\".").isEmpty());
  }
  @Test
  void aNameOneGivesOneselfIsNotWhatWasSaid() {
    // NotSaid.naming: the reflexive pronoun may hang from the name, not the verb
    assertTrue(indirect("Mr Doyle called himself a loyal customer who had paid for every song "
        + "he owned.").isEmpty());
  }

  @Test
  void aParticipleHungFromTheCueWithNoSubjectIsNotWhatWasSaid() {
    // NotSaid.subjectlessVerb: "issued" is the guidelines', not a clause the committee reported
    assertTrue(indirect("Fines should be doubled for repeat offenders, says a new report. The "
        + "influential Commons justice committee was responding to sentencing guidelines issued "
        + "this summer by judges.").stream()
        .noneMatch(st -> st.quote().inner().text().contains("issued")));
    // the subject before a cue in the middle of the clause is the clause's own
    assertTrue(indirect("These nurses, Ms Grey claimed, were \"underpaid,\" earning between "
        + "£18,000 and £22,000 a year.").stream()
        .anyMatch(st -> st.quote().inner().text().startsWith("These nurses")));
  }

  @Test
  void whomAThreatIsMadeToIsNotWhatWasSaid() {
    // NotSaid.threatenedWith: no statement of any kind
    assertTrue(processor.analyze(article("The pilots' union has also threatened the airline "
        + "with a similar strike if it does not raise pay.")).statements().stream()
        .noneMatch(st -> st.quote().inner().text().contains("airline")));
  }

  @Test
  void aParticipleBeforeTheReportingClauseIsWhenItWasSaidNotWhat() {
    // NotSaid.circumstance
    List<Statement> found = indirect("Tom Riley made the comments at a meeting last May. But "
        + "questioned about the remark, he denied accusing Spain of using the treaty as cover.");
    assertTrue(found.stream().noneMatch(st -> st.quote().inner().text().contains("questioned")),
        found.toString());
    // nor a phrase of time, with a relative clause the parser hung on the cue
    assertTrue(indirect("Reed is a blunt man. In the season that has seen Tom Bell emerge as the "
        + "club's great new talent, Reed rejected suggestions that the teenager might be asked "
        + "to do too much too soon.").stream()
        .noneMatch(st -> st.quote().inner().text().startsWith("In the season")));
    // clauses that are copulas with a phrase stay
    assertEquals(1, indirect("A further cut could be on the cards for March, analysts said.")
        .size());
    assertEquals(1, indirect("Only 9 of the board's 40 members are from the north, Ms Khan "
        + "said.").size());
  }

  @Test
  void whatAPlanOrADutyIsToSayIsNotSaid() {
    // NotSaid.planned, and NotSaid.owed on infinitives joined to the one that is owed
    List<String> found = indirect("Mr Lund said that the idea was to get a group of wealthy "
        + "donors in one room and ask them to help with the appeal.").stream()
        .map(st -> st.quote().inner().text()).toList();
    assertTrue(found.stream().noneMatch(c -> c.startsWith("to help")), found.toString());
    found = indirect("At the fair, the robot had to select, approach, and ask different children "
        + "to pick up a parcel.").stream().map(st -> st.quote().inner().text()).toList();
    assertTrue(found.stream().noneMatch(c -> c.contains("pick up a parcel")), found.toString());
  }

  @Test
  void whatSomeoneKeptFromSayingIsNotSaid() {
    // NotSaid.avoided
    assertTrue(indirect("Harbour party leader Tom Hale avoided suggesting anyone was playing "
        + "politics with the ferry.").isEmpty());
    assertTrue(indirect("The minister stopped short of saying the plan had failed.").isEmpty());
  }

  @Test
  void aReportingClauseThatClosesTheSentenceIsFoundWhereverTheParserHangsIt() {
    // ReportedClauses.misparsed, Clauses.closingClauseComma: "said" parsed as a dependent or a
    // modifier of a word before the comma, not as the clause's parenthetical
    List<Statement> found = indirect("Engineers sent to Chile\n\nBritain has offered to send "
        + "a team of 80 engineers to help with the flood relief effort in Chile, Downing Street "
        + "said.\n\nThe chip will run at speeds of greater than 5 GHz, the firms said.\n\nA fan "
        + "climbed on stage and pushed the singer, who then got into a fight with a steward, "
        + "Bluebird Records spokesman Karl Jensen said.");
    assertEquals("Britain has offered to send a team of 80 engineers to help with the flood "
        + "relief effort in Chile", StatementLookup.containing(found, "80 engineers")
        .quote().inner().text());
    assertEquals("Downing Street",
        StatementLookup.speakerOf(StatementLookup.containing(found, "80 engineers")));
    assertEquals("The chip will run at speeds of greater than 5 GHz",
        StatementLookup.containing(found, "5 GHz").quote().inner().text());
    assertEquals("firms", StatementLookup.speakerOf(StatementLookup.containing(found, "5 GHz")));
    assertEquals("A fan climbed on stage and pushed the singer, who then got into a fight with "
        + "a steward", StatementLookup.containing(found, "fan climbed").quote().inner().text());
    assertEquals("Karl Jensen",
        StatementLookup.speakerOf(StatementLookup.containing(found, "fan climbed")));
  }

  @Test
  void aClosingVerbOfSayingReportsOnlyAClauseSetOffByACommaBeforeIt() {
    // closingClauseComma wants a comma and a noun phrase before the verb, and a finite verb
    // before the comma
    assertTrue(indirect("Nobody on the ferry heard the words the captain said.").isEmpty());
    assertTrue(indirect("After a long delay at the harbour, the captain said.").isEmpty());
  }

  @Test
  void aClauseWithAClauseForItsSubjectIsReported() {
    // ReportedClauses.hasSubject: "[letting players …] would be key" has a subject
    List<Statement> found = indirect("Letting players shape their own characters would be key "
        + "in the future, said Mr Dale.");
    assertEquals("Letting players shape their own characters would be key in the future",
        StatementLookup.containing(found, "key").quote().inner().text());
  }

  @Test
  void aPluralVerbOfSayingWithItsSubjectClosingTheSentenceReportsWhatCameBefore() {
    // ReportedClauses.invertedLast in the plural: the parser takes the subject for an object
    List<Statement> found = indirect("Phishing attacks that trick people into giving away "
        + "their details have boomed this year, say security experts.");
    Statement s = StatementLookup.containing(found, "boomed");
    assertEquals("Phishing attacks that trick people into giving away their details have boomed "
        + "this year", s.quote().inner().text());
    assertEquals("security experts", StatementLookup.speakerOf(s));
  }

  @Test
  void aNameAloneAfterAClosingVerbOfSayingIsItsSubject() {
    // ReportedClauses.invertedLast: "…, says Curry." however the parser hung the two
    Statement s = StatementLookup.containing(indirect("The creative forces behind radio are "
        + "elated, says Curry."), "elated");
    assertEquals("The creative forces behind radio are elated", s.quote().inner().text());
    assertEquals("Curry", StatementLookup.speakerOf(s));
    // a capitalised verb in a list of names is a name's word ("Ask Jeeves")
    assertTrue(indirect("The report reveals that 84% of net users say they regularly use "
        + "Google, Ask Jeeves, MSN and Yahoo when online.").stream()
        .noneMatch(x -> String.valueOf(StatementLookup.speakerOf(x)).contains("Jeeves")));
  }
}
