package org.newskg.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.extract.AnnotatedArticle;
import org.newskg.extract.CorefChain;
import org.newskg.extract.CorefMention;
import org.newskg.extract.EntityMention;
import org.newskg.extract.Span;
import org.newskg.source.Article;

/** Clustering an article's mentions, on hand-built NER output over our own text. */
class MentionClusterResolverTest {
  private static MentionClusterResolver resolver;

  @BeforeAll
  static void load() {
    resolver = new MentionClusterResolver(Names.load(), CountryTable.load());
  }

  /** NER mentions: each {@code word=TYPE} pair tags the first occurrence after the previous. */
  private static ArticleEntities resolve(String text, String... tagged) {
    return resolve(text, List.of(), tagged);
  }

  /**
   * NER mentions as above, {@code word=TYPE@n} putting one in coreference chain n; the chains
   * hold those mentions as proper names, with the gender {@code genders} gives the chain
   * (CoreNLP's first-name lists), UNKNOWN past its end.
   */
  private static ArticleEntities resolve(String text, List<String> genders, String... tagged) {
    List<EntityMention> mentions = new ArrayList<>();
    java.util.Map<Integer, List<CorefMention>> chains = new java.util.TreeMap<>();
    int from = 0;
    for (String t : tagged) {
      int at = t.lastIndexOf('@');
      int chain = at > 0 ? Integer.parseInt(t.substring(at + 1)) : -1;
      String tag = at > 0 ? t.substring(0, at) : t;
      int eq = tag.lastIndexOf('=');
      String word = tag.substring(0, eq);
      int begin = text.indexOf(word, from);
      Span span = new Span(begin, begin + word.length(), word);
      mentions.add(new EntityMention(span, tag.substring(eq + 1), 0, chain));
      if (chain >= 0) {
        String gender = chain < genders.size() ? genders.get(chain) : "UNKNOWN";
        chains.computeIfAbsent(chain, k -> new ArrayList<>()).add(new CorefMention(span, span,
            0, "PROPER", gender, "SINGULAR", "ANIMATE"));
      }
      from = begin + word.length();
    }
    List<CorefChain> corefChains = chains.entrySet().stream()
        .map(e -> new CorefChain(e.getKey(), e.getValue().get(0), e.getValue())).toList();
    Article article = new Article("t", null, null, null, null, text, "test");
    return resolver.resolve(new AnnotatedArticle(article, List.of(), mentions, corefChains,
        List.of(), List.of()));
  }

  private static Actor actor(ArticleEntities e, String label) {
    return e.actors().stream().filter(a -> a.label().equals(label)).findFirst()
        .orElseThrow(() -> new AssertionError("no " + label + " in " + e));
  }

  private static List<String> labels(ArticleEntities e, ActorType type) {
    return e.actors().stream().filter(a -> a.type() == type).map(Actor::label).toList();
  }

  @Test
  void aTitleWordStartingAnOrganizationsNameStaysInIt() {
    ArticleEntities e = resolve("General Motors will build the car. Gen. Ann Ortiz approved.",
        "General Motors=ORGANIZATION", "Ann Ortiz=PERSON");
    assertEquals(List.of("General Motors"), labels(e, ActorType.ORGANIZATION));
    assertEquals(List.of("Ann Ortiz"), labels(e, ActorType.PERSON));
  }

  @Test
  void countryNameDemonymAndCapitalAreOneCountry() {
    ArticleEntities e = resolve("Ukraine asked for help. Ukrainian troops held. Kyiv said no.",
        "Ukraine=COUNTRY", "Ukrainian=NATIONALITY", "Kyiv=CITY");
    List<Actor> countries = e.actors().stream().filter(a -> a.type() == ActorType.COUNTRY)
        .toList();
    assertEquals(1, countries.size(), e.toString());
    assertEquals("UA", countries.get(0).key());
    assertEquals(3, countries.get(0).names().size());
  }

