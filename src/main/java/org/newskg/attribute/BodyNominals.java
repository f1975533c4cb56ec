package org.newskg.attribute;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.newskg.data.WordList;
import org.newskg.extract.AnnotatedArticle;
import org.newskg.extract.Sentence;
import org.newskg.extract.Span;
import org.newskg.extract.Token;
import org.newskg.resolve.Actor;
import org.newskg.resolve.ActorType;
import org.newskg.resolve.ArticleEntities;
import org.newskg.resolve.LostSubjects;

/**
 * "The firm said", "the band said": a definite noun that news uses for an organization refers
 * back to the organization named last before it, in its paragraph or the two before (the
 * first paragraph of a news story names the organization; later ones call it "the firm").
 */
final class BodyNominals {
  static final Set<String> NOUNS = WordList.load("/attribute/body-nouns.txt");
  /** Paragraphs back that the organization may be named in. */
  private static final int REACH = 2;
  /**
   * Nouns for a business that news uses as {@link #NOUNS} are used ("the brewery said"), read
   * only once attribution is done, so that the ranker's candidates stay as they are.
   */
  private static final Set<String> LATE_NOUNS = Set.of("bourse", "brewery", "distiller",
      "distillery", "miner", "refiner", "shipper", "shipbuilder", "steelmaker");

  private BodyNominals() {}

  static Optional<Actor> resolve(AnnotatedArticle article, ArticleEntities entities,
                                 Sentence sentence, Token subject) {
    return resolve(article, entities, sentence, subject, false);
  }

  /**
   * {@code s} with the organization its body noun stands for, read once attribution is done
   * with subjects the parser hid (see {@link #subjectOfClause}) and nouns that end a name (see
   * {@link #namedWith}), so that the ranker's candidates stay as they are; only where the
   * speaker was the noun's or is still unknown.
   */
  static Statement asBody(AnnotatedArticle article, ArticleEntities entities, Statement s) {
    Token head = s.speakerMention() == null ? null
        : Clauses.lastWordOf(article, s.speakerMention());
    if (head == null || s.speaker() != null && s.rule() != Statement.Rule.NOMINAL) {
      return s;
    }
    Sentence sentence = article.sentenceAt(head.begin());
    List<Token> names = sentence.dependents(head.index()).stream()
        .filter(d -> d.deprel().startsWith("compound") && d.pos().startsWith("NNP")).toList();
    if (s.rule() == Statement.Rule.NOMINAL && head.pos().equals("NN") && !names.isEmpty()
        && NOUNS.contains(bodyNoun(sentence, head)) && ownName(entities, names)) {
      // "The Anti-Phishing Working group reported …": a name of its own that the tagger
      // missed, no other body's
      String described = Clauses.describe(sentence, head);
      return described == null ? s : s.unnamed(described);
    }
    if (s.speaker() != null && resolve(article, entities, sentence, head, false)
        .filter(a -> a == s.speaker()).isEmpty()) {
      return s;
    }
    if (s.speaker() != null && centralBank(sentence, head) && !centralName(s.speaker())) {
      // "RHB said … The central bank said": a country's central bank is no lender named
      // before it
      String described = Clauses.describe(sentence, head);
      return described == null ? s : s.unnamed(described);
    }
    return resolve(article, entities, sentence, head, true)
        .filter(a -> a != s.speaker())
        .filter(a -> !centralBank(sentence, head) || centralName(a))
        .map(a -> s.spokenBy(a, Statement.Rule.NOMINAL)).orElse(s);
  }

  /**
   * The noun's lemma with the word hyphened to it ("think-tank"), or with the compound before
   * it where the list has the two hyphened ("the economics think tank").
   */
  private static String bodyNoun(Sentence sentence, Token noun) {
    String lemma = Clauses.hyphenedLemma(sentence, noun);
    if (NOUNS.contains(lemma) || noun.index() == 0) {
      return lemma;
    }
    Token before = sentence.tokens().get(noun.index() - 1);
    String joined = Clauses.lower(before.word()) + "-" + lemma;
    return before.head() == noun.index() && before.deprel().startsWith("compound")
        && NOUNS.contains(joined) ? joined : lemma;
  }

