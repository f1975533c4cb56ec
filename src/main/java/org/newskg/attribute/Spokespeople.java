package org.newskg.attribute;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newskg.extract.AnnotatedArticle;
import org.newskg.extract.Sentence;
import org.newskg.extract.Token;
import org.newskg.resolve.Actor;
import org.newskg.resolve.ActorType;
import org.newskg.resolve.ArticleEntities;

/**
 * "But the Home Office defended the measures. A spokesman said …": a spokesman news does not
 * say whose speaks for the body the sentences right before are about, the subject of their
 * main clause, as "an M&S spokesman said" is M&S speaking. Walking back from the spokesman's
 * own sentence (a subject before it: "Downing Street defended it, with a spokesperson saying")
 * over the sentences of the paragraph and the one before, outside quotations: the first main
 * subject, or passive agent, that names an organization is whose spokesman it is; one that
 * names nobody ("The files are believed …") or is "it" (which goes on with the body before it)
 * is passed over, and a person (who the news is about: "X has died. A spokesman said …"), a
 * country or another pronoun ends the walk unresolved.
 * Applied after attribution, like the other description steps; "the spokesman" is left to
 * {@link DefiniteDescriptions}, which follows it back to the statement that introduced it.
 */
final class Spokespeople {
  static final Set<String> NOUNS = Set.of("spokesman", "spokeswoman", "spokesperson");
  /** Sentences back the subject may be in. */
  private static final int REACH = 3;
  private static final Set<String> SUBJECTS = Set.of("nsubj", "nsubj:pass");
  /** Dependents that open a clause of their own. */
  private static final Set<String> CLAUSES = Set.of("ccomp", "xcomp", "advcl", "acl",
      "acl:relcl", "parataxis", "csubj");

  private Spokespeople() {}

  /** {@code s} with the one its bare "a spokesman" speaks for as its speaker, when found. */
  static Statement resolve(AnnotatedArticle article, ArticleEntities entities,
                           List<Statement> statements, Statement s) {
    if (s.speaker() != null || s.speakerMention() == null || s.speakerDescription() == null
        || !NOUNS.contains(Clauses.lower(s.speakerDescription()))) {
      return s;
    }
    Token noun = Clauses.lastWordOf(article, s.speakerMention());
    if (noun == null) {
      return s;
    }
    Sentence here = article.sentenceAt(noun.begin());
    boolean indefinite = here.dependents(noun.index()).stream()
        .anyMatch(d -> d.deprel().equals("det")
            && (Clauses.lower(d.word()).equals("a") || Clauses.lower(d.word()).equals("an")));
    if (!NOUNS.contains(Clauses.lower(noun.word())) || !indefinite) {
      return s;
    }
    Optional<Actor> whose = Optional.empty();
    int index = article.sentences().indexOf(here);
    // "Downing Street defended the decision, with a spokesperson saying": its own sentence's
    // subject first, when the spokesman is not it
    for (int si = index; si >= Math.max(0, index - REACH) && whose.isEmpty(); si--) {
      Sentence before = article.sentences().get(si);
      if (before.paragraph() < here.paragraph() - 1) {
        break;
      }
      for (Token subject : mainSubjects(before)) {
        if (whose.isPresent() || article.insideQuote(subject.span())
            || si == index && subject.index() >= noun.index()) {
          continue;
        }
        Optional<Actor> own = named(before, subject, entities);
        if (Clauses.lower(subject.word()).equals("it")) {
          // "Yahoo has been developing … It offers …": "it" goes on with the body before it
          continue;
        }
        if (subject.pos().equals("PRP") || own.filter(a -> !speaks(a)).isPresent()) {
          // "they pledged …": whom a pronoun stands for is not sure enough to speak for; a
          // person is who the news is about ("X has died. A spokesman said …")
          return s;
        }
        whose = speakerAt(statements, subject).or(() -> own)
            .or(() -> BodyNominals.resolve(article, entities, before, subject));
      }
    }
    return whose.map(a -> s.spokenBy(a, Statement.Rule.NOMINAL)).orElse(s);
  }

  /**
   * "A Yili spokesman said …", "a Marsh spokeswoman": a spokesperson whose capitalised words
   * the tagger left unnamed there speaks for the one organization of the article whose name
   * holds those words ("Inner Mongolia Yili Industrial", "Marsh & McLennan"); the statements
   * before are the evidence that the article names it.
   */
  static Statement ofNamedBody(AnnotatedArticle article, ArticleEntities entities,
                               Statement s) {
    Token noun = spokesperson(article, s);
    if (noun == null) {
      return s;
    }
    Sentence here = article.sentenceAt(noun.begin());
    List<String> words = new java.util.ArrayList<>();
    for (Token t : here.tokens()) {
      if (t.index() >= noun.index() || !Clauses.hangsFrom(here, t, noun, 3)
          || !t.deprel().startsWith("compound")) {
        continue;
      }
      if (!t.pos().startsWith("NNP") || entities.actorAt(t.span()).isPresent()) {
        return s;
      }
      words.add(t.word());
    }
    if (words.isEmpty()) {
      return s;
    }
    List<Actor> bodies = entities.actors().stream()
        .filter(a -> a.type() == ActorType.ORGANIZATION && a.names().stream()
            .anyMatch(n -> List.of(n.text().split("\\s+")).containsAll(words)))
        .toList();
    return bodies.size() == 1 ? s.spokenBy(bodies.get(0), Statement.Rule.NOMINAL) : s;
  }

