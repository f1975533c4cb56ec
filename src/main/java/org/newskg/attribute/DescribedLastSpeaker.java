package org.newskg.attribute;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.newskg.extract.AnnotatedArticle;
import org.newskg.extract.Sentence;
import org.newskg.extract.Span;
import org.newskg.extract.Token;
import org.newskg.resolve.Actor;
import org.newskg.resolve.ActorType;
import org.newskg.resolve.ArticleEntities;

/**
 * "Dan Mercer said his squad would keep working. However, the Harriers coach added that …":
 * news goes on with the person it has just quoted under a description of them, as it does
 * with "he". A definite description of one person (a noun for people with "the", or its
 * letters, "the MEP"; no name of its own) that is still a description once the other steps
 * are done stands for the speaker of the statement right before it, when that speaker is a
 * named person, no other person is named between the two, and nothing in the article makes the
 * description someone else's: the noun is no title of another person ("coach Ann Lee"), the
 * person is titled by no other office when the noun is an office, and their gender fits; the
 * statement before does not speak of that noun ("Why will the prime minister not act, he
 * demanded. The prime minister …"), and the description's own sentence names the person
 * nowhere else ("the prime minister was less rough with Mr Kennedy"); a place before the noun
 * ("the Swedish prime minister") must be one the text ties the person to, unless the cue says
 * the speaker goes on in the very next sentence ("Ann Lee said … However, the England coach
 * added …"). A noun for someone news quotes unnamed ("a spokesman", "the official") is never
 * the person before. A sentence opened with a contrast ("But the coach argued …") sets its
 * subject against the one before, unless the cue says the speaker goes on ("added"). Applied
 * after attribution, in the order of the text, so the ranker's candidates stay as they are.
 */
final class DescribedLastSpeaker {
  /** Sentences back the statement before may be in. */
  private static final int REACH = 3;
  /** Nouns for someone news quotes without naming, or for more than one person. */
  private static final Set<String> NOT_THE_ONE_BEFORE = Set.of("spokesman", "spokeswoman",
      "spokesperson", "official", "aide", "source", "insider", "representative", "witness",
      "analyst", "expert", "economist", "observer", "commentator", "critic", "duo", "pair",
      "trio", "couple", "twins", "partnership", "quartet", "family", "lawyer", "attorney",
      "solicitor", "agent", "counsel", "prosecutor", "judge", "jury", "coroner", "referee",
      "umpire", "victim", "police", "officer", "detective", "doctor", "nurse", "mother",
      "father", "wife", "husband", "son", "daughter", "brother", "sister", "friend", "neighbour",
      "neighbor", "colleague", "rival", "opponent", "interviewer", "host", "presenter", "man",
      "woman", "boy", "girl", "person", "people", "party", "staff", "crew");
  /** Cues by which a speaker goes on ("the coach added"). */
  private static final Set<String> GOING_ON = Set.of("add", "continue");

  private DescribedLastSpeaker() {}

  /** The statements with such descriptions resolved, in place, in the order of the text. */
  static void resolveAll(AnnotatedArticle article, ArticleEntities entities,
                         List<Statement> statements) {
    List<Integer> order = Statement.inMentionOrder(statements);
    Statement before = null;
    for (int i : order) {
      Statement s = statements.get(i);
      if (before != null && before.speakerMention().begin() < s.speakerMention().begin()) {
        s = resolve(article, entities, before, s);
        statements.set(i, s);
      }
      if (before == null || before.speakerMention().begin() < s.speakerMention().begin()) {
        before = s;
      }
    }
  }

