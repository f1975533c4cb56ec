package org.newskg.attribute;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.newskg.resolve.Pronouns;
import org.newskg.extract.AnnotatedArticle;
import org.newskg.extract.CorefChain;
import org.newskg.extract.CorefMention;
import org.newskg.extract.Quote;
import org.newskg.extract.Sentence;
import org.newskg.extract.Span;
import org.newskg.extract.Token;
import org.newskg.resolve.Actor;
import org.newskg.resolve.ActorType;
import org.newskg.resolve.Antecedents;
import org.newskg.resolve.ArticleEntities;
import org.newskg.resolve.Governments;

/**
 * Whom a quote is about: the actors its words name, plus the third-person references inside it
 * that can be resolved with some confidence. Measured on the dev set, statistical coreference
 * inside quotes is right for "the president"-like descriptions but mostly wrong for "it" and
 * often wrong for "he"/"she", so each kind of reference has its own rule:
 * <ul>
 *   <li>a name inside the quote: its actor (the speaker too, when the speaker is named);</li>
 *   <li>"he"/"she"/"his"/"her"…: the person of that gender (by title or pronouns; of unknown
 *       gender only in the same paragraph) named last before it, not the speaker (a speaker
 *       says "I"), names inside quotes included; coreference only as the fallback;</li>
 *   <li>"they"/"them"/"their": the organization or country coreference links it to;</li>
 *   <li>an office or a body with "the" ("the president", "the company"): the person the article
 *       titles so or the organization named last, as the speaker sieves read them;</li>
 *   <li>"the country", "the economy": the country the article is about; "the government": its
 *       government ({@link Governments});</li>
 *   <li>any other singular description ("the enemy"): the actor coreference links it to,
 *       unless that is the speaker;</li>
 *   <li>a reflexive ("brought it on themselves"): the subject of its clause, even outside the
 *       quote;</li>
 *   <li>"it", first and second person: never.</li>
 * </ul>
 */
public final class AboutTargets {
  /** Descriptions that stand for the country an article is about ("the whole country"). */
  private static final Set<String> COUNTRY_NOUNS = Set.of("country", "nation", "economy");

  /** The actors {@code quote} is about, in order of first reference, without duplicates. */
  public List<Actor> about(AnnotatedArticle article, ArticleEntities entities, Quote quote,
                           Actor speaker) {
    Span inner = quote.inner();
    Set<Actor> about = new LinkedHashSet<>();
    for (Actor a : entities.actors()) {
      if (a.names().stream().anyMatch(inner::contains)) {
        about.add(a);
      }
    }
    for (Sentence s : article.sentences()) {
      if (s.end() <= inner.begin() || s.begin() >= inner.end()) {
        continue;
      }
      for (Token t : s.tokens()) {
        if (t.begin() >= inner.begin() && t.end() <= inner.end()) {
          Optional<Actor> bound = Antecedents.reflexive(entities, s, t)
              .filter(a -> a != speaker);
          if (bound.isPresent()) {
            about.add(bound.get());
            continue;
          }
          if (t.pos().equals("RB") && t.deprel().equals("advmod")
              && t.word().equalsIgnoreCase("there")) {
            about.addAll(placesBefore(article, entities, s, t));
            continue;
          }
          Optional<Actor> described = described(article, entities, s, t, speaker);
          if (described.isPresent()) {
            about.add(described.get());
            continue;
          }
          Actor.Gender gender = Pronouns.genderOf(t.word());
          if (gender != Actor.Gender.UNKNOWN) {
            Span pronoun = t.span();
            namedBefore(article, entities, t.begin(), gender, speaker)
                .or(() -> entities.actorAt(pronoun)
                    .filter(a -> a.type() == ActorType.PERSON && a != speaker))
                .ifPresent(about::add);
          }
        }
      }
    }
    for (CorefChain chain : article.chains()) {
      for (CorefMention m : chain.mentions()) {
        if (!inner.contains(m.span())) {
          continue;
        }
        String word = m.span().text().toLowerCase(Locale.ROOT);
        if (Pronouns.PLURAL.contains(word)) {
          entities.actorAt(m.span()).filter(a -> a.type() != ActorType.PERSON && a != speaker)
              .ifPresent(about::add);
        } else if (m.kind().equals("NOMINAL") && !m.number().equals("PLURAL")) {
          entities.actorAt(m.span()).filter(a -> a != speaker && !namesOverlap(a, m.span()))
              .ifPresent(about::add);
        }
      }
    }
    return List.copyOf(about);
  }

  /**
   * What a locative "there" (not the existential one) refers to: the countries the speaker
   * named in the nearest sentence before it that names any, this one or the one before
   * (“… countries such as Bangladesh and Nepal,” he said. “They will be hard-pressed when
   * industries there …”). Places the reporter named are left out: a speaker's "there" points
   * back into their own words, and the reporter's may be only the scene.
   */
  private static List<Actor> placesBefore(AnnotatedArticle article, ArticleEntities entities,
                                          Sentence sentence, Token there) {
    for (int si = sentence.index(); si >= Math.max(0, sentence.index() - 1); si--) {
      Sentence s = article.sentences().get(si);
      int end = si == sentence.index() ? there.begin() : s.end();
      List<Actor> places = entities.actors().stream()
          .filter(a -> a.type() == ActorType.COUNTRY && a.names().stream()
              .anyMatch(m -> m.begin() >= s.begin() && m.end() <= end
                  && article.insideQuote(m)))
          .toList();
      if (!places.isEmpty()) {
        return places;
      }
    }
    return List.of();
  }

