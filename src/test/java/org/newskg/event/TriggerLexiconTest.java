package org.newskg.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newskg.extract.Sentence;
import org.newskg.extract.Token;

/** The lexicon file's format and the matching rules, on hand-built parses. */
class TriggerLexiconTest {
  private static Token tok(int i, String word, String lemma, String pos, int head, String rel) {
    return new Token(i, i * 10, i * 10 + word.length(), word, lemma, pos, "O", head, rel);
  }

  @Test
  void theShippedLexiconCoversEveryCameoRootAndParses() {
    TriggerLexicon lexicon = TriggerLexicon.load();
    assertTrue(lexicon.entries().size() > 150, "entries: " + lexicon.entries().size());
    for (int root = 1; root <= 20; root++) {
      String code = String.format("%02d", root);
      assertTrue(lexicon.entries().stream().anyMatch(e -> e.cameo().equals(code)),
          "no trigger for CAMEO root " + code);
    }
    assertTrue(lexicon.entries().stream().noneMatch(e -> e.words().contains("say")),
        "speech verbs are statements, not events");
  }

  @Test
  void aVerbOnlyTheDictionaryCodesNeedsTwoParticipantsALexiconVerbOne() {
    TriggerLexicon lexicon = TriggerLexicon.load();
    // "Hamas condemned it": the lexicon's verb, the dictionary's sub-code (111 criticize)
    Sentence condemned = new Sentence(0, 0, 40, 0, List.of(
        tok(0, "Hamas", "Hamas", "NNP", 1, "nsubj"),
        tok(1, "condemned", "condemn", "VBD", -1, "root"),
        tok(2, "it", "it", "PRP", 1, "obj")));
    TriggerLexicon.Match m = lexicon.match(condemned, 1, false).orElseThrow();
    assertEquals("111", m.code());
    assertFalse(m.dyadic());
    // "Mexico celebrated it": only the dictionary codes it, so only between two actors
    Sentence celebrated = new Sentence(0, 0, 40, 0, List.of(
        tok(0, "Mexico", "Mexico", "NNP", 1, "nsubj"),
        tok(1, "celebrated", "celebrate", "VBD", -1, "root"),
        tok(2, "it", "it", "PRP", 1, "obj")));
    assertTrue(lexicon.match(celebrated, 1, false).orElseThrow().dyadic());
    // "Canada said it": a speech verb is never an event
    Sentence said = new Sentence(0, 0, 40, 0, List.of(
        tok(0, "Canada", "Canada", "NNP", 1, "nsubj"),
        tok(1, "said", "say", "VBD", -1, "root"),
        tok(2, "it", "it", "PRP", 1, "obj")));
    assertTrue(lexicon.match(said, 1, false).isEmpty());
  }

  @Test
  void anOtherwiseVerbYieldsToTheDictionarysPatterns() {
    TriggerLexicon lexicon = TriggerLexicon.load();
    // "T-Mobile launched a phone": no pattern, the lexicon's announcement with one actor
    Sentence phone = new Sentence(0, 0, 40, 0, List.of(
        tok(0, "T-Mobile", "T-Mobile", "NNP", 1, "nsubj"),
        tok(1, "launched", "launch", "VBD", -1, "root"),
        tok(2, "a", "a", "DT", 3, "det"),
        tok(3, "phone", "phone", "NN", 1, "obj")));
    TriggerLexicon.Match m = lexicon.match(phone, 1, false).orElseThrow();
    assertEquals("01", m.cameo());
    assertFalse(m.dyadic());
    // "BAA launched consultations": the dictionary's pattern (040) wins
    Sentence consultations = new Sentence(0, 0, 40, 0, List.of(
        tok(0, "BAA", "BAA", "NNP", 1, "nsubj"),
        tok(1, "launched", "launch", "VBD", -1, "root"),
        tok(2, "consultations", "consultation", "NNS", 1, "obj")));
    assertEquals("04", lexicon.match(consultations, 1, false).orElseThrow().cameo());
    // "Canada announced it": the dictionary codes the verb alone (010) only between two
    // actors; the lexicon takes it with one
    Sentence announced = new Sentence(0, 0, 40, 0, List.of(
        tok(0, "Canada", "Canada", "NNP", 1, "nsubj"),
        tok(1, "announced", "announce", "VBD", -1, "root"),
        tok(2, "it", "it", "PRP", 1, "obj")));
    assertFalse(lexicon.match(announced, 1, false).orElseThrow().dyadic());
    assertTrue(lexicon.match(announced, 1, true).isEmpty(), "not announced: no event");
  }

