package org.newskg.attribute;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.newskg.extract.AnnotatedArticle;
import org.newskg.extract.Sentence;
import org.newskg.extract.Token;
import org.newskg.resolve.Actor;
import org.newskg.resolve.ActorType;
import org.newskg.resolve.ArticleEntities;

/**
 * "Apple and Motorola announced they were getting together", "the Conservatives and Liberal
 * Democrats say they want the advice published", "wine makers and farmers said the support was
 * too little": a subject of names or nouns joined by "and" speaks together; the ranker picks
 * one of them, and a reader takes the statement for all of theirs. The speaker becomes a
 * description in their names ("Apple and Motorola"), as {@link NamedGroup} writes a group the
 * article named, since it is no one actor. Applied after attribution, to the subject of the
 * statement's own verb of saying (or of the verb its participle of saying hangs from), the
 * author of a document that is that subject, and the source of "according to".
 */
final class JointSpeakers {
  private JointSpeakers() {}

  static Statement resolve(AnnotatedArticle article, ArticleEntities entities, Statement s) {
    if (s.speakerMention() == null || s.cue() == null) {
      return s;
    }
    Token mentioned = Clauses.lastWordOf(article, s.speakerMention());
    Sentence sentence = mentioned == null ? null : article.sentenceAt(mentioned.begin());
    if (sentence == null || !mentioned.pos().startsWith("NN")
        || article.insideQuote(mentioned.span())) {
      return s;
    }
    Token document = coordinationStart(sentence, mentioned);
    // "Reports in the Journal and the Times suggested …": the document's authors
    Token first = sentence.dependents(document.index()).stream()
        .filter(d -> DocumentSources.document(document) && d.deprel().startsWith("nmod")
            && authorsPreposition(sentence.preposition(d.index()), d)
            && sentence.dependents(d.index()).stream().anyMatch(x -> x.deprel().equals("conj")))
        .findFirst().orElse(document);
    int verb = speaking(sentence, first, s.cue());
    if (verb == NONE || article.insideQuote(first.span()) || describesName(sentence, mentioned,
        first)) {
      return s;
    }
    // (a conjunct joined by "&" is part of the name: "Bradford & Bingley")
    List<Token> conjuncts = sentence.dependents(first.index()).stream()
        .filter(d -> d.deprel().equals("conj") && d.index() > first.index()
            && d.pos().startsWith("NN") && !article.insideQuote(d.span())
            && sentence.dependents(d.index()).stream()
                .noneMatch(x -> x.deprel().equals("cc") && x.word().equals("&")))
        .toList();
    // joined by "and", not "or" or "but", and ending before the verb
    if (conjuncts.isEmpty() || conjuncts.stream().anyMatch(c -> verb >= 0 && c.index() > verb
        || sentence.dependents(c.index()).stream().filter(d -> d.deprel().equals("cc"))
            .anyMatch(d -> !Clauses.lower(d.word()).equals("and")))
        || conjuncts.stream().noneMatch(c -> sentence.dependents(c.index()).stream()
            .anyMatch(d -> d.deprel().equals("cc")))) {
      return s;
    }
    if (oneWithTwoRoles(entities, sentence, first, conjuncts)) {
      return s;
    }
    // an "and" the tagger took into a name ("Qualifications and Curriculum Authority",
    // "Ironhorse Oil and Gas") joins no one
    boolean insideName = conjuncts.stream().flatMap(c -> sentence.dependents(c.index()).stream())
        .anyMatch(d -> d.deprel().equals("cc") && d.ner() != null && !d.ner().equals("O"));
    if (insideName) {
      return s;
    }
    // "Paramount, Universal and Warner Brothers": a one-word name the tagger missed in a list
    // of bodies it named is one more body
    long bodies = Stream.concat(Stream.of(first), conjuncts.stream())
        .filter(t -> entities.actorAt(t.span())
            .filter(a -> a.type() == ActorType.ORGANIZATION).isPresent())
        .count();
    boolean amongBodies = bodies >= 2;
    List<String> names = new ArrayList<>();
    names.add(nameOf(article, entities, sentence, first,
        ReportedClauses.under(sentence, mentioned, first)
            && conjuncts.stream().noneMatch(c -> ReportedClauses.under(sentence, mentioned, c))
            ? s : null, amongBodies));
    for (Token c : conjuncts) {
      names.add(nameOf(article, entities, sentence, c,
          ReportedClauses.under(sentence, mentioned, c) ? s : null, amongBodies));
    }
    if (names.contains(null) || names.stream().distinct().count() < names.size()) {
      return s;
    }
    return s.describedOnlyAs(together(names));
  }

