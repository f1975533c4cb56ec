package org.newskg.resolve;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The full names of organizations that news calls in several ways ("E.U.", "EU", "the European
 * Union"; "the Tories", "Tory", "Conservatives"; "M&S"), from
 * {@code resolve/organization-aliases.tsv}, with what kind of organization each is (a party, a
 * sports club, a company, a seat of government), and the institutions named by their seat
 * ("the Kremlin"), which are organizations even where NER tags nothing. Forms are matched as the
 * country table matches its own (dots, accents, "the", possessives ignored; a form without
 * lower-case letters only in that case). {@link #lookup} takes a name, {@link #within} finds a
 * listed name inside a description ("a Tory spokesman"). Immutable.
 */
public final class OrganizationAliases {
  static final String RESOURCE = "/resolve/organization-aliases.tsv";
  private static final String EXACT = "=";

  /** What kind of organization a listed one is, from the file's flag column. */
  public enum Kind {
    /** A political party ("Labour Party", "Republican Party"). */
    PARTY,
    /** A sports club ("Chelsea FC"). */
    CLUB,
    /** A company ("Marks & Spencer"). */
    COMPANY,
    /** An institution named by its seat ("Kremlin", "Downing Street"). */
    SEAT,
    /** Any other: international organizations, agencies. */
    OTHER
  }

  /** A listed organization: its full name (the label) and kind. */
  public record Listed(String name, Kind kind) {}

  /** Routed key (as {@link CountryTable#route}) to full name. */
  private final ImmutableMap<String, String> fullNames;
  /** Full name to its kind. */
  private final ImmutableMap<String, Kind> kinds;
  /** Forms of seats, as written in the file, to look for in untagged text. */
  private final ImmutableList<String> seats;
  /** Forms of parties, as written in the file, to look for in untagged text. */
  private final ImmutableList<String> parties;
  /** The most words a listed form has, to bound the search of {@link #within}. */
  private final int longestForm;

  private OrganizationAliases(Map<String, String> fullNames, Map<String, Kind> kinds,
                              Set<String> seats, Set<String> parties, int longestForm) {
    this.fullNames = ImmutableMap.copyOf(fullNames);
    this.kinds = ImmutableMap.copyOf(kinds);
    this.seats = ImmutableList.copyOf(seats);
    this.parties = ImmutableList.copyOf(parties);
    this.longestForm = longestForm;
  }

  /** Reads the alias file from the classpath; each call reads it again, so keep the instance. */
  public static OrganizationAliases load() {
    try (InputStream in = OrganizationAliases.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE.substring(1) + " missing from the classpath");
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The table in {@code text}, in the alias file's format. */
  static OrganizationAliases parse(String text) {
    Map<String, String> fullNames = new HashMap<>();
    Map<String, Kind> kinds = new HashMap<>();
    Set<String> seats = new LinkedHashSet<>();
    Map<String, String> forms = new LinkedHashMap<>();
    int longest = 1;
    int n = 0;
    for (String raw : text.split("\r?\n")) {
      n++;
      int hash = raw.indexOf('#');
      String line = (hash >= 0 ? raw.substring(0, hash) : raw).strip();
      if (line.isEmpty()) {
        continue;
      }
      String[] f = line.split("\t+");
      Kind flag = f.length == 3 ? FLAGS.get(f[2].strip()) : Kind.OTHER;
      if (f.length < 2 || f.length > 3 || flag == null) {
        throw new IllegalStateException(RESOURCE.substring(1) + " line " + n
            + ": expected alias<TAB>full name[<TAB>seat|party|club|company]: " + raw);
      }
      String alias = f[0].strip();
      String full = f[1].strip();
      Kind kindSoFar = kinds.getOrDefault(full, Kind.OTHER);
      if (flag != Kind.OTHER && kindSoFar != Kind.OTHER && kindSoFar != flag) {
        throw new IllegalStateException(RESOURCE.substring(1) + " line " + n + ": \"" + full
            + "\" is already a " + kindSoFar.name().toLowerCase(Locale.ROOT));
      }
      kinds.put(full, flag == Kind.OTHER ? kindSoFar : flag);
      longest = Math.max(longest, Math.max(wordsOf(alias).size(), wordsOf(full).size()));
      for (String form : new String[] {alias, full}) {
        String k = CountryTable.route(form);
        String before = k == null ? null : fullNames.putIfAbsent(k, full);
        if (k == null || (before != null && !before.equals(full))) {
          throw new IllegalStateException(RESOURCE.substring(1) + " line " + n + ": \"" + form
              + "\" is " + (k == null ? "empty" : "already an alias of " + before));
        }
      }
      if (flag == Kind.SEAT) {
        seats.add(alias);
      }
      forms.put(alias, full);
    }
    Set<String> parties = new LinkedHashSet<>();
    forms.forEach((alias, full) -> {
      if (kinds.get(full) == Kind.PARTY) {
        parties.add(alias);
      }
    });
    return new OrganizationAliases(fullNames, kinds, seats, parties, longest);
  }

  private static final Map<String, Kind> FLAGS = Map.of("seat", Kind.SEAT, "party", Kind.PARTY,
      "club", Kind.CLUB, "company", Kind.COMPANY);

  private static List<String> wordsOf(String s) {
    return List.of(s.strip().split("\\s+"));
  }

  /**
   * The full name of the organization a surface form names ("the E.U.’s" gives "European
   * Union"), if listed. A form matched without its case must start with a capital.
   */
  public Optional<String> fullName(String surface) {
    String k = CountryTable.key(surface);
    if (k.isEmpty()) {
      return Optional.empty();
    }
    String exact = fullNames.get(EXACT + k);
    if (exact != null) {
      return Optional.of(exact);
    }
    if (!Character.isUpperCase(k.codePointAt(0)) || k.codePoints().noneMatch(
        Character::isLowerCase)) {
      return Optional.empty();
    }
    return Optional.ofNullable(fullNames.get(k.toLowerCase(Locale.ROOT)));
  }

  /** The organization a surface form names ("the Tories" gives Conservative Party, a party). */
  public Optional<Listed> lookup(String surface) {
    return fullName(surface).map(name -> new Listed(name, kinds.getOrDefault(name, Kind.OTHER)));
  }

  /**
   * The listed organization named inside a phrase, as whole words, the longest form first and
   * then the leftmost: "a Tory spokesman" and "Lib Dem leader Charles Kennedy" give the party,
   * "a spokesman" nothing. Only capitalized words start a form ("the labour market" names no
   * party).
   */
  public Optional<Listed> within(String phrase) {
    List<String> words = new ArrayList<>();
    for (String w : phrase.strip().split("\\s+")) {
      String bare = w.replaceAll("^[\"“”‘(\\[]+|[\"“”,;:!?)\\]]+$", "");
      if (!bare.isEmpty()) {
        words.add(bare);
      }
    }
    for (int size = Math.min(longestForm, words.size()); size >= 1; size--) {
      for (int i = 0; i + size <= words.size(); i++) {
        if (!Character.isUpperCase(words.get(i).codePointAt(0))) {
          continue;
        }
        Optional<Listed> found = lookup(String.join(" ", words.subList(i, i + size)));
        if (found.isPresent()) {
          return found;
        }
      }
    }
    return Optional.empty();
  }

  /** Forms of institutions named by their seat, to find in text NER left untagged. */
  public ImmutableList<String> seats() {
    return seats;
  }

  /**
   * Forms of parties ("Tories", "Lib Dems"), as written, to find in text NER left untagged
   * (where such a form names the party is the resolver's to decide).
   */
  public ImmutableList<String> parties() {
    return parties;
  }
}
