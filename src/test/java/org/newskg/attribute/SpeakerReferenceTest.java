package org.newskg.attribute;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
 * Whom a reported clause's speaker refers to, on sentences of our own through the real
 * pipeline: a pronoun after a described source, an organization the text introduces by what it
 * is, a country's name that is a team's, the noun a relative clause follows, a participle after
 * a noun that carries words, a verb inside a name, a surname the tagger missed, an office no
 * other office's holder holds.
 */
@ExtendWith(CoreNlpFixture.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SpeakerReferenceTest {
  private ArticleProcessor processor;

  @BeforeAll
  void load(ProcessorFactory factory) {
    processor = factory.newProcessor(new StageTimes());
  }

  private List<Statement> reported(String text) {
    return processor.analyze(new Article(null, null, "Harbor news", "Test Wire", "2025-05-02",
            text, "fixture")).statements().stream()
        .filter(s -> s.kind().equals(Statement.KIND_INDIRECT)
            || s.kind().equals(Statement.KIND_NOMINAL)).toList();
  }

  /** The shortest reported statement whose words hold {@code words}, or null. */
  private Statement statementWith(String text, String words) {
    return reported(text).stream().filter(x -> x.quote().inner().text().contains(words))
        .min(java.util.Comparator.comparingInt(x -> x.quote().inner().text().length()))
        .orElse(null);
  }

  /** The statement with {@code words}, asserted to exist and to have a named speaker. */
  private Statement namedStatementWith(String text, String words) {
    Statement s = statementWith(text, words);
    assertNotNull(s, "no statement with '" + words + "' in " + reported(text));
    assertNotNull(s.speaker(), "unnamed: " + s.speakerDescription());
    return s;
  }

  private String speakerOf(String text, String words) {
    Statement s = statementWith(text, words);
    assertNotNull(s, "no statement with '" + words + "' in " + reported(text));
    return StatementLookup.speakerOf(s);
  }

  @Test
  void aPronounAfterADescribedSourceIsThatSource() {
    String text = "Harbor Minister Ola Dahl has warned that the ferry strike could spread. "
        + "Asked about the talks, the prime minister's official spokesman said: \"We are "
        + "hopeful.\" The spokesman declined to comment on the costs. He said the cabinet did "
        + "not publish its legal advice.";
    String speaker = speakerOf(text, "legal advice");
    assertTrue(speaker.contains("spokesman"), speaker);
  }

  @Test
  void aRelativeClauseAfterCoordinatedNounsIsTheLastNouns() {
    String text = "People did not know whether to believe the chancellor or the consensus "
        + "among experts which said the rule would be broken.";
    assertEquals("consensus", speakerOf(text, "the rule would be broken"));
    // inside what someone reported, a thing's words are theirs (SieveAttributor.nestedFinding)
    String reported = "Mr Dahl said people did not know whether to believe the chancellor or "
        + "the consensus among experts which said the rule would be broken.";
    assertEquals("Dahl", speakerOf(reported, "the rule would be broken"));
  }

  @Test
  void aFirmIntroducedByWhatItIsIsTheGroupLaterOn() {
    String text = "Business optimism is at its highest since 1997, say researchers at Dorling "
        + "Kaye. The Bank of England is expected to keep rates on hold.\n\n"
        + "The only worry is the election, Dorling said. However, the index is being held back "
        + "by high oil prices, the group noted.";
    Statement s = statementWith(text, "high oil prices");
    assertNotNull(s);
    assertEquals("Dorling Kaye", s.speaker().label());
    assertEquals(ActorType.ORGANIZATION, s.speaker().type());
    assertEquals(ActorType.ORGANIZATION, statementWith(text, "the election").speaker().type());
  }

  @Test
  void aSourceTheTaggerMissedIsAnOrganizationTheBodyNounTakesUp() {
    String text = "Rents rose faster than house prices last year, according to Vexa. The lender "
        + "said the gap would close by the summer.";
    Statement first = namedStatementWith(text, "Rents rose");
    assertEquals("Vexa", first.speaker().label());
    assertEquals(ActorType.ORGANIZATION, first.speaker().type());
    assertEquals(first.speaker(), statementWith(text, "the gap").speaker());
  }

  @Test
  void theBodyOfASpokesmanTheTaggerMissedIsAnOrganization() {
    // UntaggedNames.speaks: "a Vexo spokesman" speaks for Vexo, whom "the band" takes up
    String text = "The band cut short the show, and the drummer could hardly stand, said a "
        + "Vexo spokesman. The band's spokesman said that they would review their dates.";
    Statement first = namedStatementWith(text, "cut short the show");
    assertEquals("Vexo", first.speaker().label());
    assertEquals(first.speaker(), statementWith(text, "review their dates").speaker());
  }

  @Test
  void aNameTaggedInOnePlaceIsTheOrganizationWhereItIsASourceUntagged() {
    String text = "Ferry bookings fell by a tenth in March, according to BT. \"We expect a "
        + "better summer,\" said Anna Berg, BT's chief executive. The telecoms giant said the "
        + "strike had cost it about £2m.";
    Statement first = namedStatementWith(text, "Ferry bookings");
    assertEquals(ActorType.ORGANIZATION, first.speaker().type());
    assertEquals(first.speaker(), statementWith(text, "the strike").speaker());
  }

  @Test
  void anOfficeWrittenAsAnAcronymIsNoOrganization() {
    Statement s = statementWith("Rents rose faster than house prices last year, the MEP said.",
        "Rents rose");
    assertNotNull(s);
    assertTrue(s.speaker() == null || s.speaker().type() != ActorType.ORGANIZATION,
        s.speaker() == null ? "" : s.speaker().label());
  }

  @Test
  void aCountrysNameInASportsReportIsTheTeam() {
    String text = "Norway coach Lars Berg has named his side for the match against Sweden. "
        + "Norway have kept faith with the pack that beat Denmark. Norway confirmed that winger "
        + "Tom Lie was not considered because of an ankle injury.";
    Statement s = statementWith(text, "was not considered");
    assertNotNull(s);
    assertEquals("Norway", s.speaker().label());
    assertEquals(ActorType.ORGANIZATION, s.speaker().type());
  }

  @Test
  void aCountryOutsideSportStaysTheCountry() {
    Statement s = statementWith("Norway confirmed that the embassy would stay closed.",
        "the embassy");
    assertNotNull(s);
    assertEquals(ActorType.COUNTRY, s.speaker().type());
  }

  @Test
  void aPageAnnouncingSomethingSpeaksWhenTheSubjectCouldNotHaveWrittenIt() {
    String text = "The virus replaces the forum pages with a webpage announcing that the site "
        + "had been taken over.";
    assertEquals("webpage", speakerOf(text, "the site had been taken over"));
  }

  @Test
  void aVerbOfSayingInsideANameReportsNothing() {
    String text = "The series of updates to its service, collected under the My Ask Nora "
        + "banner, would help people remember where they had been before.";
    assertNull(statementWith(text, "remember where"), () -> "" + reported(text));
  }

  @Test
  void aSurnameAfterATitleIsThePersonNamedInFull() {
    String text = "Party spokesman Ivor Cable said the figures were wrong. Chancellor Gordon "
        + "Lake insisted the rule would be met.\n\nMr Cable compared the cost with the last "
        + "war. He suggested the bill could double.";
    assertEquals("Ivor Cable", speakerOf(text, "the bill could double"));
  }

  @Test
  void aSourcesSurnameAloneIsThePersonNamedInFull() {
    // (the quotation's speaker, "said Gardener", is who "he" is next)
    String text = "Jason Gardener won the 60m in Leeds on Sunday.\n\n\"It was a close race,\" "
        + "said Gardener afterwards. He said the start had been slow. Tom Read runs the club. "
        + "Read told reporters the track would reopen in May.";
    assertEquals("Jason Gardener", speakerOf(text, "the start had been slow"));
    assertEquals("Tom Read", speakerOf(text, "the track would reopen"));
    // a surname two people of the article share is neither's
    String two = "Ivor Pound and his sister Eva Pound run the club. Pound said the track would "
        + "reopen in May.";
    assertNull(statementWith(two, "the track would reopen").speaker());
  }

  @Test
  void anOfficeIsNotThePersonTitledOnlyWithAnother() {
    String text = "Home Secretary Ann Berg has warned that an attack could happen before the "
        + "vote. Earlier, the prime minister conceded that the plans were difficult.";
    String speaker = speakerOf(text, "the plans were difficult");
    assertTrue(!speaker.equals("Ann Berg"), speaker);
  }

  @Test
  void peopleAWithIntroducesSayWhatTheirParticipleSays() {
    String text = "The move may be a precursor to a full takeover, with analysts saying that a "
        + "larger firm may also now show an interest in the harbor.";
    assertEquals("analysts", speakerOf(text, "a larger firm"));
  }

  @Test
  void someoneFromACountryDoesNotSpeakForIt() {
    String text = "The unnamed woman from Norway says that the chip inside the cartridge "
        + "tells the printer it is empty.";
    Statement s = statementWith(text, "the chip");
    assertNotNull(s);
    assertNull(s.speaker(), () -> "spoken for " + s.speaker());
  }

  @Test
  void aNationalNicknameTaggedAsANameIsThePersonNotTheCountry() {
    // NationalityNominals: the tagger takes "Kiwi" for a person's name
    String text = "The 1905 match was decided by a try by Bob Deans that was ruled out by "
        + "referee John Dallas. Dallas said that Deans was tackled short, but the Kiwi said he "
        + "was dragged back into the field of play after grounding a try.";
    assertEquals("Bob Deans", speakerOf(text, "dragged back"));
  }

  @Test
  void theWatchdogIsThePublicBodyNamedBeforeNotAFirm() {
    // OverseerNominals: the last public body named before, past the firm it oversees
    String text = "Harbor Ferries was fined by the Coastal Shipping Authority on Monday. "
        + "Harbor Ferries said it would appeal against the fine. "
        + "The shipping watchdog said the firm had ignored three warnings about its boats.";
    assertEquals("Coastal Shipping Authority", speakerOf(text, "ignored three warnings"));
    // a body introduced as a watchdog is one, whatever its name
    String introduced = "Its reports were blocked by the media watchdog, Pressfree Network. "
        + "Later the watchdog said the block had been lifted in most cities.";
    assertEquals("Pressfree Network", speakerOf(introduced, "the block had been lifted"));
  }
}
