package org.newskg.attribute;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newskg.data.WordList;
import org.newskg.extract.AnnotatedArticle;
import org.newskg.extract.Sentence;
import org.newskg.extract.Span;
import org.newskg.extract.Token;
import org.newskg.resolve.Actor;
import org.newskg.resolve.ActorType;
import org.newskg.resolve.Antecedents;
import org.newskg.resolve.ArticleEntities;

/**
 * "Mr Blair warned. The prime minister also urged …": an office named with "the", which no one
 * in the article carries as a title, stands for the person named as a clause subject right
 * before it: news varies the name of the person it is following. Only on that evidence, and
 * not when the person speaks of the office as someone else or carries another title: in
 * British news the holder of an office is often never named ("Michael Howard demanded … The
 * prime minister claims …"), and the office then stays a description, right as it stands. (A
 * person the article does title so is found first, by {@link Clauses#personWithRole}.)
 */
final class RoleNominals {
  static final Set<String> NOUNS = WordList.load("/attribute/role-nouns.txt");

  /** Words that make an office another person's: the opposition's, or one held before. */
  static final Set<String> SOMEONE_ELSES = Set.of("shadow", "former", "ex", "then",
      "late", "previous", "junior", "assistant", "acting", "opposition");

  /** Words of an office's own name: "prime minister", not "band leader". */
  static final Set<String> TITLE_PARTS = Set.of("prime", "vice", "deputy");

  private RoleNominals() {}

  static Optional<Actor> resolve(AnnotatedArticle article, ArticleEntities entities,
                                 Sentence sentence, Token subject) {
    if (!subject.pos().equals("NN") || !NOUNS.contains(Clauses.lower(subject.lemma()))
        || !plainDefinite(sentence, subject, false)) {
      return Optional.empty();
    }
    return holder(article, entities, sentence, subject,
        Antecedents.subjectPersonNamed(article, entities, subject.begin()));
  }

  /**
   * {@code s} with the person its office stands for as speaker, once attribution is done, so
   * that the ranker's candidates stay as they are: the office may have words of its own ("the
   * rural affairs minister", "the Trade Secretary"), the person may be the speaker of a
   * statement right before rather than a parsed subject ("…, Tony Blair has said. The prime
   * minister said …"), and a "he" that stands for the office goes with it ("The constitutional
   * affairs secretary outlined the plans. He denied …").
   */
  static Statement asHolder(AnnotatedArticle article, ArticleEntities entities,
                            List<Statement> attributed, Statement s) {
    if (s.speaker() != null && s.rule() == Statement.Rule.NOMINAL && s.speakerMention() != null) {
      // an office the ranker gave the person named last is the titled holder's all the same
      Token office = Clauses.lastWordOf(article, s.speakerMention());
      Sentence sentence = office == null ? null : article.sentenceAt(office.begin());
      return sentence == null || !plainOffice(sentence, office) ? s
          : titledHolder(article, entities, sentence, office)
              .filter(p -> p != s.speaker())
              .map(p -> s.spokenBy(p, Statement.Rule.NOMINAL)).orElse(s);
    }
    if (s.speaker() != null || s.speakerMention() == null || s.speakerDescription() == null) {
      return s;
    }
    Token subject = officeOf(article, s);
    if (subject == null) {
      return s;
    }
    Sentence sentence = article.sentenceAt(subject.begin());
    Optional<Actor> titled = titledHolder(article, entities, sentence, subject);
    if (titled.isPresent()) {
      return s.spokenBy(titled.get(), Statement.Rule.NOMINAL);
    }
    Optional<Antecedents.Named> named = Antecedents.subjectPersonNamed(article, entities,
        subject.begin());
    for (Statement t : attributed) {
      Span m = t.speakerMention();
      if (t.speaker() != null && t.speaker().type() == ActorType.PERSON
          && m != null && m.end() <= sentence.begin() && t.speaker().names().contains(m)
          && named.map(n -> n.mention().begin() < m.begin()).orElse(true)) {
        named = Optional.of(new Antecedents.Named(t.speaker(), m));
      }
    }
    if (named.isPresent() && setAgainst(article, sentence, subject, named.get().actor())) {
      return s;
    }
    return holder(article, entities, sentence, subject, named)
        .map(p -> s.spokenBy(p, Statement.Rule.NOMINAL)).orElse(s);
  }

