package org.newskg.resolve;

import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newskg.extract.AnnotatedArticle;
import org.newskg.extract.CorefChain;
import org.newskg.extract.CorefMention;
import org.newskg.extract.EntityMention;
import org.newskg.extract.Sentence;
import org.newskg.extract.Span;
import org.newskg.extract.Token;

/**
 * Clusters an article's name mentions into actors: people by name containment (a surname joins
 * a full name that ends with it: of two, the one its title's gender, then coreference, then
 * nearness before it points to), organizations by the full name the alias list gives, by name
 * and by acronym, countries through the country table; then coreference chains (with
 * {@code --coref}) attach descriptions and pronouns to those actors, and {@link PronounLinker}
 * the pronouns left.
 */
public final class MentionClusterResolver implements EntityResolver {
  private static final Set<String> PLACE_TYPES = ImmutableSet.of("LOCATION", "COUNTRY",
      "NATIONALITY", "MISC", "CITY", "STATE_OR_PROVINCE", "GPE");
  /** Between a name and its country: " of ", ", the foreign minister of ". */
  private static final Pattern OF_COUNTRY = Pattern.compile(
      ",?\\s+(?:the\\s+)?(?:[a-z]+\\s+){0,3}?of\\s+(?:the\\s+)?");
  /** Words that join two actors rather than describe one ("Russia and President X"). */
  private static final Set<String> LINK_WORDS = ImmutableSet.of("and", "or", "with", "to", "by",
      "from", "for", "as", "at", "in", "on", "that", "than", "but", "while", "said", "told",
      "says", "met", "called", "asked", "urged", "against", "between", "after", "before");
  private static final Set<String> ACRONYM_STOP_WORDS = ImmutableSet.of("of", "the", "and", "for");
  // compiled once: read for every name mention and pair of organizations
  private static final Pattern MISS_TITLE = Pattern.compile("(ms|mrs|miss)\\.?");
  private static final Pattern MIXED_CASE = Pattern.compile("(\\p{Lu}\\p{Ll}*){2,}");
  private static final Pattern CAPITALIZED_PIECE = Pattern.compile("\\p{Lu}\\p{Ll}*");

  private final Names names;
  private final RoleFinder roles;
  private final PronounLinker pronouns = new PronounLinker();
  private final FirstNames firstNames = FirstNames.load();
  private final CountryTable countries;
  private final OrganizationAliases organizationNames;
  private final List<Pattern> institutions;
  /** Each institution's name folded ({@link #foldedLiteral}), to skip texts that lack it. */
  private final List<String> institutionFolds;
  /** Parties' forms as written ("Tories", "Lib Dems"), whole words. */
  private final List<Pattern> parties;
  private final Governments governments;

  public MentionClusterResolver(Names names, CountryTable countries) {
    this.names = names;
    this.roles = new RoleFinder(names);
    this.countries = countries;
    this.governments = new Governments(countries);
    this.organizationNames = OrganizationAliases.load();
    this.institutions = organizationNames.seats().stream()
        .map(n -> Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(n)
            + "(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE))
        .toList();
    this.institutionFolds = organizationNames.seats().stream()
        .map(MentionClusterResolver::foldedLiteral).toList();
    this.parties = organizationNames.parties().stream()
        .map(n -> Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(n)
            + "(?![\\p{L}\\p{N}])"))
        .toList();
  }

  /**
   * How a case-insensitive (Unicode) pattern compares a character: its upper case's lower case.
   */
  private static char fold(char c) {
    return Character.toLowerCase(Character.toUpperCase(c));
  }

  /**
   * The name folded character by character ({@link #fold}), or null when a folded character
   * folds again to another one (then the folded text is no sure test, and only the pattern
   * decides). A pattern matching the name case-insensitively matches characters whose folds are
   * the name's folds, so a text whose folded copy lacks the folded name holds no match.
   */
  private static String foldedLiteral(String name) {
    char[] out = new char[name.length()];
    for (int i = 0; i < out.length; i++) {
      char f = fold(name.charAt(i));
      if (fold(f) != f || Character.isSurrogate(f)) {
        return null;
      }
      out[i] = f;
    }
    return new String(out);
  }

  private static String folded(String text) {
    char[] out = new char[text.length()];
    for (int i = 0; i < out.length; i++) {
      out[i] = fold(text.charAt(i));
    }
    return new String(out);
  }

  /** Mentions of one actor being gathered. */
  private static final class Cluster {
    final ActorType type;
    final List<Span> nameMentions = new ArrayList<>();
    final List<Span> otherMentions = new ArrayList<>();
    final TreeSet<String> surfaces = new TreeSet<>();
    /** Coreference chains of its name mentions, to choose between two people of a surname. */
    final Set<Integer> chains = new HashSet<>();
    String label;
    /** The label is an organization's listed full name: no surface form replaces it. */
    boolean listedName;
    Country country;
    int male;
    int female;
    /** Gender as the names show it (titles, first names), for clustering. */
    int maleNames;
    int femaleNames;

    Cluster(ActorType type, String label) {
      this.type = type;
      this.label = label;
    }

    void add(Span mention, String name, String surface) {
      nameMentions.add(mention);
      surfaces.add(surface);
      String title = surface.equals(name) ? "" : surface.split(" ")[0].toLowerCase(Locale.ROOT);
      if (title.equals("mr.") || title.equals("mr")) {
        male += 2;
        maleNames += 2;
      } else if (MISS_TITLE.matcher(title).matches()) {
        female += 2;
        femaleNames += 2;
      }
      if (type != ActorType.COUNTRY && !listedName && betterLabel(name, label)) {
        label = name;
      }
    }

    Actor toActor() {
      String key = type == ActorType.COUNTRY ? country.iso2() : Names.slug(label);
      TreeSet<String> alt = new TreeSet<>(surfaces);
      alt.remove(label);
      List<Span> all = new ArrayList<>(nameMentions);
      all.addAll(otherMentions);
      all.sort(Comparator.comparingInt(Span::begin));
      List<Span> names = new ArrayList<>(nameMentions);
      names.sort(Comparator.comparingInt(Span::begin));
      Actor.Gender gender = male > female ? Actor.Gender.MALE
          : female > male ? Actor.Gender.FEMALE : Actor.Gender.UNKNOWN;
      return new Actor(key, type, label, alt, names, all, country, gender);
    }
  }

