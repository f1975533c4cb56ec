package org.newskg.attribute;

import java.time.LocalDate;
import java.util.List;
import org.newskg.extract.Quote;
import org.newskg.extract.Span;
import org.newskg.resolve.Actor;

/**
 * A quote with who said it and whom it is about.
 *
 * @param index          0-based position among the article's statements
 * @param kind           "direct" or "partial" (a fragment woven into the reporter's sentence)
 * @param speaker        who said it, or null when no speaker could be established
 * @param speakerMention the words that identify the speaker ("she", "Mr. Lavrov"), or null
 * @param confidence     0..1, how sure the attribution is
 * @param cue            lemma of the reporting verb ("say", "tell"), or null
 * @param date           when it was said: the reporting clause's date, else the article's
 * @param about          the actors the quoted words are about
 */
public record Statement(int index, Quote quote, String kind, Actor speaker, Span speakerMention,
                        double confidence, String cue, LocalDate date, List<Actor> about) {
  public Statement {
    about = List.copyOf(about);
  }
}
