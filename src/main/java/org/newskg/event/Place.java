package org.newskg.event;

import org.newskg.extract.Span;
import org.newskg.resolve.Country;

/**
 * Where an event happened.
 *
 * @param label   the place's name as the article gives it ("Brussels", "Gaza Strip")
 * @param country the country it lies in (for a country itself, that country), or null
 * @param span    the words naming it
 */
public record Place(String label, Country country, Span span) {
  /** True when the place is a country as a whole ("in Ukraine"). */
  public boolean isCountry() {
    return country != null && country.name().equalsIgnoreCase(label);
  }
}