  @Test
  void fullNameTitleAndSurnameAreOnePersonWithTheFullestLabel() {
    ArticleEntities e = resolve("Marta Lind spoke. Later Ms. Lind left. Lind waved.",
        "Marta Lind=PERSON", "Lind=PERSON", "Lind=PERSON");
    List<Actor> people = e.actors().stream().filter(a -> a.type() == ActorType.PERSON).toList();
    assertEquals(1, people.size(), e.toString());
    assertEquals("Marta Lind", people.get(0).label());
    assertTrue(people.get(0).altLabels().contains("Ms. Lind"), people.get(0).toString());
    assertEquals(Actor.Gender.FEMALE, people.get(0).gender());
  }

  @Test
  void twoPeopleSharingASurnameStayTwo() {
    ArticleEntities e = resolve("Jonas Kim and Sara Kim met. Jonas Kim spoke first.",
        "Jonas Kim=PERSON", "Sara Kim=PERSON", "Jonas Kim=PERSON");
    assertEquals(List.of("Jonas Kim", "Sara Kim"), labels(e, ActorType.PERSON).stream()
        .sorted().toList());
  }

  @Test
  void aCountryNerCutOffAListedPartysNameIsPartOfIt() {
    ArticleEntities e = resolve("Two members of the UK Independence Party left. The UK voted.",
        "UK=LOCATION", "Independence Party=ORGANIZATION", "UK=LOCATION");
    assertEquals(List.of("UK Independence Party"), labels(e, ActorType.ORGANIZATION));
    Actor uk = e.actors().stream().filter(a -> a.type() == ActorType.COUNTRY).findFirst()
        .orElseThrow();
    assertEquals(1, uk.names().size(), "only the country of 'The UK voted': " + uk);
  }

  @Test
  void anInstitutionNerMissedIsAnOrganization() {
    ArticleEntities e = resolve("The Kremlin said the talks failed, and the kremlin guards "
        + "stood by. The White House said little. The Pentagon Papers were old news.",
        "Pentagon Papers=MISC");
    List<Actor> orgs = e.actors().stream().filter(a -> a.type() == ActorType.ORGANIZATION)
        .toList();
    assertEquals(List.of("Kremlin", "White House"), orgs.stream().map(Actor::label).toList());
    // only the capitalized name counts, and never inside what NER tagged as something else
    assertEquals(1, orgs.get(0).names().size(), orgs.get(0).toString());
  }

  @Test
  void aCapitalizedPronounTaggedAsANameIsNoPerson() {
    ArticleEntities e = resolve("Her plan worked, His aides said.", "Her=PERSON",
        "His=PERSON");
    assertEquals(List.of(), labels(e, ActorType.PERSON));
  }

  private static String countryOf(ArticleEntities e, String label) {
    Actor a = e.actors().stream().filter(x -> x.label().equals(label)).findFirst().orElseThrow();
    return a.country() == null ? null : a.country().iso2();
  }

  @Test
  void aPersonIsTiedToTheCountryOfTheirOfficeOrNationality() {
    ArticleEntities e = resolve("French President Anne Moreau met Erik Dahl, the foreign "
            + "minister of Norway, and Lena Berg of Sweden. Russia and President Tom Hale spoke.",
        "French=NATIONALITY", "Anne Moreau=PERSON", "Erik Dahl=PERSON", "Norway=COUNTRY",
        "Lena Berg=PERSON", "Sweden=COUNTRY", "Russia=COUNTRY", "Tom Hale=PERSON");
    assertEquals("FR", countryOf(e, "Anne Moreau"));
    assertEquals("NO", countryOf(e, "Erik Dahl"));
    assertEquals("SE", countryOf(e, "Lena Berg"));
    // "and" joins two actors: Tom Hale is not Russia's president
    assertEquals(null, countryOf(e, "Tom Hale"));
  }

  @Test
  void aPossessiveCountryBeforeATitleTiesThePerson() {
    ArticleEntities e = resolve("Norway’s foreign minister, Erik Dahl, said so.",
        "Norway=COUNTRY", "Erik Dahl=PERSON");
    assertEquals("NO", countryOf(e, "Erik Dahl"));
  }

