package org.newskg.attribute;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.newskg.extract.AnnotatedArticle;
import org.newskg.extract.Sentence;
import org.newskg.extract.Span;
import org.newskg.extract.Token;
import org.newskg.resolve.Actor;
import org.newskg.resolve.ActorType;
import org.newskg.resolve.ArticleEntities;
import org.newskg.resolve.Names;
import org.newskg.resolve.Role;

/**
 * "Club director Ann Lee held talks with Strachan. The former Scotland international added
 * that …", "Ms Byrne wrote to Mr Dale … In a furious response, the first minister said …": a
 * definite description of one person that the other steps left a description stands for the
 * person the text named last before it, as a reader takes it, when no one else can be meant.
 * Walking back from the description over its own sentence and the two before it (within a
 * paragraph of it), the first sentence that names a person who fits must name only one. A
 * person does not fit who is named in what was said (people speak of themselves as "I"),
 * whose gender the noun or a pronoun opening what was said contradicts, whom the text does
 * not tie to a name or place among the description's words ("the England striker"), whom the
 * text titles there with other words ("coach John Hale", "Deputy Mayor Ann Lee" for "the
 * mayor"; a title held once, "ex-chat show host", sets no one apart from another noun),
 * whose noun the article gives someone else, or who holds another office when the
 * noun is an office ("Mr Dale", the deputy prime minister, is not "the prime minister"). The
 * noun met on the way back after a name ("Ann Lee said the coach had failed") is whom it was
 * used for there: only a name after it counts. A description set right beside a name ("Ann
 * Lee - the club's largest investor - said", a phrase the parse took apart) is that name's.
 *
 * <p>Left as they are: nouns for someone news quotes unnamed ("the spokesman") or for anyone
 * ("the man"), as {@link DescribedLastSpeaker} leaves them, nouns for a part played at an
 * event ("the heckler"), nouns for many ("the public"); a description a contrast opens ("But
 * the coach argued"), which sets it against who came before; and an office in a sentence
 * naming another office ("the prime minister hailed his chancellor") or naming a person
 * before it, or an office made someone else's ("the shadow chancellor"), where only who holds
 * which tells them apart. Applied after the other description steps, so the ranker's
 * candidates stay as they are.
 */
final class DescribedNamedBefore {
  /** Sentences back the name may be in. */
  private static final int REACH = 2;
  /** Nouns for a part someone plays at an event, which news gives people it does not name. */
  private static final Set<String> PARTS = Set.of("heckler", "narrator", "caller", "protester",
      "demonstrator", "voter", "supporter", "attendee", "viewer", "listener", "reader",
      "bystander", "customer", "resident", "passenger", "driver", "shopper", "fan");
  /** Nouns for many people at once. */
  private static final Set<String> MANY = Set.of("public", "crowd", "audience", "electorate",
      "population", "community", "team", "squad", "side", "board", "panel", "jury");
  /** Words of a title that make it another office than the plain one ("deputy mayor"). */
  private static final Set<String> QUALIFIERS = Set.of("deputy", "vice", "assistant", "acting",
      "shadow", "former", "ex", "junior", "interim");

  private DescribedNamedBefore() {}

