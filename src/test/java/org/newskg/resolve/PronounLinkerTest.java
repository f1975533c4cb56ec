package org.newskg.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newskg.CoreNlpFixture;
import org.newskg.event.AttributedArticle;
import org.newskg.extract.Span;
import org.newskg.ingest.ArticleProcessor;
import org.newskg.ingest.ProcessorFactory;
import org.newskg.ingest.StageTimes;
import org.newskg.source.Article;

/** Pronouns outside quotes tied to the actor they refer to, through real CoreNLP. */
@ExtendWith(CoreNlpFixture.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PronounLinkerTest {
  private ArticleProcessor processor;

  @BeforeAll
  void load(ProcessorFactory factory) {
    processor = factory.newProcessor(new StageTimes());
  }

  private AttributedArticle analyze(String text) {
    return processor.analyze(new Article(null, null, "Pronouns", "Test Wire", "2025-05-02",
        text, "fixture"));
  }

  /** The label of the actor the first occurrence of the word {@code word} belongs to. */
  private static Optional<String> actorOf(AttributedArticle a, String word) {
    Matcher m = Pattern.compile("\\b" + word + "\\b").matcher(a.annotated().text());
    if (!m.find()) {
      throw new AssertionError("no " + word + " in the fixture");
    }
    return a.entities().actorAt(new Span(m.start(), m.end(), word)).map(Actor::label);
  }

  @Test
  void aPronounFarFromTheNameStillReachesThePerson() {
    AttributedArticle a = analyze("Mayor Lena Vik of Tromsø opened the new harbor on Monday.\n"
        + "The harbor cost more than planned. Fishing crews had waited for it for ten years. "
        + "Ships from three countries arrived in the morning. Traders set up stalls on the "
        + "quay.\n"
        + "She called for patience with the remaining works.");
    assertEquals(Optional.of("Lena Vik"), actorOf(a, "She"));
    assertTrue(a.events().stream().anyMatch(e -> e.actors().stream()
        .anyMatch(x -> x.label().equals("Lena Vik"))), a.events().toString());
  }

  @Test
  void aPronounGoesToThePersonOfItsGender() {
    AttributedArticle a = analyze("Mr. Paul Okafor met Ms. Ana Ruiz in Lagos on Tuesday.\n"
        + "She asked for new contracts, and he promised an answer within a week.");
    assertEquals(Optional.of("Ana Ruiz"), actorOf(a, "She"));
    assertEquals(Optional.of("Paul Okafor"), actorOf(a, "he"));
  }

  @Test
  void theSubjectOfTheLastClauseWinsOverTheLastName() {
    AttributedArticle a = analyze("Mr. Karl Brandt berated Mr. Otto Weiss in public on "
        + "Friday.\nHe later sent a letter to the council.");
    assertEquals(Optional.of("Karl Brandt"), actorOf(a, "He"));
  }

  @Test
  void theMainClauseSubjectWinsOverTheSubjectItReports() {
    AttributedArticle a = analyze("Mr. Tom Hale, who left the ministry in May, had suggested "
        + "that Mr. Peter Brandt would meet his fiscal rule. He said he hoped for lower taxes.");
    assertEquals(Optional.of("Tom Hale"), actorOf(a, "He"));
    // inside its own sentence a possessive still goes with the nearest subject
    assertEquals(Optional.of("Peter Brandt"), actorOf(a, "his"));
  }

  @Test
  void aReflexiveIsTheSubjectOfItsClause() {
    AttributedArticle a = analyze("Mr. Jonas Lind spoke in Geneva on Monday. He said the "
        + "Norwegians had brought the sanctions on themselves.");
    assertEquals(Optional.of("Norway"), actorOf(a, "themselves"));
  }

  @Test
  void noPersonNoLink() {
    AttributedArticle a = analyze("The storm closed the port of Bergen on Sunday.\n"
        + "He was not seen again.");
    assertEquals(Optional.empty(), actorOf(a, "He"));
  }

  @Test
  void pronounsInsideQuotesAreLeftToTheAboutRules() {
    AttributedArticle a = analyze("Mr. Paul Okafor spoke to reporters on Tuesday. "
        + "“He will regret this,” Ms. Ana Ruiz said.");
    assertEquals(Optional.empty(), actorOf(a, "He"));
  }

  @Test
  void theyIsTheOrganizationOrCountryLastNamedAsASubject() {
    AttributedArticle a = analyze("The Harbor Workers Union rejected the offer on Monday. "
        + "They will vote on a strike next week.");
    assertEquals(Optional.of("Harbor Workers Union"), actorOf(a, "They"));
    List<String> labels = a.entities().actors().stream().map(Actor::label).toList();
    assertTrue(labels.contains("Harbor Workers Union"), labels.toString());
  }

  @Test
  void aPronounInARelativeClauseIsThePersonTheClauseDescribes() {
    AttributedArticle a = analyze("Mr. Paul Okafor said on Thursday that the mayor is intent on "
        + "freeing Daniel Berg, a local fisherman who was working off the coast when he was "
        + "detained.");
    assertEquals(Optional.of("Daniel Berg"), actorOf(a, "he"));
  }

  @Test
  void aPronounTakesUpAPersonIntroducedAsOwnerOrAgent() {
    AttributedArticle a = analyze("Peter Dale's entry confirms that King Olaf of Norland paid "
        + "for him to fly to talks. Opposition leader Tom Reeve's only new entry is a gift "
        + "basket from the Duke of Ashby. He also declares a trip to Spain.\n"
        + "The claims about the trip were made in a book published by Karl Brandt QC. He says "
        + "the trip was paid for by a bank.");
    assertEquals(Optional.of("Tom Reeve"), actorOf(a, "He"));
    assertEquals(Optional.of("Karl Brandt"), actorOf(a, "He says"));
  }

  @Test
  void aNameBesideTheMainSubjectOutranksTheSubjectOfItsAdverbialClause() {
    AttributedArticle a = analyze("As Tory leader Tom Reeve began his campaign, the Green "
        + "leader Mark Olsen dismissed the Conservatives as a fading force. And he insisted "
        + "there was no limit to the party's ambitions.");
    assertEquals(Optional.of("Mark Olsen"), actorOf(a, "he"));
  }
}
