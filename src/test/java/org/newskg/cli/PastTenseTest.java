package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The past of the cues a nominal statement is read with. */
class PastTenseTest {
  @Test
  void regularAndIrregularCues() {
    assertEquals("criticized", PastTense.of("criticize"));
    assertEquals("denied", PastTense.of("deny"));
    assertEquals("announced", PastTense.of("announce"));
    assertEquals("claimed", PastTense.of("claim"));
    assertEquals("praised", PastTense.of("praise"));
    assertEquals("slammed", PastTense.of("slam"));
    assertEquals("admitted", PastTense.of("admit"));
    assertEquals("spoke", PastTense.of("speak"));
    assertEquals("said", PastTense.of("say"));
    assertEquals("played", PastTense.of("play"));
    assertEquals("according to", PastTense.of("according to"));
  }

  @Test
  void aCueWithItsPreposition() {
    assertEquals("warned of", PastTense.of("warn of"));
    assertEquals("called for", PastTense.of("call for"));
    assertEquals("spoke about", PastTense.of("speak about"));
  }
}