  /**
   * "Shares in Elan and Biogen Idec plunged … The companies said …": "the companies", "the two
   * firms", "both groups", with nothing else in their words, are the organizations the article
   * named joined by "and" last before them, in their paragraph or the two before, when no other
   * organization was a clause's subject on its own since; as many as a number in the words
   * says. Applied after attribution, like the other description steps.
   */
  static Statement bodiesNamedBefore(AnnotatedArticle article, ArticleEntities entities,
                                     Statement s) {
    Token head = Clauses.describedHead(article, s);
    Sentence here = head == null ? null : article.sentenceAt(head.begin());
    if (here == null || article.insideQuote(head.span())) {
      return s;
    }
    // "Kostas Kenteris and Katerina Thanou … The pair said": two people, as bodies are
    boolean pair = head.pos().equals("NN") && PAIRS.contains(Clauses.lower(head.lemma()));
    if (!pair && (!head.pos().equals("NNS")
        || !BodyNominals.NOUNS.contains(Clauses.lower(head.lemma())))) {
      return s;
    }
    ActorType type = pair ? ActorType.PERSON : ActorType.ORGANIZATION;
    int count = pair ? 2 : 0;
    boolean definite = false;
    for (Token d : here.dependents(head.index())) {
      String word = Clauses.lower(d.word());
      if (d.deprel().equals("det") && (word.equals("the") || word.equals("both"))
          || d.deprel().equals("cc:preconj") && word.equals("both")) {
        definite = true;
        count = word.equals("both") ? 2 : count;
      } else if (d.deprel().equals("nummod") && NUMBERS.containsKey(word)) {
        count = NUMBERS.get(word);
      } else {
        return s;  // "the tobacco companies", "the firms involved": other words say which
      }
    }
    if (!definite) {
      return s;
    }
    // "Mitsubishi Motors has struck a deal to supply Peugeot … The two firms said": as many as
    // the number says, and all that the sentence right before names, joined or not
    if (count > 0 && here.index() > 0) {
      Sentence before = article.sentences().get(here.index() - 1);
      List<Actor> named = new ArrayList<>();
      for (Token t : before.tokens()) {
        entities.actorAt(t.span()).filter(a -> a.type() == type && !named.contains(a)
            && !article.insideQuote(t.span())).ifPresent(named::add);
      }
      boolean ownBefore = here.tokens().stream().anyMatch(t -> t.end() <= head.begin()
          && entities.actorAt(t.span()).filter(a -> a.type() == type).isPresent());
      if (named.size() == count && !ownBefore && before.paragraph() >= here.paragraph() - 1) {
        return s.describedOnlyAs(together(named.stream().map(Actor::label).toList()));
      }
    }
    // walking back: bodies that were a clause's subject on their own since must be among those
    // joined ("Elan lost 70% while Biogen Idec shed 43%" after "Elan and Biogen Idec")
    Set<Actor> since = new HashSet<>();
    List<Sentence> sentences = article.sentences();
    for (int k = here.index(); k >= 0; k--) {
      Sentence sentence = sentences.get(k);
      if (here.paragraph() - sentence.paragraph() > 2) {
        break;
      }
      List<Token> tokens = sentence.tokens();
      for (int i = tokens.size() - 1; i >= 0; i--) {
        Token t = tokens.get(i);
        if (k == here.index() && t.begin() >= head.begin() || article.insideQuote(t.span())) {
          continue;
        }
        Optional<Actor> body = entities.actorAt(t.span())
            .filter(a -> a.type() == type);
        if (body.isEmpty()) {
          continue;
        }
        Token phrase = nameHead(sentence, t);
        if (phrase.deprel().equals("nmod:poss")) {
          continue;  // "Biogen Idec's existing drug" names no new topic
        }
        Token first = phrase.deprel().equals("conj") && phrase.head() >= 0
            ? tokens.get(phrase.head()) : phrase;
        List<Actor> joined = new ArrayList<>();
        entities.actorAt(first.span()).filter(a -> a.type() == type)
            .ifPresent(joined::add);
        for (Token c : sentence.dependents(first.index())) {
          if (c.deprel().equals("conj") && sentence.dependents(c.index()).stream().anyMatch(x ->
              x.deprel().equals("cc") && Set.of("and", "&").contains(Clauses.lower(x.word())))) {
            entities.actorAt(c.span()).filter(a -> a.type() == type
                && !joined.contains(a)).ifPresent(joined::add);
          }
        }
        if (joined.size() < 2) {
          if (phrase.deprel().startsWith("nsubj")) {
            since.add(body.get());
          }
          continue;
        }
        if (!joined.containsAll(since) || count > 0 && joined.size() != count) {
          return s;
        }
        return s.describedOnlyAs(together(joined.stream().map(Actor::label).toList()));
      }
    }
    return s;
  }