  static Statement resolve(AnnotatedArticle article, ArticleEntities entities, Statement s) {
    if (s.speaker() != null || s.speakerDescription() == null || s.speakerMention() == null
        || Statement.KIND_TERM.equals(s.kind())) {
      return s;
    }
    Token head = Clauses.lastWordOf(article, s.speakerMention());
    Sentence here = head == null ? null : article.sentenceAt(head.begin());
    if (here == null || !commonOrTitle(head) || !head.deprel().startsWith("nsubj")
        || article.insideQuote(head.span())) {
      return s;
    }
    int first = ReportedClauses.firstUnder(here, head);
    // "High, the union's referees' manager, claimed …": the name the description is set beside
    Actor beside = nameRightBefore(entities, here, head, first);
    if (beside != null) {
      return s.spokenBy(beside, Statement.Rule.NOMINAL);
    }
    if (!DescribedLastSpeaker.personNoun(here, head)
        || !DescribedLastSpeaker.definite(entities, here, head)
        || DescribedLastSpeaker.setAgainst(here, s)) {
      return s;
    }
    String noun = DescribedLastSpeaker.nounOf(here, head);
    String words = wordsOf(here, first, head.index());
    boolean office = RoleNominals.OFFICES.contains(noun);
    boolean someoneElses = List.of(words.split(" ")).stream()
        .anyMatch(RoleNominals.SOMEONE_ELSES::contains);
    if (MANY.contains(noun) || PARTS.contains(noun) || office && someoneElses
        || office && otherOffice(here, head, noun)) {
      return s;
    }
    for (int k = here.index(); k >= 0 && k >= here.index() - REACH; k--) {
      Sentence sentence = article.sentences().get(k);
      if (here.paragraph() - sentence.paragraph() > 1) {
        break;
      }
      int end = k == here.index() ? here.tokens().get(first).begin() : sentence.end();
      // "Ann Lee said the coach had failed. The coach said …": the noun, met on the way
      // back after a name, is whom it was used for there; only a name after it may be meant
      int used = lastUse(sentence, noun, end);
      int from = Math.max(sentence.begin(), used);
      // "claims Mr Dale hosted a dinner where the prime minister told …": a person the
      // office's own sentence names is someone it sets beside the office, as with
      // DescribedLastSpeaker
      boolean besideOffice = office && k == here.index() && entities.actors().stream()
          .anyMatch(a -> a.type() == ActorType.PERSON && a.names().stream()
              .anyMatch(m -> m.begin() >= from && m.end() <= end));
      if (besideOffice) {
        return s;
      }
      Set<Actor> fitting = new LinkedHashSet<>();
      for (Actor a : entities.actors()) {
        List<Span> there = a.type() != ActorType.PERSON ? List.of() : a.names().stream()
            .filter(m -> m.begin() >= from && m.end() <= end && !article.insideQuote(m))
            .toList();
        if (!there.isEmpty() && fits(article, entities, s, here, head, noun, words, office, a,
            there)) {
          fitting.add(a);
        }
      }
      if (fitting.size() == 1) {
        return s.spokenBy(fitting.iterator().next(), Statement.Rule.NOMINAL);
      }
      if (fitting.size() > 1 || used >= 0) {
        return s;
      }
    }
    return s;
  }

  /**
   * A common noun, or a title written with a capital that names no one ("The MEP said", "The
   * Co-Chairman said"): the tagger gives such a title no entity of its own.
   */
  private static boolean commonOrTitle(Token head) {
    return head.pos().equals("NN") || head.pos().equals("NNP")
        && (head.ner() == null || head.ner().equals("O") || head.ner().equals("TITLE"));
  }

  private static boolean fits(AnnotatedArticle article, ArticleEntities entities, Statement s,
                              Sentence here, Token head, String noun, String words,
                              boolean office, Actor person, List<Span> mentions) {
    return person.names().stream().noneMatch(m -> s.quote().inner().contains(m))
        && TopicNominals.agrees(person, TopicNominals.genderOf(noun))
        && TopicNominals.agrees(person, genderSaid(s))
        && namesFit(article, entities, here, head, person)
        && !DescribedLastSpeaker.titlesAnother(article, entities, person, noun)
        && !(office && (holdsAnother(entities, person, noun, words)
            || !DescribedLastSpeaker.placeFits(article, entities, here, head, person)))
        && mentions.stream().noneMatch(m -> titledOtherwise(article, m, noun, words));
  }

  /**
   * A name of the person comes right after {@code word} in a title: only words of a title
   * between ("England forward Michael Owen", "Lib Dem leader Charles Kennedy"), no comma.
   */
  private static boolean titledWith(AnnotatedArticle article, Actor person, String word) {
    for (Span m : person.names()) {
      Sentence s = article.sentenceAt(m.begin());
      int first = s == null ? -1 : s.tokenAt(m.begin());
      for (int i = first - 1; i >= 0 && i >= first - 4; i--) {
        Token t = s.tokens().get(i);
        if (t.word().equalsIgnoreCase(word)) {
          return true;
        }
        if (!t.pos().startsWith("NN") && !t.pos().startsWith("JJ")) {
          break;
        }
      }
    }
    return false;
  }

