package org.newskg.attribute;

import java.util.Optional;
import org.newskg.extract.AnnotatedArticle;
import org.newskg.extract.Sentence;
import org.newskg.extract.Span;
import org.newskg.extract.Token;
import org.newskg.resolve.Actor;
import org.newskg.resolve.ActorType;
import org.newskg.resolve.ArticleEntities;
import org.newskg.resolve.Antecedents;

/**
 * "…, its chief executive has said", "X has died, his family said": an unnamed speaker whose
 * description a possessive pronoun owns is someone's, and whose is part of who they are. The
 * description gets the owner's name ("Mittal Steel's chief executive"). Applied last, once no
 * step has named the speaker.
 *
 * <p>News puts the owner first in the clause that is reported: the owner is its subject when
 * the pronoun fits it ("Mittal Steel could cut jobs, its chief executive said"), or what a
 * fitting subject pronoun stands for ("her employers told her she had no future"). A subject
 * that fits but names no one ("The new chip will run faster, its designers said") leaves the
 * description as it is; one that cannot be the owner ("sales rose, its figures show") passes
 * to the last fitting name before the pronoun in its sentence. An owner that is a body noun
 * with "the" ("the band's spokesman") is the organization it stands for.
 */
final class OwnedDescriptions {
  private OwnedDescriptions() {}

  /** {@code s} with its unnamed speaker's owner named in its description, where found. */
  static Statement withOwner(AnnotatedArticle article, ArticleEntities entities, Statement s) {
    Token noun = Clauses.describedHead(article, s);
    Sentence sentence = noun == null ? null : article.sentenceAt(noun.begin());
    if (sentence == null || !noun.pos().startsWith("NN") || noun.pos().startsWith("NNP")) {
      return s;
    }
    if (s.speakerDescription().contains("'s ")) {
      return ownedByBody(article, entities, s, sentence, noun);
    }
    Token pronoun = sentence.dependents(noun.index()).stream()
        .filter(d -> d.deprel().equals("nmod:poss") && d.pos().equals("PRP$")
            && d.index() < noun.index())
        .findFirst().orElse(null);
    if (pronoun == null) {
      return s;
    }
    Kind kind = Kind.of(pronoun);
    if (kind == null) {
      return s;
    }
    return owner(article, entities, sentence, pronoun, kind, s.quote().inner())
        .map(name -> s.describedAs(possessive(name) + " " + s.speakerDescription()))
        .orElse(s);
  }

  /**
   * "The band's spokesman said …", "the company's chief executive": a body noun with "the"
   * that owns the description is the organization it stands for ({@link BodyNominals}). One
   * who speaks for it is it; anyone else is its, by name.
   */
  private static Statement ownedByBody(AnnotatedArticle article, ArticleEntities entities,
                                       Statement s, Sentence sentence, Token noun) {
    Token owner = sentence.dependents(noun.index()).stream()
        .filter(d -> d.deprel().equals("nmod:poss") && d.pos().equals("NN")
            && d.index() < noun.index())
        .findFirst().orElse(null);
    Optional<Actor> body = owner == null ? Optional.empty()
        : BodyNominals.resolve(article, entities, sentence, owner);
    if (body.isEmpty()) {
      return s;
    }
    if (Representatives.NOUNS.contains(Clauses.lower(noun.lemma()))) {
      return s.spokenBy(body.get(), Statement.Rule.NOMINAL);
    }
    String description = s.speakerDescription();
    return s.describedAs(possessive(body.get().label())
        + description.substring(description.indexOf("'s ") + 2));
  }

  /** What a possessive pronoun can stand for. */
  private enum Kind {
    BODY, MALE, FEMALE;

    static Kind of(Token pronoun) {
      return switch (Clauses.lower(pronoun.word())) {
        case "its" -> BODY;
        case "his" -> MALE;
        case "her" -> FEMALE;
        default -> null;
      };
    }

    /** The gender a person who owns it has; unknown for a body. */
    Actor.Gender gender() {
      return this == MALE ? Actor.Gender.MALE
          : this == FEMALE ? Actor.Gender.FEMALE : Actor.Gender.UNKNOWN;
    }

    boolean fits(Actor a) {
      return this == BODY ? a.type() != ActorType.PERSON : a.type() == ActorType.PERSON;
    }

    /** The subject pronoun that takes up the same owner: "it", "he", "she". */
    boolean fitsPronoun(String word) {
      return switch (this) {
        case BODY -> word.equals("it");
        case MALE -> word.equals("he");
        case FEMALE -> word.equals("she");
      };
    }
  }

  /** The owner's name, as the text gives it where it can. */
  private static Optional<String> owner(AnnotatedArticle article, ArticleEntities entities,
                                        Sentence sentence, Token pronoun, Kind kind,
                                        Span content) {
    Token subject = contentSubject(sentence, content);
    if (subject != null) {
      Optional<String> named = namedBy(article, entities, sentence, subject, kind);
      if (named.isPresent()) {
        return named;
      }
      String word = Clauses.lower(subject.word());
      if (subject.pos().equals("PRP")) {
        if (kind.fitsPronoun(word)) {
          return antecedent(article, entities, subject.begin(), kind);
        }
      } else if (fitsAsDescription(subject, kind)) {
        // the subject is what owns the speaker, and it has no name
        return Optional.empty();
      }
    }
    // no further back: a possessive opening its sentence ("His ex-wife agreed that …") is too
    // often someone's the pronoun rules do not reach
    return lastBefore(article, entities, sentence, pronoun, kind);
  }

