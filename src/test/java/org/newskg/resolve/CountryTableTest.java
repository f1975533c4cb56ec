package org.newskg.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CountryTableTest {
  private static CountryTable table;

  @BeforeAll
  static void load() {
    table = CountryTable.load();
  }

  private static String iso2(String surface) {
    return table.lookup(surface).map(Country::iso2).orElse(null);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      # short forms, with dots, "the" and possessives
      US                    | US
      U.S.                  | US
      U.S.A.                | US
      USA                   | US
      the United States     | US
      The United States     | US
      United States of America | US
      America               | US
      the U.S.’s            | US
      U.K.                  | GB
      UK                    | GB
      Britain               | GB
      Britain’s             | GB
      Britain's             | GB
      Great Britain         | GB
      United Kingdom        | GB
      the Netherlands       | NL
      Holland               | NL
      Dutch                 | NL
      # country names, official names, accents, curly apostrophes
      Ukraine               | UA
      UKRAINE               | UA
      Russia                | RU
      Russian Federation    | RU
      South Korea           | KR
      Republic of Korea     | KR
      North Korea           | KP
      DPRK                  | KP
      Taiwan                | TW
      Iran                  | IR
      Syria                 | SY
      Vietnam               | VN
      Viet Nam              | VN
      Czechia               | CZ
      Czech Republic        | CZ
      Ivory Coast           | CI
      Côte d’Ivoire         | CI
      Cote d'Ivoire         | CI
      Turkey                | TR
      Türkiye               | TR
      Turkiye               | TR
      Burma                 | MM
      Myanmar               | MM
      Georgia               | GE
      Jordan                | JO
      Chad                  | TD
      Gaza                  | PS
      West Bank             | PS
      Kosovo                | XK
      Guinea-Bissau         | GW
      Guinea Bissau         | GW
      Saint Lucia           | LC
      St. Lucia             | LC
      Bosnia and Herzegovina | BA
      Bosnia & Herzegovina  | BA
      Réunion               | RE
      DR Congo              | CD
      Congo                 | CD
      Republic of the Congo | CG
      Hong Kong             | HK
      # alpha-3 codes, upper case only
      UKR                   | UA
      USA                   | US
      GBR                   | GB
      RUS                   | RU
      # demonyms and adjectivals, singular and plural
      Ukrainian             | UA
      Ukrainians            | UA
      Ukrainians’           | UA
      Russian               | RU
      Israeli               | IL
      Israelis              | IL
      American              | US
      Americans             | US
      British               | GB
      Briton                | GB
      French                | FR
      Chinese               | CN
      Mexican               | MX
      Taiwanese             | TW
      Palestinian           | PS
      Palestinians          | PS
      Kosovar               | XK
      Ivorian               | CI
      Burkinabe             | BF
      North Korean          | KP
      South Korean          | KR
      Filipino              | PH
      Saudi                 | SA
      Emirati               | AE
      # capitals used for governments
      Washington            | US
      Moscow                | RU
      Kyiv                  | UA
      Kiev                  | UA
      Beijing               | CN
      London                | GB
      Paris                 | FR
      Berlin                | DE
      Tehran                | IR
      Jerusalem             | IL
      Taipei                | TW
      Ottawa                | CA
      Mexico City           | MX
      """)
  void resolves(String surface, String expected) {
    assertEquals(expected, iso2(surface), surface);
  }

  @ParameterizedTest(name = "\"{0}\" is no country")
  @ValueSource(strings = {
      "us", "Us", "the", "The", "", " ", "Trump", "European Union", "EU", "NATO", "Europe",
      "European", "Brussels", "turkey", "china", "chad", "ukrainian", "uk", "usa", "ukr",
      "Ukr", "UN", "Africa", "African", "Asia", "Soviet", "Soviet Union", "Scotland", "Kurds",
      "Czechoslovakia", "Korean", "Koreans", "Dominican", "English", "Italic", "Grenadines",
      "CAN", "VAT", "EST", "ATF", "AND", "GB", "IT", "AI", "Latin America", "New Jersey",
      "Korea"})
  void doesNotResolve(String surface) {
    assertEquals(Optional.empty(), table.lookup(surface), surface);
  }

  @Test
  void aCountryHasTheAdjectiveCoreNlpListsFirst() {
    for (String[] pair : new String[][] {{"IT", "Italian"}, {"CN", "Chinese"},
        {"VE", "Venezuelan"}, {"ID", "Indonesian"}, {"UA", "Ukrainian"}, {"FR", "French"},
        {"DE", "German"}, {"JP", "Japanese"}, {"RU", "Russian"}, {"IN", "Indian"}}) {
      assertEquals(pair[1], table.byIso2(pair[0]).flatMap(table::adjective).orElse(null),
          pair[0]);
    }
  }

  @Test
  void nullIsNoCountry() {
    assertEquals(Optional.empty(), table.lookup(null));
    assertEquals(Optional.empty(), table.byIso2(null));
  }

  @ParameterizedTest(name = "{0}: {1} {2}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      UA | UKR | Ukraine
      US | USA | United States
      GB | GBR | United Kingdom
      RU | RUS | Russia
      KR | KOR | South Korea
      KP | PRK | North Korea
      TW | TWN | Taiwan
      IR | IRN | Iran
      SY | SYR | Syria
      VN | VNM | Vietnam
      CI | CIV | Ivory Coast
      CD | COD | Democratic Republic of the Congo
      MM | MMR | Myanmar
      TR | TUR | Turkey
      PS | PSE | Palestinian Territories
      XK | XKX | Kosovo
      BA | BIH | Bosnia and Herzegovina
      """)
  void codesAndNames(String iso2, String iso3, String name) {
    Country c = table.byIso2(iso2).orElseThrow();
    assertEquals(iso2, c.iso2());
    assertEquals(iso3, c.iso3());
    assertEquals(name, c.name());
  }

  @Test
  void namesOfLookups() {
    assertEquals("United Kingdom", table.lookup("U.K.").orElseThrow().name());
    assertEquals("Ukraine", table.lookup("Kyiv").orElseThrow().name());
    assertEquals("United States", table.lookup("Americans").orElseThrow().name());
    assertEquals("Czechia", table.lookup("Czech Republic").orElseThrow().name());
    assertEquals(table.byIso2("UA"), table.byIso2("ua"));
    assertEquals(Optional.empty(), table.byIso2("ZZ"));
  }

  @Test
  void everyCountryHasCodesAndAName() {
    assertTrue(table.countries().size() >= 240, "countries: " + table.countries().size());
    Set<String> iso2 = new HashSet<>();
    Set<String> iso3 = new HashSet<>();
    for (Country c : table.countries()) {
      assertTrue(c.iso2().matches("[A-Z]{2}"), c.toString());
      assertTrue(c.iso3().matches("[A-Z]{3}"), c.toString());
      assertFalse(c.name().isBlank(), c.toString());
      assertFalse(c.name().contains("&") || c.name().contains("("), c.toString());
      assertTrue(iso2.add(c.iso2()), "duplicate " + c.iso2());
      assertTrue(iso3.add(c.iso3()), "duplicate " + c.iso3());
      assertEquals(Optional.of(c), table.byIso2(c.iso2()));
      // every country is found by its own name
      assertEquals(Optional.of(c), table.lookup(c.name()), c.name());
    }
  }

  @Test
  void loadsFromAllSources() {
    CountryTable.Stats stats = table.stats();
    assertTrue(stats.forms() > 1000, "forms: " + stats.forms());
    // CoreNLP's demonyms give "Koreans" to both Koreas and "Dominican" to two countries
    assertTrue(stats.ambiguous().containsKey("koreans"), stats.ambiguous().toString());
    assertTrue(stats.ambiguous().containsKey("dominican"), stats.ambiguous().toString());
    // loading is deterministic (speed is for benchmarks, not tests)
    CountryTable again = CountryTable.load();
    assertEquals(table.countries(), again.countries());
  }

  @Test
  void keysNormalizeSurfaceForms() {
    assertEquals("US", CountryTable.key("the U.S.’s"));
    assertEquals("Cote d'Ivoire", CountryTable.key("Côte d’Ivoire"));
    assertEquals("Guinea Bissau", CountryTable.key("Guinea–Bissau"));
    assertEquals("St Kitts and Nevis", CountryTable.key("Saint Kitts & Nevis"));
    assertEquals("Israelis", CountryTable.key("“Israelis’”"));
    assertEquals("", CountryTable.key("the"));
  }
}
