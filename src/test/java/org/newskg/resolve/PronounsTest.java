package org.newskg.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PronounsTest {
  @Test
  void aPronounSaysItsGenderInAnyCaseAndOtherWordsSayNone() {
    for (String w : new String[] {"he", "Him", "HIS", "himself"}) {
      assertEquals(Actor.Gender.MALE, Pronouns.genderOf(w), w);
    }
    for (String w : new String[] {"She", "her", "hers", "Herself"}) {
      assertEquals(Actor.Gender.FEMALE, Pronouns.genderOf(w), w);
    }
    for (String w : new String[] {"they", "it", "Heather", "", "hero"}) {
      assertEquals(Actor.Gender.UNKNOWN, Pronouns.genderOf(w), w);
    }
    assertEquals(Actor.Gender.UNKNOWN, Pronouns.genderOf(null));
  }

  @Test
  void theSetsNestAsTheirNamesSay() {
    assertTrue(Pronouns.GENDERED.containsAll(Pronouns.PERSONAL));
    assertTrue(Pronouns.ALL.containsAll(Pronouns.GENDERED));
    assertTrue(Pronouns.ALL.containsAll(Pronouns.PLURAL));
    assertTrue(Pronouns.ALL.containsAll(Pronouns.FIRST_SECOND_PERSON));
    assertTrue(Pronouns.ALL.contains("its"));
  }
}
