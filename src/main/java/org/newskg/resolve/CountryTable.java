package org.newskg.resolve;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.LinkedHashMultimap;
import com.google.common.collect.SetMultimap;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A gazetteer of countries: every way news text names a country ("Ukraine", "Ukrainian",
 * "Ukrainians", "Kyiv", "UKR"; "U.S.", "the United States", "America", "Americans",
 * "Washington") leads to one {@link Country}.
 *
 * <p>Built at {@link #load()} from three sources, in this order of precedence:
 * <ol>
 *   <li>{@code resolve/country-aliases.tsv}: what the other two lack (short forms, official
 *       names, capitals used for governments, Kosovo, a few display names) and exclusions;
 *   <li>the JDK's ISO 3166 data: alpha-2 and alpha-3 codes and English display names;
 *   <li>CoreNLP's coreference lists in the models jar: {@code dcoref/countries} (CIA World
 *       Factbook names with variants) and {@code dcoref/demonyms.txt} (demonyms and
 *       adjectivals, from Wikipedia). A demonym row counts only if its place name resolves to
 *       a country through the earlier sources; a form that two rows give to different countries
 *       ("Korean", "Dominican") is dropped.
 * </ol>
 * CoreNLP's KBP gazetteers ({@code kbp/english/gazetteers/regexner_*.tab}) were considered and
 * left out: they tag strings as COUNTRY or NATIONALITY without saying which country.
 *
 * <p>Ambiguity is kept where news mostly means the country: "Georgia" is also a US state,
 * "Jordan" and "Chad" are first names, "Washington" is a state and a surname, "Jersey" a
 * shortening of New Jersey, "Macedonia" a Greek region, "Congo" (AP style) means the
 * Democratic Republic of the Congo. Callers that know a mention is a person or a US state
 * should not ask this table.
 *
 * <p>Immutable and thread-safe. {@link #load()} reads the sources on each call, so callers
 * keep the instance. Measured on a 2-core machine: 0.35-0.5 s in a fresh JVM (class loading,
 * the JDK's CLDR names, opening the 475 MB models jar and JIT warm-up, spread about evenly over
 * the steps), 0.06-0.12 s for a second load; about 1,140 forms for 250 countries.
 */
public final class CountryTable {
  static final String ALIAS_RESOURCE = "/resolve/country-aliases.tsv";
  static final String CORENLP_COUNTRIES = "/edu/stanford/nlp/models/dcoref/countries";
  static final String CORENLP_DEMONYMS = "/edu/stanford/nlp/models/dcoref/demonyms.txt";

  private static final Pattern APOSTROPHES =
      Pattern.compile("[\u2019\u2018\u02BC\u0060\u00B4\u2032]");
  private static final Pattern DASHES = Pattern.compile("[\u2010\u2011\u2012\u2013\u2014\u2015]");
  private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");
  private static final Pattern PUNCTUATION =
      Pattern.compile("[-(),;:!?/\"\u201C\u201D\u00AB\u00BB\u201E]");
  private static final Pattern PARENTHETICAL = Pattern.compile("\\s*\\(([^)]*)\\)");
  private static final Pattern CODE2 = Pattern.compile("[A-Z]{2}");
  private static final Pattern CODE3 = Pattern.compile("[A-Z]{3}");

  /** Keys of forms written without lower-case letters ("US", "UKR") start with this. */
  private static final String EXACT = "=";

  /** iso2 to country, ordered by code. */
  private final ImmutableSortedMap<String, Country> byIso2;
  /** Routed key (see {@link #route}) to country. */
  private final ImmutableMap<String, Country> byKey;
  /** iso2 to the adjective of the country ("Italian"), where CoreNLP's demonyms give one. */
  private final ImmutableMap<String, String> adjectives;
  private final Stats stats;

  /**
   * What loading found, for tests and diagnostics: the number of distinct forms, forms a
   * source gave to two countries (dropped), CoreNLP names whose country was not found, alias
   * file entries another source already has, and the load time.
   */
  record Stats(int forms, Map<String, Set<String>> ambiguous, List<String> unresolved,
               List<String> redundantAliases, long loadMillis) {
  }

  private CountryTable(ImmutableSortedMap<String, Country> byIso2,
                       ImmutableMap<String, Country> byKey, ImmutableMap<String, String> adjectives,
                       Stats stats) {
    this.byIso2 = byIso2;
    this.byKey = byKey;
    this.adjectives = adjectives;
    this.stats = stats;
  }

  /**
   * Builds the table from the classpath: {@code resolve/country-aliases.tsv} and CoreNLP's
   * models jar must be on it. Each call reads the sources again; keep the instance.
   *
   * @throws IllegalStateException if a source is missing or the alias file is malformed
   */
  public static CountryTable load() {
    long start = System.nanoTime();
    Builder b = new Builder();
    b.readAliases(readLines(ALIAS_RESOURCE));
    b.readJdk();
    b.applyAliases();
    b.addJdkNames();
    b.readCoreNlpCountries(readLines(CORENLP_COUNTRIES));
    b.readCoreNlpDemonyms(readLines(CORENLP_DEMONYMS));
    return b.build(start);
  }

  /**
   * The country a surface form names, if any. Names and demonyms match whatever their case
   * as long as the form starts with a capital ("Ukrainian", "UKRAINE", not "turkey"); forms
   * listed without lower-case letters, such as "US", "UK" or alpha-3 codes, match only in upper
   * case (so "US" matches and "us" does not), and a short upper-case form matches nothing else.
   * A leading "the", a trailing possessive ("’s", "'s", "s’"), dots ("U.S."), accents and
   * curly apostrophes are ignored.
   */
  public Optional<Country> lookup(String surface) {
    String k = key(surface);
    if (k.isEmpty()) {
      return Optional.empty();
    }
    Country exact = byKey.get(EXACT + k);
    if (exact != null) {
      return Optional.of(exact);
    }
    if (!Character.isUpperCase(k.codePointAt(0))) {
      return Optional.empty();
    }
    if (!hasLowerCase(k) && k.codePoints().filter(Character::isLetter).count() <= 3) {
      return Optional.empty();
    }
    return Optional.ofNullable(byKey.get(k.toLowerCase(Locale.ROOT)));
  }

  /** The country with this ISO 3166-1 alpha-2 code ("UA", "ua"), or "XK" for Kosovo. */
  public Optional<Country> byIso2(String iso2) {
    if (iso2 == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(byIso2.get(iso2.strip().toUpperCase(Locale.ROOT)));
  }

  /** The country's adjective ("Italian", "Chinese"), the first CoreNLP's demonyms list. */
  public Optional<String> adjective(Country country) {
    return Optional.ofNullable(adjectives.get(country.iso2()));
  }

  /** Every country, ordered by alpha-2 code. */
  public Collection<Country> countries() {
    return byIso2.values();
  }

  Stats stats() {
    return stats;
  }

  // ---------------------------------------------------------------------------- keys

  /**
   * A surface form normalized for matching, case kept: curly apostrophes and dashes made
   * plain, quotes, a trailing possessive, accents and dots dropped, "&" read as "and",
   * hyphens and other punctuation read as spaces, the word "the" dropped, "Saint" read as
   * "St". "the U.S.’s" gives "US"; "Côte d’Ivoire" gives "Cote d'Ivoire".
   */
  static String key(String surface) {
    if (surface == null) {
      return "";
    }
    String t = isPlainWords(surface) ? surface : normalized(surface);
    StringBuilder out = new StringBuilder(t.length());
    for (String w : SPACES.split(t.strip())) {
      if (w.isEmpty() || w.equalsIgnoreCase("the")) {
        continue;
      }
      if (w.equals("Saint") || w.equals("saint")) {
        w = "St";
      } else if (w.equals("SAINT")) {
        w = "ST";
      }
      if (out.length() > 0) {
        out.append(' ');
      }
      out.append(w);
    }
    return out.toString();
  }

  /** ASCII letters and digits in words one space apart: nothing for {@link #normalized} to do. */
  private static boolean isPlainWords(String s) {
    if (s.isEmpty() || s.charAt(0) == ' ' || s.charAt(s.length() - 1) == ' ') {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean letterOrDigit = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
          || c >= '0' && c <= '9';
      if (!letterOrDigit && (c != ' ' || s.charAt(i - 1) == ' ')) {
        return false;
      }
    }
    return true;
  }

  /** The surface with its characters made plain, before the words are read. */
  private static String normalized(String surface) {
    String t = Normalizer.normalize(surface, Normalizer.Form.NFKC);
    t = APOSTROPHES.matcher(t).replaceAll("'");
    t = DASHES.matcher(t).replaceAll("-");
    t = SPACES.matcher(t).replaceAll(" ").strip();
    while (!t.isEmpty() && "\"'\u201C\u201D\u00AB\u00BB\u201E".indexOf(t.charAt(0)) >= 0) {
      t = t.substring(1);
    }
    while (!t.isEmpty() && "\"\u201C\u201D\u00AB\u00BB".indexOf(t.charAt(t.length() - 1)) >= 0) {
      t = t.substring(0, t.length() - 1);
    }
    if (t.endsWith("'s") || t.endsWith("'S")) {
      t = t.substring(0, t.length() - 2);
    } else if (t.endsWith("'")) {
      t = t.substring(0, t.length() - 1);
    }
    t = Names.withoutAccents(t);
    t = t.replace("&", " and ").replace(".", "");
    t = PUNCTUATION.matcher(t).replaceAll(" ");
    return t;
  }

  /**
   * The table key of a listed form: forms without lower-case letters ("US", "UKR", "DRC")
   * are matched exactly, so they are kept as they are behind a marker; others are lower-cased.
   * Null if nothing is left of the form.
   */
  static String route(String form) {
    String k = key(form);
    if (k.isEmpty()) {
      return null;
    }
    return hasLowerCase(k) ? k.toLowerCase(Locale.ROOT) : EXACT + k;
  }

  private static boolean hasLowerCase(String s) {
    return s.codePoints().anyMatch(Character::isLowerCase);
  }

  private static List<String> readLines(String resource) {
    try (InputStream in = CountryTable.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource.substring(1) + " missing from the classpath"
            + (resource.startsWith("/edu/") ? " (is the CoreNLP models jar on it?)" : ""));
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      if (text.startsWith("\uFEFF")) {
        text = text.substring(1);
      }
      return List.of(text.split("\r?\n"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ---------------------------------------------------------------------------- building

  /** One line of the alias file. */
  private record AliasLine(int line, String alias, String iso2, boolean name, String iso3) {
  }

  private static final class Builder {
    private final List<AliasLine> aliasLines = new ArrayList<>();
    private final Map<String, String> iso3 = new TreeMap<>();
    private final Map<String, String> jdkNames = new HashMap<>();
    private final Map<String, String> names = new HashMap<>();
    /** iso2 to the first form of the demonyms row of the country's own name. */
    private final Map<String, String> adjectives = new HashMap<>();
    /** Routed key to iso2, filled by source in order of precedence. */
    private final Map<String, String> table = new HashMap<>();
    private final Set<String> excluded = new HashSet<>();
    private final Set<String> blocked = new HashSet<>();
    private final Map<String, Set<String>> ambiguous = new TreeMap<>();
    private final List<String> unresolved = new ArrayList<>();
    private final Map<String, String> aliasKeys = new LinkedHashMap<>();
    private final Set<String> redundant = new TreeSet<>();

    void readAliases(List<String> lines) {
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i);
        int hash = line.indexOf('#');
        if (hash >= 0) {
          line = line.substring(0, hash);
        }
        if (line.isBlank()) {
          continue;
        }
        String[] cols = line.split("\t");
        int n = cols.length;
        while (n > 0 && cols[n - 1].isBlank()) {
          n--;
        }
        if (n < 2 || n > 3) {
          throw malformed(i, "expected alias<TAB>ISO2[<TAB>flags]");
        }
        String alias = cols[0].strip();
        String code = cols[1].strip();
        if (alias.isEmpty() || !(code.equals("-") || CODE2.matcher(code).matches())) {
          throw malformed(i, "bad alias or ISO2 code");
        }
        boolean isName = false;
        String declaredIso3 = null;
        if (n == 3) {
          for (String flag : cols[2].split(",")) {
            flag = flag.strip();
            if (flag.equals("name")) {
              isName = true;
            } else if (flag.startsWith("iso3=") && CODE3.matcher(flag.substring(5)).matches()) {
              declaredIso3 = flag.substring(5);
            } else if (!flag.isEmpty()) {
              throw malformed(i, "unknown flag " + flag);
            }
          }
        }
        if (code.equals("-") && (isName || declaredIso3 != null)) {
          throw malformed(i, "an exclusion takes no flags");
        }
        aliasLines.add(new AliasLine(i + 1, alias, code, isName, declaredIso3));
      }
    }

    private static IllegalStateException malformed(int index, String why) {
      return new IllegalStateException(ALIAS_RESOURCE.substring(1) + " line " + (index + 1)
          + ": " + why);
    }

    void readJdk() {
      Set<String> alpha3 = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3);
      for (String cc : Locale.getISOCountries()) {
        Locale l = new Locale("", cc);
        String code3;
        try {
          code3 = l.getISO3Country();
        } catch (MissingResourceException e) {
          continue;
        }
        if (!CODE3.matcher(code3).matches() || !alpha3.contains(code3)) {
          continue;
        }
        iso3.put(cc, code3);
        jdkNames.put(cc, l.getDisplayCountry(Locale.ENGLISH));
      }
    }

    /** Declares the alias file's extra countries, takes its names and aliases (level 1). */
    void applyAliases() {
      for (AliasLine a : aliasLines) {
        if (a.iso3() != null) {
          if (iso3.containsKey(a.iso2())) {
            throw new IllegalStateException(ALIAS_RESOURCE.substring(1) + " line " + a.line()
                + ": " + a.iso2() + " is already an ISO code");
          }
          iso3.put(a.iso2(), a.iso3());
        }
      }
      SetMultimap<String, String> level = LinkedHashMultimap.create();
      for (AliasLine a : aliasLines) {
        String k = route(a.alias());
        if (k == null) {
          throw new IllegalStateException(ALIAS_RESOURCE.substring(1) + " line " + a.line()
              + ": empty alias");
        }
        if (a.iso2().equals("-")) {
          excluded.add(k);
          continue;
        }
        if (!iso3.containsKey(a.iso2())) {
          throw new IllegalStateException(ALIAS_RESOURCE.substring(1) + " line " + a.line()
              + ": unknown country " + a.iso2() + " (declare it with iso3=)");
        }
        if (a.name() && names.put(a.iso2(), a.alias()) != null) {
          throw new IllegalStateException(ALIAS_RESOURCE.substring(1) + " line " + a.line()
              + ": second name for " + a.iso2());
        }
        level.put(k, a.iso2());
        aliasKeys.put(k, a.iso2());
      }
      for (String k : level.keySet()) {
        if (excluded.contains(k)) {
          throw new IllegalStateException(ALIAS_RESOURCE.substring(1)
              + ": alias both listed and excluded: " + k);
        }
      }
      add(level, true);
      for (String cc : iso3.keySet()) {
        if (!names.containsKey(cc)) {
          String jdk = jdkNames.get(cc);
          if (jdk == null) {
            throw new IllegalStateException(ALIAS_RESOURCE.substring(1) + ": no name for " + cc);
          }
          names.put(cc, cleanName(jdk));
        }
      }
    }

    /** "St. Kitts & Nevis" is "St. Kitts and Nevis"; "Myanmar (Burma)" is "Myanmar". */
    private static String cleanName(String jdkName) {
      return PARENTHETICAL.matcher(jdkName.replace(" & ", " and ")).replaceAll("").strip();
    }

    /** JDK display names (with the parenthetical's content) and alpha-3 codes (level 2). */
    void addJdkNames() {
      SetMultimap<String, String> level = LinkedHashMultimap.create();
      for (Map.Entry<String, String> e : iso3.entrySet()) {
        String cc = e.getKey();
        String jdk = jdkNames.get(cc);
        if (jdk != null) {
          putRouted(level, cleanName(jdk), cc);
          for (String variant : variants(jdk)) {
            putRouted(level, variant, cc);
          }
        }
        level.put(EXACT + e.getValue(), cc);
      }
      add(level, false);
    }

    /**
     * CoreNLP's {@code dcoref/countries} (level 3): "id TAB name" lines, CIA Factbook names
     * ("Korea, South"); an id of "000" marks a variant of the entry above it ("U.K." under
     * "United Kingdom"). A name that does not resolve on its own takes, if it is a variant,
     * its entry's country.
     */
    void readCoreNlpCountries(List<String> lines) {
      SetMultimap<String, String> level = LinkedHashMultimap.create();
      String entry = null;
      for (String line : lines) {
        int tab = line.indexOf('\t');
        if (tab < 0 || line.isBlank()) {
          continue;
        }
        String id = line.substring(0, tab).strip();
        String name = uninvert(line.substring(tab + 1).strip());
        if (name.isEmpty()) {
          continue;
        }
        String via = resolve(name);
        String cc = via == null ? null : table.get(via);
        if (id.equals("000")) {
          if (cc == null) {
            cc = entry;
          }
        } else {
          entry = cc;
        }
        if (cc == null) {
          unresolved.add("countries: " + name);
          continue;
        }
        for (String variant : variants(name)) {
          putRouted(level, variant, cc, via);
        }
      }
      add(level, false);
    }

    /**
     * CoreNLP's {@code dcoref/demonyms.txt} (level 4): "place TAB form TAB form..." rows; rows
     * whose place is not a country ("Europe", "Scotland", "Soviet Union") are skipped.
     */
    void readCoreNlpDemonyms(List<String> lines) {
      SetMultimap<String, String> level = LinkedHashMultimap.create();
      for (String line : lines) {
        if (line.startsWith("#") || line.isBlank()) {
          continue;
        }
        String[] cells = line.split("\t");
        String place = cells[0].strip();
        String via = resolve(place);
        if (via == null) {
          unresolved.add("demonyms: " + place);
          continue;
        }
        String cc = table.get(via);
        // (a row of a place the country holds, "Macau", gives no adjective of the country's)
        if (cells.length > 1 && !cells[1].isBlank() && place.equalsIgnoreCase(names.get(cc))) {
          adjectives.putIfAbsent(cc, cells[1].strip());
        }
        for (int i = 1; i < cells.length; i++) {
          putRouted(level, cells[i].strip(), cc, via);
        }
      }
      add(level, false);
    }

    /** "Korea, South" is "South Korea"; "Congo, Republic of the" is "Republic of the Congo". */
    private static String uninvert(String name) {
      int comma = name.indexOf(", ");
      if (comma > 0 && name.indexOf(',', comma + 1) < 0) {
        return name.substring(comma + 2) + " " + name.substring(0, comma);
      }
      return name;
    }

    /** The name, without its parenthetical, and the parenthetical's content. */
    private static List<String> variants(String name) {
      List<String> out = new ArrayList<>(3);
      out.add(name);
      Matcher m = PARENTHETICAL.matcher(name);
      if (m.find()) {
        String inside = m.group(1).strip();
        out.add(m.replaceAll("").strip());
        out.add(inside);
      }
      return out;
    }

    /** The key by which a listed name already resolves, trying {@link #variants}; or null. */
    private String resolve(String name) {
      for (String variant : variants(name)) {
        String k = route(variant);
        if (k != null && table.containsKey(k)) {
          return k;
        }
      }
      return null;
    }

    private static void putRouted(SetMultimap<String, String> level, String form, String cc) {
      putRouted(level, form, cc, null);
    }

    /** Adds a form, unless it is the key its country was found by (that adds nothing). */
    private static void putRouted(SetMultimap<String, String> level, String form, String cc,
                                  String foundBy) {
      String k = route(form);
      if (k != null && !k.equals(foundBy)) {
        level.put(k, cc);
      }
    }

    /**
     * Adds one source's forms: a form already taken by an earlier source or excluded is
     * skipped; a form this source gives to two countries is blocked for later sources too.
     */
    private void add(SetMultimap<String, String> level, boolean strict) {
      for (String k : level.keySet()) {
        Set<String> targets = level.get(k);
        if (!strict && aliasKeys.containsKey(k) && targets.equals(Set.of(aliasKeys.get(k)))) {
          redundant.add(k);
        }
        if (excluded.contains(k) || blocked.contains(k) || table.containsKey(k)) {
          continue;
        }
        if (targets.size() == 1) {
          table.put(k, targets.iterator().next());
        } else if (strict) {
          throw new IllegalStateException(ALIAS_RESOURCE.substring(1) + ": " + k
              + " given to " + targets);
        } else {
          blocked.add(k);
          ambiguous.put(k, new TreeSet<>(targets));
        }
      }
    }

    CountryTable build(long startNanos) {
      ImmutableSortedMap.Builder<String, Country> countries = ImmutableSortedMap.naturalOrder();
      Map<String, Country> byCode = new HashMap<>();
      for (Map.Entry<String, String> e : iso3.entrySet()) {
        Country c = new Country(e.getKey(), e.getValue(), names.get(e.getKey()));
        countries.put(c.iso2(), c);
        byCode.put(c.iso2(), c);
      }
      ImmutableMap.Builder<String, Country> keys = ImmutableMap.builderWithExpectedSize(
          table.size());
      table.forEach((k, cc) -> keys.put(k, byCode.get(cc)));
      long millis = (System.nanoTime() - startNanos) / 1_000_000;
      Stats stats = new Stats(table.size(), ImmutableMap.copyOf(ambiguous),
          ImmutableList.copyOf(unresolved), ImmutableList.copyOf(redundant), millis);
      return new CountryTable(countries.build(), keys.build(), ImmutableMap.copyOf(adjectives),
          stats);
    }
  }
}