  /**
   * "Chancellor Tom Marsh … The shadow chancellor added …": an office with a word that makes it
   * someone else's ("shadow", "former") is not the speaker the article titles with the plain
   * office, whichever step gave it to them; the description stays.
   */
  static Statement notThePlainHolder(AnnotatedArticle article, ArticleEntities entities,
                                     Statement s) {
    if (s.speaker() == null || s.speakerMention() == null
        || s.rule() != Statement.Rule.NOMINAL) {
      return s;
    }
    Token head = Clauses.lastWordOf(article, s.speakerMention());
    Sentence sentence = head == null ? null : article.sentenceAt(head.begin());
    if (sentence == null || !head.pos().equals("NN") || head.index() == 0) {
      return s;
    }
    Token before = sentence.tokens().get(head.index() - 1);
    String qualifier = Clauses.lower(before.word());
    String noun = Clauses.lower(head.word());
    if (!SOMEONE_ELSES.contains(qualifier) || !Clauses.inside(s.speakerMention(), before)) {
      return s;
    }
    boolean plainHolder = entities.roles().stream().anyMatch(r -> r.title() != null
        && r.holder().key().equals(s.speaker().key())
        && Clauses.lower(r.title()).endsWith(noun) && !Clauses.lower(r.title()).contains(qualifier));
    String described = plainHolder ? Clauses.describe(sentence, head) : null;
    return described == null ? s : s.unnamed(described);
  }

  /**
   * "Mr Blair refused … The prime minister conceded … But the prime minister pointed out …": an
   * office that a statement of the article gives a named person (on the evidence above) is that
   * person wherever else it speaks with the same words, as long as no other person holds it in
   * the article; the statements, in place.
   */
  static void sameHolder(AnnotatedArticle article, List<Statement> statements) {
    // titles are no evidence here: "shadow chancellor Oliver Letwin" is titled "chancellor"
    Map<String, Set<Actor>> holders = new HashMap<>();
    for (Statement t : statements) {
      String office = officeWords(article, t);
      if (office != null && t.speaker() != null && t.rule() == Statement.Rule.NOMINAL
          && t.speaker().type() == ActorType.PERSON) {
        holders.computeIfAbsent(office, k -> new HashSet<>()).add(t.speaker());
      }
    }
    statements.replaceAll(s -> {
      String office = s.speaker() == null ? officeWords(article, s) : null;
      Set<Actor> held = office == null ? null : holders.get(office);
      return held == null || held.size() != 1 ? s
          : s.spokenBy(held.iterator().next(), Statement.Rule.NOMINAL);
    });
  }

  /**
   * The words of the office a statement's speaker is named by ("prime minister" for "The
   * prime minister said"), in lower case; null when its mention is no plain office.
   */
  private static String officeWords(AnnotatedArticle article, Statement s) {
    if (s.speakerMention() == null) {
      return null;
    }
    Token head = Clauses.lastWordOf(article, s.speakerMention());
    if (head == null || !plainOffice(article.sentenceAt(head.begin()), head)) {
      return null;
    }
    String words = Clauses.lower(s.speakerMention().text()).replaceFirst("^the\\s+", "");
    return words.contains(",") ? null : words;
  }

  /** Words that open a sentence set against the one before. */
  static final Set<String> CONTRASTS = Set.of("but", "however", "yet");

  /**
   * "George Bush opposed it. But the Tory leader argued …": an office that is the subject of a
   * clause opened with a contrast is someone other than the person the sentence before was
   * about ("But the debate never came, with the home secretary saying …" sets the debate
   * against, not the person).
   */
  private static boolean setAgainst(AnnotatedArticle article, Sentence office, Token subject,
                                    Actor person) {
    Sentence before = Clauses.beforeInParagraph(article, office);
    Token first = office.tokens().get(0);
    return before != null && CONTRASTS.contains(Clauses.lower(first.word()))
        && (subject.begin() < office.begin() || subject.end() > office.end()
            || first.head() == subject.head())
        && person.names().stream().anyMatch(m -> m.begin() >= before.begin()
            && m.end() <= before.end());
  }