  /** The name of the fitting actor the subject names, itself or by a name in apposition. */
  private static Optional<String> namedBy(AnnotatedArticle article, ArticleEntities entities,
                                          Sentence sentence, Token subject, Kind kind) {
    Optional<String> itself = name(article, entities, sentence, subject, kind);
    if (itself.isPresent()) {
      return itself;
    }
    for (Token d : sentence.dependents(subject.index())) {
      if (d.deprel().equals("appos")) {
        Optional<String> apposed = name(article, entities, sentence, d, kind);
        if (apposed.isPresent()) {
          return apposed;
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The name a proper noun gives, when it fits: a fitting actor's, or for "its" a name the
   * recognizer left out that is no person's ("Opera", "Blu-ray", "the Cell processor").
   */
  private static Optional<String> name(AnnotatedArticle article, ArticleEntities entities,
                                       Sentence sentence, Token noun, Kind kind) {
    Optional<Actor> actor = entities.actorAt(noun.span());
    if (actor.isPresent() && noun.pos().startsWith("NNP")) {
      return actor.filter(kind::fits).map(a -> nameAround(article, a, noun.span()));
    }
    if (kind != Kind.BODY || noun.pos().equals("NNS") || noun.pos().equals("NNPS")
        || !noun.pos().startsWith("NN") || noun.ner().equals("PERSON")) {
      return Optional.empty();
    }
    int first = noun.index();
    while (first > 0 && sentence.tokens().get(first - 1).head() == noun.index()
        && (sentence.tokens().get(first - 1).deprel().equals("compound")
            || sentence.tokens().get(first - 1).deprel().equals("flat"))) {
      first--;
    }
    // "browser Opera": the name, not the common noun before it
    while (first < noun.index() && !sentence.tokens().get(first).pos().startsWith("NNP")
        && !sentence.tokens().get(first).ner().equals("MISC")) {
      first++;
    }
    boolean proper = false;
    for (int i = first; i <= noun.index(); i++) {
      Token t = sentence.tokens().get(i);
      proper |= t.pos().startsWith("NNP") || t.ner().equals("MISC");
      if (t.ner().equals("PERSON") || entities.actorAt(t.span()).isPresent()) {
        return Optional.empty();
      }
    }
    return proper ? Optional.of(article.text().substring(sentence.tokens().get(first).begin(),
        noun.end())) : Optional.empty();
  }

  /**
   * A subject noun that the pronoun could take up, though it names no one: any singular
   * common noun for "its" ("the processor"), a noun of a person for "his" and "her".
   */
  private static boolean fitsAsDescription(Token subject, Kind kind) {
    if (!subject.pos().startsWith("NN")) {
      return false;
    }
    if (kind == Kind.BODY) {
      return !subject.pos().equals("NNS") && !subject.pos().equals("NNPS");
    }
    return Animacy.ANIMATE.contains(Clauses.lower(subject.lemma()));
  }

  /** The subject of the reported clause's own verb, when the clause is in this sentence. */
  private static Token contentSubject(Sentence sentence, Span content) {
    if (content.begin() < sentence.begin() || content.end() > sentence.end()) {
      return null;
    }
    for (Token t : sentence.tokens()) {
      if (!content.contains(t.span())
          || t.head() >= 0 && content.contains(sentence.tokens().get(t.head()).span())) {
        continue;
      }
      // the clause's top word (the parser may hang a stray word outside it too)
      for (Token d : sentence.dependents(t.index())) {
        if (d.deprel().startsWith("nsubj") && content.contains(d.span())) {
          return d;
        }
      }
    }
    return null;
  }

  /**
   * The fitting actor named last before the pronoun in its sentence, outside quotes (for "his"
   * and "her", of a gender the text has not shown otherwise).
   */
  private static Optional<String> lastBefore(AnnotatedArticle article, ArticleEntities entities,
                                             Sentence sentence, Token pronoun, Kind kind) {
    if (kind != Kind.BODY) {
      return Antecedents.personBeforeInSentence(article, entities, pronoun.begin(),
          kind.gender()).map(Actor::label);
    }
    Actor best = null;
    Span bestName = null;
    for (Actor a : entities.actors()) {
      if (!kind.fits(a)) {
        continue;
      }
      for (Span m : a.names()) {
        if (m.begin() >= sentence.begin() && m.end() <= pronoun.begin()
            && !article.insideQuote(m) && (bestName == null || m.begin() > bestName.begin())) {
          best = a;
          bestName = m;
        }
      }
    }
    return best == null ? Optional.empty()
        : Optional.of(article.text().substring(bestName.begin(), bestName.end()));
  }

  /** The owner the pronoun rules find for a pronoun at {@code offset}. */
  private static Optional<String> antecedent(AnnotatedArticle article, ArticleEntities entities,
                                             int offset, Kind kind) {
    return (kind == Kind.BODY ? Antecedents.body(article, entities, offset)
        : Antecedents.person(article, entities, offset, kind.gender())).map(Actor::label);
  }

  /** The actor's name that covers {@code span}, as written; else its label. */
  private static String nameAround(AnnotatedArticle article, Actor actor, Span span) {
    return actor.names().stream().filter(m -> m.overlaps(span)).findFirst()
        .map(m -> article.text().substring(m.begin(), m.end())).orElse(actor.label());
  }

  /** "Mittal Steel's", "Mr Jones's", as BBC and most house styles write it. */
  private static String possessive(String name) {
    String trimmed = name.startsWith("The ") || name.startsWith("the ") ? name.substring(4) : name;
    return trimmed + "'s";
  }
}