  @Override
  public ArticleEntities resolve(AnnotatedArticle article) {
    List<Cluster> people = new ArrayList<>();
    List<Cluster> organizations = new ArrayList<>();
    Map<String, Cluster> countryClusters = new LinkedHashMap<>();
    List<EntityMention> personMentions = new ArrayList<>();

    Set<String> teams = NationalTeams.names(article, countries);
    Set<String> introduced = IntroducedOrganizations.names(article);
    Set<String> seats = seatNames(article);
    for (EntityMention m : joinListedNames(article)) {
      String surface = withTitle(article, m.span());
      String name = m.type().equals("PERSON") ? names.clean(m.span().text())
          : names.cleanNonPerson(m.span().text());
      if (!looksLikeName(article.text(), m.span(), name)) {
        continue;
      }
      String introducedName = !m.type().equals("PERSON") && !m.type().equals("MISC") ? null
          : IntroducedOrganizations.nameOf(article, introduced, m.span().text().strip(),
              m.type().equals("PERSON"), firstNames);
      if (introducedName != null) {
        // "accountancy firm BDO": what the text introduces as a firm, whatever NER said
        addOrganization(organizations, m.span(), introducedName, surface);
        continue;
      }
      if (!m.type().equals("PERSON") && (SURNAME_TITLE.matcher(surface).find()
              && countries.lookup(m.span().text()).isPresent()
          || PEER_STYLE.matcher(surface).find() && !m.span().text().contains(" "))) {
        // "said Mr Irish": a title makes a country's word a surname; "Lord Strathclyde": a
        // peer's style makes a place's one-word name a peer's
        personMentions.add(new EntityMention(m.span(), "PERSON", m.sentence(), m.corefChain()));
        continue;
      }
      if (teams.contains(m.span().text().strip())) {
        // "England have named their side": the team, not the country
        addOrganization(organizations, m.span(), name, surface);
        continue;
      }
      if (PLACE_TYPES.contains(m.type()) || m.type().equals("ORGANIZATION")) {
        Optional<Country> country = countries.lookup(m.span().text());
        if (country.isPresent() && (!m.type().equals("ORGANIZATION") || isCountryName(name))) {
          Cluster c = countryClusters.computeIfAbsent(country.get().iso2(),
              k -> new Cluster(ActorType.COUNTRY, country.get().name()));
          c.country = country.get();
          c.add(m.span(), name, m.span().text());
          continue;
        }
      }
      if (m.type().equals("PERSON") && isLegislation(article.text(), m.span(), name)) {
        continue;  // "the Crossrail Link Bill": NER takes the "Bill" for a first name
      }
      if (m.type().equals("ORGANIZATION") && BILL_AFTER.matcher(article.text())
          .region(m.span().end(), article.text().length()).lookingAt()) {
        continue;  // "the Serious Crime and Police Bill": a law's name, not its body's
      }
      if (m.type().equals("PERSON") && (seatBefore(article.text(), m.span())
          || isSeatTaggedAsPerson(article, m, seats))) {
        continue;  // "the Labour MP for Birkenhead", "the seat of Erewash": a place
      }
      Span business = m.type().equals("PERSON") ? firmTaggedAsPerson(article, m) : null;
      if (business != null) {
        // "research carried out by Saint Bernard Software": no one's name ends in "Software"
        addOrganization(organizations, business, business.text(), business.text());
        continue;
      }
      if (m.type().equals("PERSON") && (isOrganizationTaggedAsPerson(article, m, name, surface)
          || isAcronymOfOrganization(article, name)
          || inMixedCaseAcronymPair(article, name))) {
        // "Chelsea", "Labour": a listed club, party or company, not a woman or a man
        addOrganization(organizations, m.span(), name, surface);
        continue;
      }
      Optional<String> firm = OrganizationHeads.organizationOf(article, m, name, surface);
      if (firm.isPresent()) {
        // "Merrill said" in a story about Merrill Lynch: the firm, by its first word
        addOrganization(organizations, m.span(), firm.get(), surface);
        continue;
      }
      if (m.type().equals("PERSON") && !SURNAME_TITLE.matcher(surface).find()
          && isCountryTaggedAsPerson(article, m, name, surface)) {
        Country country = countries.lookup(name).orElseThrow();
        Cluster c = countryClusters.computeIfAbsent(country.iso2(),
            k -> new Cluster(ActorType.COUNTRY, country.name()));
        c.country = country;
        c.add(m.span(), name, m.span().text());
      } else if (m.type().equals("PERSON")) {
        personMentions.add(m);
      } else if (m.type().equals("ORGANIZATION")) {
        Optional<Integer> headed = DefiniteHeads.organizationOf(article.text(), m.span(), name,
            organizations.stream().map(c -> c.label).toList());
        if (headed.isPresent()) {
          organizations.get(headed.get()).add(m.span(), name, surface);  // "the Bank said"
        } else {
          addOrganization(organizations, m.span(), name, surface);
        }
      } else if (organizationNames.lookup(name)
          .filter(o -> o.kind() != OrganizationAliases.Kind.CLUB).isPresent()) {
        // "the White House", "the Kremlin" tagged LOCATION: not a country, so the institution;
        // "Tory" tagged MISC: the party. A club's town ("Liverpool") tagged a place is the town.
        addOrganization(organizations, m.span(), name, surface);
      } else if (m.type().equals("MISC") && actsAsSubject(article, m, name)) {
        // "Christian Aid condemned the move": NER's MISC on a name that acts is an organization
        addOrganization(organizations, m.span(), name, surface);
      }
    }
    for (Span span : IntroducedOrganizations.untagged(article, introduced, firstNames)) {
      // "software maker Opera … Opera said": the name where NER tagged nothing
      addOrganization(organizations, span, span.text(), span.text());
    }
    Set<String> speaking = new LinkedHashSet<>(
        UntaggedNames.speaking(article, countries, firstNames));
    speaking.removeAll(introduced);
    speaking.removeIf(n -> Names.words(n).stream().anyMatch(names::isTitle));
    Map<String, Cluster> tagged = organizationNamesOnly(article, organizations);
    Set<String> sources = new LinkedHashSet<>(speaking);
    sources.addAll(tagged.keySet());
    for (Span span : UntaggedNames.occurrences(article, sources)) {
      Cluster owner = tagged.get(span.text());
      if (owner != null) {
        // "BT's chief executive … according to BT": a name NER tagged elsewhere only (the
        // label stays what the tagged mentions gave)
        owner.nameMentions.add(span);
        continue;
      }
      // "according to Vexa": a source's name NER tagged nowhere (written as an organization's
      // name is, "Politi’fact" for PolitiFact, it is that organization's, whose label stays)
      organizations.stream().filter(c -> Names.slug(c.label).equals(Names.slug(span.text())))
          .findFirst().ifPresentOrElse(c -> c.nameMentions.add(span),
              () -> addOrganization(organizations, span, span.text(), span.text()));
    }
    addInstitutions(article, organizations);
    addParties(article, organizations);
    addUntaggedCountries(article, countryClusters, teams);
    personMentions.addAll(TitledSurnames.find(article, personMentions, names));
    personMentions.addAll(FirstNamedSurnames.find(article, personMentions, names, firstNames));
    personMentions.addAll(SourceSurnames.find(article, personMentions, names));
    clusterPeople(article, personMentions, people);
    tieToCountries(article.text(), people, countryClusters.values());

    List<Cluster> all = new ArrayList<>(people);
    all.addAll(organizations);
    all.addAll(countryClusters.values());
    attachCoreference(article.chains(), all);
    List<Actor> actors = new ArrayList<>(all.stream().map(Cluster::toActor).toList());
    governments.find(article, actors).ifPresent(actors::add);
    ArticleEntities entities = pronouns.link(article, new ArticleEntities(actors));
    return entities.withRoles(roles.find(article, entities));
  }