  /** "she said she would stay": the gender of a pronoun that opens what was said. */
  static Actor.Gender genderSaid(Statement s) {
    String text = s.quote().inner().text();
    String first = Clauses.lower(text.split("[^\\p{L}]+", 2)[0]);
    return first.equals("he") ? Actor.Gender.MALE
        : first.equals("she") ? Actor.Gender.FEMALE : Actor.Gender.UNKNOWN;
  }

  /**
   * "the England striker", "the Russian leader", "the Republican nominee": a name or a place
   * among the description's words makes it someone the text ties to them: a person titled with
   * that word ("England forward Michael Owen") or of that country.
   */
  private static boolean namesFit(AnnotatedArticle article, ArticleEntities entities,
                                  Sentence here, Token head, Actor person) {
    for (int i = ReportedClauses.firstUnder(here, head); i < head.index(); i++) {
      Token t = here.tokens().get(i);
      boolean named = t.pos().startsWith("NNP") || t.ner() != null
          && DescribedLastSpeaker.PLACES.contains(t.ner())
          || t.pos().startsWith("JJ") && Character.isUpperCase(t.word().codePointAt(0));
      if (!named) {
        continue;
      }
      boolean country = entities.actorAt(t.span()).filter(a -> a.type() == ActorType.COUNTRY)
          .map(a -> a.country() != null && a.country().equals(person.country())).orElse(false);
      if (!country && !titledWith(article, person, t.word())) {
        return false;
      }
    }
    return true;
  }

  /** Where the last use of the noun before {@code end} in the sentence ends, or -1. */
  private static int lastUse(Sentence s, String noun, int end) {
    int last = -1;
    for (Token t : s.tokens()) {
      if (t.end() <= end && t.pos().startsWith("NN") && Clauses.lower(t.lemma()).equals(noun)) {
        last = t.end();
      }
    }
    return last;
  }

  /** The description's words in lower case, without its determiner: "former finance officer". */
  private static String wordsOf(Sentence s, int first, int head) {
    List<String> out = new ArrayList<>();
    for (int i = first; i <= head; i++) {
      Token t = s.tokens().get(i);
      if (!t.deprel().equals("det") && !t.deprel().equals("nmod:poss") && !t.pos().equals("POS")) {
        out.add(Clauses.lower(t.word()));
      }
    }
    return String.join(" ", out);
  }

  /**
   * "Ann Lee - the club's largest investor - said": the person named right before the
   * description, a comma or a dash between, or null. The parse may have taken the name into
   * the description's own phrase.
   */
  private static Actor nameRightBefore(ArticleEntities entities, Sentence s, Token head,
                                       int first) {
    boolean set = false;
    for (int i = head.index() - 1; i >= 0 && i >= first - 3; i--) {
      Token t = s.tokens().get(i);
      boolean mark = t.pos().equals(",") || t.pos().equals(":") || t.word().matches("[-–—]+");
      Actor named = entities.actorAt(t.span()).filter(a -> a.type() == ActorType.PERSON)
          .orElse(null);
      if (set && named != null && t.pos().startsWith("NNP")) {
        // not a name a clause before took ("Asked about Ann Lee, the chairman said")
        Token phrase = t;
        while (phrase.head() >= 0 && (phrase.deprel().startsWith("compound")
            || phrase.deprel().startsWith("flat"))
            && "PERSON".equals(s.tokens().get(phrase.head()).ner())) {
          phrase = s.tokens().get(phrase.head());
        }
        String rel = Clauses.baseRelation(phrase.deprel());
        return s.preposition(phrase.index()) == null && !rel.equals("obj")
            && !rel.equals("obl") && !rel.equals("iobj") ? named : null;
      }
      if (i < first && !mark) {
        return null;
      }
      set |= mark;
    }
    return null;
  }

