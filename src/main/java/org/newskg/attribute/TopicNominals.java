package org.newskg.attribute;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.newskg.data.WordList;
import org.newskg.extract.AnnotatedArticle;
import org.newskg.extract.Sentence;
import org.newskg.extract.Span;
import org.newskg.extract.Token;
import org.newskg.resolve.Actor;
import org.newskg.resolve.ActorType;
import org.newskg.resolve.ArticleEntities;

/**
 * "Jonny Lund looks set to miss the final. Norway's record-breaking striker said …": news
 * names its main person, then goes on with a description of them as the next sentence's
 * subject. A definite description of a person (a noun for people, with "the" or a place's or
 * body's possessive, no name of its own) stands for the person who is the main-clause subject
 * of the sentence right before, when that person is the one the article names most (once
 * attribution is done, also the first one its first sentence names) and the possessive, if a
 * country, is not another country the article ties them to. Once attribution is done, a
 * description with an age or a past ("the 28-year-old host", "the former Scotland
 * international") stands for that main person when the sentence before names them anywhere
 * (not in what was said), the person a headline given apart from the text names counting as
 * one; or for the headline's person when the article names them most and the sentence before
 * names no one else the description may be. Offices ("the Tory leader") are left to
 * {@link RoleNominals}; anything else stays a description.
 */
final class TopicNominals {
  /** Nouns for women and for men, which a main person of the other gender cannot be. */
  private static final Pattern FEMALE = Pattern.compile(
      ".*(woman|wife|mother|girl|daughter|sister|queen|actress|lady|widow|aunt|niece)");
  private static final Set<String> MALE = Set.of("man", "husband", "father", "boy", "son",
      "brother", "king", "grandfather", "uncle", "nephew", "widower", "businessman");
  /** Nouns for more than one person ("the duo"): no one main person is them. */
  private static final Set<String> GROUPS = Set.of("duo", "pair", "trio", "couple", "twins",
      "partnership", "quartet");
  /** Nouns for a named person that the animacy list lacks ("the pop star", "the lock"). */
  static final Set<String> EPITHETS = WordList.load("/attribute/person-epithets.txt");
  /** Dependents that open a clause of their own, whose subject is not the sentence's. */
  private static final Set<String> CLAUSES = Set.of("acl", "acl:relcl", "advcl", "ccomp",
      "parataxis", "conj");

  private TopicNominals() {}

  static Optional<Actor> resolve(AnnotatedArticle article, ArticleEntities entities,
                                 Sentence sentence, Token subject) {
    return resolve(article, entities, sentence, subject, false, Actor.Gender.UNKNOWN, null);
  }