  private static Statement resolve(AnnotatedArticle article, ArticleEntities entities,
                                   Statement before, Statement s) {
    Actor person = before.speaker();
    if (s.speaker() != null || s.speakerDescription() == null || person == null
        || person.type() != ActorType.PERSON) {
      return s;
    }
    Token head = Clauses.lastWordOf(article, s.speakerMention());
    Sentence here = head == null ? null : article.sentenceAt(head.begin());
    Sentence there = article.sentenceAt(before.speakerMention().begin());
    if (here == null || there == null || here.index() - there.index() > REACH
        || here.paragraph() - there.paragraph() > 1
        // "the MEP": letters for a member, which the tagger takes for a name
        || !(head.pos().equals("NN") || head.pos().equals("NNP") && "O".equals(head.ner())
            && head.word().equals(head.word().toUpperCase(Locale.ROOT)))
        || !head.deprel().startsWith("nsubj") || !personNoun(here, head)) {
      return s;
    }
    String noun = nounOf(here, head);
    Token verb = here.tokens().get(head.head());
    int from = Math.min(before.speakerMention().begin(), before.quote().outer().begin());
    // "X said … However, the England coach added": the cue says the speaker goes on, whatever
    // place the description gives
    boolean goesOn = s.cue() != null && GOING_ON.contains(s.cue())
        && here.index() - there.index() <= 1;
    if (s.cue() == null || !Clauses.lower(verb.lemma()).equals(s.cue())
        || !definite(entities, here, head)
        || !goesOn && !placeFits(article, entities, here, head, person)
        || namedBetween(article, entities, person, before.speakerMention().end(), head.begin())
        || namedInSentence(person, here, s.speakerMention())
        || spokenOf(article, noun, from, head.begin())
        || setAgainst(here, s) || !TopicNominals.agrees(person, TopicNominals.genderOf(noun))
        || titlesAnother(article, entities, person, noun)
        || RoleNominals.OFFICES.contains(noun) && titledOtherwise(entities, person, noun)) {
      return s;
    }
    return s.spokenBy(person, Statement.Rule.NOMINAL);
  }

  /** The noun's lemma in lower case, without a prefix like "co-" ("co-chairman"). */
  static String nounOf(Sentence sentence, Token head) {
    String noun = Clauses.hyphenedLemma(sentence, head);
    return noun.substring(noun.lastIndexOf('-') + 1);
  }

  /** A noun for one person that may stand for someone named. */
  static boolean personNoun(Sentence sentence, Token head) {
    String noun = nounOf(sentence, head);
    boolean person = Animacy.ANIMATE.contains(noun) || TopicNominals.EPITHETS.contains(noun)
        || RoleNominals.NOUNS.contains(noun) || RoleNominals.OFFICES.contains(noun);
    return person && !NOT_THE_ONE_BEFORE.contains(noun)
        && !BodyNominals.NOUNS.contains(noun) && !Animacy.DOCUMENTS.contains(noun);
  }

  /**
   * "the coach", "the Harriers coach", "Labour's leader": "the" or a body's possessive, and no
   * person's name or possessive ("his coach") or quantity inside.
   */
  static boolean definite(ArticleEntities entities, Sentence sentence, Token head) {
    boolean definite = false;
    for (Token t : sentence.dependents(head.index())) {
      Optional<Actor> named = entities.actorAt(t.span());
      String rel = t.deprel();
      if (rel.equals("det")) {
        if (!Clauses.lower(t.word()).equals("the")) {
          return false;
        }
        definite = true;
      } else if (rel.equals("nmod:poss")) {
        if (named.isEmpty() || named.get().type() == ActorType.PERSON) {
          return false;
        }
        definite = true;
      } else if (named.filter(a -> a.type() == ActorType.PERSON).isPresent()
          || rel.equals("nummod") || rel.equals("appos") || rel.startsWith("acl")) {
        return false;
      }
    }
    return definite;
  }

  /** Tags of a place or a people, which make a description that place's ("the Swedish …"). */
  static final Set<String> PLACES = Set.of("NATIONALITY", "LOCATION", "COUNTRY",
      "STATE_OR_PROVINCE", "CITY");

  /**
   * "The Swedish prime minister", "the England coach": a place before the noun makes the
   * description that place's, so it is the person only when the text ties them to that
   * country, or titles them with that place's word ("England coach Andy Robinson").
   */
  static boolean placeFits(AnnotatedArticle article, ArticleEntities entities,
                                   Sentence sentence, Token head, Actor person) {
    for (Token t : sentence.dependents(head.index())) {
      if (t.index() > head.index()) {
        continue;
      }
      Optional<Actor> place = entities.actorAt(t.span())
          .filter(a -> a.type() == ActorType.COUNTRY);
      boolean isPlace = place.isPresent() || t.ner() != null && PLACES.contains(t.ner());
      boolean tied = place.isPresent() && person.country() != null
          && person.country().equals(place.get().country());
      if (isPlace && !tied && !titledWith(article, person, t.word())) {
        return false;
      }
    }
    return true;
  }

