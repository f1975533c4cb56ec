package org.newskg.attribute;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.newskg.extract.AnnotatedArticle;
import org.newskg.extract.CorefChain;
import org.newskg.extract.CorefMention;
import org.newskg.extract.Sentence;
import org.newskg.extract.Span;
import org.newskg.extract.Token;
import org.newskg.resolve.Actor;
import org.newskg.resolve.ActorType;
import org.newskg.resolve.ArticleEntities;
import org.newskg.source.Article;

/** Whom a quote is about, on hand-built articles (our own text, no CoreNLP). */
class AboutTargetsTest {
  private static final String TEXT = "Anna Berg met Tomas Holm in Oslo. The council and Norway "
      + "agreed. Berg said: \"He is wrong and it shows, but the council will decide. "
      + "I trust Norway and they know it.\" Holm added: \"Only the president can sign.\"";

  private final Span inner = span(TEXT.indexOf("He is"), TEXT.lastIndexOf("it.") + 3);

  private static Span span(int begin, int end) {
    return new Span(begin, end, TEXT.substring(begin, end));
  }

  private static Span find(String word, int from) {
    int i = TEXT.indexOf(word, from);
    return span(i, i + word.length());
  }

  private static Actor actor(String key, ActorType type, String label, Actor.Gender gender,
                             List<Span> names, List<Span> others) {
    List<Span> all = new ArrayList<>(names);
    all.addAll(others);
    return new Actor(key, type, label, new TreeSet<>(), names, all, null, gender);
  }

  /** Whitespace tokens with offsets, enough for the pronoun scan. */
  private static List<Sentence> oneSentence() {
    List<Token> tokens = new ArrayList<>();
    Matcher m = Pattern.compile("[A-Za-z]+").matcher(TEXT);
    while (m.find()) {
      tokens.add(new Token(tokens.size(), m.start(), m.end(), m.group(), m.group(), "NN", "O",
          0, "dep"));
    }
    return List.of(new Sentence(0, 0, TEXT.length(), 0, tokens));
  }

  private static AnnotatedArticle article(List<CorefChain> chains) {
    return new AnnotatedArticle(new Article("t", null, null, null, null, TEXT, "test"),
        oneSentence(), List.of(), chains, List.of(), List.of());
  }

  private static CorefMention coref(Span s, String kind, String number) {
    return new CorefMention(s, s, 0, kind, "UNKNOWN", number, "UNKNOWN");
  }

  private final int quoteStart = TEXT.indexOf("He is");
  private final Span he = find("He", quoteStart);
  private final Span it = find("it", quoteStart);
  private final Span council = find("the council", quoteStart);
  private final Span norway = find("Norway", quoteStart);
  private final Span they = find("they", quoteStart);
  private final Span i = span(TEXT.indexOf("I trust"), TEXT.indexOf("I trust") + 1);

  private final Actor anna = actor("anna-berg", ActorType.PERSON, "Anna Berg",
      Actor.Gender.FEMALE, List.of(find("Anna Berg", 0), find("Berg said", 0)),
      List.of(i));
  private final Actor tomas = actor("tomas-holm", ActorType.PERSON, "Tomas Holm",
      Actor.Gender.MALE, List.of(find("Tomas Holm", 0)), List.of());
  private final Actor councilOrg = actor("council", ActorType.ORGANIZATION, "The council",
      Actor.Gender.UNKNOWN, List.of(find("The council", 0)), List.of(council, it));
  private final Actor norwayCountry = actor("NO", ActorType.COUNTRY, "Norway",
      Actor.Gender.UNKNOWN, List.of(find("Norway", 0), norway), List.of(they));