  /** "Bank of England", "Federal Reserve", "Central Bank of Nigeria". */
  private static boolean centralName(Actor bank) {
    return CENTRAL_NAME.matcher(Clauses.lower(bank.label())).matches();
  }

  /** "the central bank": a country's, whatever bank the article named before. */
  private static boolean centralBank(Sentence sentence, Token noun) {
    return Clauses.lower(noun.lemma()).equals("bank") && sentence.dependents(noun.index())
        .stream().anyMatch(d -> Clauses.lower(d.word()).equals("central"));
  }

  /**
   * The capitalised words before the noun are a name no actor of the article has, nor holds
   * ("the Middle Way group" is the Middle Way Group).
   */
  private static boolean ownName(ArticleEntities entities, List<Token> names) {
    String name = names.stream().map(Token::word).collect(Collectors.joining(" "));
    return names.stream().allMatch(d -> entities.actorAt(d.span()).isEmpty()
            && Character.isUpperCase(d.word().charAt(0)))
        && entities.actors().stream().noneMatch(a -> a.names().stream()
            .anyMatch(n -> n.text().contains(name)));
  }

  private static Optional<Actor> resolve(AnnotatedArticle article, ArticleEntities entities,
                                         Sentence sentence, Token subject,
                                         boolean afterAttribution) {
    String noun = bodyNoun(sentence, subject);
    if (afterAttribution && !NOUNS.contains(noun) && subject.pos().equals("NN")
        && Clauses.hasDefiniteDeterminer(sentence, subject)) {
      Optional<Actor> named = namedWith(article, entities, sentence, subject, noun)
          .or(() -> introducedAs(article, entities, sentence, subject, noun));
      return named.isPresent() || !LATE_NOUNS.contains(noun)
          && (!basedSomewhere(sentence, subject) || Animacy.ANIMATE.contains(noun))
          ? named : namedBefore(article, entities, sentence, subject, noun, true);
    }
    if (!subject.pos().equals("NN") || !NOUNS.contains(noun)
        || !Clauses.hasDefiniteDeterminer(sentence, subject)
        || sentence.dependents(subject.index()).stream().anyMatch(d ->
            d.deprel().startsWith("compound") && d.pos().equals("NNS")
                && Animacy.ANIMATE.contains(Clauses.lower(d.lemma())))) {
      // "the supporters club said": a body of those people, not the club named before ("the
      // chemicals firm" is the firm, named for what it makes)
      return Optional.empty();
    }
    return namedBefore(article, entities, sentence, subject, noun, afterAttribution);
  }

  /**
   * The organization "the {@code noun}" at {@code at} would stand for: "a company spokesman"
   * speaks for the company the article calls "the company" there.
   */
  static Optional<Actor> asTheNoun(AnnotatedArticle article, ArticleEntities entities,
                                   Sentence sentence, Token at) {
    String noun = bodyNoun(sentence, at);
    return at.pos().equals("NN") && NOUNS.contains(noun)
        ? namedBefore(article, entities, sentence, at, noun, true) : Optional.empty();
  }