  /**
   * "Eva Lund's coach and manager Ann Marsh said": a singular noun for a person's role joined
   * by "and" to a person's name that has a role of its own right before it is one person with
   * two roles, not two speakers ("his band and collaborator Ann Marsh" are two).
   */
  private static boolean oneWithTwoRoles(ArticleEntities entities, Sentence sentence,
                                         Token first, List<Token> conjuncts) {
    String noun = Clauses.lower(first.lemma());
    if (conjuncts.size() != 1 || !first.pos().equals("NN")
        || entities.actorAt(first.span()).isPresent() || BodyNominals.NOUNS.contains(noun)
        || !Animacy.ANIMATE.contains(noun) && !RoleNominals.NOUNS.contains(noun)) {
      return false;
    }
    Token name = conjuncts.get(0);
    if (entities.actorAt(name.span()).filter(a -> a.type() == ActorType.PERSON).isEmpty()) {
      return false;
    }
    Token and = sentence.dependents(name.index()).stream()
        .filter(d -> d.deprel().equals("cc")).findFirst().orElse(null);
    if (and == null || and.index() + 1 >= name.index()) {
      return false;
    }
    List<Token> between = sentence.tokens().subList(and.index() + 1, name.index());
    // the role's words, then the name's: "manager Ann Marsh"
    return roleWord(between.get(0)) && entities.actorAt(between.get(0).span()).isEmpty()
        && between.stream().allMatch(t -> roleWord(t) || t.pos().startsWith("NN")
            && entities.actorAt(t.span()).filter(a -> a.type() == ActorType.PERSON).isPresent());
  }

  /** A common noun in lower case: "manager". */
  private static boolean roleWord(Token t) {
    return t.pos().equals("NN") && Character.isLowerCase(t.word().charAt(0));
  }

  /** "A and B", "A, B and C". */
  private static String together(List<String> names) {
    return String.join(", ", names.subList(0, names.size() - 1)) + " and "
        + names.get(names.size() - 1);
  }

  /** Nouns for two people together. */
  private static final Set<String> PAIRS = Set.of("pair", "duo", "couple");

  /** Numbers a description counts bodies by. */
  private static final Map<String, Integer> NUMBERS = Map.of("two", 2, "three", 3, "four", 4);

