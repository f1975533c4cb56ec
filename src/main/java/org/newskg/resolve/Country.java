package org.newskg.resolve;

import java.util.Objects;

/**
 * A country or territory as {@link CountryTable} knows it.
 *
 * @param iso2 ISO 3166-1 alpha-2 code ("UA"); "XK" for Kosovo, a code the ISO list does not
 *             have but that the EU, the IMF and the JDK's display names use
 * @param iso3 ISO 3166-1 alpha-3 code ("UKR"); "XKX" for Kosovo
 * @param name the short English name journalists use ("United States", "Ivory Coast", "Russia")
 */
public record Country(String iso2, String iso3, String name) {
  public Country {
    Objects.requireNonNull(iso2, "iso2");
    Objects.requireNonNull(iso3, "iso3");
    Objects.requireNonNull(name, "name");
    if (!iso2.matches("[A-Z]{2}")) {
      throw new IllegalArgumentException("not an alpha-2 code: " + iso2);
    }
    if (!iso3.matches("[A-Z]{3}")) {
      throw new IllegalArgumentException("not an alpha-3 code: " + iso3);
    }
    if (name.isBlank()) {
      throw new IllegalArgumentException("blank name for " + iso2);
    }
  }
}
