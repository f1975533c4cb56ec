package org.newskg.attribute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.newskg.extract.ParsedSentences.parse;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.newskg.extract.AnnotatedArticle;
import org.newskg.extract.Quote;
import org.newskg.extract.Sentence;
import org.newskg.extract.Span;
import org.newskg.extract.Token;
import org.newskg.resolve.Actor;
import org.newskg.resolve.ActorType;
import org.newskg.resolve.ArticleEntities;
import org.newskg.source.Article;

/**
 * The speaker rules that follow the parser's slips, on sentences of our own with the parse
 * CoreNLP gives such sentences in news (written out by hand, so the test does not depend on
 * what the parser makes of these very words): which token is the speaker.
 */
class ParsedSpeakerRulesTest {
  private static final Set<String> SAYING = Set.of("say", "add", "claim", "declare", "tell");

  private static String text(Sentence s) {
    StringBuilder b = new StringBuilder();
    for (Token t : s.tokens()) {
      b.append(b.length() == 0 ? "" : " ").append(t.word());
    }
    return b.toString();
  }

  /** The content from token {@code from} to the end, as the reported clause. */
  private static Quote content(Sentence s, int from) {
    Span span = new Span(s.tokens().get(from).begin(), s.end(), "");
    return new Quote(-1, span, span, 0, 0, null);
  }

  @Test
  void aVerbOfSayingCoordinatedInsideAReportedClauseGoesWithTheOuterVerb() {
    // "Ms Lund said the board had been trying for months to hire Berg, and added that he …"
    Sentence s = parse("Ms/Ms/NNP/1/compound", "Lund/Lund/NNP/2/nsubj", "said/say/VBD/-1/root",
        "the/the/DT/4/det", "board/board/NN/7/nsubj", "had/have/VBD/7/aux",
        "been/be/VBN/7/aux", "trying/try/VBG/2/ccomp", "for/for/IN/9/case",
        "months/month/NNS/7/obl", "to/to/TO/11/mark", "hire/hire/VB/7/xcomp",
        "Berg/Berg/NNP/11/obj", ",/,/,/7/punct", "and/and/CC/15/cc", "added/add/VBD/7/conj",
        "that/that/IN/19/mark", "he/he/PRP/19/nsubj", "was/be/VBD/19/cop",
        "keen/keen/JJ/15/ccomp", "./././7/punct");
    Token added = s.tokens().get(15);
    assertEquals("Lund", CoordinatedCue.speaker(s, added, content(s, 17), SAYING).word());
    // "said A and added B" parsed as two verbs of one subject is the usual path's
    Token said = s.tokens().get(2);
    assertNull(CoordinatedCue.speaker(s, said, content(s, 3), SAYING));
  }

  @Test
  void aParticipleAfterASubordinatorHasTheSubjectOfTheVerbItModifies() {
    // "he came to the port, but the club dropped him after declaring his form poor"
    Sentence s = parse("he/he/PRP/1/nsubj", "came/come/VBD/-1/root", "-/-/:/4/punct",
        "Nordhavn/Nordhavn/NNP/4/nsubj", "dropped/drop/VBD/1/ccomp", "him/he/PRP/4/obj",
        "after/after/IN/4/advmod", "declaring/declare/VBG/6/dep", "his/he/PRP$/9/nmod:poss",
        "form/form/NN/7/obj", "poor/poor/JJ/7/xcomp");
    Article a = new Article(null, null, "t", "p", "2025-05-02", text(s), "fixture");
    AnnotatedArticle article = new AnnotatedArticle(a, List.of(s), List.of(), List.of(),
        List.of(), List.of());
    Token declaring = s.tokens().get(7);
    assertEquals("Nordhavn",
        AdverbialParticiple.speaker(article, s, declaring, content(s, 8)).word());
  }

  @Test
  void aParticipleAfterAnObjectSaysWhatTheVerbsSubjectSays() {
    // "Mr Berg left the Alliance saying the leader would ruin it": the parser made "Alliance"
    // the participle's subject
    Sentence s = parse("Mr/Mr/NNP/1/compound", "Berg/Berg/NNP/2/nsubj", "left/leave/VBD/-1/root",
        "the/the/DT/4/det", "Alliance/Alliance/NNP/5/nsubj", "saying/say/VBG/2/dep",
        "the/the/DT/7/det", "leader/leader/NN/9/nsubj", "would/would/MD/9/aux",
        "ruin/ruin/VB/5/ccomp", "it/it/PRP/9/obj");
    Token saying = s.tokens().get(5);
    Token alliance = s.tokens().get(4);
    assertEquals("Berg",
        ObjectBeforeParticiple.speaker(s, saying, alliance, content(s, 6)).word());
    // "heard the Alliance saying …": a verb of perceiving reports its object's words
    Sentence heard = parse("Mr/Mr/NNP/1/compound", "Berg/Berg/NNP/2/nsubj",
        "heard/hear/VBD/-1/root", "the/the/DT/4/det", "Alliance/Alliance/NNP/5/nsubj",
        "saying/say/VBG/2/dep", "the/the/DT/7/det", "leader/leader/NN/9/nsubj",
        "would/would/MD/9/aux", "ruin/ruin/VB/5/ccomp", "it/it/PRP/9/obj");
    assertEquals("Alliance", ObjectBeforeParticiple.speaker(heard, heard.tokens().get(5),
        heard.tokens().get(4), content(heard, 6)).word());
  }