  @Test
  void anAcronymJoinsItsOrganization() {
    ArticleEntities e = resolve("The European Union met. The E.U. agreed.",
        "European Union=ORGANIZATION", "E.U.=ORGANIZATION");
    assertEquals(List.of("European Union"), labels(e, ActorType.ORGANIZATION));
  }

  @Test
  void twoPersonMentionsOneTheMixedCaseAcronymOfTheOtherAreOneOrganization() {
    // NER tags a bank's name and its short form as people; "JFK" style capitals stay a person's
    ArticleEntities e = resolve("Nordvik Kreditt Haugland cut its forecast. NoKH said the "
        + "harbor fees would rise.", "Nordvik Kreditt Haugland=PERSON", "NoKH=PERSON");
    assertEquals(List.of("Nordvik Kreditt Haugland"), labels(e, ActorType.ORGANIZATION));
    assertEquals(List.of(), labels(e, ActorType.PERSON));
    ArticleEntities p = resolve("Jon Fredrik Kvale spoke. JFK said the harbor would open.",
        "Jon Fredrik Kvale=PERSON", "JFK=PERSON");
    assertEquals(List.of(), labels(p, ActorType.ORGANIZATION));
  }

  // ------------------------------------------------ two people of one surname in one article

  @Test
  void aFatherAndHisDaughterStayTwoAndEachTitleFindsItsOwn() {
    ArticleEntities e = resolve("Daniel Okafor, the harbor master, stood beside his daughter, "
            + "Grace Okafor. Ms. Okafor said the dock was ready. Mr. Okafor nodded. Okafor left.",
        "Daniel Okafor=PERSON", "Grace Okafor=PERSON", "Okafor=PERSON", "Okafor=PERSON",
        "Okafor=PERSON");
    assertEquals(List.of("Daniel Okafor", "Grace Okafor"), labels(e, ActorType.PERSON).stream()
        .sorted().toList());
    // Ms. goes to the daughter, named last; Mr. skips her for her father
    assertEquals(Set.of("Ms. Okafor"), actor(e, "Grace Okafor").altLabels());
    assertTrue(actor(e, "Daniel Okafor").altLabels().contains("Mr. Okafor"), e.toString());
    assertEquals(Actor.Gender.MALE, actor(e, "Daniel Okafor").gender());
    assertEquals(Actor.Gender.FEMALE, actor(e, "Grace Okafor").gender());
    // the bare surname after "Mr. Okafor" is the father, the one named last
    assertEquals(3, actor(e, "Daniel Okafor").names().size(), e.toString());
  }

  @Test
  void firstNameGenderSendsMrToTheFatherThoughTheDaughterWasNamedLast() {
    ArticleEntities e = resolve("Daniel Okafor brought his daughter Grace Okafor to the dock. "
            + "Mr. Okafor spoke first.", List.of("MALE", "FEMALE"),
        "Daniel Okafor=PERSON@0", "Grace Okafor=PERSON@1", "Okafor=PERSON");
    assertEquals(Set.of("Mr. Okafor"), actor(e, "Daniel Okafor").altLabels());
    assertEquals(Set.of(), actor(e, "Grace Okafor").altLabels());
  }

  @Test
  void mrsBeforeTheSurnameOfAManNamedInFullIsHisWifeAndHisFirstNameAloneIsNoSurname() {
    ArticleEntities e = resolve("Mrs Okafor gets a new role. Daniel Okafor's wife will lead "
            + "the campaign. Mrs Okafor will visit Leeds and Mr Okafor will speak in York. "
            + "\"We want Daniel to win,\" she said.",
        "Okafor=PERSON", "Daniel Okafor=PERSON", "Okafor=PERSON", "Okafor=PERSON",
        "Daniel=PERSON");
    assertEquals(Set.of("Mr Okafor", "Daniel"), actor(e, "Daniel Okafor").altLabels(),
        e.toString());
    assertEquals(Set.of("Mrs Okafor"), actor(e, "Okafor").altLabels(), e.toString());
  }

