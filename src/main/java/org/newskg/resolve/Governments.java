package org.newskg.resolve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.newskg.extract.AnnotatedArticle;
import org.newskg.extract.Sentence;
import org.newskg.extract.Token;

/**
 * "The government" an article speaks of: the government of the country the article is about
 * (the country it names most, at least twice, with no tie), else of the publisher's own country
 * (a British paper's "the government" is the British one). Made an organization of its own
 * ("UK government", "Italian government") when the article says "the government" or names
 * that country's government ("the UK government", "Italy's government"), so that a statement
 * can be about it and one the government made is the government's, not the country's; it has
 * no name mentions, so no sieve or event participant ever reads a name as it.
 */
public final class Governments {
  static final String PUBLISHERS = "/resolve/publisher-countries.tsv";
  /** Nouns for a country's government as a body. */
  public static final Set<String> BODIES = Set.of("government", "administration");

  private final CountryTable countries;
  private final Map<String, String> publisherCountry;

  public Governments(CountryTable countries) {
    this.countries = countries;
    this.publisherCountry = readPublishers();
  }

  /** The article's government, when the article speaks of it. */
  Optional<Actor> find(AnnotatedArticle article, List<Actor> actors) {
    Optional<Country> country = countryInFocus(actors, Integer.MAX_VALUE).map(Actor::country)
        .or(() -> publisherCountry(article))
        .filter(c -> speaksOfTheGovernment(article, actors, c));
    return country.map(c -> {
      String label = shortName(c) + " government";
      return new Actor(Names.slug(label), ActorType.ORGANIZATION, label, new TreeSet<>(),
          List.of(), List.of(), c, Actor.Gender.UNKNOWN);
    });
  }

  /**
   * The government among an article's actors: the organization {@link #find} made, which is
   * tied to a country and has no name mention.
   */
  public static Optional<Actor> of(ArticleEntities entities) {
    return entities.actors().stream().filter(a -> a.type() == ActorType.ORGANIZATION
        && a.names().isEmpty() && a.country() != null).findFirst();
  }

  /**
   * "The government", "the Government", "every arm of government": a singular "government"
   * with "the" or no determiner at all, no possessor, no country before it and no "of" after
   * it ("Japan's government", "the Japanese government", "the government of Japan" name their
   * country, and NER names it; "a government", "their government" are no particular one), and
   * not itself a modifier ("government officials").
   */
  public static boolean isTheGovernment(Sentence s, Token t) {
    if (!t.pos().startsWith("NN") || !t.word().equalsIgnoreCase("government")
        || t.ner() != null && !t.ner().equals("O") || t.deprel().equals("compound")) {
      return false;
    }
    for (Token d : s.dependents(t.index())) {
      String rel = d.deprel();
      if (rel.equals("det") && !d.word().equalsIgnoreCase("the") || rel.equals("nmod:poss")
          || rel.startsWith("nmod") || rel.equals("compound")
          || rel.equals("amod") && Character.isUpperCase(d.word().charAt(0))) {
        return false;
      }
    }
    return true;
  }

  /**
   * One of the article's quotations says "the government". What a statement is about takes
   * "the government" for the article's government only then, as it did before the government
   * became a speaker too: read in every article, it also gave the country in focus's government
   * where another was meant ("the government's dossier" in a story about Iraq).
   */
  public static boolean quotesTheGovernment(AnnotatedArticle article) {
    for (Sentence s : article.sentences()) {
      for (Token t : s.tokens()) {
        if (isTheGovernment(s, t) && article.insideQuote(t.span())) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The article says "the government", or names {@code country}'s own ("the UK government",
   * "Italy's government", "the Italian administration").
   */
  private static boolean speaksOfTheGovernment(AnnotatedArticle article, List<Actor> actors,
                                               Country country) {
    for (Sentence s : article.sentences()) {
      for (Token t : s.tokens()) {
        if (isTheGovernment(s, t) || t.pos().equals("NN")
            && BODIES.contains(t.word().toLowerCase(Locale.ROOT))
            && s.dependents(t.index()).stream().anyMatch(d -> (d.deprel().equals("compound")
                || d.deprel().equals("amod") || d.deprel().equals("nmod:poss"))
                && namesCountry(actors, d, country))) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean namesCountry(List<Actor> actors, Token t, Country country) {
    return actors.stream().anyMatch(a -> a.type() == ActorType.COUNTRY
        && country.equals(a.country()) && a.names().stream().anyMatch(m -> m.contains(t.span())));
  }

  /**
   * The country an article is about, as far as its text before {@code before} shows: the one it
   * names most often, at least twice, when no other is named as often; else none.
   */
  public static Optional<Actor> countryInFocus(List<Actor> actors, int before) {
    Actor best = null;
    long bestCount = 0;
    boolean tie = false;
    for (Actor a : actors) {
      if (a.type() != ActorType.COUNTRY) {
        continue;
      }
      long n = a.names().stream().filter(m -> m.end() <= before).count();
      if (n > bestCount) {
        best = a;
        bestCount = n;
        tie = false;
      } else if (n == bestCount) {
        tie = true;
      }
    }
    return bestCount >= 2 && !tie ? Optional.of(best) : Optional.empty();
  }

  private Optional<Country> publisherCountry(AnnotatedArticle article) {
    String publisher = article.article().publisher();
    return publisher == null ? Optional.empty()
        : Optional.ofNullable(publisherCountry.get(key(publisher))).flatMap(countries::byIso2);
  }

  /**
   * "UK government", "US government": the short forms news uses; else the country's adjective
   * ("Italian government"), or its name.
   */
  private String shortName(Country c) {
    return switch (c.iso2()) {
      case "GB" -> "UK";
      case "US" -> "US";
      default -> countries.adjective(c).orElse(c.name());
    };
  }

  private static String key(String publisher) {
    String k = publisher.toLowerCase(Locale.ROOT).replaceAll("[.\\-_]", " ")
        .replaceAll("\\s+", " ").strip();
    return k.startsWith("the ") ? k.substring(4) : k;
  }

  private static Map<String, String> readPublishers() {
    Map<String, String> out = new HashMap<>();
    try (InputStream in = Governments.class.getResourceAsStream(PUBLISHERS)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + PUBLISHERS);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        if (f.length != 2 || !f[1].strip().matches("[A-Z]{2}")) {
          throw new IllegalStateException(PUBLISHERS + ": bad line: " + line);
        }
        out.put(key(f[0]), f[1].strip());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.copyOf(out);
  }
}