  /**
   * The office's head word: the statement's own mention of it ("the Trade Secretary"), or for a
   * "he" or "she" given the office, the main subject of the sentence before that is it.
   */
  private static Token officeOf(AnnotatedArticle article, Statement s) {
    Token head = Clauses.lastWordOf(article, s.speakerMention());
    if (head == null) {
      return null;
    }
    Sentence sentence = article.sentenceAt(head.begin());
    String word = Clauses.lower(head.word());
    if (word.equals("he") || word.equals("she")) {
      Sentence before = Clauses.beforeInParagraph(article, sentence);
      String described = Clauses.lower(s.speakerDescription());
      head = before == null ? null : Spokespeople.mainSubjects(before).stream()
          .filter(t -> described.endsWith(Clauses.lower(t.word()))).findFirst().orElse(null);
      if (head == null) {
        return null;
      }
      sentence = before;
    }
    return plainOffice(sentence, head) ? head : null;
  }

  /**
   * An office with "the" and words of its own only ("the rural affairs minister", "the home
   * secretary", "The Chancellor" that the tagger took for a name's last word).
   */
  private static boolean plainOffice(Sentence sentence, Token head) {
    boolean noun = head.pos().equals("NN") || head.pos().equals("NNP")
        && ("TITLE".equals(head.ner()) || "O".equals(head.ner()));
    String word = Clauses.lower(head.lemma());
    return noun && (NOUNS.contains(word) || OFFICES.contains(word))
        && plainDefinite(sentence, head, true);
  }

  /**
   * The named person, when the office stands for them: named right before it, not speaking of
   * the office as someone else's, not given other titles.
   */
  private static Optional<Actor> holder(AnnotatedArticle article, ArticleEntities entities,
                                        Sentence sentence, Token subject,
                                        Optional<Antecedents.Named> named) {
    // "Home Secretary Charles Clarke has warned … the prime minister conceded": a person the
    // article gives only other titles is not the one this office stands for
    String office = Clauses.lower(subject.lemma());
    return named
        .filter(n -> followsDirectly(article, entities, n, sentence, office))
        .map(Antecedents.Named::actor)
        .filter(p -> !namesOfficeAsAnother(article, p, office, subject.begin()))
        .filter(p -> !titledOtherwise(entities, p, office, officeName(sentence, subject)))
        .filter(p -> !OFFICES.contains(office) || !inOpposition(article, p));
  }

  /**
   * "Mr Blair warned. The prime minister also urged …": the name is the subject of the sentence
   * right before the office's, or of the last one before it outside quotes ("“No,” Mr Lee said.
   * “I will stay.” The senator …") or of ones that keep the person in view. A sentence between
   * that names another person or the office ("Why will the prime minister not act, he
   * demanded.") has changed the topic, and an office in the name's own sentence is someone
   * else's ("Mr Howard said the prime minister …").
   */
  private static boolean followsDirectly(AnnotatedArticle article, ArticleEntities entities,
                                         Antecedents.Named name, Sentence office,
                                         String officeWord) {
    Sentence named = article.sentenceAt(name.mention().begin());
    if (named == null || named.index() >= office.index()) {
      return false;
    }
    List<Sentence> all = article.sentences();
    for (int i = named.index() + 1; i < office.index(); i++) {
      if (!keepsPersonInView(article, entities, all.get(i), name.actor(), officeWord)) {
        return false;
      }
    }
    return true;
  }

  /**
   * "Mr Brown claimed … He said … Plans include … The chancellor said …": a sentence between
   * that names no other person outside quotes and does not speak of the office itself keeps
   * the same person in view.
   */
  private static boolean keepsPersonInView(AnnotatedArticle article, ArticleEntities entities,
                                           Sentence s, Actor person, String office) {
    for (Token t : s.tokens()) {
      if (article.insideQuote(t.span())) {
        continue;
      }
      if (t.pos().equals("NN") && Clauses.lower(t.lemma()).equals(office)
          || t.pos().startsWith("NNP") && entities.actorAt(t.span())
              .filter(a -> a.type() == ActorType.PERSON && a != person)
              .isPresent()) {
        return false;
      }
    }
    return true;
  }