  @Test
  void aTitleAgainstTheOnlyFullNameIsSomeoneElse() {
    ArticleEntities e = resolve("Ms. Grace Okafor opened the dock. Mr. Okafor, her father, "
        + "watched. Mr. Okafor then left.", "Grace Okafor=PERSON", "Okafor=PERSON",
        "Okafor=PERSON");
    assertEquals(List.of("Grace Okafor", "Okafor"), labels(e, ActorType.PERSON).stream()
        .sorted().toList());
    assertEquals(2, actor(e, "Okafor").names().size(), e.toString());
  }

  @Test
  void twoMinistersNamedKimCoreferenceTellsWhichOneMrKimIs() {
    ArticleEntities e = resolve("Foreign Minister Kim Min-jun met Trade Minister Kim Ji-woo in "
            + "Seoul. Mr. Kim, the foreign minister, said the talks went well.", List.of(),
        "Kim Min-jun=PERSON@0", "Kim Ji-woo=PERSON@1", "Kim=PERSON@0");
    assertEquals(List.of("Kim Ji-woo", "Kim Min-jun"), labels(e, ActorType.PERSON).stream()
        .sorted().toList());
    assertTrue(actor(e, "Kim Min-jun").altLabels().contains("Mr. Kim"), e.toString());
    assertEquals(1, actor(e, "Kim Ji-woo").names().size(), e.toString());
  }

  @Test
  void withoutCoreferenceMrKimIsTheKimNamedLastBeforeHim() {
    ArticleEntities e = resolve("Kim Min-jun spoke in the morning. Kim Ji-woo spoke at noon. "
            + "Mr. Kim then took questions. Later Kim Min-jun returned, and Mr. Kim closed.",
        "Kim Min-jun=PERSON", "Kim Ji-woo=PERSON", "Kim=PERSON", "Kim Min-jun=PERSON",
        "Kim=PERSON");
    assertEquals(2, labels(e, ActorType.PERSON).size(), e.toString());
    assertEquals(2, actor(e, "Kim Ji-woo").names().size(), e.toString());
    assertEquals(3, actor(e, "Kim Min-jun").names().size(), e.toString());
  }

  @Test
  void twoFullNamesNeverMergeEvenInOneCoreferenceChain() {
    ArticleEntities e = resolve("Jonas Kim and Sara Kim met. Mr. Kim spoke.", List.of(),
        "Jonas Kim=PERSON@0", "Sara Kim=PERSON@0", "Kim=PERSON@0");
    assertEquals(List.of("Jonas Kim", "Sara Kim"), labels(e, ActorType.PERSON).stream()
        .sorted().toList());
  }

  // ------------------------------------------------------------- organizations by alias

  @Test
  void everyFormOfAListedOrganizationIsOneNodeLabelledWithItsFullName() {
    ArticleEntities e = resolve("The E.U. and NATO met at the U.N. on Monday. The European "
            + "Union said the UN and the North Atlantic Treaty Organization agreed. The EU left.",
        "E.U.=ORGANIZATION", "NATO=ORGANIZATION", "U.N.=ORGANIZATION",
        "European Union=ORGANIZATION", "UN=ORGANIZATION",
        "North Atlantic Treaty Organization=ORGANIZATION", "EU=ORGANIZATION");
    List<Actor> orgs = e.actors().stream().filter(a -> a.type() == ActorType.ORGANIZATION)
        .toList();
    assertEquals(List.of("European Union", "North Atlantic Treaty Organization",
        "United Nations"), orgs.stream().map(Actor::label).sorted().toList());
    assertEquals(Set.of("E.U.", "EU"), actor(e, "European Union").altLabels());
    assertEquals(Set.of("NATO"), actor(e, "North Atlantic Treaty Organization").altLabels());
    assertEquals(Set.of("U.N.", "UN"), actor(e, "United Nations").altLabels());
    assertEquals("european-union", actor(e, "European Union").key());
  }