  @Test
  void namesInsideTheQuoteAndTrustedDescriptionsAreTargetsButItAndTheyAreNot() {
    AnnotatedArticle article = article(List.of(
        new CorefChain(1, null, List.of(coref(find("The council", 0), "PROPER", "SINGULAR"),
            coref(council, "NOMINAL", "SINGULAR"), coref(it, "PRONOMINAL", "SINGULAR"))),
        new CorefChain(2, null, List.of(coref(they, "PRONOMINAL", "PLURAL")))));
    ArticleEntities entities = new ArticleEntities(List.of(anna, tomas, councilOrg,
        norwayCountry));
    List<Actor> about = AboutTargets.of(article, entities, inner, anna);
    // "He" has no chain: the man named last before it; the speaker's "I" is no target
    assertEquals(List.of("Tomas Holm", "The council", "Norway"),
        about.stream().map(Actor::label).toList());
  }

  @Test
  void itAloneIsNoTargetEvenWhenCoreferenceLinksIt() {
    Actor councilOnlyIt = actor("council", ActorType.ORGANIZATION, "The council",
        Actor.Gender.UNKNOWN, List.of(find("The council", 0)), List.of(it));
    AnnotatedArticle article = article(List.of(new CorefChain(1, null, List.of(
        coref(it, "PRONOMINAL", "SINGULAR")))));
    List<Actor> about = AboutTargets.of(article, new ArticleEntities(List.of(councilOnlyIt)),
        inner, null);
    assertEquals(List.of(), about);
  }

  @Test
  void aHeLinkedToTheSpeakerGoesToTheOtherPersonOfThatGender() {
    Actor speaker = actor("tomas-holm", ActorType.PERSON, "Tomas Holm", Actor.Gender.MALE,
        List.of(find("Tomas Holm", 0)), List.of(he));
    Actor other = actor("erik-dahl", ActorType.PERSON, "Erik Dahl", Actor.Gender.MALE,
        List.of(find("Anna Berg", 0)), List.of());
    AnnotatedArticle article = article(List.of(new CorefChain(1, null, List.of(
        coref(he, "PRONOMINAL", "SINGULAR")))));
    List<Actor> about = AboutTargets.of(article, new ArticleEntities(List.of(speaker, other)),
        inner, speaker);
    assertEquals(List.of("Erik Dahl"), about.stream().map(Actor::label).toList());
  }

  @Test
  void theTitleAloneIsThePersonNamedWithThatTitle() {
    Span second = span(TEXT.indexOf("Only the"), TEXT.lastIndexOf("sign.") + 5);
    Actor president = new Actor("anna-berg", ActorType.PERSON, "Anna Berg",
        new TreeSet<>(List.of("President Anna Berg")), List.of(find("Anna Berg", 0)),
        List.of(find("Anna Berg", 0)), null, Actor.Gender.FEMALE);
    Actor untitled = new Actor("sara-moe", ActorType.PERSON, "Sara Moe", new TreeSet<>(),
        List.of(find("Berg said", 0)), List.of(find("Berg said", 0)), null,
        Actor.Gender.FEMALE);
    List<Actor> about = AboutTargets.of(article(List.of()),
        new ArticleEntities(List.of(president, untitled)), second, null);
    assertEquals(List.of("Anna Berg"), about.stream().map(Actor::label).toList());
    Actor secondPresident = new Actor("sara-moe", ActorType.PERSON, "Sara Moe",
        new TreeSet<>(List.of("President Sara Moe")), List.of(find("Berg said", 0)),
        List.of(find("Berg said", 0)), null, Actor.Gender.FEMALE);
    // two presidents: "the president" does not say which
    assertEquals(List.of(), AboutTargets.of(article(List.of()),
        new ArticleEntities(List.of(president, secondPresident)), second, null));
  }

  @Test
  void theSpeakerNamedInsideTheQuoteIsATarget() {
    Actor speaker = actor("NO", ActorType.COUNTRY, "Norway", Actor.Gender.UNKNOWN,
        List.of(norway), List.of());
    List<Actor> about = AboutTargets.of(article(List.of()),
        new ArticleEntities(List.of(speaker)), inner, speaker);
    assertEquals(List.of("Norway"), about.stream().map(Actor::label).toList());
  }
}
