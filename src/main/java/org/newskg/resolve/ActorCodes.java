package org.newskg.resolve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * CAMEO actor codes, as GDELT and the Phoenix data set code who takes part in an event: from
 * the Phoenix actor dictionaries of the PETRARCH2 coder (people, governments, organizations,
 * armed groups, with name variants and codes by date: {@code TONY_BLAIR_ [GBRGOV
 * 970502-070627]}) and its agents dictionary ({@code PRIME_MINISTER [~GOV]}, {@code POLICE
 * [~COP]}), combined with a country's ISO 3166 alpha-3 code as GDELT does ({@code GBRGOV}).
 * {@code dictionaries.rst} of PETRARCH2 describes both formats; {@code resolve/actors.txt.gz}
 * and {@code resolve/agents.txt} are converted copies.
 */
public final class ActorCodes {
  /** One code of an actor, for the days from {@code from} to {@code to} (null: open). */
  record Dated(String code, LocalDate from, LocalDate to) {
    boolean covers(LocalDate day) {
      return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
    }
  }

  /** An actor of the dictionary: its codes by date, then the one for any other day. */
  record Entry(List<Dated> dated, String otherwise) {
    Optional<String> on(LocalDate day) {
      if (day != null) {
        for (Dated d : dated) {
          if (d.covers(day)) {
            return Optional.of(d.code());
          }
        }
      }
      return Optional.ofNullable(otherwise);
    }
  }

  private final Map<String, Entry> actors;
  /** Agent nouns (singular and plural, upper case, words joined by spaces) → role code. */
  private final Map<String, String> agents;

  ActorCodes(Map<String, Entry> actors, Map<String, String> agents) {
    this.actors = actors;
    this.agents = agents;
  }