  /**
   * The article's NER mentions, with a place NER cut off the front of a listed organization's
   * name joined back to it ("UK" LOCATION + "Independence Party" ORGANIZATION is the UK
   * Independence Party, no mention of the country), and a body's place of work joined on after
   * it (see {@link #placeOfBody}).
   */
  private List<EntityMention> joinListedNames(AnnotatedArticle article) {
    String text = article.text();
    Map<Integer, EntityMention> organizationAt = new HashMap<>();
    Map<Integer, EntityMention> placeAt = new HashMap<>();
    for (EntityMention m : article.entities()) {
      if (m.type().equals("ORGANIZATION")) {
        organizationAt.put(m.span().begin(), m);
      } else if (PLACE_TYPES.contains(m.type()) && !m.type().equals("NATIONALITY")
          && !m.type().equals("MISC")) {
        placeAt.put(m.span().begin(), m);
      }
    }
    Map<EntityMention, EntityMention> joinedAt = new HashMap<>();
    for (EntityMention m : article.entities()) {
      EntityMention place = placeOfBody(text, m, placeAt);
      if (place != null && !joinedAt.containsKey(place)) {
        Span joined = new Span(m.span().begin(), place.span().end(),
            text.substring(m.span().begin(), place.span().end()));
        joinedAt.put(m, new EntityMention(joined, "ORGANIZATION", m.sentence(), m.corefChain()));
        joinedAt.put(place, null);
      }
    }
    for (EntityMention m : article.entities()) {
      if (joinedAt.containsKey(m)) {
        continue;
      }
      EntityMention next = organizationAt.get(m.span().end() + 1);
      if (next != null && !joinedAt.containsKey(next) && PLACE_TYPES.contains(m.type())
          && text.charAt(m.span().end()) == ' ') {
        Span joined = new Span(m.span().begin(), next.span().end(),
            text.substring(m.span().begin(), next.span().end()));
        if (organizationNames.fullName(joined.text()).isPresent()) {
          joinedAt.put(m, new EntityMention(joined, "ORGANIZATION", next.sentence(),
              next.corefChain()));
          joinedAt.put(next, null);
        }
      }
    }
    List<EntityMention> out = new ArrayList<>();
    for (EntityMention m : article.entities()) {
      if (!joinedAt.containsKey(m)) {
        out.addAll(splitAtHeadlineVerb(text, withBoundWordJoined(article, m)));
      } else if (joinedAt.get(m) != null) {
        out.add(joinedAt.get(m));
      }
    }
    return out;
  }

  /** Last words of a body's name that a place it serves may follow ("Council of Scotland"). */
  private static final Set<String> BODY_HEADS = ImmutableSet.of("Council", "Commission",
      "Association", "Institute", "Society", "Federation", "Confederation", "Forum", "Board",
      "Authority", "Agency", "Foundation", "Trust", "Centre", "Center", "Committee", "Chamber",
      "League", "Union", "Alliance", "Assembly", "Congress", "Conference", "Church", "Bank",
      "University", "College", "Museum", "Organisation", "Organization", "Network",
      "Coalition", "Party");
  /** Between a body's name and its place: " of ", " for the ". */
  private static final Pattern OF_PLACE = Pattern.compile("^ (?:of|for) (?:the )?");
  /** What may follow a place that ends a name: not more of a longer name or a list. */
  private static final Pattern AFTER_PLACE =
      Pattern.compile("^(?:\\s+(?:and|&)\\s+\\p{Lu}|[-\\p{L}])");

  /**
   * "The Sikh Council of Scotland", "the Funding Council for Wales": the tagger may end a
   * body's name at its head noun and tag the place it serves apart; the place named right
   * after " of " or " for " is then part of the name (a place mention of its own, or null).
   * A place a list goes on from ("for England and Wales") is left as it is.
   */
  private static EntityMention placeOfBody(String text, EntityMention m,
                                           Map<Integer, EntityMention> placeAt) {
    if (!m.type().equals("ORGANIZATION")) {
      return null;
    }
    String name = m.span().text();
    String last = name.substring(name.lastIndexOf(' ') + 1);
    if (!BODY_HEADS.contains(last)) {
      return null;
    }
    Matcher of = OF_PLACE.matcher(text.substring(m.span().end(),
        Math.min(text.length(), m.span().end() + 9)));
    EntityMention place = of.find() ? placeAt.get(m.span().end() + of.end()) : null;
    if (place == null || AFTER_PLACE.matcher(text.substring(place.span().end(),
        Math.min(text.length(), place.span().end() + 8))).find()) {
      return null;
    }
    return place;
  }

  /** Abbreviations that end a name and name nothing alone ("Downing St", "Smith & Co"). */
  private static final Set<String> BOUND_ENDINGS = ImmutableSet.of("St", "St.", "Co", "Co.",
      "Inc", "Inc.", "Ltd", "Ltd.", "Corp", "Corp.", "plc", "Plc", "Bros", "Bros.");
  /** A capitalised word right before a mention, one space apart. */
  private static final Pattern WORD_BEFORE = Pattern.compile("\\p{Lu}[\\p{L}'&-]*$");

  /**
   * "Downing St said": the tagger may tag the abbreviation that ends a name and leave the word
   * before it out; the mention takes that word back, when no other mention has it.
   */
  private static EntityMention withBoundWordJoined(AnnotatedArticle article, EntityMention m) {
    String text = article.text();
    int begin = m.span().begin();
    if (!BOUND_ENDINGS.contains(m.span().text()) || begin < 2 || text.charAt(begin - 1) != ' ') {
      return m;
    }
    Matcher before = WORD_BEFORE.matcher(text.substring(Math.max(0, begin - 41), begin - 1));
    if (!before.find()) {
      return m;
    }
    int start = begin - 1 - (before.end() - before.start());
    Span joined = new Span(start, m.span().end(), text.substring(start, m.span().end()));
    boolean taken = article.entities().stream()
        .anyMatch(e -> e != m && e.span().overlaps(joined));
    return taken ? m : new EntityMention(joined, m.type(), m.sentence(), m.corefChain());
  }

  /** Verbs of headlines, capitalised in title case, that NER takes into a name around them. */
  private static final Set<String> HEADLINE_VERBS = ImmutableSet.of("Calls", "Says", "Tells",
      "Slams", "Blasts", "Rips", "Urges", "Accuses", "Praises", "Warns", "Claims", "Denies",
      "Defends", "Attacks", "Mocks", "Backs", "Endorses", "Questions", "Admits", "Vows", "Asks",
      "Thanks", "Meets", "Visits", "Hits", "Dubs", "Labels", "Brands", "Confirms");

