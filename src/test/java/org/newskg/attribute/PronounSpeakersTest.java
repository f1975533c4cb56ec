package org.newskg.attribute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
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
 * Whom a pronoun speaker ("He said …", "It has argued …", "…, it said") stands for, on texts
 * of our own through the real pipeline: a body described after the one named, a person
 * introduced as the owner of a subject, as the agent of a passive or beside the subject's noun,
 * and a person described as the latest subject.
 */
@ExtendWith(CoreNlpFixture.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PronounSpeakersTest {
  private ArticleProcessor processor;

  @BeforeAll
  void load(ProcessorFactory factory) {
    processor = factory.newProcessor(new StageTimes());
  }

  private List<Statement> reported(String text) {
    return processor.analyze(new Article(null, null, "Pronoun news", "Test Wire", "2025-05-02",
            text, "fixture")).statements().stream()
        .filter(s -> s.kind().equals(Statement.KIND_INDIRECT)).toList();
  }

  private String speakerOf(String text, String words) {
    return StatementLookup.speakerOf(StatementLookup.containing(reported(text), words));
  }

  @Test
  void aPronounForADescriptionALaterStepNamedFollowsIt() {
    // DescribedPronouns: "the police spokesman" is the force (PoliceForce), and so is "he"
    String text = "Files on the mayor's visit were found in a street. Thames Valley Police said "
        + "the operation had been reviewed.\n\nThe files were handed to a local paper. The "
        + "police spokesman said the paper handed the files over on Monday. The force's "
        + "standards unit is looking into the loss of the files, he said.";
    assertEquals("Thames Valley Police", speakerOf(text, "the paper handed"));
    assertEquals("Thames Valley Police", speakerOf(text, "standards unit"));
  }

  @Test
  void aNameAnEarlierHeReportsIsNotWhomTheNextHeFollows() {
    String text = "Harbour heading wrong way, says Lund\n\nTom Berg has had the chance to fix "
        + "the harbour and has failed, Karl Lund has said.\n\n\"The harbour is heading in the "
        + "wrong direction\", the party leader said in his New Year message. Mr Berg's council "
        + "was a \"bossy council,\" he added. Mr Lund also paid tribute to the volunteers. The "
        + "storm was overshadowing the hopes for the year, Mr Lund said.\n\n\"We watched the "
        + "storm with disbelief. The scale is hard to grasp.\" He went on to reflect on the "
        + "values that most people hold dear.\n\nMr Berg has failed to tackle these problems, "
        + "he claimed, saying he has the \"wrong answer\" to them.\n\n\"The result is a big "
        + "council and higher fees.\" The party, he said, can cut crime without higher fees. "
        + "\"We simply need to change direction.\" This is the record Mr Berg will have to "
        + "defend in the coming months, he said.";
    assertEquals("Karl Lund", speakerOf(text, "This is the record"));
    assertEquals("Karl Lund", speakerOf(text, "can cut crime"));
  }

  @Test
  void aHeIsNoOneNamedInWhatItReports() {
    // NamedInWhatWasSaid: where the ranker still gave "he" the name inside what he said; the
    // participle's statement of the same "he" goes with it
    String text = "Lars Vik has had the chance to fix the ferries and has failed, Per Holm has "
        + "said.\n\n\"The harbour is going the wrong way\", the opposition leader said in his "
        + "spring message. Mr Vik's council was a \"meddling council that takes choices that "
        + "should be made by families,\" he added. But the council's spokesman Ole Dahl "
        + "replied: \"The harbour is working.\" Mr Holm also praised the town's response to the "
        + "floods.\n\n\"We watched the water rise with disbelief. \"Yet the town's response has "
        + "shown its character.\" He went on to speak of the values that \"most people here hold "
        + "dear\". Looking ahead to the coming vote, he pledged to \"turn these values into "
        + "action\" and set out the choices he says face the town. \"Who will give taxpayers "
        + "value for money?\"\n\nMr Vik has failed to tackle these problems, he claimed, saying "
        + "he has the \"wrong answer\" to them.\n\n\"The result is higher fares and fewer boats. "
        + "\"Worst of all, it is a council that has wasted people's money.\" The opposition, he "
        + "said, can run more boats without asking people to pay more. \"We simply need to "
        + "change course.\" This is the record Mr Vik will have to defend in the coming months, "
        + "he said, urging voters to hold him to account.";
    assertEquals("Per Holm", speakerOf(text, "This is the record"));
    assertEquals("Per Holm", speakerOf(text, "hold him to account"));
  }

  @Test
  void aHeIsNoOneNamedInWhatItReportsWhenTheTextFollowedThemUpToIt() {
    // NamedInWhatWasSaid: the person the text followed up to the "he" is named in what he
    // reports too; the next one back is whom it means
    String text = "Comedian Tom Reeve has signed two film stars for his new sitcom. He had been "
        + "cautious about revealing who would take part. But he has met with Erik Lund and Nils "
        + "Dahl and they enjoyed the scripts.\n\n\"I didn't want to start revealing names until "
        + "it was all sorted.\"\n\nHe said Lund and Dahl would be playing \"twisted\" versions of "
        + "themselves in the show.";
    assertEquals("Tom Reeve", speakerOf(text, "versions of themselves"));
  }

  @Test
  void itAfterADescribedFirmIsThatFirmNotAnOwnerNamedBefore() {
    String text = "Carmaker talks stall\n\nVolta Motors and Kestrel Industries agreed a "
        + "partnership in 2001.\n\nKestrel no longer wants to own the loss-making Volta unit. "
        + "Volta's shares fell 2% on Monday after reports of stalled talks. The American firm "
        + "is thought to be offering about $1bn to leave the arrangement. It has argued the deal "
        + "was voided by Volta's decision to sell its lending arm.";
    assertEquals("Kestrel Industries", speakerOf(text, "voided"));
  }

  @Test
  void aNameMadeTheRootBeforeARelativeClauseIsTheSubject() {
    String text = "Carmaker talks stall\n\nVolta Motors and Kestrel Industries agreed a "
        + "partnership in 2001.\n\nKestrel, whose own plants are losing money, no longer wants "
        + "to own the loss-making Volta unit. Reports of stalled talks sent Volta shares down 2% "
        + "on Monday. The American firm is thought to be offering about $1bn to leave the "
        + "arrangement. It has argued the deal was voided by Volta's decision to sell its "
        + "lending arm.";
    assertEquals("Kestrel Industries", speakerOf(text, "voided"));
  }

  @Test
  void itAfterADescribedGovernmentAndItsReviewIsThatGovernment() {
    String text = "Trade pact for the region\n\nThe Nordic Trade Council will cut tariffs on "
        + "farm goods from next year, its members agreed on Monday. The council expects trade "
        + "between the five members to double.\n\nMeanwhile, the Indian Government said the "
        + "outlook for the economy remained bright despite a weak year. Its annual budget "
        + "review forecasts growth of 5% in 2026. Higher fuel prices and a poor harvest had "
        + "hurt the economy, it said.";
    String speaker = speakerOf(text, "poor harvest");
    assertTrue(speaker.contains("Government") || speaker.equals("India"), speaker);
  }

  @Test
  void itAfterAReportIsNoBodyDescribedBefore() {
    String text = "Vote fraud warning\n\nThe government has looked at ways of raising turnout, "
        + "which fell last year.\n\nMonday's report was written by two committees of "
        + "the assembly. It said about two million people who could vote had not registered.";
    List<Statement> all = reported(text);
    all.stream().filter(x -> x.quote().inner().text().contains("two million"))
        .forEach(x -> assertNotEquals("government", x.speakerDescription(), x.toString()));
  }

  @Test
  void heAfterABookPublishedBySomeoneIsTheAuthor() {
    String text = "Memo row grows\n\nLabour MP John Carter said the minister should resign over "
        + "the memo.\n\nThe claims about the memo were made in a book published this week by "
        + "Peter Lund QC, a member of the Grey Court chambers. He also says the minister warned "
        + "colleagues in March that the plan could fail.";
    assertEquals("Peter Lund", speakerOf(text, "warned colleagues"));
  }

  @Test
  void heAfterTheOwnerOfASubjectIsTheOwner() {
    String text = "MPs declare gifts\n\nPeter Dale's entry confirms that King Olaf of Norland "
        + "paid for him to fly to talks in Oslo. Opposition leader Tom Reeve's only new entry "
        + "is a gift basket from the Duke of Ashby. He also declares a trip to Spain last year "
        + "to address bankers.";
    assertEquals("Tom Reeve", speakerOf(text, "a trip to Spain"));
  }

  @Test
  void heAfterANameBesideTheMainSubjectIsThatName() {
    String text = "Greens set sights high\n\nThe Greens say they are ready for the election. "
        + "As Tory leader Tom Reeve began his election campaign, the Green leader Mark Olsen "
        + "dismissed the Conservatives as a fading force. And he insisted there was no limit to "
        + "his party's ambitions in the coming vote.";
    assertEquals("Mark Olsen", speakerOf(text, "no limit"));
  }

  @Test
  void heAfterADescribedPersonIsThatDescriptionNotAnOldName() {
    String text = "Game theory in politics\n\nLabour MP John Carter said the economy needed a "
        + "new plan.\n\nGame theory explains a lot. Take two prisoners held in separate cells."
        + "\n\nTheir best plan is to stay silent, but the clever sheriff has an idea to make "
        + "them talk. He tells each prisoner that if he confesses he will be set free.";
    assertTrue(speakerOf(text, "set free").contains("sheriff"));
  }

  @Test
  void theSubjectOfAClauseOfTheSayingsTimeIsItsSpeaker() {
    // "when …" tells when he said it, not what he said
    String text = "In an interview on Harbor FM on Saturday, Tom Berg called his rivals friends "
        + "and said he would not turn on them. \"Nils is one of my friends,\" he said. When Jon "
        + "Lund appeared on the same station two days later, he said Berg was no longer a "
        + "member of the band.";
    assertEquals("Jon Lund", speakerOf(text, "no longer a member"));
  }

  @Test
  void aSubjectOfWhatThePronounReportsIsNoAntecedent() {
    String text = "Ferry bets row\n\nHarbor Minister Anna Dahl said the ferry operator should "
        + "look again at its betting rules.\n\nThe ferry company's spokeswoman said: \"Only a "
        + "handful of staff know the timetable and there are strict rules in place.\" The line's "
        + "independent auditor was also satisfied, she added.";
    assertTrue(speakerOf(text, "auditor").contains("spokeswoman"));
  }

  @Test
  void itAfterABodyOwningTheSubjectIsThatBodyNotOneNamedInItsClause() {
    String text = "Oil firm fights tax bill\n\nThe state seized the main unit of Volna Oil last "
        + "year and sold it to a rival.\n\nThe Russian government's argument for the sale was "
        + "that Volna owed more than $2bn in back taxes. It said the firm had used offshore "
        + "companies to avoid its tax bills.";
    String speaker = speakerOf(text, "offshore companies");
    assertTrue(speaker.contains("government") || speaker.equals("Russia"), speaker);
  }

  @Test
  void itAfterABodyThatReportedAnotherIsTheReportingBody() {
    String text = "Exchange bid row\n\nNordbank has called for Kestrel Exchange to drop its bid. "
        + "Kestrel Exchange said Nordbank's opposition would not change its plans. The bid was "
        + "in the best interests of its shareholders, it said.";
    assertEquals("Kestrel Exchange", speakerOf(text, "best interests"));
  }

  @Test
  void aNameInANounsPrepositionalPhraseIsWeakerThanTheSentencesOwnPerson() {
    String text = "Tomas Berg unveiled his budget on Wednesday. Critics called it timid.\n\n"
        + "Mr Berg's insistence he was not gloating was a pointed rebuttal of a warning from "
        + "harbor commissioner Peter Lund. In his speech, he set out a plan for the ferries.\n\n"
        + "It includes a new fund for harbor repairs. He also promised to cut the ferry fares "
        + "from next April.";
    assertEquals("Tomas Berg", speakerOf(text, "cut the ferry fares"));
  }

  @Test
  void aPronounInAQuotationTakesUpANameOfItsOwnQuotedSentence() {
    String text = "Harbor club striker Nils Berg has been fined by manager Ola Dahl.\n\n"
        + "\u201cWhen Ola found out, he called Berg to a meeting in my office,\u201d Per Holm said. "
        + "\u201cAt that meeting Berg admitted to Ola and me that he had told the crew a lie.\u201d";
    org.newskg.event.AttributedArticle a = processor.analyze(new Article(null, null,
        "Pronoun news", "Test Wire", "2025-05-02", text, "fixture"));
    int he = text.indexOf("he had told");
    assertEquals("Nils Berg", org.newskg.resolve.Antecedents.person(a.annotated(),
        a.entities(), he, org.newskg.resolve.Actor.Gender.MALE).map(x -> x.label())
        .orElse(null));
  }

  @Test
  void heAfterAQuotedNameAfterItsVerbGoesOnWithThatPerson() {
    // the name after "warned" and after "according to" is no subject for the pronoun rules
    String warned = "Jobless figures to rise\n\nThe head of the labour office, Frank Weber, "
        + "said the new rules would push the figures up. Official figures are due on Thursday."
        + "\n\n\"Be prepared for a nasty figure in January,\" warned bank economist Andreas "
        + "Ross. But he did add that the numbers should fall back throughout the year.";
    assertEquals("Andreas Ross", speakerOf(warned, "should fall back"));
    String accordingTo = "Pipeline deal signed\n\n\"This is one of the most important "
        + "projects for the region,\" said Prime Minister Fatos Lindo. According to Pat Fergus, "
        + "president of the pipeline company, work on the pipeline will begin next year. He "
        + "added that the company had already raised about $900m from banks.";
    assertEquals("Pat Fergus", speakerOf(accordingTo, "$900m"));
  }

  @Test
  void heAfterASentenceWithHeAsSubjectStaysWithThatHe() {
    // "he hit back at Mr Moll's claim that …": Mr Moll spoke in that sentence, but the next
    // "he" goes on with the subject's
    String text = "Assembly vote\n\nGreg Robson, spokesman for the No campaign, said the Yes "
        + "campaign had dragged the debate into the gutter. And he hit back at Mr Moll's claim "
        + "that an assembly would improve transport links in the region. An assembly could "
        + "push paper around but could not get people moving, he said.";
    assertEquals("Greg Robson", speakerOf(text, "push paper around"));
  }

  @Test
  void aHeGoesOnWithTheSubjectBeforeNotWithANameInWhatItReported() {
    // ContinuedSubject: Lane is named only inside what Holt said
    String text = "Damian Holt said the seat belonged to him and not the party. He said Mr Lane "
        + "and himself had no intention of resigning. He accused the party of signing a deal "
        + "with the Tories.";
    assertEquals("Damian Holt", speakerOf(text, "no intention"));
    assertEquals("Damian Holt", speakerOf(text, "signing a deal"));
  }

  @Test
  void lettersAfterANameLeaveThePersonWhomTheNextHeFollows() {
    // LettersAfterName, then LastSpeaker: "QC" is no noun the name modifies
    String text = "The case was heard by Lord Walker and eight other law lords. Lord Walker "
        + "asked whether the law was needed.\n\nBen Emmerson QC, representing seven of the "
        + "detainees, said the men had already been in custody for nearly three years. He said "
        + "they had been given no idea when they would be released.";
    assertEquals("Ben Emmerson", speakerOf(text, "in custody"));
    assertEquals("Ben Emmerson", speakerOf(text, "no idea"));
  }

  @Test
  void anItAfterTheOneBodyItsSentenceNamesIsThatBody() {
    // PronounInSentence: not the body the sentence before was about
    assertEquals("Vandermeer Holdings", speakerOf("Nordvik Capital said it would suspend sales "
        + "of the drug. Nordvik Capital finished down $18.90 at $8.\n\nShares in UK drug maker "
        + "Vandermeer Holdings closed down 19.84% on Monday, after it said a partner was set to "
        + "pull out of a deal.", "pull out of a deal"));
  }

  @Test
  void aHeAfterAPersonsSpokesmanIsTheSpokesman() {
    // PronounInSentence: the owner of the description is not who goes on
    assertEquals("Prime Minister Tom Hale's official spokesman", speakerOf("Prime Minister Tom "
        + "Hale's official spokesman said: \"There are British nationals in the country and we "
        + "are making the usual plans.\"\n\nHe added the situation would be monitored "
        + "carefully in case evacuation became necessary.", "monitored carefully"));
  }

  @Test
  void aConstituencyTheTaggerTookForAPersonIsNoOneAHeCanBe() {
    // MentionClusterResolver: "the Labour MP for Dunmore" names a seat, not a man
    assertEquals("Peter Hale", speakerOf("Labour MP Peter Hale attacked the plan on Monday. "
        + "\"Why now?\" the Labour MP for Dunmore asked. He said the minister should resign "
        + "before the summer.", "the minister should resign"));
  }

  @Test
  void aSheAddedAfterAnUnnamedSpokespersonGoesOnWithTheBodyTheySpeakFor() {
    // LastSpeaker: the spokesperson's words were given to the airline
    String text = "Diary of a Pilot, otherwise known as Maria Lund, began as an anonymous "
        + "account of life in the air. But after she posted pictures of herself in uniform, "
        + "Nordic Airlines suspended her without pay. Ms Lund was told her suspension was "
        + "a result of \"improper\" images. Nordic Airlines declined to comment.\n\n\"I "
        + "was really shocked, I had no warning,\" Ms Lund told BBC News Online. \"I "
        + "never thought I would get in trouble because of the diary.\" Ms Lund was "
        + "suspended on 25 September and has since lodged a complaint. A spokesperson for "
        + "Nordic Airlines told BBC News Online: \"All I can tell you is we do not "
        + "discuss staff issues with the media.\" She added she could not say whether a "
        + "similar case had happened before.";
    assertEquals("Nordic Airlines", speakerOf(text, "a similar case"));
  }

  @Test
  void aNameAfterAVerbOfSayingIsTheSubjectAHeTakesUp() {
    // Antecedents.invertedSpeaker: "says Curry" makes Curry the sentence's subject
    assertEquals("Adam Curry", speakerOf("Podcasters look to make money\n\nPodcaster Adam "
        + "Curry started the craze last year.\n\nOne rival, Eric Rowe, has won sponsorship from "
        + "a film studio. He can now play the music of a band the studio wants to push.\n\nThe "
        + "creative forces behind radio are elated, says Curry. For now, he says he tunes out "
        + "the negative comments.", "tunes out"));
    // a participle's object is no inverted subject
    assertEquals("David Moyes", speakerOf("Everton manager David Moyes will discipline striker "
        + "Jim Beattie after all.\n\nMoyes initially defended Beattie, saying Ron Gallas "
        + "overreacted. But he has had a rethink. He said he should set the record straight.",
        "record straight"));
  }

  @Test
  void aPronounForATitleWithAPortfolioIsTheHolderNamedAfterIt() {
    // DescribedPronouns: "He" was given the title, its sentence names the holder after it
    assertEquals("Hugh Lane", speakerOf("The government will spend 500m on school sport. But "
        + "the Conservatives warned of rising obesity levels.\n\nShadow spokesman for sport "
        + "Hugh Lane said: \"I suspect the correct way to tackle it is to enable the clubs to "
        + "deliver the school sport offer.\" He said more emphasis should be put on traditional "
        + "sports.", "more emphasis"));
  }
}