  /**
   * "…, said a company spokesman", "a club spokeswoman": a spokesperson of a body noun speaks
   * for the organization "the company" would stand for there.
   */
  static Statement ofBodyNoun(AnnotatedArticle article, ArticleEntities entities, Statement s) {
    Token noun = spokesperson(article, s);
    if (noun == null) {
      return s;
    }
    Sentence here = article.sentenceAt(noun.begin());
    List<Token> modifiers = here.dependents(noun.index()).stream()
        .filter(d -> d.deprel().startsWith("compound") || d.deprel().equals("amod")).toList();
    if (modifiers.isEmpty()) {
      // "a spokesman for the firm": the body "the firm" stands for
      List<Token> bodies = here.dependents(noun.index()).stream()
          .filter(d -> d.deprel().startsWith("nmod") && "for".equals(here.preposition(d.index()))
              && Clauses.hasDefiniteDeterminer(here, d)
              && here.dependents(d.index()).stream().allMatch(m -> m.deprel().equals("det")
                  || m.deprel().equals("case")))
          .toList();
      return bodies.size() != 1 ? s : BodyNominals.asTheNoun(article, entities, here,
          bodies.get(0)).map(a -> s.spokenBy(a, Statement.Rule.NOMINAL)).orElse(s);
    }
    if (modifiers.size() != 1) {
      return s;
    }
    Token body = modifiers.get(0);
    // "… the state-owned People's Bank's customers …, a bank spokesman said": a name in the
    // spokesman's sentence with the noun in it is the body meant (none when the tagger left
    // it unnamed)
    Optional<Token> inName = here.tokens().stream().filter(t -> t.index() < body.index()
        && t.pos().startsWith("NNP") && Clauses.lower(t.word()).equals(Clauses.lower(body.word())))
        .findFirst();
    if (inName.isPresent()) {
      return entities.actorAt(inName.get().span()).filter(a -> a.type() != ActorType.PERSON)
          .map(a -> s.spokenBy(a, Statement.Rule.NOMINAL)).orElse(s);
    }
    return BodyNominals.asTheNoun(article, entities, here, body)
        .map(a -> s.spokenBy(a, Statement.Rule.NOMINAL)).orElse(s);
  }

  /** The noun of an unnamed speaker described as a spokesperson, or null. */
  private static Token spokesperson(AnnotatedArticle article, Statement s) {
    Token noun = Clauses.describedHead(article, s);
    return noun != null && NOUNS.contains(Clauses.lower(noun.word())) ? noun : null;
  }

  /**
   * An organization: a person named before "a spokesman" is more often the subject of the
   * news (who died, who was honoured) than the one the spokesman speaks for.
   */
  private static boolean speaks(Actor a) {
    return a.type() == ActorType.ORGANIZATION;
  }

  /**
   * The actor the subject names, by its own words or a name beside it ("Environmental
   * group Transport 2000"), not one inside a phrase of it ("new technology, including the
   * Video Relay Service").
   */
  private static Optional<Actor> named(Sentence s, Token subject, ArticleEntities entities) {
    Optional<Actor> own = entities.actorAt(subject.span());
    if (own.isPresent()) {
      return own;
    }
    return s.dependents(subject.index()).stream()
        .filter(d -> d.deprel().startsWith("compound") || d.deprel().startsWith("flat")
            || d.deprel().equals("appos"))
        .map(d -> entities.actorAt(d.span())).flatMap(Optional::stream).findFirst();
  }

  /** The speaker of a statement whose speaker's words are {@code subject}'s ("he said"). */
  private static Optional<Actor> speakerAt(List<Statement> statements, Token subject) {
    return statements.stream().filter(t -> t.speaker() != null && t.speakerMention() != null
            && t.speakerMention().overlaps(subject.span()) && speaks(t.speaker()))
        .map(Statement::speaker).findFirst();
  }

  /**
   * The subject of the sentence's main verb, then, in the passive, its agent ("… have been
   * described as idle speculation by Downing Street", wherever the parser hung the "by"
   * phrase: on the verb or on a word of its).
   */
  static List<Token> mainSubjects(Sentence s) {
    for (Token root : s.tokens()) {
      if (root.head() >= 0) {
        continue;
      }
      List<Token> out = new java.util.ArrayList<>(s.dependents(root.index()).stream()
          .filter(d -> SUBJECTS.contains(d.deprel())).toList());
      if (out.stream().anyMatch(d -> d.deprel().equals("nsubj:pass"))) {
        for (Token t : s.tokens()) {
          boolean near = t.head() == root.index() || t.head() >= 0
              && s.tokens().get(t.head()).head() == root.index()
              && !CLAUSES.contains(s.tokens().get(t.head()).deprel());
          if (near && !CLAUSES.contains(t.deprel()) && s.dependents(t.index()).stream()
              .anyMatch(c -> c.deprel().equals("case") && Clauses.lower(c.word()).equals("by"))) {
            out.add(t);
          }
        }
      }
      return out;
    }
    return List.of();
  }
}