  /**
   * "Chris Christie Calls Hillary Clinton ‘A Disgrace’": in a title-case headline NER may take
   * two names and the verb between them for one person; each side of such a verb is a name of
   * its own (the verb's subject, then its object).
   */
  private static List<EntityMention> splitAtHeadlineVerb(String text, EntityMention m) {
    if (!m.type().equals("PERSON")) {
      return List.of(m);
    }
    String words = m.span().text();
    int firstSpace = words.indexOf(' ');
    if (firstSpace < 0 || words.indexOf(' ', firstSpace + 1) < 0) {
      // a verb between two names needs two spaces
      return List.of(m);
    }
    int at = -1;
    for (String verb : HEADLINE_VERBS) {
      int i = words.indexOf(" " + verb + " ");
      if (i > 0) {
        at = i;
        break;
      }
    }
    if (at < 0) {
      return List.of(m);
    }
    int verbEnd = words.indexOf(' ', at + 1);
    int begin = m.span().begin();
    Span before = new Span(begin, begin + at, text.substring(begin, begin + at));
    int afterBegin = begin + verbEnd + 1;
    Span after = new Span(afterBegin, m.span().end(), text.substring(afterBegin, m.span().end()));
    // the chain CoreNLP gave the whole is the subject's: the object is another person
    return List.of(new EntityMention(before, m.type(), m.sentence(), m.corefChain()),
        new EntityMention(after, m.type(), m.sentence(), -1));
  }

  /**
   * A person's country, where the text ties the name to one: "French President Anne Moreau",
   * "Norway's foreign minister, Erik Dahl" (country, then a title ending in a title word, then
   * the name), or "Anne Moreau of France", "Erik Dahl, the foreign minister of Norway".
   */
  private void tieToCountries(String text, List<Cluster> people,
                              java.util.Collection<Cluster> countryClusters) {
    for (Cluster person : people) {
      for (Span n : person.nameMentions) {
        if (person.country != null) {
          break;
        }
        for (Cluster c : countryClusters) {
          for (Span cm : c.nameMentions) {
            if ((cm.end() <= n.begin() && n.begin() - cm.end() <= 40
                && titleBetween(text.substring(cm.end(), n.begin())))
                || (cm.begin() >= n.end() && cm.begin() - n.end() <= 40
                && OF_COUNTRY.matcher(text.substring(n.end(), cm.begin())).matches())) {
              person.country = c.country;
            }
          }
        }
      }
    }
  }

  /** "’s foreign minister, " or " President ": a title, maybe with a possessive before it. */
  private boolean titleBetween(String between) {
    String s = between.replaceFirst("^(?:’s|'s)", "").replace(",", " ").strip();
    List<String> words = Names.words(s);
    return !words.isEmpty() && words.size() <= 4 && !s.isEmpty()
        && words.stream().allMatch(w -> w.chars().allMatch(Character::isLetter)
            && !LINK_WORDS.contains(w.toLowerCase(Locale.ROOT))
            && (names.isTitle(w) || w.equals(w.toLowerCase(Locale.ROOT))))
        && names.isTitle(words.get(words.size() - 1))
        && Character.isWhitespace(between.charAt(between.length() - 1));
  }

  /**
   * CoreNLP's NER knows "Kyiv" poorly and calls it a person ("officials in Kyiv"): a one-word
   * PERSON mention without a title that the country table knows is the country, unless the
   * article names someone in full with that word ("Israel Katz", "Denzel Washington").
   */
  private boolean isCountryTaggedAsPerson(AnnotatedArticle article, EntityMention m, String name,
                                          String surface) {
    if (Names.words(name).size() != 1 || !surface.equals(m.span().text())
        || countries.lookup(name).isEmpty()) {
      return false;
    }
    String word = Names.slug(name);
    return article.entities().stream()
        .filter(e -> e.type().equals("PERSON"))
        .map(e -> nameWords(names.clean(e.span().text())))
        .noneMatch(w -> w.size() >= 2 && (w.get(0).equals(word)
            || w.get(w.size() - 1).equals(word)));
  }

  /**
   * What goes before a constituency's name, which NER may take for a person's, also the second
   * of two places ("MP for Sittingbourne and Sheppey").
   */
  private static final Pattern CONSTITUENCY_BEFORE = Pattern.compile(
      "\\b(?:(?:MP|MPs|MSP|MEP|AM|member) for|seat of|constituency of)\\s+"
          + "(?:(?:\\p{Lu}[\\p{L}'-]*\\s+){1,3}and\\s+)?$");

  /** A constituency's words right before the span ("the MP for", "the seat of"). */
  private static boolean seatBefore(String text, Span span) {
    return CONSTITUENCY_BEFORE.matcher(text.substring(Math.max(0, span.begin() - 40),
        span.begin())).find();
  }

  /**
   * "… to contest the seat of Erewash. … Until 1997, Erewash had been held by the Tories": a
   * one-word name the article gives as a seat is a place wherever the tagger took it for a
   * person, unless a title or a first name makes it someone's surname ("Mr Erewash", "Anna
   * Erewash").
   */
  private static boolean isSeatTaggedAsPerson(AnnotatedArticle article, EntityMention m,
                                              Set<String> seats) {
    return seats.contains(m.span().text().strip()) && !TITLED_BEFORE.matcher(article.text()
        .substring(Math.max(0, m.span().begin() - 6), m.span().begin())).find();
  }

  /**
   * The one-word names the article gives as seats ("the seat of Erewash"), less the last words
   * of the people it names in full: read once per article.
   */
  private static Set<String> seatNames(AnnotatedArticle article) {
    Set<String> seats = new HashSet<>();
    Set<String> surnames = new HashSet<>();
    for (EntityMention m : article.entities()) {
      String text = m.span().text().strip();
      int space = text.lastIndexOf(' ');
      if (space < 0 && seatBefore(article.text(), m.span())) {
        seats.add(text);
      } else if (space >= 0 && m.type().equals("PERSON")) {
        surnames.add(text.substring(space + 1));
      }
    }
    seats.removeAll(surnames);
    return seats;
  }

  /** A title right before a name ("Mr ", "Dr. "). */
  private static final Pattern TITLED_BEFORE = Pattern.compile(
      "\\b(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lord|Lady)\\.?\\s+$");
  /** A bill's or a law's last word right after a name NER cut short. */
  private static final Pattern BILL_AFTER = Pattern.compile(" (?:Bill|Act)\\b");
  /** "X Bill", "X Act": a law or a bill, which NER now and then tags as a person. */
  private static final Pattern LEGISLATION = Pattern.compile("\\S.*\\s(?:Bill|Act)");
  /** Two capitalized words before a lone "Bill" ("the Crossrail Link Bill"): its name. */
  private static final Pattern THE_BEFORE = Pattern.compile("(?:^|\\s)the\\s+$");
  private static final Pattern NAMED_BEFORE = Pattern.compile(
      "\\p{Lu}[\\p{L}-]*\\s+\\p{Lu}[\\p{L}-]*\\s+$|\\p{Ll}[\\p{L}-]*\\s+\\p{Lu}[\\p{L}-]*\\s+$");

  /**
   * The mention names a bill or an act: "X Bill" as one mention, a lone "Bill"/"Act" that
   * ends a capitalized name NER cut short ("the Crossrail Link Bill", "the Harbour Act"), the
   * word before it no sentence's first, or one after "the" ("the Bill was amended").
   */
  private static boolean isLegislation(String text, Span span, String name) {
    if (LEGISLATION.matcher(name).matches()) {
      return true;
    }
    if (!name.equals("Bill") && !name.equals("Act")) {
      return false;
    }
    String before = text.substring(Math.max(0, span.begin() - 60), span.begin());
    return NAMED_BEFORE.matcher(before).find() || THE_BEFORE.matcher(before).find();
  }

