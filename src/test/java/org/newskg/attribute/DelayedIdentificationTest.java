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
 * A description that the next sentence names ({@link DelayedIdentification}), on articles of
 * our own through the real pipeline, the headline apart from the text as readers give it.
 */
@ExtendWith(CoreNlpFixture.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DelayedIdentificationTest {
  private ArticleProcessor processor;

  @BeforeAll
  void load(ProcessorFactory factory) {
    processor = factory.newProcessor(new StageTimes());
  }

  /** The speaker (name or description) of the statement that contains {@code words}. */
  private String speakerOf(String text, String words) {
    List<Statement> all = processor.analyze(new Article(null, null, "Harbor news", "Test Wire",
        "2025-05-02", text, "fixture")).statements();
    return StatementLookup.speakerOf(StatementLookup.containing(all, words));
  }

  @Test
  void anOfficeInTheFirstSentenceIsThePersonTheNextSentenceNames() {
    String text = "The attorney general has denied that his advice was drafted by others.\n\n"
        + "Claims that aides wrote it were wrong, he insisted. Lord Hale said the advice was "
        + "his alone.";
    assertEquals("Lord Hale", speakerOf(text, "his advice was drafted"));
    // the pronoun between the two stands for the same person
    assertEquals("Lord Hale", speakerOf(text, "aides wrote it"));
  }

  @Test
  void aBodyTheLeadDescribesIsTheOrganizationThatSpeaksNext() {
    assertEquals("Electoral Commission", speakerOf("A cap on gifts to political parties "
        + "should not be brought in yet, the elections watchdog has said.\n\nFears that big "
        + "donors can buy favours have led to calls for a limit. In a new report, the Electoral "
        + "Commission says a cap is worth debating.", "should not be brought in yet"));
  }

  @Test
  void anIndefiniteDescriptionIsThePersonTheNextSentenceNames() {
    assertEquals("Jane Rowe", speakerOf("A former immigration minister has called for an "
        + "independent body to count arrivals.\n\nJane Rowe said the body should publish its "
        + "own figures and answer to parliament.", "independent body"));
    assertEquals("Nils Berg", speakerOf("At least three people from the islands died in the "
        + "storm, the first minister has told the assembly.\n\nThe figures came out during a "
        + "statement by Nils Berg to the assembly on Wednesday.", "three people"));
    assertEquals("Peter Gale", speakerOf("Bars will stay open later from June.\n\nThis week a "
        + "judge claimed cheap drink was turning town centres into no-go areas. Judge Peter "
        + "Gale made his remarks as he sentenced two men.", "cheap drink"));
  }

  @Test
  void someoneElseNamedNextLeavesTheDescription() {
    // the next person has another title, or is set against the description's
    assertEquals("witness", speakerOf("A witness said she saw the men carry sacks of "
        + "ballots.\n\nTom Reed, the defendant, said he had never been to the warehouse.",
        "sacks of ballots"));
    assertEquals("coach", speakerOf("The referee has defended his handling of the final.\n\n"
        + "The coach said his side were robbed of victory by poor decisions. But Nigel Hart "
        + "said the game was handled well.", "robbed of victory"));
  }

  @Test
  void aReportInTheFirstSentenceIsTheBodyThatSpeaksNext() {
    assertEquals("Public Accounts Office", speakerOf("Adult reading courses will only meet "
        + "their goal if they are made more attractive, a report says.\n\nThe Public Accounts "
        + "Office praised ministers for reaching the first goal.", "reading courses"));
    // a bank that sets rates is not the study's author
    assertEquals("study", speakerOf("Prices will keep rising next year, a study says. The "
        + "Bank of Norland kept rates on hold on Thursday.", "Prices will keep rising"));
  }
}
