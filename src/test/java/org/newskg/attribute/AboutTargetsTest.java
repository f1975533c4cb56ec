package org.newskg.attribute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.newskg.resolve.Actor;
import org.newskg.source.Article;

/** Whom each quote is about, rule by rule, on short paragraphs of our own through CoreNLP. */
@ExtendWith(CoreNlpFixture.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AboutTargetsTest {
  private ArticleProcessor processor;

  @BeforeAll
  void load(ProcessorFactory factory) {
    processor = factory.newProcessor(new StageTimes());
  }

  private List<String> aboutOf(String text, String words) {
    return aboutOf(text, words, "Test Wire");
  }

  private List<String> aboutOf(String text, String words, String publisher) {
    Article article = new Article(null, null, "Harbor news", publisher, "2025-05-02", text,
        "fixture");
    Statement s = processor.analyze(article).statements().stream()
        .filter(st -> st.quote().inner().text().contains(words)).findFirst()
        .orElseThrow(() -> new AssertionError("no quote with " + words));
    return s.about().stream().map(Actor::label).toList();
  }

  @Test
  void namesInsideTheQuote() {
    List<String> about = aboutOf("Prime Minister Ingrid Solberg spoke in Oslo on Friday.\n"
        + "“Sweden and Denmark will join us in the patrols,” Ms. Solberg said.", "patrols");
    assertTrue(about.contains("Sweden"), about.toString());
    assertTrue(about.contains("Denmark"), about.toString());
    assertFalse(about.contains("Ingrid Solberg"), "the speaker's own “us” is no target: " + about);
  }

  @Test
  void aPronounInsideTheQuoteIsThePersonOfThatGenderNamedLast() {
    List<String> about = aboutOf("President Marco Delgado met the union leaders on Monday.\n"
        + "Ms. Ana Ruiz, who leads the dockworkers, was not convinced. “He promised us new "
        + "contracts last year and nothing came,” Ms. Ruiz said.", "promised");
    assertEquals(List.of("Marco Delgado"), about);
  }

  @Test
  void theSpeakerIsNotHerOwnHe() {
    List<String> about = aboutOf("Mr. Tomas Berg, the mayor, opened the bridge on Sunday. "
        + "“It took us ten years,” he said.", "ten years");
    assertTrue(about.isEmpty(), about.toString());
  }

  @Test
  void itIsNeverATarget() {
    List<String> about = aboutOf("The Harbor Workers Union called a strike on Tuesday. "
        + "“It is the only way left to be heard,” said Mr. Paul Okafor, a union organizer.",
        "only way");
    assertFalse(about.contains("Harbor Workers Union"), about.toString());
  }

  @Test
  void aReflexiveInsideTheQuoteIsTheSubjectOfItsClause() {
    List<String> about = aboutOf("Mr. Jonas Lind, the trade envoy, spoke in Geneva on Monday. "
        + "Asked about the sanctions, Mr. Lind said the Norwegians “brought it on themselves,” "
        + "and left the room.", "brought it");
    assertEquals(List.of("Norway"), about);
  }

  @Test
  void aSpeakersThereIsThePlacesTheSpeakerNamedJustBefore() {
    String text = "\"The losers will be workers in countries such as Estonia and Latvia,\" "
        + "said Maren Holt of the aid group. \"They will be hard-pressed when the factories "
        + "there close.\" Ships from Denmark were waiting in the port.";
    List<String> about = aboutOf(text, "hard-pressed");
    assertTrue(about.contains("Estonia") && about.contains("Latvia"), about.toString());
    // an existential "there" and places only the reporter named are no target
    assertTrue(aboutOf("Ships from Denmark were waiting. \"There is no room for them,\" said "
        + "Maren Holt.", "no room").isEmpty());
  }

  @Test
  void anOfficeInsideTheQuoteIsThePersonTheArticleTitlesSo() {
    String text = "President Elena Varga of Moldova won a second term on Sunday.\n"
        + "Opposition leader Mr. Petr Halas sent his congratulations. \"We expect the president "
        + "to listen to the villages,\" Mr. Halas said.";
    assertEquals(List.of("Elena Varga"), aboutOf(text, "villages"));
  }

  @Test
  void anOfficeTwoPeopleHoldIsNoOne() {
    String text = "President Elena Varga met President Tomas Lind in Oslo on Sunday.\n"
        + "\"We expect the president to listen to the villages,\" said Mr. Petr Halas, a "
        + "farmer.";
    assertTrue(aboutOf(text, "villages").isEmpty(), "which president is not in the words");
    // an office as the name of a department is not its holder
    String office = "Deputy Prime Minister Karl Brenner opened the bridge.\n"
        + "\"The office of the deputy prime minister worked hard on the deal,\" said Ms. Anna "
        + "Holm, an engineer.";
    assertTrue(aboutOf(office, "worked hard").isEmpty(), aboutOf(office, "worked hard")
        .toString());
  }

  @Test
  void theCountryIsTheCountryTheArticleNamesMost() {
    String text = "Floods reached three provinces of Moldova on Monday. Moldova asked Romania "
        + "for pumps, and Moldova's army built dams.\n"
        + "\"The whole country is standing together,\" said Mr. Ion Rusu, a farmer.";
    assertEquals(List.of("Moldova"), aboutOf(text, "standing together"));
    // two countries named as often: which one is not in the words
    String even = "Moldova and Romania shared the pumps. Romania and Moldova built dams.\n"
        + "\"The whole country is standing together,\" said Mr. Ion Rusu, a farmer.";
    assertTrue(aboutOf(even, "standing together").isEmpty());
    // its economy, also as part of another phrase
    String economy = "Moldova's exports fell in March. Moldova blamed the drought.\n"
        + "\"We are worried about the outlook for the economy,\" said Ms. Ana Pop, a banker.";
    assertEquals(List.of("Moldova"), aboutOf(economy, "outlook"));
  }

  @Test
  void ofTwoPresidentsTheOneOfTheCountryTheArticleIsAbout() {
    String text = "Moldovan President Elena Varga called President Tomas Lind of Norway on "
        + "Monday. Moldova wants Norwegian pumps, and Moldova's farmers need them soon.\n"
        + "\"The farmers like the way the president has handled this,\" said Mr. Ion Rusu, "
        + "a grain trader.";
    assertEquals(List.of("Elena Varga"), aboutOf(text, "handled this"));
  }

  @Test
  void theGovernmentIsTheGovernmentOfTheCountryTheArticleIsAbout() {
    String text = "Moldova raised fuel prices on Monday. Moldova's farmers protested.\n"
        + "\"The government has forgotten the villages,\" said Mr. Ion Rusu, a farmer.";
    assertEquals(List.of("Moldovan government"), aboutOf(text, "forgotten"));
    // no country named: the publisher's own
    String home = "Ministers met on Monday to discuss the new runway.\n"
        + "\"The government has not listened to the villages,\" said Mr. Tom Hale, a farmer.";
    assertEquals(List.of("UK government"), aboutOf(home, "not listened", "BBC News"));
    assertTrue(aboutOf(home, "not listened").isEmpty(), "a publisher of no known country");
    // "government" with no determiner is the same; "a government", "their government" are not
    String bare = "Ministers met on Monday to discuss the new runway.\n"
        + "\"Every arm of government wanted a say,\" said Mr. Tom Hale, a farmer. \"Their "
        + "government would never build it,\" he said of the Danes.";
    assertEquals(List.of("UK government"), aboutOf(bare, "Every arm", "BBC News"));
    assertFalse(aboutOf(bare, "never build", "BBC News").contains("UK government"));
  }
}