  /**
   * A PERSON mention that is a listed organization's name ("Chelsea", "Labour", "Tories"): an
   * organization, unless a title goes before it or the article names someone in full with
   * that word ("Chelsea Clinton").
   */
  private boolean isOrganizationTaggedAsPerson(AnnotatedArticle article, EntityMention m,
                                               String name, String surface) {
    if (!surface.equals(m.span().text()) || organizationNames.lookup(name).isEmpty()) {
      return false;
    }
    List<String> words = nameWords(name);
    if (words.size() != 1) {
      return true;
    }
    String word = words.get(0);
    return article.entities().stream()
        .filter(e -> e.type().equals("PERSON") && e != m)
        .map(e -> nameWords(names.clean(e.span().text())))
        .noneMatch(w -> w.size() >= 2 && w.contains(word));
  }

  /**
   * A PERSON mention of two words or more whose last word says what line of business it is in
   * ("Bernard Software", "Nordhavn Airlines"), with the capitalized word before it that NER
   * left out and the parser made part of the name ("Saint"); null for any other mention.
   */
  private static Span firmTaggedAsPerson(AnnotatedArticle article, EntityMention m) {
    String[] words = m.span().text().strip().split("\\s+");
    String last = words[words.length - 1];
    if (words.length < 2 || !Character.isUpperCase(last.charAt(0))
        || !OrganizationHeads.BUSINESS_WORDS.contains(last.toLowerCase(Locale.ROOT))) {
      return null;
    }
    Sentence sentence = article.sentenceAt(m.span().begin());
    int first = sentence == null ? -1 : sentence.tokenAt(m.span().begin());
    int end = sentence == null ? -1 : sentence.tokenAt(m.span().end() - 1);
    if (first > 1) {
      Token before = sentence.tokens().get(first - 1);
      if (before.pos().equals("NNP") && "O".equals(before.ner())
          && before.head() >= first && before.head() <= end) {
        return new Span(before.begin(), m.span().end(),
            article.text().substring(before.begin(), m.span().end()));
      }
    }
    return m.span();
  }

  /**
   * A one-word PERSON mention that is the acronym of an organization the article names ("DrKW
   * said" after "Dresdner Kleinwort Wasserstein"): NER takes the capitals for a name.
   */
  private static boolean isAcronymOfOrganization(AnnotatedArticle article, String name) {
    if (name.contains(" ")) {
      return false;
    }
    return article.entities().stream().filter(e -> e.type().equals("ORGANIZATION"))
        .anyMatch(e -> isAcronymOf(name, e.span().text()));
  }

  /**
   * A PERSON mention in a pair NER tagged both as persons, one word the mixed-case acronym of
   * the other's words ("Dresdner Kleinwort Wasserstein" … "DrKW said"): people are not known
   * by such acronyms (all capitals, "JFK", stay a person's), so both name an organization.
   */
  private static boolean inMixedCaseAcronymPair(AnnotatedArticle article, String name) {
    List<String> persons = article.entities().stream().filter(e -> e.type().equals("PERSON"))
        .map(e -> e.span().text()).toList();
    if (!name.contains(" ")) {
      return !name.equals(name.toUpperCase(Locale.ROOT)) && persons.stream()
          .anyMatch(p -> p.contains(" ") && isMixedCaseAcronymOf(name, p));
    }
    return persons.stream().anyMatch(p -> !p.contains(" ")
        && !p.equals(p.toUpperCase(Locale.ROOT)) && isMixedCaseAcronymOf(p, name));
  }

  private static final Pattern LEADING_LINK_WORD = Pattern.compile("(\\p{L}+) ");
  /** Words that start a sentence before a name ("In Kyiv", "But Moscow"), never part of it. */
  private static final Set<String> LEADING_WORDS = ImmutableSet.<String>builder()
      .addAll(LINK_WORDS).add("then", "so", "yet", "if", "when", "of", "the", "meanwhile")
      .build();

  /** A capitalized word, or several in a row: a name NER may have left untagged. */
  private static final Pattern CAPITALIZED_RUN = Pattern.compile(
      "(?<![\\p{L}\\p{N}.])\\p{Lu}[\\p{L}\\p{M}-]*(?: \\p{Lu}[\\p{L}\\p{M}-]*)*(?![\\p{L}\\p{N}])");

  /**
   * Country names NER left untagged ("“Kyiv has asked us twice,” he said": CoreNLP tags
   * nothing there): a run of capitalized words that is exactly a form of the country table and
   * that no NER mention touches. Upper-case-only runs are left alone ("LET US IN").
   */
  private void addUntaggedCountries(AnnotatedArticle article, Map<String, Cluster> clusters,
                                    Set<String> teams) {
    Matcher m = CAPITALIZED_RUN.matcher(article.text());
    while (m.find()) {
      // "In Kyiv, …", "But Moscow …": a capitalized word that starts a sentence is no name
      int begin = m.start();
      Matcher lead = LEADING_LINK_WORD.matcher(m.group());
      while (lead.lookingAt() && LEADING_WORDS.contains(lead.group(1).toLowerCase(Locale.ROOT))) {
        begin = m.start() + lead.end();
        lead.region(lead.end(), lead.regionEnd());
      }
      String form = article.text().substring(begin, m.end());
      Span span = new Span(begin, m.end(), form);
      if (form.isEmpty() || form.chars().noneMatch(Character::isLowerCase)
          || article.entities().stream().anyMatch(e -> e.span().overlaps(span))) {
        continue;
      }
      Optional<Country> country = countries.lookup(form);
      if (country.isPresent() && !teams.contains(form)) {
        Cluster c = clusters.computeIfAbsent(country.get().iso2(),
            k -> new Cluster(ActorType.COUNTRY, country.get().name()));
        c.country = country.get();
        c.add(span, form, form);
      }
    }
  }

  /**
   * A name of two or more capitalized words that heads the subject of a verb: something that
   * acts, so a body of people, not a nationality, an event or a title of a work as NER's MISC
   * mostly is.
   */
  private static boolean actsAsSubject(AnnotatedArticle article, EntityMention m, String name) {
    List<String> words = Names.words(name);
    if (words.size() < 2 || words.stream().anyMatch(w -> !Character.isUpperCase(w.charAt(0)))) {
      return false;
    }
    Sentence s = article.sentenceAt(m.span().begin());
    int last = s == null ? -1 : s.tokenAt(m.span().end() - 1);
    if (last < 0) {
      return false;
    }
    Token t = s.tokens().get(last);
    return t.deprel().equals("nsubj") && t.head() >= 0
        && s.tokens().get(t.head()).pos().startsWith("VB");
  }

  private boolean isCountryName(String name) {
    // an ORGANIZATION tag on "U.S." or "Britain" is NER noise; on "Ukrainian Railways" it is not
    return countries.lookup(name).map(c -> Names.words(name).size() <= 3).orElse(false)
        && Character.isUpperCase(name.charAt(0));
  }

  /** A name has a capital letter and is not a bare pronoun. */
  private static boolean looksLikeName(String text, Span span, String name) {
    if (name.isEmpty() || name.chars().noneMatch(Character::isUpperCase)) {
      return false;
    }
    return !Pronouns.ALL.contains(name.toLowerCase(Locale.ROOT)) || acronym(text, span, name);
  }