  /**
   * The first noun of the coordination the mention is in ("The prime minister and his campaign
   * boss Alan Milburn have insisted": the ranker took the second), past the noun a name hangs
   * on; the mention's own noun when it is in none.
   */
  private static Token coordinationStart(Sentence sentence, Token mentioned) {
    Token noun = mentioned;
    while (noun.head() >= 0 && ATTACHED.contains(noun.deprel())
        && sentence.tokens().get(noun.head()).pos().startsWith("NN")) {
      noun = sentence.tokens().get(noun.head());
    }
    boolean joined = noun.deprel().equals("conj") && noun.head() >= 0
        && sentence.tokens().get(noun.head()).pos().startsWith("NN");
    return joined ? sentence.tokens().get(noun.head()) : noun;
  }

  /**
   * "China, Pyongyang's only ally and its economic lifeline, said …": nouns joined after a name
   * and a comma describe that name, twice; they are not others speaking with it.
   */
  private static boolean describesName(Sentence sentence, Token mentioned, Token first) {
    int start = ReportedClauses.firstUnder(sentence, first);
    boolean afterMention = mentioned.pos().startsWith("NNP") && mentioned.index() < first.index()
        && sentence.tokens().subList(mentioned.index() + 1, first.index()).stream()
            .anyMatch(t -> t.word().equals(","));
    if (start < 2 || !sentence.tokens().get(start - 1).word().equals(",")
        || !sentence.tokens().get(start - 2).pos().startsWith("NNP")) {
      return afterMention;
    }
    // the name heads no phrase of a preposition ("On Sunday, A and B said", "Despite the row
    // over NCLB, experts and lawmakers say")
    Token name = nameHead(sentence, sentence.tokens().get(start - 2));
    return afterMention || sentence.preposition(name.index()) == null;
  }

  /** The word a name's word hangs in: past its compounds and flat parts. */
  private static Token nameHead(Sentence sentence, Token word) {
    Token name = word;
    while (name.head() >= 0 && (name.deprel().startsWith("compound")
        || name.deprel().startsWith("flat"))) {
      name = sentence.tokens().get(name.head());
    }
    return name;
  }

  /** How a name hangs on the noun it names ("his campaign boss Alan Milburn"). */
  private static final Set<String> ATTACHED = Set.of("dep", "appos", "flat", "compound");

  /** How a document's author hangs on it: "surveys from X", "a study by X", "reports in X". */
  private static final Set<String> DOCUMENT_PREPOSITIONS = Set.of("from", "by", "in");

  /** "reports in" a newspaper, not "polls in" a place. */
  private static boolean authorsPreposition(String preposition, Token author) {
    return preposition != null && DOCUMENT_PREPOSITIONS.contains(preposition)
        && (!preposition.equals("in") || author.pos().startsWith("NNP")
            && (author.ner() == null || !DescribedLastSpeaker.PLACES.contains(author.ner())));
  }

  /** {@link #speaking}: the noun does not speak in the statement's own words. */
  private static final int NONE = -2;