  @Test
  void malformedLinesSayWhereAndWhy() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> TriggerLexicon.parse("18\tX\tattack", "triggers.tsv:7"));
    assertTrue(e.getMessage().startsWith("triggers.tsv:7"), e.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> TriggerLexicon.parse("21\tV\tattack", "triggers.tsv:8"));
    assertThrows(IllegalArgumentException.class,
        () -> TriggerLexicon.parse("18\tV\tattack\tsometimes", "triggers.tsv:9"));
  }

  @Test
  void conditionsAndPhrasesWinOverPlainEntries() {
    TriggerLexicon lexicon = new TriggerLexicon(List.of(
        TriggerLexicon.parse("16\tV\tsuspend", "t:1"),
        TriggerLexicon.parse("08\tV\tsuspend\twith=tariff", "t:2"),
        TriggerLexicon.parse("11\tV\tslam", "t:3"),
        TriggerLexicon.parse("18\tV\tslam into", "t:4"),
        TriggerLexicon.parse("12\tV\tsign\tnegated", "t:5")));
    // Canada suspended tariffs / Canada suspended aid
    Sentence tariffs = new Sentence(0, 0, 40, 0, List.of(tok(0, "Canada", "Canada", "NNP", 1,
        "nsubj"), tok(1, "suspended", "suspend", "VBD", -1, "root"),
        tok(2, "tariffs", "tariff", "NNS", 1, "obj")));
    Sentence aid = new Sentence(0, 0, 40, 0, List.of(tok(0, "Canada", "Canada", "NNP", 1,
        "nsubj"), tok(1, "suspended", "suspend", "VBD", -1, "root"),
        tok(2, "aid", "aid", "NN", 1, "obj")));
    assertEquals("08", lexicon.match(tariffs, 1, false).orElseThrow().entry().cameo());
    assertEquals("16", lexicon.match(aid, 1, false).orElseThrow().entry().cameo());
    // A missile slammed into a hotel
    Sentence slam = new Sentence(0, 0, 60, 0, List.of(tok(0, "missile", "missile", "NN", 1,
        "nsubj"), tok(1, "slammed", "slam", "VBD", -1, "root"),
        tok(2, "into", "into", "IN", 4, "case"), tok(3, "a", "a", "DT", 4, "det"),
        tok(4, "hotel", "hotel", "NN", 1, "obl")));
    TriggerLexicon.Match m = lexicon.match(slam, 1, false).orElseThrow();
    assertEquals("18", m.entry().cameo());
    assertEquals(2, m.last());
    // a negated mention matches only a "negated" entry
    Optional<TriggerLexicon.Match> signed = lexicon.match(new Sentence(0, 0, 9, 0,
        List.of(tok(0, "signed", "sign", "VBD", -1, "root"))), 0, false);
    assertTrue(signed.isEmpty());
    assertEquals("12", lexicon.match(new Sentence(0, 0, 9, 0,
        List.of(tok(0, "sign", "sign", "VB", -1, "root"))), 0, true).orElseThrow().entry().cameo());
  }

  @Test
  void aParticleMustBelongToTheVerb() {
    TriggerLexicon lexicon = new TriggerLexicon(List.of(
        TriggerLexicon.parse("10\tV\tcall on", "t:1")));
    // "called on Thursday": the "on" belongs to a day, not to the verb
    Sentence day = new Sentence(0, 0, 40, 0, List.of(
        tok(0, "called", "call", "VBD", -1, "root"), tok(1, "on", "on", "IN", 2, "case"),
        new Token(2, 20, 28, "Thursday", "Thursday", "NNP", "DATE", 0, "obl")));
    assertTrue(lexicon.match(day, 0, false).isEmpty());
    Sentence israel = new Sentence(0, 0, 40, 0, List.of(
        tok(0, "called", "call", "VBD", -1, "root"), tok(1, "on", "on", "IN", 2, "case"),
        tok(2, "Israel", "Israel", "NNP", 0, "obl")));
    assertEquals("10", lexicon.match(israel, 0, false).orElseThrow().entry().cameo());
  }

  @Test
  void aDemandAsksSomeoneElse() {
    TriggerLexicon lexicon = new TriggerLexicon(List.of(
        TriggerLexicon.parse("10\tV\twant\tasks=release|free", "t:1")));
    // "Norway wants Chile to release them": an object, and what it is to do
    Sentence asked = new Sentence(0, 0, 40, 0, List.of(
        tok(0, "Norway", "Norway", "NNP", 1, "nsubj"), tok(1, "wants", "want", "VBZ", -1, "root"),
        tok(2, "Chile", "Chile", "NNP", 1, "obj"), tok(3, "to", "to", "TO", 4, "mark"),
        tok(4, "release", "release", "VB", 1, "xcomp"), tok(5, "them", "they", "PRP", 4, "obj")));
    assertEquals("10", lexicon.match(asked, 1, false).orElseThrow().entry().cameo());
    // "Norway wants to release them": its own plan
    Sentence own = new Sentence(0, 0, 40, 0, List.of(
        tok(0, "Norway", "Norway", "NNP", 1, "nsubj"), tok(1, "wants", "want", "VBZ", -1, "root"),
        tok(2, "to", "to", "TO", 3, "mark"), tok(3, "release", "release", "VB", 1, "xcomp"),
        tok(4, "them", "they", "PRP", 3, "obj")));
    assertTrue(lexicon.match(own, 1, false).isEmpty());
  }

  @Test
  void aParticleTheParserMadeTheRootStillBelongsToItsVerb() {
    TriggerLexicon lexicon = TriggerLexicon.load();
    // "Bidding farewell, the mayor said …" with "farewell" the root and "Bidding" hanging on it
    Sentence turned = new Sentence(0, 0, 60, 0, List.of(
        tok(0, "Bidding", "bid", "VBG", 1, "amod"),
        tok(1, "farewell", "farewell", "NN", -1, "root"),
        tok(2, ",", ",", ",", 1, "punct"),
        tok(3, "the", "the", "DT", 4, "det"),
        tok(4, "mayor", "mayor", "NN", 5, "nsubj"),
        tok(5, "said", "say", "VBD", 1, "parataxis")));
    assertEquals("01", lexicon.match(turned, 0, false).orElseThrow().cameo());
    // "on" the root and "calls" hanging elsewhere: no "call on" (and no crash on the root)
    Sentence apart = new Sentence(0, 0, 60, 0, List.of(
        tok(0, "Rome", "Rome", "NNP", 1, "nsubj"),
        tok(1, "calls", "call", "VBZ", 3, "acl"),
        tok(2, "on", "on", "IN", -1, "root"),
        tok(3, "Paris", "Paris", "NNP", 2, "obl")));
    assertTrue(lexicon.match(apart, 1, false).map(m -> !m.cameo().equals("10")).orElse(true));
  }
}