  /** A name of the person comes within a few words after {@code word} in its sentence. */
  private static boolean titledWith(AnnotatedArticle article, Actor person, String word) {
    for (Span m : person.names()) {
      Sentence s = article.sentenceAt(m.begin());
      int first = s == null ? -1 : s.tokenAt(m.begin());
      for (int i = Math.max(0, first - 3); i >= 0 && i < first; i++) {
        if (s.tokens().get(i).word().equalsIgnoreCase(word)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Another person named between the two mentions, in quotes or not, also by a word of their
   * name that the tagger missed there ("fears that Rock, who …").
   */
  private static boolean namedBetween(AnnotatedArticle article, ArticleEntities entities,
                                      Actor person, int from, int to) {
    Set<String> words = new java.util.HashSet<>();
    for (Actor a : entities.actors()) {
      if (a == person || a.type() != ActorType.PERSON) {
        continue;
      }
      if (a.names().stream().anyMatch(m -> m.begin() >= from && m.end() <= to)) {
        return true;
      }
      // surnames: a title or first name alone is no mention of them
      a.names().forEach(m -> words.add(m.text().substring(m.text().lastIndexOf(' ') + 1)));
    }
    words.removeAll(List.of(person.label().split("\\s+")));
    for (Sentence s : article.sentences()) {
      for (Token t : s.tokens()) {
        if (t.begin() >= from && t.end() <= to && t.pos().startsWith("NNP")
            && words.contains(t.word())) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * "the prime minister was less rough with Mr Kennedy": the person named in the description's
   * own sentence is someone else than the description.
   */
  private static boolean namedInSentence(Actor person, Sentence here, Span mention) {
    return person.names().stream().anyMatch(m -> m.begin() >= here.begin()
        && m.end() <= here.end() && !m.overlaps(mention));
  }

  /**
   * "Why will the prime minister not act, he demanded. The prime minister claims …": the noun
   * used between the statement before and the description, its words included, is someone
   * its speaker spoke of.
   */
  private static boolean spokenOf(AnnotatedArticle article, String noun, int from, int to) {
    for (Sentence s : article.sentences()) {
      if (s.end() <= from || s.begin() >= to) {
        continue;
      }
      for (Token t : s.tokens()) {
        if (t.begin() >= from && t.end() <= to && t.pos().startsWith("NN")
            && Clauses.lower(t.lemma()).equals(noun)) {
          return true;
        }
      }
    }
    return false;
  }

  /** "But the coach argued …": a contrast, unless the cue says the speaker goes on. */
  static boolean setAgainst(Sentence here, Statement s) {
    Token first = here.tokens().get(0);
    return RoleNominals.CONTRASTS.contains(Clauses.lower(first.word()))
        && (s.cue() == null || !GOING_ON.contains(s.cue()));
  }

  /**
   * The article gives the noun to another person: as a word of their name's phrase ("coach
   * Ann Lee", "Ann Lee, the coach,") or as their title.
   */
  static boolean titlesAnother(AnnotatedArticle article, ArticleEntities entities,
                                       Actor person, String noun) {
    for (org.newskg.resolve.Role r : entities.roles()) {
      if (!r.holder().key().equals(person.key()) && r.title() != null
          && r.title().endsWith(noun)) {
        return true;
      }
    }
    for (Sentence s : article.sentences()) {
      for (Token t : s.tokens()) {
        if (!t.pos().startsWith("NN") || !Clauses.lower(t.lemma()).equals(noun)) {
          continue;
        }
        Token other = t.head() >= 0 ? s.tokens().get(t.head()) : null;
        if (named(entities, other, person) || s.dependents(t.index()).stream()
            .anyMatch(d -> d.deprel().equals("appos") && named(entities, d, person))) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean named(ArticleEntities entities, Token t, Actor person) {
    return t != null && t.pos().startsWith("NNP") && entities.actorAt(t.span())
        .filter(a -> a.type() == ActorType.PERSON && a != person).isPresent();
  }

  /** The article titles the person, and no title is the office {@code noun}. */
  static boolean titledOtherwise(ArticleEntities entities, Actor person, String noun) {
    boolean any = false;
    for (org.newskg.resolve.Role r : entities.roles()) {
      if (!r.holder().key().equals(person.key()) || r.title() == null) {
        continue;
      }
      if (r.title().endsWith(noun)) {
        return false;
      }
      any = true;
    }
    return any;
  }
}
