package org.newskg.attribute;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
 * A report, a study or research that says something speaks for its author, where the article
 * names the author away from the document's own words ({@link DelayedIdentification},
 * {@link DocumentSources#resolveIntroduced}), on articles of our own through the real pipeline.
 */
@ExtendWith(CoreNlpFixture.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DocumentSpeakersTest {
  private ArticleProcessor processor;

  @BeforeAll
  void load(ProcessorFactory factory) {
    processor = factory.newProcessor(new StageTimes());
  }

  /** The speaker (name or description) of the statement that contains {@code words}. */
  private String speakerOf(String text, String words) {
    List<Statement> all = processor.analyze(new Article(null, null, "Harbor news", "Test Wire",
        "2025-05-02", text, "fixture")).statements();
    return StatementLookup.speakerOf(StatementLookup.containing(all.stream()
        .filter(s -> s.quote().inner().text().startsWith(words)).toList(), words));
  }

  @Test
  void aReportTheLeadsSecondSentenceIntroducesIsTheBodyThatSpeaksNext() {
    String speaker = speakerOf("Commuters are leaving their cars at home in growing numbers, "
        + "according to research.\n\nFerry crossings on the estuary rose by a tenth last year, "
        + "said a report. Transport consultancy Keller Partners said two in five new passengers "
        + "were under thirty.", "Ferry crossings");
    assertTrue(speaker.endsWith("Keller Partners"), speaker);
  }

  @Test
  void researchFromABodyTheLeadDescribesIsTheBodyThatSpeaksNext() {
    assertEquals("Hartwell Capital", speakerOf("Grocery prices in the northern towns have "
        + "fallen by a fifth since March, according to research from a City bank.\n\nHartwell "
        + "Capital said: \"The cuts look like a lasting change in pricing rather than a "
        + "clearance.\"", "Grocery prices"));
  }

  @Test
  void aDefiniteDocumentFartherOnIsTheOneTheArticleIntroducedWithItsAuthor() {
    String filler = "\n\nThe number of boats has halved since 1990. Crews are older than ever."
        + "\n\nFew young people join them. Ports are closing.\n\nLarger boats can switch to "
        + "other waters. Some owners have already sold their licences abroad.\n\n";
    assertEquals("Marlow Research", speakerOf("Fishing quotas should be cut by a third, "
        + "according to a report by analysts Marlow Research." + filler + "The study also says "
        + "that most crews earn less than the national average.", "most crews earn"));
    // two reports by two authors: the later one's stays a description
    assertEquals("report", speakerOf("Fishing quotas should be cut by a third, according to a "
        + "report by analysts Marlow Research.\n\nBut a report by the Fisheries Board says the "
        + "stocks are recovering." + filler + "The report also says that most crews earn less "
        + "than the national average.", "most crews earn"));
  }

  @Test
  void aReportIsTheOneALaterDefiniteMentionNamesTheAuthorOf() {
    String lead = "Teenagers on the coast spend more on phone calls than on clothes, a report "
        + "suggests.\n\nThe average teenager spends thirty pounds a month on calls, the report "
        + "said. Most of them pay by card.\n\nShops in the harbour towns have cut prices to win "
        + "them back. Some have opened late on Fridays.\n\n";
    assertEquals("Hallam Institute", speakerOf(lead + "According to the Hallam Institute "
        + "report, most teenagers expect to own two phones by the age of eighteen.",
        "Teenagers on the coast"));
    assertEquals("Hallam Institute", speakerOf(lead + "According to the Hallam Institute "
        + "report, most teenagers expect to own two phones by the age of eighteen.",
        "The average teenager"));
    // an indefinite one later is another report
    assertEquals("report", speakerOf(lead + "A report by the Hallam Institute last year found "
        + "that most teenagers expected to own two phones by the age of eighteen.",
        "The average teenager"));
  }

  @Test
  void aReportTheArticleNeverIntroducedIsTheBodyWhoseStatementOpensIt() {
    assertEquals("Rural Affairs Committee", speakerOf("Plans to build ten thousand homes on the "
        + "marshes will cause lasting harm, MPs have warned.\n\nNew towns were being planned "
        + "with no thought for flooding, the Rural Affairs Committee said. Minister Ann Fell said "
        + "the plans would be reviewed.\n\nBuilders say the homes are needed. Land on the "
        + "marshes is cheap and close to the railway.\n\nThe report said far too little "
        + "attention had been paid to water supplies.", "far too little attention"));
  }

  @Test
  void aBodysOwnReportIsTheBodysNotTheLeadBodys() {
    // Tom Lake's clause holds the report's: the report's is the one that starts with its words
    assertEquals("Transport Office", speakerOf("Wardens have been given new powers to stop "
        + "drivers on the coast road.\n\nThe Road Safety League says it opposes the powers. The "
        + "Transport Office has published its own report on the wardens, which it calls "
        + "encouraging. Its minister, Ann Fell, said wardens were making a difference.\n\nBut "
        + "rival campaigner Tom Lake said the report admitted that accidents had not fallen.",
        "accidents had not fallen"));
  }

  @Test
  void aBookSpeaksForTheAuthorItsTitleNames() {
    // DocumentSources: the author of the title in apposition, not the place in the title
    assertEquals("Ann Morrow", speakerOf("The mayor and his deputy arrived within seconds of "
        + "each other at the start of the meeting. A new book, Hale's Britain by Sunday Gazette "
        + "journalist Ann Morrow, says Mr Lund went back on a pledge to make way for Mr Hale "
        + "after council allies intervened in June.", "Mr Lund went back"));
    // "the book" is the one the article introduced with its author
    assertEquals("Ann Morrow", speakerOf("The latest talk about the two men came after the "
        + "publication of a new book, Hale's Britain by Ann Morrow. In it she alleges that Mr "
        + "Lund told Mr Hale in 2003 he would step down before the election. The book claims "
        + "the mayor went back on his pledge after support from council allies.",
        "the mayor went back"));
  }

  @Test
  void aLawsuitSpeaksForWhoeverBringsIt() {
    // SuitPlaintiffs: the subject of "sue"
    assertEquals("Tom Vale", speakerOf("Singer Tom Vale is suing Northlight Studios over an "
        + "injury he said he suffered while making a music video. The lawsuit said the singer "
        + "has endured lasting injuries as a result of the accident.", "the singer has"));
    // one who has been sued brings no lawsuit; an unnamed plaintiff leaves it a description
    assertEquals("lawsuit", speakerOf("Rapper Big Lenny has been sued by a make-up artist who "
        + "claimed he assaulted her. The lawsuit, filed on Friday, says her drink was spiked.",
        "her drink was spiked"));
  }

  @Test
  void aBookIntroducedAsSomeonesOwnIsTheirs() {
    // DocumentSources.author: "his new book" is the book of the sentence's subject
    assertEquals("Peter Sandford", speakerOf("The attorney general's advice has been questioned "
        + "again. In his new book, Lawless World, Peter Sandford, a QC and law professor, "
        + "suggests the answer was written in Downing Street. The book, being serialised in "
        + "the Guardian newspaper, says on 13 March the attorney general met officials.",
        "on 13 March"));
  }

  @Test
  void theBookAfterAPersonsBookIsTheirs() {
    // DocumentSources.namedElsewhere: a person's book named before is the article's book
    assertEquals("Anna Berg", speakerOf("MPs raised claims made in journalist Anna Berg's new "
        + "book at Monday's meeting. Mr Lund told MPs: \"Nothing is going to get in our way.\" "
        + "The new book claims Mr Lund hosted a dinner in 2003 where the mayor told Mr Holm he "
        + "would stand down.", "Mr Lund hosted"));
  }

  @Test
  void aReportsAuthorGivenByWhatItIsBesideItsNameIsThatName() {
    // the tagger takes "giant" for an adjective and the parser leaves the name unattached
    assertEquals("Vodafone", speakerOf("Some 9,000 rural households will miss out on essential "
        + "services such as online banking and health advice, warns the report by telecoms "
        + "giant Vodafone.", "Some 9,000"));
  }

  @Test
  void aBookNamedByItsTitleSpeaksForTheAuthorTheArticleGaveIt() {
    // DocumentSources.authorForPlace: the ranker took the place in the title
    assertEquals("Tom Reeve", speakerOf("The book by local journalist Tom Reeve says the pair "
        + "had not spoken for a year. The book, Reeve's Ireland, said the mayor felt by 2003 "
        + "that she had lost the town's trust.", "the mayor felt"));
  }

  @Test
  void itInTheNextParagraphGoesOnWithTheDocumentThatSpokeLast() {
    // DocumentSources: past the report's quoted words, into the paragraph after it
    assertEquals("Tom Vale", speakerOf("Former minister Tom Vale led the review of the dock's "
        + "finances.\n\nThe Harbor Board said it welcomed the review. The dock risks becoming "
        + "\"a byword for waste\", his report said. \"Standing still is not an option.\"\n\n"
        + "At stake in the long run is nothing less than the future of the trade the town has "
        + "built, it said. The report comes as trade is slowing.", "At stake"));
  }

  @Test
  void theReportIsTheOneCommitteeTheArticleNamedBefore() {
    // DocumentSources.committeeReport: by its words, where the tagger gave it no name
    assertEquals("joint committee on harbour safety", speakerOf("Deaths at sea have risen "
        + "sharply, a committee of MPs and peers has warned.\n\nThe joint committee on harbour "
        + "safety found those who died were mainly the most vulnerable, after an inquiry by the "
        + "committee.\n\nMore lifeboats were needed to address the issue in the longer term, "
        + "the report said.", "More lifeboats"));
    // two committees: whose report it is stays open
    assertEquals("report", speakerOf("Deaths at sea have risen sharply.\n\nThe joint committee "
        + "on harbour safety found those who died were mainly the most vulnerable. The public "
        + "accounts committee on shipping disagreed.\n\nMore lifeboats were needed to address "
        + "the issue in the longer term, the report said.", "More lifeboats"));
  }

  @Test
  void theReportIsTheReportOfWhoReported() {
    // DocumentSources.resolveIntroduced: the subject of "reported" made the report
    assertEquals("Sunday Herald", speakerOf("Vexa could sell its media arm, reports claim.\n\n"
        + "Vexa, once famous for its comedies, has struggled for years. Its new chief has cut "
        + "costs. Vexa will reveal the plan with its results on Friday, the Sunday Herald "
        + "reported. Advisers have valued the film unit at 300m, the report added.",
        "Advisers have"));
  }
}