  @Test
  void anOrganizationNamedOnlyByItsShortFormHasTheFullNamesKeyInEveryArticle() {
    // the key is the IRI: an article with only "E.U." and one with only the full name agree
    assertEquals(actor(resolve("The European Union agreed.", "European Union=ORGANIZATION"),
        "European Union").key(), actor(resolve("The E.U.’s envoy agreed.",
        "E.U.’s=ORGANIZATION"), "European Union").key());
    ArticleEntities nato = resolve("Nato said so.", "Nato=ORGANIZATION");
    assertEquals("north-atlantic-treaty-organization",
        actor(nato, "North Atlantic Treaty Organization").key());
  }

  @Test
  void aMixedCaseAcronymIsTheOrganizationWhoseWordsItsPiecesBegin() {
    ArticleEntities e = resolve("Halvorsen Kleinberg Wessel said prices fell. HaKW added that "
            + "stock was high. KbW disagreed.",
        "Halvorsen Kleinberg Wessel=ORGANIZATION", "HaKW=ORGANIZATION", "KbW=ORGANIZATION");
    assertEquals(List.of("Halvorsen Kleinberg Wessel", "KbW"),
        labels(e, ActorType.ORGANIZATION).stream().sorted().toList());
    assertEquals(Set.of("HaKW"), actor(e, "Halvorsen Kleinberg Wessel").altLabels());
    assertTrue(MentionClusterResolver.isAcronymOf("DrKW", "Dresdner Kleinwort Wasserstein"));
    assertTrue(!MentionClusterResolver.isAcronymOf("DrKW", "Deutsche Kredit Werke"));
  }

  @Test
  void twoListedOrganizationsNeverMergeByAcronym() {
    // "ECB" spells no initials of "European Union", but an acronym rule must not join two
    // organizations the list tells apart either
    ArticleEntities e = resolve("The ECB and the European Union met. The WHO and the WTO too.",
        "ECB=ORGANIZATION", "European Union=ORGANIZATION", "WHO=ORGANIZATION",
        "WTO=ORGANIZATION");
    assertEquals(List.of("European Central Bank", "European Union",
        "World Health Organization", "World Trade Organization"),
        labels(e, ActorType.ORGANIZATION).stream().sorted().toList());
  }

  @Test
  void aSeatTaggedAsAPlaceIsTheInstitutionWhileCapitalsStayCountries() {
    ArticleEntities e = resolve("The Kremlin said the talks failed. Kyiv said no. Washington "
            + "said the White House would decide.",
        "Kremlin=LOCATION", "Kyiv=CITY", "Washington=LOCATION", "White House=LOCATION");
    assertEquals(List.of("Kremlin", "White House"), labels(e, ActorType.ORGANIZATION).stream()
        .sorted().toList());
    assertEquals(List.of("UA", "US"), e.actors().stream()
        .filter(a -> a.type() == ActorType.COUNTRY).map(Actor::key).sorted().toList());
  }

  // ------------------------------------------------------ countries NER missed or mistook

  private static List<String> countryKeys(ArticleEntities e) {
    return e.actors().stream().filter(a -> a.type() == ActorType.COUNTRY).map(Actor::key)
        .sorted().toList();
  }

  @Test
  void aCapitalNerLeftUntaggedOrCalledAPersonIsItsCountry() {
    ArticleEntities e = resolve("“Kyiv has asked us twice,” he said. Officials in Kyiv agreed.",
        "Kyiv=PERSON");
    assertEquals(List.of("UA"), countryKeys(e));
    assertEquals(2, e.actors().get(0).names().size(), e.toString());
    // a sentence may start with a word before the name
    ArticleEntities late = resolve("In Kyiv, officials waited. But Then Kyiv said little.");
    assertEquals(List.of("UA"), countryKeys(late));
    assertEquals(List.of("Kyiv", "Kyiv"), late.actors().get(0).names().stream()
        .map(org.newskg.extract.Span::text).toList());
    assertEquals(List.of(), labels(e, ActorType.PERSON));
  }

