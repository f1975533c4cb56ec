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
import org.newskg.resolve.Governments;

/**
 * "Venezuela has assured foreign firms that it respects their contracts. However, the
 * government insisted …", "Sri Lanka faces a $1.3bn bill … The island state is asking …": "the
 * government", "the country" or "the state", with no owner, is the country that is the main
 * subject right before it, earlier in its sentence or in the two sentences before, when the
 * first main subject naming anyone there is that country; a person or an organization there
 * leaves it as it stands (whose government it is is then not said). Applied once attribution
 * is done, so the ranker's candidates stay as they are.
 */
final class GovernmentOfCountry {
  /** Nouns for a state as a whole, which news uses for the country it is following. */
  private static final Set<String> STATES = Set.of("government", "country", "nation", "state",
      "kingdom", "republic");
  /** Sentences back, besides its own, that the country may be the subject of. */
  private static final int REACH = 2;

  private GovernmentOfCountry() {}

  /**
   * "the government", "the island state": "the" and words that say what kind; no owner, and
   * nothing after it that says which ("the state of Texas").
   */
  private static boolean plain(Sentence sentence, Token noun) {
    // "the Indonesian government" is another country's
    return sentence.dependents(noun.index()).stream().allMatch(d -> d.deprel().equals("det")
        || d.deprel().equals("punct") || d.deprel().equals("acl:relcl")
        || (d.deprel().equals("amod") || d.deprel().equals("compound"))
            && Character.isLowerCase(d.word().charAt(0))
            && (d.ner() == null || d.ner().equals("O")));
  }

  static Statement resolve(AnnotatedArticle article, ArticleEntities entities, Statement s) {
    Token head = Clauses.describedHead(article, s);
    Sentence here = head == null ? null : article.sentenceAt(head.begin());
    if (here == null || !head.pos().equals("NN") || !STATES.contains(Clauses.lower(head.word()))
        || article.insideQuote(head.span())) {
      return s;
    }
    // "the country's government" is the country's, as "the government" is
    Token state = here.dependents(head.index()).stream()
        .filter(d -> d.deprel().equals("nmod:poss") && d.pos().equals("NN")
            && STATES.contains(Clauses.lower(d.word())) && !Clauses.lower(d.word())
                .equals("government"))
        .findFirst().orElse(null);
    boolean plainHead = Clauses.hasDefiniteDeterminer(here, head) && plain(here, head);
    boolean plainOwner = state != null && Clauses.hasDefiniteDeterminer(here, state)
        && here.dependents(state.index()).stream().allMatch(d -> d.deprel().equals("det")
            || d.deprel().equals("case")) && here.dependents(head.index()).stream()
            .allMatch(d -> d == state || d.deprel().equals("punct"));
    if (!plainHead && !plainOwner) {
      return s;
    }
    List<Sentence> sentences = article.sentences();
    int at = sentences.indexOf(here);
    for (int si = at; si >= Math.max(0, at - REACH); si--) {
      Sentence before = sentences.get(si);
      if (before.paragraph() < here.paragraph() - 1) {
        break;
      }
      for (Token subject : Spokespeople.mainSubjects(before)) {
        if (si == at && subject.index() >= head.index()
            || article.insideQuote(subject.span())) {
          continue;
        }
        Optional<Actor> named = entities.actorAt(subject.span());
        if (named.isPresent()) {
          return named.get().type() == ActorType.COUNTRY
              ? s.spokenBy(named.get(), Statement.Rule.NOMINAL) : s;
        }
      }
    }
    return headlineCountry(article, entities)
        .filter(c -> Clauses.lower(head.word()).equals("government"))
        .map(c -> s.spokenBy(c, Statement.Rule.NOMINAL)).orElse(s);
  }

  /**
   * "The government says …", "the UK government promised …": a statement given to a country
   * through a noun for its government is the government's, a body, when the article has that
   * country's government as an actor of its own ({@link Governments}); the country stays
   * otherwise. Applied after the country is found.
   */
  static Statement asBody(AnnotatedArticle article, ArticleEntities entities, Statement s) {
    if (s.speaker() == null || s.speaker().type() != ActorType.COUNTRY
        || s.speaker().country() == null || s.speakerMention() == null) {
      return s;
    }
    Token head = Clauses.lastWordOf(article, s.speakerMention());
    if (head == null || !head.pos().equals("NN")
        || !Governments.BODIES.contains(Clauses.lower(head.word()))) {
      return s;
    }
    return Governments.of(entities).filter(g -> s.speaker().country().equals(g.country()))
        .map(g -> s.spokenBy(g, s.rule())).orElse(s);
  }

  /**
   * "Brazil jobless rate hits new low … according to the government": the country the first
   * sentence names first in its subject, when the article names it more often than any other
   * country, is the one whose government the article means where nothing nearer says.
   */
  private static Optional<Actor> headlineCountry(AnnotatedArticle article,
                                                 ArticleEntities entities) {
    Sentence headline = article.sentences().get(0);
    Optional<Actor> most = entities.mostNamed(ActorType.COUNTRY);
    List<Token> subjects = Spokespeople.mainSubjects(headline);
    for (Token t : headline.tokens()) {
      Optional<Actor> named = entities.actorAt(t.span());
      // the headline's subject or a word of it ("Brazil jobless rate hits …"), not a topic
      // further in ("… the legality of the Iraq war")
      boolean subject = subjects.stream().anyMatch(d -> d == t
          || Clauses.hangsFrom(headline, t, d, 2));
      if (subject && named.isPresent() && named.get().type() == ActorType.COUNTRY) {
        return named.filter(c -> most.isPresent() && most.get() == c);
      }
    }
    return Optional.empty();
  }
}