  /**
   * What a singular description with "the" inside the quote stands for, as the speaker sieves
   * read the same words before a verb of saying: an office ("the president") is the person
   * the article titles so, else the person last named as a subject just before; a body ("the
   * company") is the organization named last. Never the speaker (a spokesman's "the company"
   * is the speaker's own side), never a word that is part of a name ("the Home Office").
   */
  private static Optional<Actor> described(AnnotatedArticle article, ArticleEntities entities,
                                           Sentence sentence, Token noun, Actor speaker) {
    if (Governments.isTheGovernment(sentence, noun)) {
      // "the Government" too, which the tagger takes for a name
      return Governments.of(entities)
          .filter(a -> a != speaker && Governments.quotesTheGovernment(article));
    }
    if (!noun.pos().equals("NN") || !plainThe(sentence, noun)
        || entities.actorAt(noun.span()).isPresent()) {
      return Optional.empty();
    }
    if (COUNTRY_NOUNS.contains(Clauses.lower(noun.lemma()))) {
      // "the future of the country" is the country's as much as "the country" alone
      return Governments.countryInFocus(entities.actors(), noun.begin())
          .filter(a -> a != speaker);
    }
    if (modifiesANoun(sentence, noun)) {
      return Optional.empty();
    }
    List<Actor> titled = Clauses.peopleWithRole(article, entities, noun);
    if (titled.size() > 1) {
      // two presidents in the article: the one of the country the article is about, else no
      // one (which one a speaker means is not in the words)
      Optional<Actor> focus = Governments.countryInFocus(entities.actors(), noun.begin());
      List<Actor> ofFocus = titled.stream().filter(a -> focus.isPresent()
          && (focus.get().country().equals(a.country()) || entities.roles().stream()
              .anyMatch(r -> r.holder() == a && r.of() == focus.get()))).toList();
      return ofFocus.size() == 1 ? Optional.of(ofFocus.get(0)).filter(a -> a != speaker)
          : Optional.empty();
    }
    if (titled.size() == 1) {
      return Optional.of(titled.get(0)).filter(a -> a != speaker);
    }
    String rel = noun.deprel();
    if (!(rel.startsWith("nsubj") || rel.equals("obj") || rel.equals("dobj")
        || rel.equals("iobj"))) {
      // "data in the network", "at the bank": a place or a thing, seldom the body named before
      return Optional.empty();
    }
    return BodyNominals.resolve(article, entities, sentence, noun)
        .or(() -> RoleNominals.resolve(article, entities, sentence, noun))
        .filter(a -> a != speaker);
  }

  /** "The office of the deputy prime minister": the office is meant, not its holder. */
  private static boolean modifiesANoun(Sentence sentence, Token noun) {
    return noun.head() >= 0 && noun.deprel().startsWith("nmod")
        && sentence.tokens().get(noun.head()).pos().startsWith("NN");
  }

  /** "The president", not "our president" nor "the president of France". */
  private static boolean plainThe(Sentence sentence, Token noun) {
    boolean the = false;
    for (Token d : sentence.dependents(noun.index())) {
      String rel = d.deprel();
      if (rel.equals("det") && Clauses.lower(d.word()).equals("the")) {
        the = true;
      } else if (rel.startsWith("nmod")) {
        return false;
      }
    }
    return the;
  }

  /** A description that contains a name ("the Trump administration") is that name's, not more. */
  private static boolean namesOverlap(Actor a, Span mention) {
    return a.names().stream().anyMatch(mention::overlaps);
  }

  /**
   * The person of {@code gender} named last before {@code offset}, other than the speaker. A
   * person whose gender the article never showed is a candidate only in the pronoun's own
   * paragraph: a "her" about an unnamed woman must not go to a man named paragraphs before.
   */
  private static Optional<Actor> namedBefore(AnnotatedArticle article, ArticleEntities entities,
                                             int offset, Actor.Gender gender, Actor speaker) {
    Actor best = null;
    int bestBegin = -1;
    int paragraph = article.paragraphAt(offset);
    for (Actor a : entities.actors()) {
      boolean unknownGender = a.gender() == Actor.Gender.UNKNOWN;
      if (a == speaker || a.type() != ActorType.PERSON || a.gender() != gender && !unknownGender) {
        continue;
      }
      for (Span name : a.names()) {
        if (name.end() <= offset && name.begin() > bestBegin && !article.modifiesANoun(name)
            && (!unknownGender || article.paragraphAt(name.begin()) == paragraph)) {
          best = a;
          bestBegin = name.begin();
        }
      }
    }
    return Optional.ofNullable(best);
  }
}
