package org.newskg.attribute;

import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newskg.extract.AnnotatedArticle;
import org.newskg.extract.CorefChain;
import org.newskg.extract.CorefMention;
import org.newskg.extract.Sentence;
import org.newskg.extract.Span;
import org.newskg.extract.Token;
import org.newskg.resolve.Actor;
import org.newskg.resolve.ActorType;
import org.newskg.resolve.ArticleEntities;

/**
 * Whom a quote is about: the actors named inside the quoted words, and those a third-person
 * "he"/"she" or a singular description ("the president") inside them refers to, never the
 * speaker's own first person.
 *
 * <p>Coreference is trusted only where it is reliable in quoted speech: "it", "this" and plural
 * descriptions inside a quote are far more often about a situation or an unnamed group than about
 * the organization or country coreference links them to, so they make no target; "they" counts
 * only for a country. A
 * "he"/"she" that coreference leaves unlinked, or links to the speaker, is the person of that
 * gender (not the speaker) named last before it.
 */
public final class AboutTargets {
  private static final Set<String> MALE = ImmutableSet.of("he", "him", "his", "himself");
  private static final Set<String> FEMALE = ImmutableSet.of("she", "her", "hers", "herself");
  /** Pronouns that never make a target: first/second person, and the non-personal ones. */
  private static final Set<String> NO_TARGET_PRONOUNS = ImmutableSet.of("i", "me", "my", "mine",
      "myself", "we", "us", "our", "ours", "ourselves", "you", "your", "yours", "yourself",
      "yourselves", "it", "its", "itself", "this", "that", "these", "those", "who", "whom", "whose", "which", "what", "one", "there",
      "here");

  /** "They" stands for a country's people or government often enough; for anything else not. */
  private static final Set<String> PLURAL = ImmutableSet.of("they", "them", "their", "theirs",
      "themselves");

  private AboutTargets() {}

  /**
   * The actors the quoted words {@code inner} are about, in the order of the article's actors.
   * The speaker counts only when named inside the quote.
   */
  public static List<Actor> of(AnnotatedArticle article, ArticleEntities entities, Span inner,
                               Actor speaker) {
    Set<Span> trusted = trustedReferences(article, inner);
    Set<Actor> about = new LinkedHashSet<>();
    Set<Span> resolved = new HashSet<>();
    for (Actor a : entities.actors()) {
      for (Span m : a.mentions()) {
        String word = lower(m.text());
        if (!inner.contains(m) || NO_TARGET_PRONOUNS.contains(word)
            || (PLURAL.contains(word) && a.type() != ActorType.COUNTRY)) {
          continue;
        }
        boolean named = a.names().contains(m);
        if (named || (a != speaker && trusted.contains(m))) {
          about.add(a);
          resolved.add(m);
        }
      }
    }
    for (Span pronoun : personalPronouns(article, inner)) {
      if (resolved.contains(pronoun)) {
        continue;
      }
      Actor.Gender gender = MALE.contains(lower(pronoun.text())) ? Actor.Gender.MALE
          : Actor.Gender.FEMALE;
      Actor last = lastNamedBefore(article, entities, pronoun.begin(), gender, speaker);
      if (last != null) {
        about.add(last);
      }
    }
    for (Span title : titleReferences(article, inner)) {
      Actor titled = lastTitledBefore(entities, title, speaker);
      if (titled != null && !resolved.contains(title)) {
        about.add(titled);
      }
    }
    List<Actor> ordered = new ArrayList<>();
    for (Actor a : entities.actors()) {
      if (about.contains(a)) {
        ordered.add(a);
      }
    }
    return ordered;
  }

  /** Coreference mentions inside the quote that may stand for an actor there. */
  private static Set<Span> trustedReferences(AnnotatedArticle article, Span inner) {
    Set<Span> trusted = new HashSet<>();
    for (CorefChain chain : article.chains()) {
      for (CorefMention m : chain.mentions()) {
        if (!inner.contains(m.span())) {
          continue;
        }
        String word = lower(m.span().text());
        boolean personal = MALE.contains(word) || FEMALE.contains(word) || PLURAL.contains(word);
        boolean description = m.kind().equals("NOMINAL") && !"PLURAL".equals(m.number());
        if (personal || description || m.kind().equals("PROPER")) {
          trusted.add(m.span());
        }
      }
    }
    return trusted;
  }

  /** The "he"/"she"/"his"/"her" tokens inside the quote. */
  private static List<Span> personalPronouns(AnnotatedArticle article, Span inner) {
    List<Span> found = new ArrayList<>();
    article.sentences().forEach(s -> s.tokens().forEach(t -> {
      String w = lower(t.word());
      if ((MALE.contains(w) || FEMALE.contains(w)) && t.begin() >= inner.begin()
          && t.end() <= inner.end()) {
        found.add(new Span(t.begin(), t.end(), t.word()));
      }
    }));
    return found;
  }

  /** "the president", "the minister" inside the quote: the title word's span. */
  private static List<Span> titleReferences(AnnotatedArticle article, Span inner) {
    List<Span> found = new ArrayList<>();
    article.sentences().forEach(s -> {
      List<Token> tokens = s.tokens();
      for (int i = 1; i < tokens.size(); i++) {
        Token t = tokens.get(i);
        if (lower(tokens.get(i - 1).word()).equals("the") && t.begin() >= inner.begin()
            && t.end() <= inner.end() && t.word().chars().allMatch(Character::isLowerCase)) {
          found.add(new Span(t.begin(), t.end(), t.word()));
        }
      }
    });
    return found;
  }

  /**
   * The one person, not the speaker, named before {@code title} with that title in front of a
   * name ("President Ana Ruiz" makes "the president" Ana Ruiz), when no other person bears it.
   */
  private static Actor lastTitledBefore(ArticleEntities entities, Span title, Actor speaker) {
    String prefix = lower(title.text()) + " ";
    List<Actor> titled = entities.actors().stream()
        .filter(a -> a.type() == ActorType.PERSON && a.altLabels().stream()
            .anyMatch(l -> lower(l).startsWith(prefix)))
        .toList();
    // two presidents in one article: "the president" alone does not say which
    if (titled.size() != 1 || titled.get(0) == speaker
        || titled.get(0).names().stream().noneMatch(n -> n.end() <= title.begin())) {
      return null;
    }
    return titled.get(0);
  }

  /**
   * The person of {@code gender}, other than the speaker, whose name ends last before offset;
   * a person of unknown gender (a first name alone says none) only when named in this paragraph
   * or the one before: without a gender cue only recency makes the link plausible.
   */
  private static Actor lastNamedBefore(AnnotatedArticle article, ArticleEntities entities,
                                       int offset, Actor.Gender gender, Actor speaker) {
    int paragraph = paragraphAt(article, offset);
    Actor best = null;
    int bestEnd = -1;
    for (Actor a : entities.actors()) {
      if (a.type() != ActorType.PERSON || a == speaker
          || (a.gender() != gender && a.gender() != Actor.Gender.UNKNOWN)) {
        continue;
      }
      for (Span n : a.names()) {
        boolean near = a.gender() == gender || paragraphAt(article, n.begin()) >= paragraph - 1;
        if (n.end() <= offset && n.end() > bestEnd && near) {
          bestEnd = n.end();
          best = a;
        }
      }
    }
    return best;
  }

  private static int paragraphAt(AnnotatedArticle article, int offset) {
    Sentence s = article.sentenceAt(offset);
    return s == null ? -1 : s.paragraph();
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