  @Test
  void aPersonNamedLikeACountryStaysAPerson() {
    ArticleEntities e = resolve("Denzel Washington waved. Washington smiled. Mr. Jordan left.",
        "Denzel Washington=PERSON", "Washington=PERSON", "Jordan=PERSON");
    assertEquals(List.of(), countryKeys(e));
    assertEquals(List.of("Denzel Washington", "Jordan"), labels(e, ActorType.PERSON).stream()
        .sorted().toList());
  }

  @Test
  void untaggedCountryWordsInsideOtherNamesOrShoutsAreNoCountry() {
    ArticleEntities e = resolve("Georgia Tech won. LET US IN, the sign said. Kyiv-based "
        + "traders and the Jordan River Fund waited. Chad Brown, who NER missed, spoke.");
    assertEquals(List.of(), countryKeys(e));
  }

  @Test
  void aPrinceIsKnownByTitleAndGivenNameAndIsNoSingerOfThatSurname() {
    ArticleEntities e = resolve("Ray Charles sang. Prince Charles listened, and Charles smiled.",
        "Ray Charles=PERSON", "Charles=PERSON", "Charles=PERSON");
    assertEquals(List.of("Prince Charles", "Ray Charles"), labels(e, ActorType.PERSON).stream()
        .sorted().toList());
    // the name alone after the styled one is the prince, who came last before it
    assertEquals(2, actor(e, "Prince Charles").names().size(), e.toString());
  }

  @Test
  void aKnightIsKnownByStyleAndGivenNameAfterHisFullName() {
    ArticleEntities e = resolve("Police chief Sir Tom Varga spoke. John Varga, a lawyer, agreed. "
        + "Sir Tom said more, and Sir John Ellery, a judge, replied. Sir John smiled.",
        "Tom Varga=PERSON", "John Varga=PERSON", "Tom=PERSON", "John Ellery=PERSON",
        "John=PERSON");
    assertEquals(List.of("John Ellery", "John Varga", "Tom Varga"), labels(e, ActorType.PERSON)
        .stream().sorted().toList());
    assertEquals(2, actor(e, "Tom Varga").names().size(), e.toString());
    // the knight named John, not the lawyer John Varga, whose name was never styled
    assertEquals(2, actor(e, "John Ellery").names().size(), e.toString());
    assertEquals(1, actor(e, "John Varga").names().size(), e.toString());
  }

  @Test
  void mrAndASurnameIsNotTheKnightOfThatSurname() {
    ArticleEntities e = resolve("Anton Varga spoke first. Sir Tom Varga replied, and Sir Tom "
        + "left. Mr Varga stayed.", "Anton Varga=PERSON", "Tom Varga=PERSON", "Tom=PERSON",
        "Varga=PERSON");
    assertEquals(2, actor(e, "Anton Varga").names().size(), e.toString());
    assertEquals(2, actor(e, "Tom Varga").names().size(), e.toString());
  }

  @Test
  void aBillOrAnActIsNoPerson() {
    ArticleEntities e = resolve("The Crossrail Link Bill passed. Anna Berg backed the "
        + "Harbour Safety Act.", "Crossrail Link Bill=PERSON", "Anna Berg=PERSON",
        "Harbour Safety Act=PERSON");
    assertEquals(List.of("Anna Berg"), labels(e, ActorType.PERSON));
    // NER tags the "Bill" of a bill's name alone; a Bill named on his own stays a person
    ArticleEntities cut = resolve("The Crossrail Link Bill passed. Bill spoke later, and "
        + "the Bill went to the Lords.", "Bill=PERSON", "Bill=PERSON", "Bill=PERSON");
    assertEquals(List.of("Bill"), labels(cut, ActorType.PERSON));
    assertEquals(1, actor(cut, "Bill").names().size(), cut.toString());
  }