  /** The dictionaries shipped with newskg. */
  public static ActorCodes load() {
    Map<String, Entry> actors = new HashMap<>();
    Map<String, String> agents = new HashMap<>();
    try {
      try (Reader r = resource("resolve/actors.txt.gz", true)) {
        readActors(r, "resolve/actors.txt.gz", actors);
      }
      for (String name : List.of("resolve/agents.txt", "resolve/agents-newskg.txt")) {
        try (Reader r = resource(name, false)) {
          readAgents(r, name, agents);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new ActorCodes(actors, agents);
  }

  /** These codes with the user's own actors, in the actor dictionary format, taking precedence. */
  public ActorCodes withActors(Path file) throws IOException {
    Map<String, Entry> own = new HashMap<>();
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      readActors(r, file.toString(), own);
    }
    Map<String, Entry> all = new HashMap<>(actors);
    all.putAll(own);
    return new ActorCodes(all, agents);
  }

  private static Reader resource(String name, boolean gzip) throws IOException {
    InputStream in = ActorCodes.class.getClassLoader().getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("missing resource " + name);
    }
    return new InputStreamReader(gzip ? new GZIPInputStream(in) : in, StandardCharsets.UTF_8);
  }

  /**
   * The actor's code on {@code day} (the event's, else the article's; null: any): a person or
   * organization the dictionary names, else a country's code, with the role an agent noun gives
   * ({@code agent}: "officials" in "Russian officials", a person's title), else empty.
   */
  public Optional<String> code(Actor actor, LocalDate day, String agent) {
    return code(actor, day, agent, actor.country());
  }

  /** As {@link #code(Actor, LocalDate, String)}, with the country its role is of. */
  public Optional<String> code(Actor actor, LocalDate day, String agent, Country of) {
    // a country is its ISO code with a role, not the dictionary's entry for its name
    for (String name : actor.type() == ActorType.COUNTRY ? List.<String>of() : names(actor)) {
      Entry e = actors.get(name);
      if (e != null) {
        Optional<String> c = e.on(day);
        if (c.isPresent()) {
          return c;
        }
      }
    }
    if (of == null) {
      return Optional.empty();
    }
    String country = of.iso3();
    String role = agent == null ? null : agentCode(agent).orElse(null);
    if (role == null && actor.type() == ActorType.ORGANIZATION) {
      role = agentCode(actor.label()).orElse(null);  // "Russian Army": RUSMIL
    }
    if (actor.type() == ActorType.COUNTRY) {
      return Optional.of(role == null ? country : country + role);
    }
    // a person or organization of a country is coded only through a role ("the British
    // foreign secretary", "the Russian Army")
    return role == null ? Optional.empty() : Optional.of(country + role);
  }

  /** The role code of an agent noun or title ("officials", "prime minister"): "GOV". */
  public Optional<String> agentCode(String words) {
    String key = normalize(words);
    String code = agents.get(key);
    if (code == null) {
      // "the prime minister of Britain", "foreign minister": the longest known tail
      String[] w = key.split(" ");
      for (int k = 1; k < w.length && code == null; k++) {
        code = agents.get(String.join(" ", List.of(w).subList(k, w.length)));
      }
    }
    return Optional.ofNullable(code);
  }

  /** Whether a noun (its lemma) is an agent noun: "official", "police", "troop". */
  public boolean isAgent(String noun) {
    return agents.containsKey(normalize(noun));
  }

  private static List<String> names(Actor actor) {
    List<String> out = new ArrayList<>();
    out.add(normalize(actor.label()));
    actor.altLabels().forEach(l -> out.add(normalize(l)));
    actor.names().forEach(n -> out.add(normalize(n.text())));
    return out;
  }

  /** "Tony_Blair_", "the E.U." → "TONY BLAIR", "E.U.": upper case, no leading "the". */
  static String normalize(String phrase) {
    String p = phrase.toUpperCase(Locale.ROOT).replace('_', ' ').replaceAll("\\s+", " ").strip();
    return p.startsWith("THE ") ? p.substring(4) : p;
  }

  /** Reads an actor dictionary; {@code where} names it in errors. */
  static void readActors(Reader reader, String where, Map<String, Entry> into) throws IOException {
    BufferedReader r = new BufferedReader(reader);
    List<String> phrases = new ArrayList<>();
    List<Dated> dated = new ArrayList<>();
    String[] otherwise = {null};
    String line;
    int n = 0;
    while ((line = r.readLine()) != null) {
      n++;
      int hash = line.indexOf('#');
      String text = hash < 0 ? line : line.substring(0, hash);
      if (text.isBlank()) {
        continue;
      }
      boolean restriction = Character.isWhitespace(text.charAt(0));
      String t = text.strip();
      if (!restriction && !t.startsWith("+") && !t.startsWith("[")) {
        store(phrases, dated, otherwise[0], into);
        phrases.clear();
        dated.clear();
        otherwise[0] = null;
      }
      int bracket = t.indexOf('[');
      if (!restriction && !t.startsWith("[")) {
        String phrase = (bracket < 0 ? t : t.substring(0, bracket)).strip();
        phrase = phrase.startsWith("+") ? phrase.substring(1) : phrase;
        if (!phrase.isEmpty()) {
          phrases.add(normalize(phrase.split("\\s+")[0]));
        }
      }
      while (bracket >= 0) {
        int close = t.indexOf(']', bracket);
        if (close < 0) {
          throw new IllegalArgumentException(where + ":" + n + ": no ] in \"" + line + "\"");
        }
        restriction(t.substring(bracket + 1, close).strip(), dated, otherwise);
        bracket = t.indexOf('[', close);
      }
    }
    store(phrases, dated, otherwise[0], into);
  }

  private static void store(List<String> phrases, List<Dated> dated, String otherwise,
                            Map<String, Entry> into) {
    if (phrases.isEmpty() || dated.isEmpty() && otherwise == null) {
      return;
    }
    Entry e = new Entry(List.copyOf(dated), otherwise);
    for (String p : phrases) {
      into.putIfAbsent(p, e);
    }
  }

  /** "GBRGOV 970502-070627", "IGOUNO >20070101", "GBRELI": a dated code or the default. */
  private static void restriction(String r, List<Dated> dated, String[] otherwise) {
    String[] f = r.split("\\s+");
    String code = f[0];
    if (!code.matches("[A-Z0-9]{3,}")) {
      return;
    }
    if (f.length == 1) {
      otherwise[0] = otherwise[0] == null ? code : otherwise[0];
      return;
    }
    String range = f[1];
    try {
      if (range.startsWith("<")) {
        dated.add(new Dated(code, null, day(range.substring(1))));
      } else if (range.startsWith(">")) {
        dated.add(new Dated(code, day(range.substring(1)), null));
      } else if (range.contains("-")) {
        String[] d = range.split("-", 2);
        dated.add(new Dated(code, day(d[0]), day(d[1])));
      }
    } catch (DateTimeParseException | IllegalArgumentException e) {
      // a date the dictionary mistyped ("2004017"): that restriction is left out
    }
  }

  /** YYMMDD (00-30 the 2000s, else the 1900s) or YYYYMMDD. */
  static LocalDate day(String d) {
    if (d.matches("\\d{8}")) {
      return LocalDate.of(Integer.parseInt(d.substring(0, 4)), Integer.parseInt(d.substring(4, 6)),
          Integer.parseInt(d.substring(6)));
    }
    if (d.matches("\\d{6}")) {
      int yy = Integer.parseInt(d.substring(0, 2));
      return LocalDate.of(yy <= 30 ? 2000 + yy : 1900 + yy, Integer.parseInt(d.substring(2, 4)),
          Integer.parseInt(d.substring(4)));
    }
    throw new IllegalArgumentException("not a date: " + d);
  }

  /** Reads an agents dictionary: "PHRASE {plural} [~CODE]", "!SET! = A, B" substitutions. */
  static void readAgents(Reader reader, String where, Map<String, String> into)
      throws IOException {
    BufferedReader r = new BufferedReader(reader);
    Map<String, List<String>> sets = new LinkedHashMap<>();
    String line;
    while ((line = r.readLine()) != null) {
      int hash = line.indexOf('#');
      String t = (hash < 0 ? line : line.substring(0, hash)).strip();
      if (t.isEmpty() || t.startsWith("<!--")) {
        continue;
      }
      if (t.startsWith("!") && t.contains("=")) {
        String[] f = t.split("=", 2);
        List<String> items = new ArrayList<>();
        for (String i : f[1].split(",")) {
          items.add(i.strip());
        }
        sets.put(f[0].strip(), items);
        continue;
      }
      int open = t.indexOf('[');
      int close = t.indexOf(']', open + 1);
      int brace = t.indexOf('}', open + 1);
      close = close < 0 ? brace : close;  // "CONGRESS!PERSON! [~LEG}" closes with a brace
      if (open < 0 || close < 0) {
        continue;
      }
      String code = t.substring(open + 1, close).strip();
      if (!code.startsWith("~")) {
        continue;  // "NGO~": a code put before the actor's; newskg codes roles after it
      }
      code = code.substring(1);
      String head = t.substring(0, open).strip();
      String plural = null;
      int curly = head.indexOf('{');
      if (curly >= 0) {
        plural = head.substring(curly + 1, head.indexOf('}', curly)).strip();
        head = head.substring(0, curly).strip();
      }
      List<String> phrases = new ArrayList<>(List.of(head));
      for (Map.Entry<String, List<String>> set : sets.entrySet()) {
        List<String> expanded = new ArrayList<>();
        for (String p : phrases) {
          if (p.contains(set.getKey())) {
            set.getValue().forEach(v -> expanded.add(p.replace(set.getKey(), v)));
          } else {
            expanded.add(p);
          }
        }
        phrases = expanded;
      }
      for (String p : phrases) {
        if (p.contains("!")) {
          continue;
        }
        String key = normalize(p);
        into.putIfAbsent(key, code);
        if (plural == null && !p.contains("!")) {
          into.putIfAbsent(regularPlural(key), code);
        } else if (plural != null && !plural.isEmpty()) {
          into.putIfAbsent(normalize(plural), code);
        }
      }
    }
  }

  private static String regularPlural(String s) {
    if (s.endsWith("Y") && !s.endsWith("EY")) {
      return s.substring(0, s.length() - 1) + "IES";
    }
    return s.endsWith("SS") ? s + "ES" : s + "S";
  }
}