  /**
   * "Michael Howard asked why the prime minister would not act", "the prime minister was less
   * rough with Mr Kennedy": a person named outside quotes, up to the office's own sentence, in
   * a sentence that speaks of the office (up to {@code offset}), as this one does
   * ("the prime minister", not another name's title "shadow chancellor Ann Lee"), and not in
   * apposition with the name ("Mr Lee, the senator,"), is not its holder.
   */
  private static boolean namesOfficeAsAnother(AnnotatedArticle article, Actor person,
                                              String office, int offset) {
    Sentence here = article.sentenceAt(offset);
    for (Span m : person.names()) {
      Sentence s = article.sentenceAt(m.begin());
      int head = s == null ? -1 : s.tokenAt(m.end() - 1);
      if (head < 0 || article.insideQuote(m) || s.index() > here.index()) {
        continue;
      }
      for (Token t : s.tokens()) {
        if (t.begin() > offset) {
          break;
        }
        if (t.pos().equals("NN") && Clauses.lower(t.lemma()).equals(office)
            && plainDefinite(s, t, false) && !linked(s, t, s.tokens().get(head))) {
          return true;
        }
      }
    }
    return false;
  }

  /** The office noun and the name are one phrase: in apposition, or one hangs from the other. */
  private static boolean linked(Sentence s, Token office, Token name) {
    return office.head() == name.index() || name.head() == office.index();
  }

  /**
   * "Home Secretary David Blunkett … took over from Jack Straw … The home secretary has
   * admitted …": the one person the article has named before with the office's own words as
   * their title (not a former or shadow one) holds it, whoever was named last. Offices of state
   * of two or more words only: "the minister" may be any of several titled ministers.
   */
  private static Optional<Actor> titledHolder(AnnotatedArticle article, ArticleEntities entities,
                                              Sentence sentence, Token subject) {
    // the office's words: "home secretary", "prime minister" (not "former", nor "the")
    List<String> name = new ArrayList<>();
    name.add(Clauses.lower(subject.word()));
    for (int i = subject.index() - 1; i >= 0; i--) {
      Token t = sentence.tokens().get(i);
      if (t.head() != subject.index() || !(t.deprel().equals("compound")
          || t.deprel().equals("amod"))) {
        break;
      }
      if (SOMEONE_ELSES.contains(Clauses.lower(t.word()))) {
        return Optional.empty();
      }
      name.add(0, Clauses.lower(t.word()));
    }
    String[] words = name.toArray(String[]::new);
    if (words.length < 2 || !OFFICES.contains(words[words.length - 1])) {
      return Optional.empty();
    }
    Set<Actor> holders = new HashSet<>();
    for (Actor a : entities.actors()) {
      if (a.type() != ActorType.PERSON) {
        continue;
      }
      for (Span m : a.names()) {
        Sentence s = m.end() <= subject.begin() ? article.sentenceAt(m.begin()) : null;
        int first = s == null ? -1 : s.tokenAt(m.begin());
        if (first < words.length) {
          continue;
        }
        boolean same = true;
        for (int k = 0; k < words.length && same; k++) {
          same = Clauses.lower(s.tokens().get(first - words.length + k).word()).equals(words[k]);
        }
        Token before = first - words.length > 0 ? s.tokens().get(first - words.length - 1) : null;
        // "Foreign Secretary …" is not the whole of "prime minister"'s words; "former Home
        // Secretary …" no longer holds it
        if (same && (before == null || !before.pos().startsWith("NN") && !before.pos()
            .startsWith("JJ") && !SOMEONE_ELSES.contains(Clauses.lower(before.word())))) {
          holders.add(a);
        }
      }
    }
    return holders.size() == 1 ? Optional.of(holders.iterator().next()) : Optional.empty();
  }

  /** Offices of state: one person holds one of them at a time. */
  static final Set<String> OFFICES = Set.of("president", "minister", "chancellor",
      "secretary", "governor", "mayor", "senator", "ambassador", "king", "queen", "premier",
      "congressman", "congresswoman");