  /**
   * "the US" is the country, not the pronoun "us": a word of capitals only, in text that is
   * not itself in capitals ("LET US IN").
   */
  private static boolean acronym(String text, Span span, String name) {
    if (name.length() < 2 || !name.equals(name.toUpperCase(Locale.ROOT))) {
      return false;
    }
    int from = Math.max(0, span.begin() - 20);
    int to = Math.min(text.length(), span.end() + 20);
    String around = text.substring(from, span.begin()) + text.substring(span.end(), to);
    return around.chars().anyMatch(Character::isLowerCase);
  }

  /** The mention with a title just before it ("Mr. Zelensky"), as a surface form. */
  private String withTitle(AnnotatedArticle article, Span span) {
    String text = article.text();
    int start = span.begin();
    int wordEnd = start - 1;
    while (wordEnd > 0 && text.charAt(wordEnd) == ' ') {
      wordEnd--;
    }
    int wordBegin = wordEnd;
    while (wordBegin > 0 && !Character.isWhitespace(text.charAt(wordBegin - 1))) {
      wordBegin--;
    }
    if (wordEnd > wordBegin && wordEnd < start) {
      String previous = text.substring(wordBegin, wordEnd + 1);
      if (Character.isUpperCase(previous.charAt(0)) && names.isTitle(previous)) {
        return previous + " " + span.text();
      }
    }
    return span.text();
  }

  /**
   * {@code word} is the given name of the two-word name {@code label}, which it opens: a
   * known first name followed by a surname ("Howard Flight"), not a family name before a given
   * one ("Kim Min-jun").
   */
  private boolean givenNameFirst(List<String> label, String word) {
    return label.size() == 2 && label.get(0).equals(word) && !label.get(1).contains("-")
        && firstNames.genderOf(word) != Actor.Gender.UNKNOWN;
  }

  /** Styles that go with the given name alone: "Sir Alex", "Dame Judi" ("Lord" takes a title). */
  private static final Set<String> GIVEN_NAME_STYLES = ImmutableSet.of("sir", "dame");

  /**
   * "Sir John" after "Sir John Stevens": British news calls a knight or a dame by style and
   * given name, so the short form is the person the article named in full with that style (not
   * any John of the story: the full name must have been written with the style).
   */
  private static boolean knightsGivenName(List<String> mention, Cluster c, List<String> label) {
    if (mention.size() != 2 || !GIVEN_NAME_STYLES.contains(mention.get(0)) || label.size() < 2
        || !label.get(0).equals(mention.get(1))) {
      return false;
    }
    for (String surface : c.surfaces) {
      List<String> words = nameWords(surface);
      if (words.size() >= 3 && words.get(0).equals(mention.get(0))
          && words.get(1).equals(mention.get(1))) {
        return true;
      }
    }
    return false;
  }

  /** The article names the person with "Sir" or "Dame" before the name. */
  private static boolean knighted(Cluster c) {
    for (String surface : c.surfaces) {
      List<String> words = nameWords(surface);
      if (words.size() >= 2 && GIVEN_NAME_STYLES.contains(words.get(0))) {
        return true;
      }
    }
    return false;
  }

  /** Titles that go with a surname alone: "Mr Howard" is never a Howard's first name. */
  private static final Pattern SURNAME_TITLE = Pattern.compile(
      "^(?:Mr|Mrs|Ms|Miss|Dr|Mister)\\.?\\s");
  /** The styles of a peer, which take a title of a place or a surname ("Lord Strathclyde"). */
  private static final Pattern PEER_STYLE = Pattern.compile("^(?:Lord|Lady|Baroness|Baron)\\s");

  private void clusterPeople(AnnotatedArticle article, List<EntityMention> mentions,
                             List<Cluster> people) {
    // words used alone after a title ("Mr. Kim"): surnames; "Michael" alone is a first name
    Set<String> surnames = new HashSet<>();
    for (EntityMention m : mentions) {
      List<String> words = Names.words(names.clean(m.span().text()));
      if (words.size() == 1 && !withTitle(article, m.span()).equals(m.span().text())) {
        surnames.add(Names.slug(words.get(0)));
      }
    }
    // Longest names first, so that "Mr. Kim" can choose among the full names already known.
    // Each mention's name is worked out once, not again in every comparison of the sort.
    record Named(EntityMention m, String surface, String name, int words) {}
    List<Named> ordered = new ArrayList<>();
    for (EntityMention m : mentions) {
      String surface = withTitle(article, m.span());
      String name = names.personName(surface, names.clean(m.span().text()));
      ordered.add(new Named(m, surface, name, Names.words(name).size()));
    }
    ordered.sort(Comparator.comparingInt((Named n) -> -n.words())
        .thenComparingInt(n -> n.m().span().begin()));
    // the compared words of each label, kept while the label stays the same
    Map<String, List<String>> labelWords = new HashMap<>();
    for (Named named : ordered) {
      EntityMention m = named.m();
      String surface = named.surface();
      String name = named.name();
      List<String> words0 = nameWords(name);
      // "Mr Howard" is a surname: not the Howard of "Howard Flight"
      boolean surnameByTitle = words0.size() == 1 && SURNAME_TITLE.matcher(surface).find();
      List<Cluster> candidates = people.stream()
          .filter(c -> {
            List<String> label = labelWords.computeIfAbsent(c.label,
                MentionClusterResolver::nameWords);
            return (sameName(words0, label) || knightsGivenName(words0, c, label))
                && !styleConflict(name, c.label)
                && !(surnameByTitle && givenNameFirst(label, words0.get(0)));
          }).toList();
      if (surnameByTitle && candidates.size() > 1) {
        // "Mr Blair" with Sir Ian Blair and Tony Blair in the story: a knight is "Sir Ian"
        List<Cluster> plain = candidates.stream().filter(c -> !knighted(c)).toList();
        if (!plain.isEmpty()) {
          candidates = plain;
        }
      }
      Cluster target = choosePerson(candidates, m, titleGender(surface, name));
      if (target == null) {
        target = new Cluster(ActorType.PERSON, name);
        people.add(target);
      }
      target.add(m.span(), name, surface);
      if (m.corefChain() >= 0) {
        target.chains.add(m.corefChain());
      }
      // the first name votes for the gender, as a title does: without it a "he" could not
      // choose between a President Marco Delgado and a President Ana Ruiz; not a word the
      // article uses alone as a surname ("Kim Min-jun" … "Mr. Kim": family name first)
      List<String> words = Names.words(name);
      boolean firstIsSurname = words.size() >= 2 && surnames.contains(Names.slug(words.get(0)));
      switch (words.size() >= 2 && !firstIsSurname ? firstNames.genderOf(words.get(0))
          : Actor.Gender.UNKNOWN) {
        case MALE -> {
          target.maleNames++;
          target.male++;
        }
        case FEMALE -> {
          target.femaleNames++;
          target.female++;
        }
        default -> { }
      }
    }
  }

