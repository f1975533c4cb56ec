package org.newskg.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
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

  @Test
  void partiesByTheirInformalNamesClubsAndCompaniesWithTheirKind() {
    OrganizationAliases.Listed tories = new OrganizationAliases.Listed("Conservative Party",
        OrganizationAliases.Kind.PARTY);
    for (String form : List.of("the Tories", "Tory", "Conservatives", "the Conservative Party",
        "Tories’")) {
      assertEquals(Optional.of(tories), shipped.lookup(form), form);
    }
    assertEquals(Optional.of("Labour Party"), shipped.fullName("Labour"));
    assertEquals(Optional.of("Liberal Democrats"), shipped.fullName("the Lib Dems"));
    assertEquals(Optional.of("Republican Party"), shipped.fullName("GOP"));
    assertEquals(Optional.of("Democratic Party"), shipped.fullName("Democrats"));
    assertEquals(Optional.of(new OrganizationAliases.Listed("Chelsea FC",
        OrganizationAliases.Kind.CLUB)), shipped.lookup("Chelsea"));
    assertEquals(Optional.of(new OrganizationAliases.Listed("Marks & Spencer",
        OrganizationAliases.Kind.COMPANY)), shipped.lookup("M&S"));
    assertEquals(Optional.of(new OrganizationAliases.Listed("Kremlin",
        OrganizationAliases.Kind.SEAT)), shipped.lookup("the Kremlin"));
    assertEquals(OrganizationAliases.Kind.OTHER, shipped.lookup("EU").orElseThrow().kind());
    // lower case is no name: "conservatives" are people who think so, "labour" is work
    assertEquals(Optional.empty(), shipped.fullName("conservatives"));
    assertEquals(Optional.empty(), shipped.fullName("labour"));
  }

  @Test
  void aListedNameInsideADescription() {
    assertEquals(Optional.of("Conservative Party"),
        shipped.within("a Tory spokesman").map(OrganizationAliases.Listed::name));
    assertEquals(Optional.of("Liberal Democrats"),
        shipped.within("Lib Dem leader Charles Kennedy").map(OrganizationAliases.Listed::name));
    assertEquals(Optional.of("Liberal Democrats"),
        shipped.within("the Lib Dems").map(OrganizationAliases.Listed::name));
    // the longest form wins: "Labour Party", not a "Labour" of it
    assertEquals(Optional.of("Labour Party"),
        shipped.within("a senior Labour Party source,").map(OrganizationAliases.Listed::name));
    assertEquals(Optional.empty(), shipped.within("a spokesman"));
    assertEquals(Optional.empty(), shipped.within("the labour market"));
  }

  @Test
  void anOrganizationGivenTwoKindsIsAnError() {
    assertThrows(IllegalStateException.class, () -> OrganizationAliases.parse(
        "Reds\tReds FC\tclub\nReds FC\tReds FC\tparty\n"));
  }
}