  /**
   * Where the verb of saying is that {@code noun} is the speaker of: the noun is its subject,
   * or the subject of a verb it is joined to ("have said … and claim …") or that its
   * participle hangs from ("Airlines have reacted strongly, saying …"), or the author of a
   * document that is ("surveys from Nationwide and Halifax have indicated …"); -1 for the
   * source of "according to", which has no verb; {@link #NONE} when the noun is none of these.
   */
  private static int speaking(Sentence sentence, Token noun, String cue) {
    if (noun.head() < 0) {
      return NONE;
    }
    Token up = sentence.tokens().get(noun.head());
    if (cue.equals("according to")) {
      return sentence.dependents(noun.index()).stream()
          .anyMatch(d -> Clauses.lower(d.word()).equals("according")) ? -1 : NONE;
    }
    String prep = sentence.preposition(noun.index());
    if (noun.deprel().startsWith("nmod") && authorsPreposition(prep, noun)
        && DocumentSources.document(up) && up.deprel().startsWith("nsubj") && up.head() >= 0) {
      noun = up;
      up = sentence.tokens().get(up.head());
    }
    if (!noun.deprel().startsWith("nsubj")) {
      return NONE;
    }
    if (Clauses.lower(up.lemma()).equals(cue)) {
      return up.index();
    }
    // "have said the sums do not add up and claim it would cut services": a verb of saying
    // joined to the subject's verb, with no subject of its own, shares it
    boolean joined = sentence.dependents(up.index()).stream().anyMatch(d ->
        d.deprel().equals("conj") && Clauses.lower(d.lemma()).equals(cue)
            && d.pos().startsWith("VB") && sentence.dependents(d.index()).stream()
                .noneMatch(x -> x.deprel().startsWith("nsubj")));
    if (joined) {
      return up.index();
    }
    Token verb = up;
    boolean participle = sentence.tokens().stream().anyMatch(d -> d.index() > verb.index()
        && Clauses.lower(d.lemma()).equals(cue) && d.pos().equals("VBG")
        && ReportedClauses.under(sentence, d, verb)
        && sentence.dependents(d.index()).stream().noneMatch(x -> x.deprel().startsWith("nsubj")));
    return participle ? verb.index() : NONE;
  }

  /**
   * The conjunct's actor's name, or else its words ("wine makers", "Liberal Democrats"); for the
   * first conjunct, the statement's own speaker or description where it has one. A bare
   * singular noun is a name only {@code amongBodies}, in a list of named organizations.
   */
  private static String nameOf(AnnotatedArticle article, ArticleEntities entities,
                               Sentence sentence, Token conjunct, Statement s,
                               boolean amongBodies) {
    if (s != null && s.speaker() != null) {
      // the name itself where the ranker gave its mention another of the names
      return entities.actorAt(conjunct.span()).filter(a -> a.type() == s.speaker().type())
          .orElse(s.speaker()).label();
    }
    if (s != null && s.speakerDescription() != null) {
      return s.speakerDescription().replaceFirst("^(?i)(the|a|an) ", "");
    }
    if (s == null) {
      Actor named = entities.actorAt(conjunct.span()).orElse(null);
      if (named != null) {
        return named.label();
      }
    }
    // a bare singular noun the tagger names nothing is a title of the same person ("Hillary
    // Clinton and current Democratic nominee", "Kamal Nath, Commerce and Industry Minister"),
    // not someone else
    boolean determined = sentence.dependents(conjunct.index()).stream()
        .anyMatch(d -> d.deprel().equals("det") || d.deprel().equals("nmod:poss"));
    boolean tagged = conjunct.ner() != null && !conjunct.ner().equals("O");
    boolean missedName = amongBodies && conjunct.pos().equals("NNP")
        && sentence.dependents(conjunct.index()).stream()
            .noneMatch(d -> d.deprel().startsWith("compound"));
    if (s == null && !conjunct.pos().endsWith("S") && !determined && !tagged && !missedName) {
      return null;
    }
    // "the British Retail Consortium and accountants KPMG": the body named right after what
    // it is, where the parser hung the name on the noun
    Optional<Actor> after = conjunct.index() + 1 < sentence.tokens().size()
        && (conjunct.pos().equals("NN") || conjunct.pos().equals("NNS"))
        ? NameAfterKind.organizationAt(sentence, conjunct.index() + 1, entities)
        : Optional.empty();
    if (after.isPresent()) {
      return after.get().label();
    }
    String described = Clauses.describe(sentence, conjunct);
    if (described == null) {
      return null;
    }
    described = described.replaceFirst("^(?i)(the|a|an) ", "");
    // "RT and its defenders"
    String owner = sentence.dependents(conjunct.index()).stream()
        .filter(d -> d.deprel().equals("nmod:poss") && d.pos().equals("PRP$"))
        .map(d -> Clauses.lower(d.word())).findFirst().orElse(null);
    return owner == null ? described : owner + " " + described;
  }
}