  /**
   * Which of the people a name can be ("Mr. Kim" with Jonas Kim and Sara Kim in the story) the
   * mention is: one whose gender does not contradict its title, then the one coreference puts
   * in the same chain, then the one named last before it. One candidate is taken as it is.
   */
  private static Cluster choosePerson(List<Cluster> candidates, EntityMention m,
                                      Actor.Gender title) {
    if (candidates.size() > 1 && title != Actor.Gender.UNKNOWN) {
      List<Cluster> fitting = candidates.stream()
          .filter(c -> title == Actor.Gender.MALE ? c.femaleNames <= c.maleNames
              : c.maleNames <= c.femaleNames)
          .toList();
      if (fitting.isEmpty() && candidates.stream().allMatch(c -> contradicts(c, title))) {
        return null;  // "Mr. Okafor" when only Ms. Grace Okafor is named: someone else
      }
      if (!fitting.isEmpty()) {
        candidates = fitting;
      }
    } else if (candidates.size() == 1 && contradicts(candidates.get(0), title)) {
      return null;
    }
    if (candidates.size() > 1 && m.corefChain() >= 0) {
      List<Cluster> linked = candidates.stream()
          .filter(c -> c.chains.contains(m.corefChain())).toList();
      if (linked.size() == 1) {
        return linked.get(0);
      }
    }
    Cluster target = null;
    int bestDistance = Integer.MAX_VALUE;
    for (Cluster c : candidates) {
      int distance = distance(c, m.span());
      if (distance < bestDistance) {
        bestDistance = distance;
        target = c;
      }
    }
    return target;
  }

  /**
   * The person is surely of the other gender than the title says: the first-name list says so
   * and nothing for the title's gender ("Mrs Howard" is not Michael Howard, whose wife the
   * article names too).
   */
  private static boolean contradicts(Cluster c, Actor.Gender title) {
    return title == Actor.Gender.MALE ? c.femaleNames >= 1 && c.maleNames == 0
        : title == Actor.Gender.FEMALE && c.maleNames >= 1 && c.femaleNames == 0;
  }

  /** "Mr." before a surname says male, "Ms." female; a full name or no title says nothing. */
  private static Actor.Gender titleGender(String surface, String name) {
    if (surface.equals(name) || Names.words(name).size() > 1) {
      return Actor.Gender.UNKNOWN;
    }
    String title = surface.split(" ")[0].toLowerCase(Locale.ROOT);
    return title.equals("mr") || title.equals("mr.") ? Actor.Gender.MALE
        : MISS_TITLE.matcher(title).matches() ? Actor.Gender.FEMALE : Actor.Gender.UNKNOWN;
  }

  /**
   * How far a mention is from a cluster's names: a mention after a name is preferred (a surname
   * refers back to the full name introduced before it), so later-introduced names count more.
   */
  private static int distance(Cluster c, Span mention) {
    int best = Integer.MAX_VALUE;
    for (Span s : c.nameMentions) {
      int d = s.begin() <= mention.begin() ? mention.begin() - s.begin()
          : 1_000_000 + s.begin() - mention.begin();
      best = Math.min(best, d);
    }
    return best;
  }

  /** "Zelensky" ~ "Volodymyr Zelensky"; "Sergey Lavrov" ~ "Sergey V. Lavrov"; "Itay" ~ "Itay Chen". */
  static boolean sameName(String mention, String label) {
    return sameName(nameWords(mention), nameWords(label));
  }

