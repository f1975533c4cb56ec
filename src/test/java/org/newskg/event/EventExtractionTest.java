package org.newskg.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newskg.CoreNlpFixture;
import org.newskg.event.AttributedArticle;
import org.newskg.ingest.ArticleProcessor;
import org.newskg.ingest.ProcessorFactory;
import org.newskg.ingest.StageTimes;
import org.newskg.resolve.Actor;
import org.newskg.source.Article;

/**
 * Events from short news paragraphs of our own through the real CoreNLP pipeline: each role,
 * dates against the publication day, negation and conditions, an event mentioned twice, and
 * statements about an event. The articles are dated Friday 2 May 2025.
 */
@ExtendWith(CoreNlpFixture.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EventExtractionTest {
  private static final LocalDate FRIDAY = LocalDate.of(2025, 5, 2);
  private ArticleProcessor processor;

  @BeforeAll
  void load(ProcessorFactory factory) {
    processor = factory.newProcessor(new StageTimes());
  }

  private AttributedArticle analyze(String text) {
    return processor.analyze(new Article(null, null, "Event desk", "Test Wire", "2025-05-02",
        text, "fixture"));
  }

  private static Event only(AttributedArticle a, String cameo) {
    List<Event> found = a.events().stream().filter(e -> e.cameo().equals(cameo)).toList();
    assertEquals(1, found.size(), "events of type " + cameo + ": " + describe(a));
    return found.get(0);
  }

  private static Optional<Event> ofType(AttributedArticle a, String cameo) {
    return a.events().stream().filter(e -> e.cameo().equals(cameo)).findFirst();
  }

  private static List<String> labels(List<Actor> actors) {
    return actors.stream().map(Actor::label).toList();
  }

  private static String describe(AttributedArticle a) {
    return a.events().stream().map(e -> e.cameo() + " " + e.trigger() + " " + labels(e.actors())
        + "->" + labels(e.targets()) + " " + e.date()).toList().toString();
  }

  @Test
  void subjectIsTheActorAndObjectTheTarget() {
    Event e = only(analyze("Russia attacked Ukraine with drones on Thursday, the Ukrainian "
        + "air force reported."), "18");
    assertEquals(List.of("Russia"), labels(e.actors()));
    assertEquals(List.of("Ukraine"), labels(e.targets()));
    assertEquals(FRIDAY.minusDays(1), e.date());
    assertEquals("attacked", e.trigger());
    assertEquals(QuadClass.MATERIAL_CONFLICT, e.quadClass());
  }

  @Test
  void passiveVoiceSwapsTheRoles() {
    Event e = only(analyze("Ukraine was attacked by Russia on Wednesday."), "18");
    assertEquals(List.of("Russia"), labels(e.actors()));
    assertEquals(List.of("Ukraine"), labels(e.targets()));
    assertEquals(FRIDAY.minusDays(2), e.date());
  }

  @Test
  void withPhraseIsTheTargetAndInPhraseThePlace() {
    Event e = only(analyze("President Emmanuel Macron met with Chancellor Friedrich Merz in "
        + "Berlin on Tuesday to discuss military aid."), "04");
    assertEquals(List.of("Emmanuel Macron"), labels(e.actors()));
    assertEquals(List.of("Friedrich Merz"), labels(e.targets()));
    assertEquals("Berlin", e.place().label());
    assertEquals("DE", e.place().country().iso2());
    assertEquals(FRIDAY.minusDays(3), e.date());
  }

  @Test
  void nounTriggersTakeTheirPossessorOrTheGoverningSubject() {
    AttributedArticle a = analyze("China imposed new tariffs on Canada on Monday. "
        + "Japan's investigation of Samsung began in April.");
    Event tariffs = only(a, "17");
    assertEquals(List.of("China"), labels(tariffs.actors()));
    assertEquals(List.of("Canada"), labels(tariffs.targets()));
    assertEquals(FRIDAY.minusDays(4), tariffs.date());
    Event probe = only(a, "09");
    assertEquals(List.of("Japan"), labels(probe.actors()));
    assertTrue(labels(probe.targets()).contains("Samsung"), describe(a));
  }

  @Test
  void negatedAndConditionalMentionsAreNotEvents() {
    AttributedArticle a = analyze("Poland did not attack Belarus. If Iran attacks Israel, "
        + "officials fear a wider war.");
    assertTrue(ofType(a, "18").isEmpty(), describe(a));
  }

  @Test
  void refusingToSignIsARejection() {
    Event e = only(analyze("Hungary did not sign the joint declaration on Thursday."), "12");
    assertEquals(List.of("Hungary"), labels(e.actors()));
    assertEquals(FRIDAY.minusDays(1), e.date());
  }

  @Test
  void anEventMentionedTwiceIsOneEventWithTwoSpans() {
    AttributedArticle a = analyze("Israel struck a power station in Gaza City on Tuesday. "
        + "Aid groups said hundreds of families lost electricity. "
        + "The strike by Israel was the third this month.");
    Event e = only(a, "18");
    assertEquals(2, e.spans().size(), describe(a));
    assertEquals(2, e.sentences().size());
    assertEquals(List.of("Israel"), labels(e.actors()));
    assertEquals(FRIDAY.minusDays(3), e.date());
  }

  @Test
  void scheduledEventsArePlannedAndDatedAhead() {
    Event e = only(analyze("Chancellor Friedrich Merz will meet President Emmanuel Macron in "
        + "Paris on Monday."), "04");
    assertEquals(Event.PLANNED, e.modality());
    assertEquals(FRIDAY.plusDays(3), e.date());
  }

  @Test
  void aDayCarriesToLaterEventsOfTheStoryButNotIntoBackground() {
    AttributedArticle a = analyze("On Wednesday, Germany expelled two Russian diplomats. "
        + "Russia condemned the decision. "
        + "In 2014, Russia invaded Crimea.");
    assertEquals(FRIDAY.minusDays(2), only(a, "16").date());
    assertEquals(FRIDAY.minusDays(2), only(a, "11").date(), "carried from the sentence before");
    assertNull(only(a, "19").date(), "a year names no day");
  }

  @Test
  void aDemandInReportedSpeechIsDatedByTheSpeech() {
    AttributedArticle a = analyze("On Wednesday, the Norwegian mediator Ingrid Solberg met "
        + "reporters in Oslo. \"Talks are difficult,\" Ms. Solberg said, adding that Norway "
        + "wants Venezuela to release the detained fishermen.");
    Event e = only(a, "10");
    assertEquals("wants", e.trigger());
    assertEquals(List.of("Norway"), labels(e.actors()));
    assertEquals(List.of("Venezuela"), labels(e.targets()));
    assertEquals(FRIDAY.minusDays(2), e.date(), "the day of the speech, named before");
    AttributedArticle intention = analyze("Norway wants to release its report on Monday.");
    assertTrue(ofType(intention, "10").isEmpty(), "one's own plan is no demand: "
        + describe(intention));
  }

  @Test
  void statementsAboutTheEventAreLinked() {
    AttributedArticle a = analyze("Russia attacked Kyiv with missiles on Thursday. "
        + "\u201cThis attack was a deliberate crime against civilians,\u201d said Foreign "
        + "Minister Andrii Sybiha.");
    Event e = only(a, "18");
    assertEquals(1, a.statements().size());
    assertEquals(List.of(0), e.statements());
  }

  @Test
  void theMappedGraphCarriesEventsPlacesRolesAndConformsToTheShapes() {
    AttributedArticle a = analyze("Russian drones struck a hotel in Kryvyi Rih, Ukraine, on "
        + "Wednesday. Prime Minister Keir Starmer of Britain condemned the strike on Thursday. "
        + "\u201cThis strike was a crime,\u201d said Foreign Minister Andrii Sybiha.");
    org.apache.jena.rdf.model.Model m = org.apache.jena.rdf.model.ModelFactory
        .createModelForGraph(processor.map(a).graph());
    org.apache.jena.shacl.ValidationReport report =
        org.newskg.rdf.ShapesValidator.load().validate(m.getGraph());
    assertTrue(report.conforms(), () -> report.getEntries().stream()
        .map(Object::toString).toList().toString());
    String query = """
        PREFIX nkg: <https://w3id.org/newskg/ns#>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
        ASK {
          ?e a nkg:Event ; nkg:eventType ?t ; nkg:actor ?russia ; nkg:date "2025-04-30"^^<http://www.w3.org/2001/XMLSchema#date> ;
             nkg:place ?place ; nkg:span ?span ; nkg:sentence ?sentence .
          ?t nkg:cameo "18" ; skos:prefLabel "assault"@en ; nkg:quadClass nkg:MaterialConflict .
          ?russia rdfs:label "Russia" .
          ?place a nkg:Place ; rdfs:label "Kryvyi Rih" ; nkg:country/rdfs:label "Ukraine" .
          ?st nkg:about ?e ; nkg:text ?text .
          ?p rdfs:label "Keir Starmer" ; nkg:role [ rdfs:label "prime minister" ; nkg:roleOf ?uk ] .
          ?uk nkg:iso2 "GB" .
        }""";
    try (org.apache.jena.query.QueryExecution q = org.apache.jena.query.QueryExecution.model(m)
        .query(query).build()) {
      assertTrue(q.execAsk(), describe(a));
    }
  }

  @Test
  void aRelativePronounSubjectIsTheNounItsClauseModifies() {
    AttributedArticle a = analyze("The plan will be debated by business leaders at the World "
        + "Economic Forum, which meets in Davos next week.");
    assertEquals(List.of("World Economic Forum"), labels(only(a, "04").actors()), describe(a));
  }

  @Test
  void itAndTheCompanyAreTheOrganizationLastNamedAsASubject() {
    AttributedArticle a = analyze("Siemens opened a new factory in Leeds on Monday. "
        + "It pledged to hire 500 local workers.");
    assertEquals(List.of("Siemens"), labels(only(a, "03").actors()), describe(a));
    AttributedArticle b = analyze("Oxfam published a report on Monday. The charity urged "
        + "Britain to cancel the debts of poor countries.");
    Event appeal = only(b, "02");
    assertEquals(List.of("Oxfam"), labels(appeal.actors()), describe(b));
    assertEquals(List.of("United Kingdom"), labels(appeal.targets()), describe(b));
  }

  @Test
  void theTitleAsSubjectIsTheOnePersonTheArticleGivesIt() {
    AttributedArticle a = analyze("Prime Minister Keir Starmer arrived in Paris on Monday. "
        + "On Tuesday the prime minister urged Germany to send more troops.");
    Event e = only(a, "02");
    assertEquals(List.of("Keir Starmer"), labels(e.actors()), describe(a));
    assertEquals(List.of("Germany"), labels(e.targets()), describe(a));
  }

  @Test
  void aNameThatActsIsAnOrganizationWhateverNerCallsIt() {
    AttributedArticle a = analyze("Christian Aid condemned the World Trade Organization on "
        + "Tuesday.");
    Event e = only(a, "11");
    assertEquals(List.of("Christian Aid"), labels(e.actors()), describe(a));
    assertEquals(List.of("World Trade Organization"), labels(e.targets()), describe(a));
  }

  @Test
  void nounsTheVerbDictionaryLacks() {
    AttributedArticle a = analyze("The ban followed China's crackdown on protesters in 1989. "
        + "Prime Minister Keir Starmer sent President Emmanuel Macron his congratulations.");
    assertEquals(List.of("China"), labels(only(a, "17").actors()), describe(a));
    assertEquals(List.of("Keir Starmer"), labels(only(a, "05").actors()), describe(a));
  }

  @Test
  void eventsWithoutKnownParticipantsAreDropped() {
    AttributedArticle a = analyze("Unidentified gunmen attacked a bus near the market.");
    assertTrue(ofType(a, "18").isEmpty(), describe(a));
  }

  @Test
  void usInCapitalsIsTheCountryNotThePronoun() {
    AttributedArticle a = analyze("Germany urged the US to drop its tariffs on Thursday.");
    assertEquals(List.of("United States"), labels(only(a, "02").targets()), describe(a));
  }

  @Test
  void aSpokesmanForAnOrganizationActsForIt() {
    AttributedArticle a = analyze("A spokesman for Greenpeace called on Norway to stop "
        + "drilling in the Arctic.");
    Event e = only(a, "10");
    assertEquals(List.of("Greenpeace"), labels(e.actors()), describe(a));
    assertEquals(List.of("Norway"), labels(e.targets()), describe(a));
  }

  @Test
  void aWarningToNoOneIsAStatementAndToSomeoneAThreat() {
    AttributedArticle a = analyze("Oxfam warned on Monday that millions of farm workers "
        + "would lose their jobs.");
    assertEquals(List.of("Oxfam"), labels(only(a, "01").actors()), describe(a));
    assertTrue(ofType(a, "13").isEmpty(), describe(a));
    AttributedArticle b = analyze("Iran warned Israel on Monday against further strikes.");
    assertEquals(List.of("Israel"), labels(only(b, "13").targets()), describe(b));
  }

  @Test
  void aDescriptionBeforeTheNameIsTheOrganizationNamedNext() {
    AttributedArticle a = analyze("Thousands of farm workers will lose their jobs under the "
        + "new rules, a charity has warned.\n\nOxfam said the rules would hurt poor "
        + "countries.");
    assertEquals(List.of("Oxfam"), labels(only(a, "01").actors()), describe(a));
  }

  @Test
  void aClauseHangingOnACopulaTakesItsSubject() {
    AttributedArticle a = analyze("Angela Merkel was in France before travelling to Spain "
        + "with her ministers.");
    Event e = only(a, "04");
    assertEquals(List.of("Angela Merkel"), labels(e.actors()), describe(a));
    assertEquals(List.of("Spain"), labels(e.targets()), describe(a));
  }

  @Test
  void businessAndPartyEventsTheDictionaryLacks() {
    AttributedArticle a = analyze("The Bank of England raised interest rates on Thursday.");
    assertEquals(List.of("Bank of England"), labels(only(a, "01").actors()), describe(a));
    assertTrue(ofType(a, "08").isEmpty(), describe(a));
    AttributedArticle b = analyze("Sony completed its takeover of MGM on Friday.");
    assertEquals(List.of("MGM"), labels(only(b, "06").targets()), describe(b));
    AttributedArticle c = analyze("Labour's row with the BBC deepened on Monday.");
    assertEquals(List.of("BBC"), labels(only(c, "11").targets()), describe(c));
    AttributedArticle d = analyze("Damian Hockney's defection to Veritas stunned UKIP.");
    assertEquals(List.of("Damian Hockney"), labels(only(d, "16").actors()), describe(d));
    AttributedArticle e = analyze("Michael Howard will hold a news conference in London "
        + "every morning.");
    assertEquals(List.of("Michael Howard"), labels(only(e, "01").actors()), describe(e));
  }

  @Test
  void liftingYieldsOnlyARestrictionAndInsistingDemandsOnlySomething() {
    AttributedArticle a = analyze("Polish soldiers lifted a flag over the embassy on Monday. "
        + "Poland insisted that its troops would stay in Lithuania.");
    assertTrue(ofType(a, "08").isEmpty(), describe(a));
    assertTrue(ofType(a, "10").isEmpty(), describe(a));
    AttributedArticle b = analyze("The European Union lifted its embargo on Cuba on Monday.");
    assertEquals(List.of("European Union"), labels(only(b, "08").actors()), describe(b));
  }

  @Test
  void twoStatementsAreTwoEventsUnlessTheySayTheSame() {
    AttributedArticle a = analyze("Siemens announced a new train on Monday.\n\nIt also "
        + "announced that it would close a factory in Leeds.");
    assertEquals(2, a.events().stream().filter(e -> e.cameo().equals("01")).count(),
        describe(a));
    AttributedArticle b = analyze("Tesco cuts prices\n\nTesco has cut prices by 10% in its "
        + "London shops.");
    assertEquals(2, only(b, "01").spans().size(), describe(b));
  }

  @Test
  void theGovernmentIsThatOfTheCountryTheArticleNamesMost() {
    AttributedArticle a = analyze("Japan's economy shrank for a third quarter. Exports from "
        + "Japan fell. On Wednesday, the government revised its growth figures.");
    assertEquals(List.of("Japan"), labels(only(a, "01").actors()), describe(a));
  }

  @Test
  void wishesPlansThatAreNotAndAnEconomyAreNoEvents() {
    AttributedArticle a = analyze("Tony Blair said he intends to meet Jacques Chirac. There "
        + "are no plans for Mr Blair to hold a news conference. The Japanese economy has gone "
        + "back into recession.");
    assertTrue(a.events().isEmpty(), describe(a));
  }

  @Test
  void theOtherSensesTheLexiconAdds() {
    AttributedArticle a = analyze("Sandra Howard made a speech in Bournemouth on Monday.");
    assertEquals(List.of("Sandra Howard"), labels(only(a, "01").actors()), describe(a));
    AttributedArticle b = analyze("The merger of Daimler and Chrysler was completed in 1998.");
    assertTrue(ofType(b, "06").isPresent(), describe(b));
    AttributedArticle c = analyze("The Reserve Bank of Australia lifted interest rates on "
        + "Wednesday, and the Bank of England lowered its forecast.");
    assertEquals(2, c.events().stream().filter(e -> e.cameo().equals("01")).count(),
        describe(c));
    assertTrue(ofType(c, "08").isEmpty(), describe(c));
    AttributedArticle d = analyze("Poland insisted on a ceasefire in talks with Russia.");
    assertEquals(List.of("Poland"), labels(only(d, "10").actors()), describe(d));
  }

  @Test
  void aJudgedMoveIsAimedAtWhoMadeIt() {
    AttributedArticle a = analyze("The Bank of Canada cut interest rates on Wednesday. The "
        + "bank said growth was weak, but the move was criticised by some economists.");
    assertEquals(List.of("Bank of Canada"), labels(only(a, "11").targets()), describe(a));
    AttributedArticle b = analyze("Oxfam condemned the plan on Tuesday.");
    assertTrue(ofType(b, "11").map(e -> e.targets().isEmpty()).orElse(true), describe(b));
  }

  @Test
  void tributePaidToSomeonePraisesThem() {
    AttributedArticle a = analyze("Angela Merkel paid tribute to Jacques Chirac on Monday.");
    Event e = only(a, "05");
    assertEquals(List.of("Angela Merkel"), labels(e.actors()), describe(a));
    assertEquals(List.of("Jacques Chirac"), labels(e.targets()), describe(a));
  }

  @Test
  void aClauseWithASubjectOfItsOwnKeepsItAndAReasonIsNoTarget() {
    AttributedArticle a = analyze("Pierre Dupont, an expert at Orange, said most attacks hit "
        + "small sites.");
    assertTrue(a.events().isEmpty(), describe(a));
    AttributedArticle b = analyze("Rock star fined for Spanish brawl");
    assertTrue(ofType(b, "17").isEmpty(), describe(b));
    AttributedArticle c = analyze("France sent aid for Syrian refugees on Monday.");
    assertEquals(List.of("Syria"), labels(only(c, "07").targets()), describe(c));
  }

  @Test
  void theyIsAGroupNamedAsAPluralSubjectAndNotASingularOne() {
    AttributedArticle a = analyze("European Union leaders are meeting in Brussels as an "
        + "aggressive Russia looms to the east.\n\nOn Friday, they pledged to rise to the "
        + "challenge.");
    assertEquals(List.of("European Union"), labels(only(a, "03").actors()), describe(a));
    AttributedArticle b = analyze("Labour criticised the plan on Monday. The Greens also say "
        + "they will hold a news conference with Jacques Chirac.");
    assertTrue(b.events().stream().noneMatch(e -> e.cameo().equals("01")
        && labels(e.actors()).contains("Labour Party")), describe(b));
  }

  @Test
  void twoAppealsForDifferentThingsAreTwoEvents() {
    AttributedArticle a = analyze("Claudia Sheinbaum urged calm on Wednesday.\n\nOn "
        + "Wednesday she also called for patience.");
    assertEquals(2, a.events().stream().filter(e -> e.cameo().equals("02")).count(),
        describe(a));
  }

  @Test
  void aMeetingAtSomeonesHomeIsTheirs() {
    AttributedArticle a = analyze("The plans were agreed at a meeting at Angela Merkel's "
        + "Berlin home on Sunday.");
    assertEquals(List.of("Angela Merkel"), labels(only(a, "04").actors()), describe(a));
  }

  @Test
  void aStatementReceivedFromSomeoneIsTheirsAndOneASpeakerCitesIsNoEvent() {
    AttributedArticle a = analyze("Vodafone received a statement from Siemens on Monday.");
    Event e = only(a, "01");
    assertEquals(List.of("Siemens"), labels(e.actors()), describe(a));
    assertEquals(List.of("Vodafone"), labels(e.targets()), describe(a));
    assertEquals("statement", e.trigger());
    AttributedArticle b = analyze("Siemens said in a statement on Monday that its profits "
        + "had risen.");
    assertTrue(b.events().stream().noneMatch(x -> x.trigger().equals("statement")),
        describe(b));
  }

  @Test
  void aWordOfANameIsNoEvent() {
    AttributedArticle a = analyze("Chile will leave the Pacific Fisheries Agreement in June, "
        + "the government of Peru said.");
    assertTrue(a.events().stream().noneMatch(x -> x.trigger().equals("Agreement")),
        describe(a));
    AttributedArticle b = analyze("Chile and Peru reached an agreement on Monday.");
    assertTrue(b.events().stream().anyMatch(x -> x.trigger().equals("agreement")),
        describe(b));
  }

  @Test
  void whatOneHasToDoIsAnOpinionNotAnEvent() {
    AttributedArticle a = analyze("Giorgia Meloni said states had to work with Canada to fight "
        + "organised crime.");
    assertTrue(ofType(a, "19").isEmpty(), describe(a));
    AttributedArticle b = analyze("Italy attacked the rebels in Libya on Monday to protect "
        + "its embassy.");
    assertTrue(ofType(b, "18").isPresent(), describe(b));
  }

  @Test
  void anActAgainstSomeoneActingForAnUnnamedBodyHasATarget() {
    // "kick" is the dictionary's assault between two actors; an officer is one, unnamed
    AttributedArticle a = analyze("Police said Marco Bellini kicked an officer in the chest on "
        + "Saturday.");
    assertEquals(List.of("Marco Bellini"), labels(only(a, "18").actors()), describe(a));
  }
}