  /** "the prime minister hailed his chancellor": another office in the description's sentence. */
  private static boolean otherOffice(Sentence s, Token head, String noun) {
    return s.tokens().stream().anyMatch(t -> t != head && t.pos().startsWith("NN")
        && RoleNominals.OFFICES.contains(Clauses.lower(t.lemma()))
        && !Clauses.lower(t.lemma()).equals(noun));
  }

  /**
   * "coach John Hale", "Deputy Mayor Ann Lee": title words right before the name that are not
   * the description's: another noun for people, or a qualifier the description lacks.
   */
  private static boolean titledOtherwise(AnnotatedArticle article, Span name, String noun,
                                         String words) {
    Sentence s = article.sentenceAt(name.begin());
    int first = s == null ? -1 : s.tokenAt(name.begin());
    List<String> title = new ArrayList<>();
    int before = first - 1;
    while (before >= 0 && honorific(s.tokens().get(before).word())) {
      before--;
    }
    for (int i = before; i >= 0 && i >= before - 2; i--) {
      Token t = s.tokens().get(i);
      String lemma = Clauses.lower(t.lemma());
      String word = Clauses.lower(t.word());
      boolean personWord = Animacy.ANIMATE.contains(lemma) || RoleNominals.NOUNS.contains(lemma)
          || RoleNominals.OFFICES.contains(lemma) || TopicNominals.EPITHETS.contains(lemma);
      if (!(t.pos().startsWith("NN") || t.pos().startsWith("JJ"))
          || !personWord && !QUALIFIERS.contains(word)
              && !RoleNominals.TITLE_PARTS.contains(word)) {
        break;
      }
      title.add(0, personWord ? lemma : word);
    }
    if (title.isEmpty()) {
      return false;
    }
    boolean past = formerly(s, before - title.size()) || title.contains("former")
        || title.contains("ex");
    if (past && !title.get(title.size() - 1).equals(noun)) {
      // "Ex-chat show host Ann Lee … The MEP said": a title she held once says nothing of
      // what she is now
      return false;
    }
    List<String> described = List.of(words.split(" "));
    return !title.get(title.size() - 1).equals(noun) || title.stream()
        .anyMatch(w -> QUALIFIERS.contains(w) && !described.contains(w));
  }

  /**
   * The title's phrase, ending at token {@code end}, is a past one: "former" or an "ex-" word
   * opens it ("former Cabinet minister", "Ex-chat show host").
   */
  private static boolean formerly(Sentence s, int end) {
    for (int i = end; i >= 0 && i >= end - 3; i--) {
      Token t = s.tokens().get(i);
      String word = Clauses.lower(t.word());
      if (word.equals("former") || word.startsWith("ex-") || word.equals("ex")) {
        return true;
      }
      if (!t.pos().startsWith("NN") && !t.pos().startsWith("JJ")) {
        return false;
      }
    }
    return false;
  }

  /** A word of address before a name ("Mr", "Dr.", "Rev"), which says nothing of a role. */
  private static boolean honorific(String word) {
    String bare = Clauses.lower(word).replace(".", "");
    return Names.HONORIFICS.contains(bare) || bare.equals("rev");
  }

  /** The article gives the person a title that is another office than the description's. */
  private static boolean holdsAnother(ArticleEntities entities, Actor person, String noun,
                                      String words) {
    boolean any = false;
    for (Role r : entities.roles()) {
      if (!r.holder().key().equals(person.key()) || r.title() == null) {
        continue;
      }
      if (r.title().equals(words)) {
        return false;
      }
      boolean qualified = List.of(r.title().split(" ")).stream()
          .anyMatch(w -> QUALIFIERS.contains(w) || RoleNominals.TITLE_PARTS.contains(w));
      if (r.title().endsWith(noun) && !qualified && words.equals(noun)) {
        return false;
      }
      any = true;
    }
    return any;
  }
}
