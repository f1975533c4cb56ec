package org.newskg.resolve;

/**
 * A title or office the article gives a person: "President" of Ukraine, "prime minister" of
 * Belgium, "foreign minister" of Russia, "head" of the European Union.
 *
 * @param holder the person
 * @param title  the title in lower case ("foreign minister")
 * @param of     the country or organization the title is of, or null when the text names none
 */
public record Role(Actor holder, String title, Actor of) {}