  @Test
  void aListedClubOrPartyTaggedAsAPersonIsTheOrganization() {
    ArticleEntities e = resolve("Chelsea won again. The Tories said Labour and the Labour Party "
        + "were one; the Lib Dems and Tory peers disagreed.",
        "Chelsea=PERSON", "Tories=ORGANIZATION", "Labour=PERSON", "Labour Party=ORGANIZATION",
        "Lib Dems=ORGANIZATION", "Tory=MISC");
    assertEquals(List.of(), labels(e, ActorType.PERSON));
    assertEquals(List.of("Chelsea FC", "Conservative Party", "Labour Party",
        "Liberal Democrats"), labels(e, ActorType.ORGANIZATION).stream().sorted().toList());
    assertEquals(2, actor(e, "Conservative Party").names().size(), e.toString());
    assertEquals(2, actor(e, "Labour Party").names().size(), e.toString());
  }

  @Test
  void aBillsNameCutShortIsNoOrganization() {
    ArticleEntities e = resolve("Lawyers for the men criticised the Serious Crime and Police "
        + "Bill. Harbour Police said nothing.", "Serious Crime and Police=ORGANIZATION",
        "Harbour Police=ORGANIZATION");
    assertEquals(List.of("Harbour Police"), labels(e, ActorType.ORGANIZATION));
  }

  @Test
  void aSeatOfTwoPlacesIsNoPerson() {
    ArticleEntities e = resolve("The MP for Sittby and Sheerwick said Tom Hale was wrong.",
        "Sheerwick=PERSON", "Tom Hale=PERSON");
    assertEquals(List.of("Tom Hale"), labels(e, ActorType.PERSON));
    // a name after a seat of one place, with no "and", is still the person's
    ArticleEntities named = resolve("The MP for Sittby Tom Hale said so.", "Tom Hale=PERSON");
    assertEquals(List.of("Tom Hale"), labels(named, ActorType.PERSON));
  }

  @Test
  void aFirmCalledByItsFirstWordIsTheFirmWhenTheRestIsItsBusiness() {
    ArticleEntities e = resolve("Shares in Tarnby Energy fell. Tarnby said its wells were dry.",
        "Tarnby Energy=ORGANIZATION", "Tarnby=ORGANIZATION");
    assertEquals(List.of("Tarnby Energy"), labels(e, ActorType.ORGANIZATION));
    assertEquals(2, actor(e, "Tarnby Energy").names().size(), e.toString());
    // a place or a part added to the word makes another body; two longer names, no choice
    ArticleEntities arm = resolve("Tarnby UK cut jobs. Tarnby said sales rose.",
        "Tarnby UK=ORGANIZATION", "Tarnby=ORGANIZATION");
    assertEquals(List.of("Tarnby", "Tarnby UK"),
        labels(arm, ActorType.ORGANIZATION).stream().sorted().toList());
    ArticleEntities two = resolve("Tarnby Airlines and Tarnby Shipping merged. Tarnby said so.",
        "Tarnby Airlines=ORGANIZATION", "Tarnby Shipping=ORGANIZATION", "Tarnby=ORGANIZATION");
    assertEquals(3, labels(two, ActorType.ORGANIZATION).size(), two.toString());
  }

  @Test
  void aClubWordInAFullNameOrATownTaggedAsAPlaceStaysWhatItIs() {
    ArticleEntities e = resolve("Chelsea Moreno spoke in Liverpool. Chelsea agreed.",
        "Chelsea Moreno=PERSON", "Liverpool=CITY", "Chelsea=PERSON");
    assertEquals(List.of("Chelsea Moreno"), labels(e, ActorType.PERSON));
    assertEquals(List.of(), labels(e, ActorType.ORGANIZATION));
  }