  private static Optional<Actor> namedBefore(AnnotatedArticle article, ArticleEntities entities,
                                             Sentence sentence, Token subject, String noun,
                                             boolean afterAttribution) {
    // the organization last named as a clause's subject is the story's topic, which "the firm"
    // takes up ("Absa said it was close to a deal with Barclays. But the group said …" is
    // Absa); one only mentioned since then is not, unless no organization was a subject
    // … unless the article introduced exactly one of them with this very noun ("publishing
    // group Nordhavn Media … the group announced"), as news refers back to a body
    Actor best = null;
    int bestBegin = -1;
    Actor topic = null;
    int topicBegin = -1;
    Set<Actor> introduced = new java.util.LinkedHashSet<>();
    for (Actor a : entities.actors()) {
      if (a.type() != ActorType.ORGANIZATION && !introducedAsBody(article.text(), a)) {
        continue;
      }
      for (Span m : a.names()) {
        Sentence s = article.sentenceAt(m.begin());
        if (m.end() > subject.begin() || s == null
            || s.paragraph() < sentence.paragraph() - REACH || article.insideQuote(m)) {
          continue;
        }
        if (noun.equals(wordBefore(article.text(), m))) {
          introduced.add(a);
        }
        if (m.begin() > bestBegin) {
          best = a;
          bestBegin = m.begin();
        }
        if (m.begin() > topicBegin && subjectOfClause(s, m, afterAttribution)) {
          topic = a;
          topicBegin = m.begin();
        }
      }
    }
    if (introduced.size() == 1) {
      return Optional.of(introduced.iterator().next());
    }
    if (afterAttribution && topic != null) {
      Actor story = storyBody(article, entities, subject);
      if (story != null && story != topic && mentionsBefore(topic, subject) == 1
          && topicBegin >= 0 && article.sentenceAt(topicBegin).index() < sentence.index() - 1) {
        // "Unilever is not alone … Oil giant Shell last year dismantled its structure … The
        // company said": a body named once in passing is not what the story calls "the
        // company" (named in the sentence right before, it is: "UPS said … The US company said")
        return Optional.of(story);
      }
    }
    return Optional.ofNullable(topic != null ? topic : best);
  }

  /**
   * The organization the story is about, up to {@code at}: named most often before it, at
   * least three times, and the subject of a clause at least once; null when there is none.
   */
  private static Actor storyBody(AnnotatedArticle article, ArticleEntities entities, Token at) {
    Actor story = null;
    long most = 2;
    for (Actor a : entities.actors()) {
      long n = a.type() == ActorType.ORGANIZATION ? mentionsBefore(a, at) : 0;
      if (n > most) {
        story = a;
        most = n;
      } else if (n == most) {
        // two bodies named as often: neither is the story's
        story = null;
      }
    }
    if (story == null) {
      return null;
    }
    Actor found = story;
    return story.names().stream().anyMatch(m -> m.end() <= at.begin()
        && article.sentenceAt(m.begin()) != null
        && subjectOfClause(article.sentenceAt(m.begin()), m, true)) ? found : null;
  }

  private static long mentionsBefore(Actor a, Token at) {
    return a.names().stream().filter(m -> m.end() <= at.begin()).count();
  }

  /**
   * "the Coastal Anglers Alliance failed … The alliance says": the one organization named
   * before, in reach, whose name the noun heads (see {@link #headedBy}).
   */
  private static Optional<Actor> namedWith(AnnotatedArticle article, ArticleEntities entities,
                                           Sentence sentence, Token subject, String noun) {
    return oneNamedBefore(article, entities, sentence, subject,
        m -> headedBy(Clauses.lower(m.text()), noun));
  }

  /**
   * "Argonaut called in administrators David Rubin & Partners … The administrator said": the
   * one organization named before, in reach, right after the noun (or its plural).
   */
  private static Optional<Actor> introducedAs(AnnotatedArticle article, ArticleEntities entities,
                                              Sentence sentence, Token subject, String noun) {
    return oneNamedBefore(article, entities, sentence, subject, m -> {
      String before = wordBefore(article.text(), m);
      return before.equals(noun) || before.equals(noun + "s");
    });
  }

  /**
   * The one organization named before {@code subject}, within reach and outside quotations, by
   * a name that {@code fits}; empty when none or several are.
   */
  private static Optional<Actor> oneNamedBefore(AnnotatedArticle article,
                                                ArticleEntities entities, Sentence sentence,
                                                Token subject,
                                                java.util.function.Predicate<Span> fits) {
    Set<Actor> found = new java.util.HashSet<>();
    for (Actor a : entities.actors()) {
      if (a.type() != ActorType.ORGANIZATION) {
        continue;
      }
      for (Span m : a.names()) {
        Sentence s = article.sentenceAt(m.begin());
        if (m.end() <= subject.begin() && s != null
            && s.paragraph() >= sentence.paragraph() - REACH && !article.insideQuote(m)
            && fits.test(m)) {
          found.add(a);
        }
      }
    }
    return found.size() == 1 ? Optional.of(found.iterator().next()) : Optional.empty();
  }

