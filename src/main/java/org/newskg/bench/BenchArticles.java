package org.newskg.bench;

import java.util.List;
import java.util.Random;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;

/**
 * The articles the load check's writer posts: short wire stories generated from fixed word lists
 * (our own text, no corpus needed), each with an id of its own ({@code bench-RUN-N}), so every
 * POST stores a new article graph and none is skipped as unchanged.
 */
final class BenchArticles {
  private static final List<String> PEOPLE = List.of("Marta Lindqvist", "Jonas Berg",
      "Paula Ferreira", "Amira Haddad", "Tomasz Nowak", "Elena Petrova", "Kofi Mensah",
      "Lucia Romano", "Henrik Dahl", "Sofia Almeida");
  private static final List<String> ROLES = List.of("the port authority's director",
      "the union's negotiator", "the finance minister", "the council's speaker",
      "a spokeswoman for the transport ministry", "the agency's chief economist");
  private static final List<String> BODIES = List.of("The Harbour Board",
      "The Rail Workers' Union", "The Regional Council", "The Fisheries Agency",
      "The Energy Ministry");
  private static final List<String> COUNTRIES = List.of("Norway", "Portugal", "Poland", "Ghana",
      "Italy", "Canada", "Chile", "Japan");
  private static final List<String> CITIES = List.of("Bergen", "Porto", "Gdansk", "Accra",
      "Genoa", "Halifax", "Valparaiso", "Osaka");
  private static final List<String> TOPICS = List.of("a new ferry schedule",
      "the night-shift agreement", "a shared fishing quota", "a cross-border grid connection",
      "new flood defences");
  private static final List<String> QUOTES = List.of(
      "This plan finally puts the islands first",
      "We will not accept delays that cost our members their jobs",
      "Nobody in %s should have to wait another winter",
      "We have done our part, and now %s must do theirs",
      "The numbers are clear and the work starts next month");

  private final String run;

  /** @param run what makes this run's ids differ from every earlier run's */
  BenchArticles(String run) {
    this.run = run;
  }

  String id(int n) {
    return "bench-" + run + "-" + n;
  }

  /** Article {@code n} as one line of JSON (the {@code .jsonl} fields). */
  String json(int n) {
    Random r = new Random(n);
    String city = pick(r, CITIES);
    String country = pick(r, COUNTRIES);
    String other = pick(r, COUNTRIES.stream().filter(c -> !c.equals(country)).toList());
    String body = pick(r, BODIES);
    String topic = pick(r, TOPICS);
    String first = pick(r, PEOPLE);
    String second = pick(r, PEOPLE.stream().filter(p -> !p.equals(first)).toList());
    String day = String.format("2025-05-%02d", 1 + r.nextInt(28));
    String text = String.format("""
        %s agreed on %s with officials from %s on Thursday, after %d days of talks in %s.

        “%s,” said %s, %s.

        %s, %s, said the plan would cost %d million euros and warned that %s still had to \
        approve it in parliament.

        “%s,” %s told reporters in %s. “%s.”

        %s and %s will meet again next month to sign the agreement, %s said. This is report \
        %d of the series.
        """, body, topic, other, 2 + r.nextInt(9), city,
        quote(r, city, other), first, pick(r, ROLES),
        second, pick(r, ROLES), 10 + r.nextInt(400), other,
        quote(r, city, other), second, city, quote(r, city, other),
        country, other, first, n);
    JsonObject json = new JsonObject();
    json.put("id", id(n));
    json.put("title", body.substring(4) + " and " + other + " Agree on " + capitalize(topic)
        + " (" + n + ")");
    json.put("publisher", "newskg bench-server");
    json.put("published", day);
    json.put("text", text);
    return JSON.toStringFlat(json);
  }

  private static String quote(Random r, String city, String country) {
    String q = pick(r, QUOTES);
    return q.contains("%s") ? String.format(q, q.startsWith("Nobody") ? city : country) : q;
  }

  private static String capitalize(String s) {
    String bare = s.startsWith("a ") ? s.substring(2) : s.startsWith("the ") ? s.substring(4) : s;
    return Character.toUpperCase(bare.charAt(0)) + bare.substring(1);
  }

  private static <T> T pick(Random r, List<T> list) {
    return list.get(r.nextInt(list.size()));
  }
}