  @Test
  void aGenerationalSuffixIsNoPartOfTheSurname() {
    ArticleEntities e = resolve("Charles Evans Jr spoke. Later Evans left.",
        "Charles Evans Jr=PERSON", "Evans=PERSON");
    assertEquals(List.of("Charles Evans Jr"), labels(e, ActorType.PERSON));
    assertTrue(actor(e, "Charles Evans Jr").altLabels().contains("Evans"), e.toString());
  }

  @Test
  void aHeadlineVerbNerTookIntoANameSplitsItInTwo() {
    // title case: NER reads "Anna Berg Calls Erik Sund" as one person
    ArticleEntities e = resolve("Anna Berg Calls Erik Sund ‘A Disgrace’ Over Fees.\n\n"
        + "Mayor Anna Berg described harbor chief Erik Sund as a disgrace.",
        "Anna Berg Calls Erik Sund=PERSON", "Anna Berg=PERSON", "Erik Sund=PERSON");
    assertEquals(List.of("Anna Berg", "Erik Sund"), labels(e, ActorType.PERSON));
    assertEquals(2, actor(e, "Anna Berg").names().size());
    assertEquals(2, actor(e, "Erik Sund").names().size());
  }
  @Test
  void aKnownFirstNameBeforeASurnameTaggedAloneIsThePersonsFullName() {
    // the tagger gave "Harold Quill" to a longer mention of another type and "Quill" alone a
    // person: the surname is Harold Quill, who links to no other Quill
    ArticleEntities e = resolve("DJ Harold Quill - aka Big Bass - has said dance is not dead. "
        + "Quill said the scene was changing.", "DJ Harold Quill - aka Big Bass=ORGANIZATION",
        "Quill=PERSON");
    assertEquals(List.of("Harold Quill"), labels(e, ActorType.PERSON));
  }

  @Test
  void aCapitalisedWordThatIsNoFirstNameMakesNoFullName() {
    ArticleEntities e = resolve("Quill said the road would reopen after the works on Old "
        + "Quill Street.", "Quill=PERSON");
    assertEquals(List.of("Quill"), labels(e, ActorType.PERSON));
    // a first name with an article before it names an institution
    ArticleEntities ballet = resolve("Ballet said tickets for the Royal Ballet sold out.",
        "Ballet=PERSON");
    assertEquals(List.of("Ballet"), labels(ballet, ActorType.PERSON));
  }
  @Test
  void aTitledSurnameIsNotTheSameWordAsAFirstName() {
    ArticleEntities e = resolve("Sacked MP Howard Quill has lost his seat. At a news "
        + "conference, Mr Howard insisted the party had kept its rules.", "Howard Quill=PERSON",
        "Howard=PERSON");
    assertEquals(List.of("Howard", "Howard Quill"), labels(e, ActorType.PERSON).stream()
        .sorted().toList());
  }
  @Test
  void aCountrysWordAfterATitleIsASurname() {
    ArticleEntities e = resolve("Ferries will be the gift of the season, said Mr Irish, a "
        + "retail analyst.", "Irish=NATIONALITY");
    assertEquals(List.of("Irish"), labels(e, ActorType.PERSON));
    assertTrue(labels(e, ActorType.COUNTRY).isEmpty(), e.toString());
    ArticleEntities tagged = resolve("Ferries will be the gift of the season, said Mr Irish.",
        "Irish=PERSON");
    assertTrue(labels(tagged, ActorType.COUNTRY).isEmpty(), tagged.toString());
  }
  @Test
  void aPlaceAfterAPeersStyleIsAPeer() {
    ArticleEntities e = resolve("Lord Strathclyde, the Tory leader in the Lords, said the bill "
        + "would be rewritten.", "Strathclyde=LOCATION");
    assertEquals(List.of("Lord Strathclyde"), labels(e, ActorType.PERSON));
    // a place of more words after the style is the peer's territorial title, left alone
    ArticleEntities place = resolve("Lord Owen of the City of London said the bill would pass.",
        "City of London=LOCATION");
    assertTrue(labels(place, ActorType.PERSON).isEmpty(), place.toString());
  }
}