  @Test
  void anOrganizationsNameClosingADescribedSubjectIsTheSpeaker() {
    // "US research think - tank Harbor Futures says …": the parser made "research" the subject,
    // "US" its compound, and hung the name on it by "dep"
    Sentence s = parse("US/US/NNP/1/compound", "research/research/NN/8/nsubj",
        "think/think/VB/4/dep", "-/-/HYPH/4/punct", "tank/tank/NN/6/compound",
        "Harbor/Harbor/NNP/6/compound", "Futures/Futures/NNP/1/dep",
        "Institute/Institute/NNP/6/flat", "says/say/VBZ/-1/root");
    Span name = new Span(s.tokens().get(5).begin(), s.tokens().get(7).end(), "");
    Span us = s.tokens().get(0).span();
    Actor institute = new Actor("harbor-futures-institute", ActorType.ORGANIZATION,
        "Harbor Futures Institute", new TreeSet<>(), List.of(name), List.of(name), null,
        Actor.Gender.UNKNOWN);
    Actor usa = new Actor("US", ActorType.COUNTRY, "United States", new TreeSet<>(), List.of(us),
        List.of(us), null, Actor.Gender.UNKNOWN);
    ArticleEntities entities = new ArticleEntities(List.of(institute, usa));
    assertEquals(Optional.of(institute), OrganizationBeforeVerb.resolve(s, s.tokens().get(1),
        s.tokens().get(8), entities));
    // "the head of the Harbor Futures Institute said": someone at the institute, not it
    Sentence head = parse("the/the/DT/1/det", "head/head/NN/7/nsubj", "of/of/IN/6/case",
        "the/the/DT/6/det", "Harbor/Harbor/NNP/6/compound", "Futures/Futures/NNP/6/compound",
        "Institute/Institute/NNP/1/nmod", "said/say/VBD/-1/root");
    Span name2 = new Span(head.tokens().get(4).begin(), head.tokens().get(6).end(), "");
    Actor institute2 = new Actor("harbor-futures-institute", ActorType.ORGANIZATION,
        "Harbor Futures Institute", new TreeSet<>(), List.of(name2), List.of(name2), null,
        Actor.Gender.UNKNOWN);
    assertEquals(Optional.empty(), OrganizationBeforeVerb.resolve(head, head.tokens().get(1),
        head.tokens().get(7), new ArticleEntities(List.of(institute2))));
  }

  @Test
  void aParticipleGoingOnWithAnotherSharesItsSubject() {
    // "The row began , with Lee marching up , saying …": "saying" hangs from "marching"
    Sentence s = parse("The/the/DT/1/det", "row/row/NN/2/nsubj", "began/begin/VBD/-1/root",
        ",/,/,/2/punct", "with/with/IN/6/mark", "Lee/Lee/NNP/6/nsubj",
        "marching/march/VBG/2/advcl", "up/up/RP/6/compound:prt", ",/,/,/6/punct",
        "saying/say/VBG/6/dep", "no/no/UH/9/obj");
    assertEquals("Lee", ParticipleChain.speaker(s, s.tokens().get(9), content(s, 10)).word());
    // a participle hanging from the main verb is the main clause's
    assertNull(ParticipleChain.speaker(s, s.tokens().get(6), content(s, 7)));
  }

  @Test
  void aRelativeClauseBeforeASubjectlessVerbLeavesTheNameItDescribes() {
    // "Papadakis, who is a law lecturer at the University of Leeds, added: …" parsed with
    // "Papadakis" as the root and "added" without a subject
    Sentence s = parse("Papadakis/Papadakis/NNP/-1/root", ",/,/,/0/punct", "who/who/WP/13/dep",
        "is/be/VBZ/2/cop", "a/a/DT/6/det", "law/law/NN/6/compound", "lecturer/lecturer/NN/2/nsubj",
        "at/at/IN/9/case", "the/the/DT/9/det", "University/University/NNP/6/nmod",
        "of/of/IN/11/case", "Leeds/Leeds/NNP/9/nmod", ",/,/,/13/punct", "added/add/VBD/0/dep",
        ":/:/:/13/punct");
    assertEquals("Papadakis", RelativeClauseBeforeVerb.describedName(s, s.tokens().get(13))
        .word());
    // no relative clause: nothing to say
    Sentence plain = parse("Leeds/Leeds/NNP/2/nsubj", ",/,/,/0/punct", "added/add/VBD/-1/root",
        ":/:/:/2/punct");
    assertNull(RelativeClauseBeforeVerb.describedName(plain, plain.tokens().get(2)));
  }
}
