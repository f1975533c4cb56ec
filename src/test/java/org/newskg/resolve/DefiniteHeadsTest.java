package org.newskg.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newskg.extract.Span;

class DefiniteHeadsTest {
  private static Optional<Integer> of(String text, String name, List<String> labels) {
    int at = text.lastIndexOf(name);
    return DefiniteHeads.organizationOf(text, new Span(at, at + name.length(), name), name,
        labels);
  }

  @Test
  void theHeadNounBeforeOfOrAtTheEnd() {
    assertEquals("Bank", DefiniteHeads.headNoun("Central Bank of Norland"));
    assertEquals("Commission", DefiniteHeads.headNoun("European Commission"));
    assertEquals("", DefiniteHeads.headNoun("Opera"));
  }

  @Test
  void aDefiniteHeadNounIsTheOneOrganizationItHeads() {
    List<String> labels = List.of("Harbor Union", "Central Bank of Norland");
    assertEquals(Optional.of(1), of("Later the Bank said", "Bank", labels));
    assertEquals(Optional.of(0), of("The Union said", "Union", labels));
  }

  @Test
  void noDefiniteArticleOrTwoOrganizationsWithThatHeadIsNoMatch() {
    assertEquals(Optional.empty(), of("Bank said", "Bank",
        List.of("Central Bank of Norland")));
    assertEquals(Optional.empty(), of("The Bank said", "Bank",
        List.of("Central Bank of Norland", "Kessler Bank")));
  }
}
