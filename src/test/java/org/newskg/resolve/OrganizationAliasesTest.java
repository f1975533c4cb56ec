package org.newskg.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The organization alias file, as shipped and on small tables of our own. */
class OrganizationAliasesTest {
  private final OrganizationAliases shipped = OrganizationAliases.load();

  @Test
  void shortFormsDotsArticlesAndPossessivesReachTheFullName() {
    assertEquals(Optional.of("European Union"), shipped.fullName("E.U."));
    assertEquals(Optional.of("European Union"), shipped.fullName("the EU’s"));
    assertEquals(Optional.of("European Union"), shipped.fullName("the European Union"));
    assertEquals(Optional.of("United Nations"), shipped.fullName("the U.N.’s"));
    assertEquals(Optional.of("North Atlantic Treaty Organization"), shipped.fullName("Nato"));
    assertEquals(Optional.of("Élysée Palace"), shipped.fullName("Elysee"));
  }

  @Test
  void anUpperCaseFormMatchesOnlyInUpperCase() {
    assertEquals(Optional.of("World Health Organization"), shipped.fullName("WHO"));
    assertEquals(Optional.empty(), shipped.fullName("who"));
    assertEquals(Optional.empty(), shipped.fullName("Who"));
    assertEquals(Optional.empty(), shipped.fullName("un"));
    // a name must start with a capital: "the fed up farmers" names nothing
    assertEquals(Optional.empty(), shipped.fullName("fed"));
  }

  @Test
  void unlistedNamesAndCountriesAreNotOrganizationsHere() {
    assertEquals(Optional.empty(), shipped.fullName("Harbor Workers Union"));
    assertEquals(Optional.empty(), shipped.fullName("Washington"));
    assertEquals(Optional.empty(), shipped.fullName("Kyiv"));
  }

  @Test
  void seatsAreListedForUntaggedText() {
    assertTrue(shipped.seats().contains("Kremlin"), shipped.seats().toString());
    assertTrue(shipped.seats().contains("White House"), shipped.seats().toString());
    assertTrue(!shipped.seats().contains("EU"), shipped.seats().toString());
  }

  @Test
  void aFormGivenToTwoOrganizationsOrAnUnknownFlagIsAnError() {
    assertThrows(IllegalStateException.class, () -> OrganizationAliases.parse(
        "ICC\tInternational Criminal Court\nICC\tInternational Cricket Council\n"));
    assertThrows(IllegalStateException.class, () -> OrganizationAliases.parse(
        "Kremlin\tKremlin\tplace\n"));
    OrganizationAliases ok = OrganizationAliases.parse("# comment\nAU\tAfrican Union  # tail\n");
    assertEquals(Optional.of("African Union"), ok.fullName("A.U."));
  }
}
