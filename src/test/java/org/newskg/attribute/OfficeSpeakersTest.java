package org.newskg.attribute;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
 * Who an office ("the prime minister", "the home secretary") is when it reports a clause, on
 * sentences of our own through the real pipeline: a person named just before it only on that
 * evidence ({@link RoleNominals}), never one titled with another office
 * ({@link Clauses#otherQualifier}), else the description; and a "he" after it is that office
 * ({@link DescribedAntecedent}).
 */
@ExtendWith(CoreNlpFixture.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OfficeSpeakersTest {
  private ArticleProcessor processor;

  @BeforeAll
  void load(ProcessorFactory factory) {
    processor = factory.newProcessor(new StageTimes());
  }

  /** The speaker (name or description) of the reported clause that contains {@code words}. */
  private String speakerOf(String text, String words) {
    List<Statement> all = processor.analyze(new Article(null, null, "Harbor news", "Test Wire",
            "2025-05-02", text, "fixture")).statements().stream()
        .filter(s -> s.kind().equals(Statement.KIND_INDIRECT)).toList();
    return StatementLookup.speakerOf(StatementLookup.containing(all, words));
  }

  @Test
  void anOfficeRightAfterAPersonsSentenceIsThatPerson() {
    assertEquals("Helga Sorensen", speakerOf("Helga Sorensen warned that the harbor tax "
        + "would rise. The prime minister also said the ferries would keep running.",
        "the ferries would keep running"));
  }

  @Test
  void aPronounSentenceBetweenKeepsThePersonInView() {
    assertEquals("Helga Sorensen", speakerOf("Helga Sorensen warned that the harbor tax "
        + "would rise. She said the council had no choice. The prime minister also said the "
        + "ferries would keep running.", "the ferries would keep running"));
  }

  @Test
  void anOfficeWithWordsOfItsOwnIsThePersonNamedBefore() {
    // once attribution is done (RoleNominals.asHolder)
    assertEquals("Alan Marsh", speakerOf("The law banning drift nets in coastal waters is "
        + "clear and enforceable, Alan Marsh has said.\n\nThe rural affairs minister said it "
        + "would become obvious if boats broke the law.", "boats broke the law"));
    assertEquals("Gordon Brown", speakerOf("Gordon Brown has addressed the conference behind "
        + "closed doors. The Chancellor said the Tory plans would mean deep cuts.",
        "deep cuts"));
    assertEquals("Tomas Berg", speakerOf("The Conservatives would stand up for the "
        + "forgotten majority, Tomas Berg pledged as he unveiled the manifesto.\n\nThe Tory "
        + "leader argued that many people felt let down by the government.", "let down"));
    // an office set against the person named before is someone else
    assertEquals("Tory leader", speakerOf("Stem cell research was a feature of the American "
        + "election, where Anders Holm opposed it. But the Tory leader argued there was a moral "
        + "case for it.", "moral case"));
    // the opposition's office is someone else's
    assertEquals("shadow chancellor", speakerOf("Gordon Brown unveiled his budget on "
        + "Wednesday. The shadow chancellor said it was a con.", "it was a con"));
  }

  @Test
  void aSecretaryOfStateIsThePersonNamedBeforeUnlessTheContrastIsTheirs() {
    // "secretary" is an office as "minister" is; the "But" sets the announcement, not the
    // person, against the sentence before
    assertEquals("Peter Marsh", speakerOf("News of the review leaked because it was thought "
        + "Peter Marsh would announce it in a debate on Wednesday. But the announcement never "
        + "came, with the justice secretary saying the debate had not reached that stage.",
        "reached that stage"));
    assertEquals("justice secretary", speakerOf("News of the review leaked because it was "
        + "thought Peter Marsh would announce it on Wednesday. But the justice secretary said "
        + "the debate had not reached that stage.", "reached that stage"));
  }

  @Test
  void aPartysLeaderIsThePersonWhoSpokeBeforeWhateverTheTaggerMadeOfThePartysName() {
    // "Liberal" tagged as an adjective of "leader"
    assertEquals("Charles Berg", speakerOf("Voters' \"pent up passion\" could confound "
        + "predictions of a low turnout in the coming general election, Charles Berg has "
        + "said.\n\nThe Liberal Democrat leader predicted concerns over the war and other "
        + "issues would express themselves during the campaign.", "express themselves"));
  }

  @Test
  void anOfficeIsTheOnePersonTheArticleTitlesWithIt() {
    // RoleNominals.titledHolder: not the person named last ("Peter Marsh, now foreign
    // secretary"), but the one titled "Home Secretary"
    assertEquals("Ann Holt", speakerOf("Home Secretary Ann Holt is to visit Leeds on "
        + "Thursday. Mr Berg said Ms Holt had inherited a mess when she took over from Peter "
        + "Marsh, now foreign secretary. The home secretary has already admitted she was wrong "
        + "to give the tickets to her friend.", "the tickets"));
  }

  @Test
  void anOfficeAfterTheSpeakerOfTheSentenceBeforeIsThatSpeaker() {
    // the parser hangs the name in apposition to "President", not as the verb's subject
    assertEquals("Tony Blair", speakerOf("Trade with the east will grow in his new term as "
        + "US President, Barack Lee, Tony Blair has said.\n\nThe prime minister said the "
        + "president had learned that tariffs were not the only tool.", "tariffs"));
  }

  @Test
  void anOfficeIsThePersonItWasGivenEarlierInTheArticle() {
    // RoleNominals.sameHolder: the second "prime minister" comes after a sentence naming
    // another person, but the article gave the office to one person only
    assertEquals("Helga Sorensen", speakerOf("Helga Sorensen warned that the harbor tax would "
        + "rise. The prime minister also said the ferries would keep running.\n\nThe tax was "
        + "attacked on Tuesday by Tomas Berg. The prime minister insisted the tax was fair.",
        "the tax was fair"));
  }

  @Test
  void anOpponentWhoAsksAboutTheOfficeIsNotItsHolder() {
    String text = "Opposition leader Tomas Berg went on the attack on Wednesday. Mr Berg said "
        + "the prime minister had broken his word on the harbor tax. Why will the prime "
        + "minister not simply hold a vote, he demanded.\n\n"
        + "The prime minister claims the opposition is playing games with the harbor.";
    assertEquals("prime minister", speakerOf(text, "playing games"));
  }

  @Test
  void anOfficeInASentenceThatNamesThePersonIsSomeoneElse() {
    String text = "Tomas Berg avoided any talk of the harbor tax. He preferred to speak "
        + "about the ferries.\n\n"
        + "The prime minister said Mr Berg had once again missed the point.";
    assertEquals("prime minister", speakerOf(text, "missed the point"));
  }

  @Test
  void aTitleOfAnotherOfficeIsNotTheRole() {
    String text = "Foreign Secretary Ann Holt flew to Oslo on Monday for talks on the "
        + "fishing quotas. The ferry strike dragged on.\n\n"
        + "The home secretary has already admitted he was wrong to cancel the harbor patrols.";
    assertEquals("home secretary", speakerOf(text, "he was wrong"));
  }

  @Test
  void heAfterAnOfficeThatReportedHimselfIsTheOffice() {
    String text = "The opposition's Tomas Berg said his party offered a clear choice. Critics "
        + "call the harbor plan too costly.\n\nThe home secretary said he wanted every visitor to register at the harbor. Speaking "
        + "on the radio, he said proper checks were needed at the ferry ports.";
    assertEquals("home secretary", speakerOf(text, "proper checks"));
  }

  @Test
  void theSubjectOfWhatAnOfficeReportedDoesNotHideTheOffice() {
    String text = "The opposition's Tomas Berg said his party offered a clear choice. Critics "
        + "call the harbor plan too costly.\n\nThe home secretary said the minister wanted everyone checked at the harbor. Speaking "
        + "on the radio, he said proper checks were needed at the ferry ports.";
    assertEquals("home secretary", speakerOf(text, "proper checks"));
  }
}