  /**
   * The same, where the person the first sentence names first (the headline's, or the lead's:
   * "Ferguson urges Henry punishment") is a main person too; applied only once attribution is
   * done ({@link #asTopic}), so that the ranker's candidates stay as they are.
   */
  private static Optional<Actor> resolve(AnnotatedArticle article, ArticleEntities entities,
                                         Sentence sentence, Token subject, boolean headlined,
                                         Actor.Gender said, Span content) {
    String noun = Clauses.hyphenedLemma(sentence, subject);
    // offices ("the Tory leader" after the party's chairman is another person) are
    // RoleNominals' to resolve, by the title the article gives
    if (!subject.pos().equals("NN")
        || !Animacy.ANIMATE.contains(noun) && !Animacy.ANIMATE.contains(american(noun))
            && !EPITHETS.contains(noun) || GROUPS.contains(noun)
        || BodyNominals.NOUNS.contains(noun) || RoleNominals.NOUNS.contains(noun)
        || Animacy.DOCUMENTS.contains(noun) || sentence.index() == 0
        || !subject.deprel().startsWith("nsubj") || subject.head() < 0
        || sentence.tokens().get(subject.head()).head() >= 0) {
      // the subject of the sentence's main clause only ("after the mogul claimed …" is not
      // where news goes on with its main person)
      return Optional.empty();
    }
    Actor possessor = null;
    boolean definite = false;
    for (Token t : sentence.dependents(subject.index())) {
      if (t.index() > subject.index()) {
        continue;
      }
      Optional<Actor> named = entities.actorAt(t.span());
      if (t.deprel().equals("det") && Clauses.lower(t.word()).equals("the")) {
        definite = true;
      } else if (t.deprel().equals("nmod:poss") && named.isPresent()
          && named.get().type() != ActorType.PERSON) {
        definite = true;
        possessor = named.get();
      } else if (named.filter(a -> a.type() == ActorType.PERSON).isPresent()
          || t.deprel().equals("nmod:poss")) {
        // a person's own name in the subject, or another possessive ("his coach")
        return Optional.empty();
      }
    }
    if (!definite) {
      return Optional.empty();
    }
    Sentence before = article.sentences().get(sentence.index() - 1);
    if (before.paragraph() < sentence.paragraph() - 1) {
      return Optional.empty();
    }
    Actor mostNamed = entities.mostNamed(ActorType.PERSON).orElse(null);
    Actor first = headlined ? firstPersonNamed(entities, article.sentences().get(0)) : null;
    Actor headline = headlined ? headlinePerson(article, entities) : null;
    Optional<Actor> topic = mainSubject(before, entities, headlined)
        .filter(a -> a == mostNamed || a == first || a == headline);
    Actor.Gender gender = genderOf(noun);
    if (topic.isEmpty() && headlined && agedOrFormer(article, sentence, subject)) {
      // "The film chronicles Michael's life. The 41-year-old chart-topper told reporters …":
      // an age or a past makes the description the main person's when the sentence before
      // names them anywhere, not only as its subject
      // (not one named in what was said: "the 22-cap forward says Thomas will be missed")
      topic = Stream.of(mostNamed, first, headline)
          .filter(a -> a != null && namedIn(a, before) && !namedInside(a, content)).findFirst();
      if (topic.isEmpty() && headline != null && headline == mostNamed
          && agrees(headline, said) && entities.actors().stream()
              .noneMatch(a -> a != headline && a.type() == ActorType.PERSON && namedIn(a, before)
                  && agrees(a, gender) && agrees(a, said))) {
        // "Douglas set for Indian adventure … On a visit to India, the 60-year-old actor said
        // he …": the person the headline names, whom the article names most, when the
        // sentence before names no one else the description may be
        topic = Optional.of(headline);
      }
    }
    Actor of = possessor;
    return topic.filter(p -> of == null || of.type() != ActorType.COUNTRY
        || p.country() == null || p.country().equals(of.country()))
        // "Rapper X was sued by a make-up artist … The woman said": not X
        .filter(p -> agrees(p, gender));
  }

  /**
   * A British spelling's American form, which the animacy list has ("medallist", "counsellor",
   * "traveller"); else the noun.
   */
  private static String american(String noun) {
    return noun.replaceFirst("llist$", "list").replaceFirst("llor$", "lor")
        .replaceFirst("ller$", "ler");
  }

  /**
   * Words before a noun for a person that give their age, a past or a player's caps:
   * "28-year-old", "former", "22-cap".
   */
  private static final Pattern AGED_OR_FORMER = Pattern.compile(
      "(?i)\\b(\\d+-year-old|\\d+-cap|former|ex-)");

  /** The description's own words before its noun give an age or a past. */
  private static boolean agedOrFormer(AnnotatedArticle article, Sentence sentence,
                                      Token subject) {
    int first = ReportedClauses.firstUnder(sentence, subject);
    String before = article.text().substring(sentence.tokens().get(first).begin(),
        subject.begin());
    return AGED_OR_FORMER.matcher(before).find();
  }

  /** The person is named inside the span; never when there is none. */
  private static boolean namedInside(Actor person, Span span) {
    return span != null && person.names().stream().anyMatch(span::contains);
  }

  /** The person is named somewhere in the sentence. */
  private static boolean namedIn(Actor person, Sentence sentence) {
    return person.names().stream()
        .anyMatch(n -> n.begin() >= sentence.begin() && n.end() <= sentence.end());
  }

