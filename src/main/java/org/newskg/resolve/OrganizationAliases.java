package org.newskg.resolve;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The full names of organizations that news calls in several ways ("E.U.", "EU", "the European
 * Union"), from {@code resolve/organization-aliases.tsv}, and the institutions named by their
 * seat ("the Kremlin"), which are organizations even where NER tags nothing. Forms are matched
 * as the country table matches its own (dots, accents, "the", possessives ignored; a form
 * without lower-case letters only in that case). Immutable.
 */
public final class OrganizationAliases {
  static final String RESOURCE = "/resolve/organization-aliases.tsv";
  private static final String EXACT = "=";

  /** Routed key (as {@link CountryTable#route}) to full name. */
  private final ImmutableMap<String, String> fullNames;
  /** Forms of seats, as written in the file, to look for in untagged text. */
  private final ImmutableList<String> seats;

  private OrganizationAliases(Map<String, String> fullNames, Set<String> seats) {
    this.fullNames = ImmutableMap.copyOf(fullNames);
    this.seats = ImmutableList.copyOf(seats);
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
    Set<String> seats = new LinkedHashSet<>();
    int n = 0;
    for (String raw : text.split("\r?\n")) {
      n++;
      int hash = raw.indexOf('#');
      String line = (hash >= 0 ? raw.substring(0, hash) : raw).strip();
      if (line.isEmpty()) {
        continue;
      }
      String[] f = line.split("\t+");
      if (f.length < 2 || f.length > 3 || (f.length == 3 && !f[2].strip().equals("seat"))) {
        throw new IllegalStateException(RESOURCE.substring(1) + " line " + n
            + ": expected alias<TAB>full name[<TAB>seat]: " + raw);
      }
      String alias = f[0].strip();
      String full = f[1].strip();
      for (String form : new String[] {alias, full}) {
        String k = CountryTable.route(form);
        String before = k == null ? null : fullNames.putIfAbsent(k, full);
        if (k == null || (before != null && !before.equals(full))) {
          throw new IllegalStateException(RESOURCE.substring(1) + " line " + n + ": \"" + form
              + "\" is " + (k == null ? "empty" : "already an alias of " + before));
        }
      }
      if (f.length == 3) {
        seats.add(alias);
      }
    }
    return new OrganizationAliases(fullNames, seats);
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

  /** Forms of institutions named by their seat, to find in text NER left untagged. */
  public ImmutableList<String> seats() {
    return seats;
  }
}