  /**
   * Whether a name ends with the noun ("the Coastal Anglers Alliance"), or has it for head
   * before its "of" ("the US Court of Appeals … The court said").
   */
  private static boolean headedBy(String name, String noun) {
    int of = name.indexOf(" of ");
    String head = of < 0 ? name : name.substring(0, of);
    return head.endsWith(" " + noun) || of > 0 && head.equals(noun);
  }

  /**
   * "the Leuven-based brewery": where a thing is based says it is a body, whatever the noun.
   */
  private static boolean basedSomewhere(Sentence sentence, Token noun) {
    return sentence.dependents(noun.index()).stream()
        .anyMatch(d -> d.deprel().equals("amod") && (Clauses.lower(d.word()).endsWith("-based")
            || Clauses.lower(d.word()).equals("based") && d.index() > 0
                && sentence.tokens().get(d.index() - 1).word().equals("-")));
  }

  /** The word right before a name, in lower case ("group" in "publishing group X"). */
  private static String wordBefore(String text, Span m) {
    String before = Clauses.lower(text.substring(Math.max(0, m.begin() - 20), m.begin()));
    java.util.regex.Matcher w = LAST_WORD.matcher(before);
    return w.find() ? w.group(1) : "";
  }

  /**
   * The name heads the subject of a clause: by its last word, or, with {@code hidden}, by a
   * word the others hang from ("Institute" in "the Institute of Public Policy Research said"),
   * in apposition with the subject ("the biggest delivery firm, UPS, said") or as the subject
   * the parser took for an object.
   */
  private static boolean subjectOfClause(Sentence s, Span name, boolean hidden) {
    int i = s.tokenAt(name.end() - 1);
    if (i >= 0 && (s.tokens().get(i).deprel().startsWith("nsubj")
        || LostSubjects.rootName(s, i))) {
      return true;
    }
    if (!hidden) {
      return false;
    }
    for (Token t : s.tokens()) {
      if (t.begin() < name.begin() || t.end() > name.end() || t.head() < 0) {
        continue;
      }
      Token head = s.tokens().get(t.head());
      if (t.deprel().startsWith("nsubj") && !head.span().overlaps(name)
          || invertedSubject(s, t, head)
          || apposedToSubject(s, t, head)) {
        return true;
      }
    }
    return false;
  }

  /**
   * "The biggest delivery firm, UPS, said": the name in apposition with the subject, unless the
   * subject is a part of another body ("its own internet business, AOL, had …").
   */
  private static boolean apposedToSubject(Sentence s, Token name, Token subject) {
    return name.deprel().equals("appos") && subject.deprel().startsWith("nsubj")
        && s.dependents(subject.index()).stream().noneMatch(d ->
            d.deprel().equals("nmod:poss") && d.pos().equals("PRP$"));
  }

  /**
   * "Councils could …, says the Institute of Public Policy Research": the subject of a
   * reporting verb after what it reports, which the parser took for the verb's object.
   */
  private static boolean invertedSubject(Sentence s, Token name, Token verb) {
    if (!name.deprel().equals("obj") && !name.deprel().equals("iobj")
        || verb.index() > name.index() || !verb.pos().startsWith("VB")) {
      return false;
    }
    boolean reportsBefore = verb.deprel().equals("parataxis");
    for (Token d : s.dependents(verb.index())) {
      if (d.deprel().startsWith("nsubj")) {
        return false;
      }
      reportsBefore |= d.index() < verb.index()
          && (d.deprel().equals("ccomp") || d.deprel().equals("parataxis"));
    }
    return reportsBefore;
  }

  /**
   * A name the recognizer took for a person but the article introduces with one of the nouns
   * ("Bookmaker William Hill"): an organization all the same.
   */
  private static boolean introducedAsBody(String text, Actor a) {
    for (Span m : a.names()) {
      if (NOUNS.contains(wordBefore(text, m))) {
        return true;
      }
    }
    return false;
  }

  private static final java.util.regex.Pattern CENTRAL_NAME =
      java.util.regex.Pattern.compile(".*\\b(central|reserve|federal)\\b.*|bank of .*");
  private static final java.util.regex.Pattern LAST_WORD =
      java.util.regex.Pattern.compile("(\\p{L}+)\\s+$");
}