  /**
   * The person the article's headline, when it is given apart from the text, names first by
   * one of their names as the text gives them ("Owen set for skipper role"), or null: also
   * when two people share the name found first.
   */
  private static Actor headlinePerson(AnnotatedArticle article, ArticleEntities entities) {
    String headline = article.article().headline();
    if (headline == null || headline.isBlank()) {
      return null;
    }
    Actor found = null;
    int at = Integer.MAX_VALUE;
    boolean shared = false;
    for (Actor a : entities.actors()) {
      if (a.type() != ActorType.PERSON) {
        continue;
      }
      for (Span n : a.names()) {
        Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])"
            + Pattern.quote(n.text()) + "(?![\\p{L}\\p{N}])").matcher(headline);
        if (!m.find() || m.start() > at) {
          continue;
        }
        if (m.start() == at && found != a) {
          shared = true;
        } else if (m.start() < at) {
          shared = false;
        }
        at = m.start();
        found = a;
      }
    }
    return shared ? null : found;
  }

  /**
   * The first person the sentence names ("Ferguson urges Henry punishment"): the headline's, or
   * the lead's, is the story's main person as much as the one it names most.
   */
  private static Actor firstPersonNamed(ArticleEntities entities, Sentence first) {
    for (Token t : first.tokens()) {
      Optional<Actor> a = entities.actorAt(t.span()).filter(x -> x.type() == ActorType.PERSON
          && x.names().stream().anyMatch(n -> n.overlaps(t.span())));
      if (a.isPresent()) {
        return a.get();
      }
    }
    return null;
  }

  /**
   * {@code s} with the main person as its speaker when its speaker is still a description of
   * a person that stands for them, the headline's person counting as a main person.
   */
  static Statement asTopic(AnnotatedArticle article, ArticleEntities entities, Statement s) {
    Token head = Clauses.describedHead(article, s);
    if (head == null) {
      return s;
    }
    // "The former finance officer said Mr Lund knew …": whom the words name is someone the
    // speaker speaks of, not the speaker
    return resolve(article, entities, article.sentenceAt(head.begin()), head, true,
            DescribedNamedBefore.genderSaid(s), s.quote().inner())
        .filter(a -> !namedInside(a, s.quote().inner()))
        .map(a -> s.spokenBy(a, Statement.Rule.NOMINAL)).orElse(s);
  }

  /** The person may be of {@code gender}: either is unknown, or they are the same. */
  static boolean agrees(Actor person, Actor.Gender gender) {
    return gender == Actor.Gender.UNKNOWN || person.gender() == Actor.Gender.UNKNOWN
        || person.gender() == gender;
  }

  /** The gender a noun for people gives ("the woman", "the father"), else unknown. */
  static Actor.Gender genderOf(String noun) {
    if (FEMALE.matcher(noun).matches()) {
      return Actor.Gender.FEMALE;
    }
    return MALE.contains(noun) ? Actor.Gender.MALE : Actor.Gender.UNKNOWN;
  }

  /**
   * The person named in the subject of the sentence's main verb, or empty: its head, or a name
   * the parser hung inside it ("Lord of the Rings director Peter Jackson", parsed with "Lord"
   * as the head), outside clauses of its own; with {@code rootName}, also a name the parser
   * made the sentence's root when a relative clause after it threw the parse ("Nicholas Berg,
   * who had been selected to fight the seat, quit …"), read once attribution is done.
   */
  private static Optional<Actor> mainSubject(Sentence s, ArticleEntities entities,
                                             boolean rootName) {
    for (Token root : s.tokens()) {
      if (root.head() >= 0) {
        continue;
      }
      if (rootName && root.pos().startsWith("NNP")) {
        Optional<Actor> named = entities.actorAt(root.span())
            .filter(a -> a.type() == ActorType.PERSON);
        if (named.isPresent() && s.dependents(root.index()).stream()
            .anyMatch(d -> d.deprel().equals("acl:relcl"))) {
          return named;
        }
      }
      // a closing quotation mark the splitter left at the sentence's start may be its root
      Token main = root.pos().equals("``") || root.pos().equals("''")
          ? s.dependents(root.index()).stream().filter(d -> d.pos().startsWith("VB"))
              .findFirst().orElse(root)
          : root;
      for (Token d : s.dependents(main.index())) {
        if (d.deprel().equals("nsubj") || d.deprel().equals("nsubj:pass")) {
          return personIn(s, d, entities);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The person the phrase headed by {@code head} names, its head's name first, then names
   * inside it outside clauses of their own and possessives ("Mr Lund's lawyer").
   */
  private static Optional<Actor> personIn(Sentence s, Token head, ArticleEntities entities) {
    Optional<Actor> named = entities.actorAt(head.span())
        .filter(a -> a.type() == ActorType.PERSON);
    if (named.isPresent()) {
      return named;
    }
    for (Token d : s.dependents(head.index())) {
      if (!CLAUSES.contains(d.deprel()) && !d.deprel().equals("nmod:poss")) {
        Optional<Actor> inside = personIn(s, d, entities);
        if (inside.isPresent()) {
          return inside;
        }
      }
    }
    return Optional.empty();
  }
}