  /**
   * The article titles {@code person}, and every title is other than {@code office} (an
   * abbreviation, "Sen.", is the office it starts): "Tom Berg, the party's Treasury
   * spokesman" is not "the chancellor".
   */
  private static boolean titledOtherwise(ArticleEntities entities, Actor person, String office,
                                         String name) {
    if (!OFFICES.contains(office)) {
      return false;
    }
    boolean any = false;
    for (org.newskg.resolve.Role r : entities.roles()) {
      if (!r.holder().key().equals(person.key()) || r.title() == null) {
        continue;
      }
      String[] words = r.title().split("\\s+");
      String head = Clauses.lower(words[words.length - 1].replace(".", ""));
      // "Foreign Secretary Ann Holt" is not "the home secretary"
      boolean otherOfSameKind = words.length > 1 && name.contains(" ")
          && !Clauses.lower(r.title()).equals(name);
      if (head.isEmpty() || office.startsWith(head) && !otherOfSameKind) {
        return false;
      }
      any = true;
    }
    return any;
  }

  /** The office's own words in lower case: "home secretary" for "the home secretary". */
  private static String officeName(Sentence sentence, Token office) {
    StringBuilder name = new StringBuilder();
    for (Token t : sentence.dependents(office.index())) {
      if (t.deprel().startsWith("compound") && t.index() < office.index()) {
        name.append(Clauses.lower(t.word())).append(' ');
      }
    }
    return name.append(Clauses.lower(office.word())).toString();
  }

  /**
   * "The opposition's Tom Berg", "shadow chancellor Ann Lee": a person the article places in
   * the opposition holds no office of state.
   */
  private static boolean inOpposition(AnnotatedArticle article, Actor person) {
    for (Span m : person.names()) {
      Token name = Clauses.lastWordOf(article, m);
      Sentence s = name == null ? null : article.sentenceAt(name.begin());
      if (s != null && qualifiedBy(s, name, 0)) {
        return true;
      }
    }
    return false;
  }

  /** Words that place a name in the opposition ("shadow chancellor X", "the opposition's X"). */
  private static final Set<String> OPPOSITION = Set.of("shadow", "opposition");

  /** Words before the name that make it part of the opposition, through its modifiers. */
  private static boolean qualifiedBy(Sentence s, Token word, int depth) {
    if (depth > 3) {
      return false;
    }
    for (Token t : s.dependents(word.index())) {
      boolean modifier = t.deprel().startsWith("compound") || t.deprel().equals("amod")
          || t.deprel().equals("nmod:poss");
      if (t.index() < word.index() && modifier
          && (OPPOSITION.contains(Clauses.lower(t.word())) || qualifiedBy(s, t, depth + 1))) {
        return true;
      }
    }
    return false;
  }

  /**
   * "The prime minister", not "Russia's president", "the French president" or "the president
   * of Ukraine" or "the band leader": an office of a named place or body may be another person's.
   */
  private static boolean plainDefinite(Sentence sentence, Token noun, boolean ownWords) {
    boolean the = false;
    for (Token t : sentence.dependents(noun.index())) {
      String rel = t.deprel();
      if (rel.equals("det") && Clauses.lower(t.word()).equals("the")) {
        the = true;
      } else if (ownWords && SOMEONE_ELSES.contains(Clauses.lower(t.word()))) {
        return false;
      } else if (ownWords && rel.startsWith("compound") && (t.ner() == null
          || t.ner().equals("O") || t.ner().equals("TITLE") || t.ner().equals("MISC")
          || t.ner().equals("ORGANIZATION"))) {
        // "the rural affairs minister", "the Trade Secretary", "the Tory leader": words of the
        // office's name, or the party or body it leads (not a place: "the French president"
        // may be someone the article never names)
      } else if (ownWords && rel.equals("amod") && t.index() + 1 < noun.index()
          && sentence.tokens().get(t.index() + 1).deprel().equals("compound")
          && Character.isUpperCase(sentence.tokens().get(t.index() + 1).word().charAt(0))
          && ("ORGANIZATION".equals(t.ner()) || "MISC".equals(t.ner()))) {
        // "the Liberal Democrat leader": the tagger made the party's first word an adjective
      } else if (rel.startsWith("compound") && !TITLE_PARTS.contains(Clauses.lower(t.word()))
          || rel.equals("nmod:poss") || rel.startsWith("nmod") || t.ner() != null && !t.ner().equals("O")) {
        return false;
      }
    }
    return the;
  }
}