  /** {@link #sameName(String, String)} of the names' {@link #nameWords}. */
  private static boolean sameName(List<String> a, List<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return false;
    }
    if (a.equals(b)) {
      return true;
    }
    if (a.size() < b.size() && b.subList(b.size() - a.size(), b.size()).equals(a)) {
      return true;
    }
    if (a.size() >= 2 && b.size() >= 2 && a.get(0).equals(b.get(0))
        && a.get(a.size() - 1).equals(b.get(b.size() - 1))) {
      return true;
    }
    return a.size() == 1 && b.size() >= 2 && a.get(0).equals(b.get(0));
  }

  /**
   * A styled name ("Prince Charles", "Sir Alex") and another name share a word only by chance
   * unless the other is the same styled name, the name alone ("Charles") or a full name that
   * starts with the given name ("Charles Windsor" for "Prince Charles"): never a full name
   * that ends with it ("Ray Charles").
   */
  private boolean styleConflict(String mention, String label) {
    boolean styledMention = names.isStyled(mention);
    boolean styledLabel = names.isStyled(label);
    if (styledMention == styledLabel) {
      return false;
    }
    List<String> styled = nameWords(styledMention ? mention : label);
    List<String> other = nameWords(styledMention ? label : mention);
    return other.size() >= 2 && !other.get(0).equals(styled.get(1));
  }

  /**
   * Words of a name, compared without case, accents or dots, and without a generational
   * suffix ("Charles Evans Jr" is [charles, evans]); "Hung-wei" stays one word.
   */
  private static List<String> nameWords(String name) {
    List<String> words = new ArrayList<>();
    for (String w : Names.withoutSuffix(Names.words(name))) {
      String slug = Names.slug(w);
      if (!slug.equals("unnamed")) {
        words.add(slug);
      }
    }
    return words;
  }

  /**
   * The names of the organizations found so far, as written, each with its organization; a
   * name two organizations or a mention of another type have is left out.
   */
  private Map<String, Cluster> organizationNamesOnly(AnnotatedArticle article,
                                                     List<Cluster> organizations) {
    Map<String, Cluster> out = new HashMap<>();
    Set<String> shared = new HashSet<>();
    for (Cluster c : organizations) {
      for (Span m : c.nameMentions) {
        String name = m.text().strip();
        if (name.length() < 2 || !Character.isUpperCase(name.charAt(0))
            || Names.words(name).stream().anyMatch(names::isTitle)) {
          // ("Finance Minister" tagged an organization is a title, not a body)
          continue;
        }
        if (out.putIfAbsent(name, c) != null && out.get(name) != c) {
          shared.add(name);
        }
      }
    }
    article.entities().stream().filter(e -> !e.type().equals("ORGANIZATION"))
        .forEach(e -> shared.add(e.span().text().strip()));
    out.keySet().removeAll(shared);
    return out;
  }

  private void addOrganization(List<Cluster> organizations, Span span, String name,
                               String surface) {
    // a listed organization is known by its full name, in this article and every other
    Optional<String> listed = organizationNames.fullName(name);
    String key = Names.slug(listed.orElse(name));
    for (Cluster c : organizations) {
      boolean sameListed = c.listedName && listed.isPresent();
      if (Names.slug(c.label).equals(key)
          || !sameListed && (isAcronymOf(name, c.label) || isAcronymOf(c.label, name))) {
        if (listed.isPresent() && !c.listedName) {
          c.label = listed.get();
          c.listedName = true;
        }
        c.add(span, name, surface);
        return;
      }
    }
    Cluster c = new Cluster(ActorType.ORGANIZATION, listed.orElse(name));
    c.listedName = listed.isPresent();
    c.add(span, name, surface);
    organizations.add(c);
  }

  /**
   * "The Kremlin said", "the White House": an institution named by its seat is an organization
   * wherever NER tagged nothing there, written capitalized as a name.
   */
  private void addInstitutions(AnnotatedArticle article, List<Cluster> organizations) {
    String text = article.text();
    // one pass folds the text; a name not in it is not searched for (a pattern per name,
    // each scanning the whole text, was a tenth of the stage)
    String folded = folded(text);
    for (int i = 0; i < institutions.size(); i++) {
      String name = institutionFolds.get(i);
      if (name != null && !folded.contains(name)) {
        continue;
      }
      Matcher m = institutions.get(i).matcher(text);
      while (m.find()) {
        Span span = new Span(m.start(), m.end(), m.group());
        boolean tagged = article.entities().stream().anyMatch(e -> e.span().overlaps(span));
        if (!tagged && Character.isUpperCase(m.group().charAt(0))) {
          addOrganization(organizations, span, m.group(), m.group());
        }
      }
    }
  }

  /**
   * "The Tories say …", "according to the Lib Dems": a party's form NER left untagged is the
   * party, as a clause's subject or a source (not a word of a subject, "Labour costs rose"),
   * outside quotations, whose words are no one's speaker. A party only mentioned, or owning
   * ("the Tories' plans"), is left as NER left it: it would be one more candidate speaker for
   * every quotation near it.
   */
  private void addParties(AnnotatedArticle article, List<Cluster> organizations) {
    String text = article.text();
    List<Span> found = new ArrayList<>();
    List<String> forms = organizationNames.parties();
    for (int i = 0; i < parties.size(); i++) {
      if (!text.contains(forms.get(i))) {
        continue;  // (most texts hold few of the forms: the pattern runs only where one is)
      }
      Matcher m = parties.get(i).matcher(text);
      while (m.find()) {
        found.add(new Span(m.start(), m.end(), m.group()));
      }
    }
    // the longest form first: "Liberal Democrats", not its "Democrats"
    found.sort(Comparator.comparingInt((Span f) -> f.begin() - f.end()));
    List<Span> taken = new ArrayList<>();
    for (Span span : found) {
      Sentence sentence = article.sentenceAt(span.begin());
      boolean possessive = span.end() < text.length()
          && "'’".indexOf(text.charAt(span.end())) >= 0;
      if (sentence != null && !possessive && !article.insideQuote(span)
          && actsAsSource(sentence, span)
          && taken.stream().noneMatch(t -> t.overlaps(span))
          && article.entities().stream().noneMatch(e -> e.span().overlaps(span))) {
        taken.add(span);
        addOrganization(organizations, span, span.text(), span.text());
      }
    }
  }

  /**
   * The words at {@code span} are a clause's subject (or a conjunct of one: "the Tories and
   * the Lib Dems say") or the source of "according to".
   */
  private static boolean actsAsSource(Sentence sentence, Span span) {
    int i = sentence.tokenAt(span.end() - 1);
    if (i < 0) {
      return false;
    }
    Token t = sentence.tokens().get(i);
    while (t.deprel().equals("conj") && t.head() >= 0) {
      t = sentence.tokens().get(t.head());
    }
    return t.deprel().startsWith("nsubj") || "according".equals(
        sentence.dependents(t.index()).stream().filter(d -> d.deprel().equals("case"))
            .map(d -> d.word().toLowerCase(Locale.ROOT)).findFirst().orElse(null));
  }

  /**
   * "E.U." / "EU" is the acronym of "European Union"; "DrKW" of "Dresdner Kleinwort
   * Wasserstein" (a capital and its lower-case letters begin one word each).
   */
  static boolean isAcronymOf(String acronym, String name) {
    String letters = acronym.replace(".", "").replace(" ", "");
    if (letters.length() < 2 || letters.length() > 6) {
      return false;
    }
    if (!letters.equals(letters.toUpperCase(Locale.ROOT))) {
      return isMixedCaseAcronymOf(letters, name);
    }
    StringBuilder initials = new StringBuilder();
    for (String w : Names.words(name)) {
      if (!ACRONYM_STOP_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
        initials.append(Character.toUpperCase(w.charAt(0)));
      }
    }
    return initials.length() >= 2 && initials.toString().equals(letters);
  }

  private static boolean isMixedCaseAcronymOf(String letters, String name) {
    // the count of capitals first: most words have fewer than three, and the pattern is dearer
    int capitals = 0;
    for (int i = 0; i < letters.length(); i++) {
      if (Character.isUpperCase(letters.charAt(i))) {
        capitals++;
      }
    }
    if (capitals < 3 || !MIXED_CASE.matcher(letters).matches()) {
      return false;
    }
    List<String> pieces = new ArrayList<>();
    Matcher m = CAPITALIZED_PIECE.matcher(letters);
    while (m.find()) {
      pieces.add(m.group());
    }
    List<String> words = Names.words(name).stream()
        .filter(w -> !ACRONYM_STOP_WORDS.contains(w.toLowerCase(Locale.ROOT))).toList();
    if (words.size() != pieces.size()) {
      return false;
    }
    for (int i = 0; i < words.size(); i++) {
      if (!words.get(i).startsWith(pieces.get(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean betterLabel(String candidate, String current) {
    int cw = Names.words(candidate).size();
    int w = Names.words(current).size();
    return cw > w || (cw == w && candidate.length() > current.length());
  }

  /**
   * Gives each coreference chain to the actor whose names are the heads of its mentions ("Erik
   * Lindqvist" in "Sweden’s foreign minister, Erik Lindqvist", not "Sweden"), and adds the
   * chain's pronouns and descriptions ("he", "the Russian leader") to that actor's mentions.
   * A chain with "he" or "she" in it refers to a person.
   */
  private static void attachCoreference(List<CorefChain> chains, List<Cluster> clusters) {
    for (CorefChain chain : chains) {
      boolean personal = chain.mentions().stream()
          .anyMatch(m -> Pronouns.GENDERED.contains(m.span().text().toLowerCase(Locale.ROOT)));
      Map<Cluster, Integer> votes = new HashMap<>();
      for (CorefMention m : chain.mentions()) {
        for (Cluster c : clusters) {
          if (personal && c.type != ActorType.PERSON) {
            continue;
          }
          for (Span n : c.nameMentions) {
            if (m.span().contains(n)) {
              // a name that is the head of the mention counts more than one nested in it
              votes.merge(c, n.contains(m.head()) ? 3 : 1, Integer::sum);
            }
          }
        }
      }
      Cluster owner = votes.entrySet().stream()
          .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
      if (owner == null) {
        continue;
      }
      for (CorefMention m : chain.mentions()) {
        String word = m.span().text().toLowerCase(Locale.ROOT);
        // pronouns, and CoreNLP's first-name gender lists for the names themselves
        boolean properName = m.kind().equals("PROPER");
        if (Pronouns.MALE.contains(word) || properName && m.gender().equals("MALE")) {
          owner.male++;
        } else if (Pronouns.FEMALE.contains(word)
            || properName && m.gender().equals("FEMALE")) {
          owner.female++;
        }
        boolean named = clusters.stream().anyMatch(c -> c.nameMentions.stream()
            .anyMatch(n -> n.overlaps(m.span())));
        if (!named && !m.kind().equals("LIST")) {
          owner.otherMentions.add(m.span());
        }
      }
    }
  }
}
