package org.newskg.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.extract.AnnotatedArticle;
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
    List<EntityMention> mentions = new ArrayList<>();
    int from = 0;
    for (String t : tagged) {
      int eq = t.lastIndexOf('=');
      String word = t.substring(0, eq);
      int begin = text.indexOf(word, from);
      mentions.add(new EntityMention(new Span(begin, begin + word.length(), word),
          t.substring(eq + 1), 0, -1));
      from = begin + word.length();
    }
    Article article = new Article("t", null, null, null, null, text, "test");
    return resolver.resolve(new AnnotatedArticle(article, List.of(), mentions, List.of(),
        List.of(), List.of()));
  }

  private static List<String> labels(ArticleEntities e, ActorType type) {
    return e.actors().stream().filter(a -> a.type() == type).map(Actor::label).toList();
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
}
