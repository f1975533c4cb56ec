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
  void aMemberOfParliamentIsThePersonNamedNextWhateverPostTheyHoldThere() {
    // a member chairs a committee too: "committee chairman" is no other person's title
    assertEquals("Edward Lake", speakerOf("A senior Tory MP has warned that the ministry is "
        + "not ready for a future outbreak. Public accounts committee chairman Edward Lake "
        + "said the plans had not been tested.", "not ready"));
  }

  @Test
  void lettersAfterTheNameNamedNextStandForThePerson() {
    // the parser makes "QC" the head the name hangs on
    assertEquals("Ian Dale", speakerOf("A senior barrister who has resigned in protest over "
        + "the new laws says the system is giving the country a bad name.\n\nIan Dale QC quit "
        + "when the government failed to act on a court ruling.", "a bad name"));
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
  void oneWhoSpeaksUnnamedIsThePersonNamedNextOnlyWithTheSameNoun() {
    String lead = "Schools in the capital will stay shut this week. A government spokesman "
        + "said the curfew would be lifted on Monday. ";
    assertEquals("Ahmed Rasheed", speakerOf(lead + "Ahmed Rasheed, the chief government "
        + "spokesman, added that the schools would reopen soon.", "curfew"));
    // another body's spokesman, or someone else, named next is someone else
    assertEquals("government spokesman", speakerOf(lead + "Opposition spokesman Ahmed "
        + "Rasheed added that the schools would reopen soon.", "curfew"));
    assertEquals("spokesman", speakerOf("Schools in the capital will stay shut this week. A "
        + "spokesman said the curfew would be lifted on Monday. Green Party health spokesman "
        + "Ahmed Rasheed said that the schools should reopen soon.", "curfew"));
    assertEquals("government spokesman", speakerOf(lead + "Ahmed Rasheed, the interior "
        + "minister, added that the schools would reopen soon.", "curfew"));
  }

  @Test
  void anOfficeWhoseFieldIsTwoNounsIsThePersonTheNextSentenceNames() {
    // the parser reads "trade" as the subject and the office as joined to it
    assertEquals("Ann Fell", speakerOf("Harbour fees should be cut for small boats, the trade "
        + "and industry secretary has said.\n\nAnn Fell is expected to call for a review of the "
        + "fees next week.", "Harbour fees"));
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
  @Test
  void aPersonOfABodyIsThePersonTheNextSentenceNamesNotTheBody() {
    // the body was taken for the speaker until the person is named
    String text = "Young drivers should accept that they are more likely to be stopped, a "
        + "Transport Office minister has said.\n\nMary Stone said careful drivers would be "
        + "stopped because of the search for speeders.\n\nMotoring groups called the remarks "
        + "unhelpful. \"This is a poor message,\" said Ann Cole of the Drivers Club.\n\nLater, "
        + "the prime minister's official spokesman asked people to read the remarks in full. "
        + "The minister had been saying that she knew some drivers felt singled out by the "
        + "checks, the spokesman said.";
    assertEquals("Mary Stone", speakerOf(text, "more likely to be stopped"));
    // DefiniteDescriptions: the office farther back is the person it was found to be
    assertEquals("Mary Stone", speakerOf(text, "she knew some drivers"));
  }

  @Test
  void aNameThatOpensTheNextSentenceIsItsSubjectWhereverTheParserHungIt() {
    assertEquals("Evo Morales", speakerOf("Bolivia's president has defended the sale of "
        + "Andina's main gas unit to state-run energy firm Petrosur, saying it followed open "
        + "market rules.\n\nEvo Morales said it was entirely right for a public company to "
        + "ensure its own needs were met.", "open market rules"));
  }
  @Test
  void membersTheLeadNamesAreTheBodyThatSpeaksNext() {
    assertEquals("Transport Select Committee", speakerOf("Cutting bus subsidies will leave rural "
        + "areas stranded, MPs have warned.\n\nVillages were being cut off without any real "
        + "plan for transport, the Transport Select Committee said.", "rural areas stranded"));
    // a body speaks through its findings too
    assertEquals("Home Affairs Committee", speakerOf("Prison officers are sometimes left alone "
        + "with sixty inmates, MPs have said.\n\nStaff were stretched too thin to keep order on "
        + "the wings, the Home Affairs Committee found.", "Prison officers"));
    // analysts are no body's members
    assertEquals("analysts", speakerOf("Interest rates will stay on hold until the summer, "
        + "analysts have said.\n\nThe Bank of England said it would publish its report next "
        + "week.", "on hold"));
  }
  @Test
  void anExpertInTheLeadIsThePersonTheNextSentenceNames() {
    // later in an article, an expert named next is often another one; in the lead, not
    assertEquals("Ruth Okafor", speakerOf("A sleep expert has told the inquest that the night "
        + "shift at the heart of the case was \"far too long\".\n\nRuth Okafor told the coroner "
        + "in the town of Bedford she had studied the rota for a year.", "night shift"));
  }

  @Test
  void aPersonAQuotationSpeaksOfIsNotItsSpeaker() {
    // "he" in a quotation is whom it is about, not who says it
    assertEquals("Liberal Democrats", speakerOf("\"He's not done yet,\" said the Liberal "
        + "Democrat person beside me as the hall emptied.\n\nAnd he wasn't. Charles Kennedy went "
        + "on to speak for another hour.", "not done yet"));
  }

  @Test
  void aPoliticianOfABodyIsThePersonNamedNextWhateverTheirPost() {
    // OwnVoices keeps "a senior EU politician" a description; "politician" fits any post
    assertEquals("Javier Solana", speakerOf("The government is being naive by refusing to "
        + "allow phone-tap evidence in court, a senior EU politician says.\n\nJavier Solana, EU "
        + "foreign policy chief, says phone-tap evidence works in the courts of other European "
        + "countries.", "being naive"));
  }

  @Test
  void anAllyIsThePersonTheNextSentenceNamesWhateverTheirPost() {
    // "ally": among things on CoreNLP's animacy lists; any post fits it
    assertEquals("Tom Vance", speakerOf("The harbour master's closest ally has denied that "
        + "ferry fares will rise before the vote.\n\nTom Vance, a former adviser to the port, "
        + "said there would be no increase this year.", "ferry fares will rise"));
    // a named person's ally too, as their agent or lawyer
    assertEquals("Tom Vance", speakerOf("Mayor Ann Lee's closest ally has denied that ferry "
        + "fares will rise before the vote.\n\nTom Vance, a former adviser to the port, said "
        + "there would be no increase this year.", "ferry fares will rise"));
  }

  @Test
  void aHeadNamedNextIsTheChiefTheLeadDescribed() {
    // "chief" and "head" are one post; the name closes the subject the parser hung elsewhere
    assertEquals("Lin Daowei", speakerOf("Exports rise again\n\nThe figures released by the "
        + "trade ministry come as Ruritania's tax chief confirmed that growth had topped 9% in "
        + "2004.\n\nState Administration of Taxation head Lin Daowei said a crackdown on tax "
        + "evasion had produced a 25% rise in revenues.", "growth had topped"));
  }
}
