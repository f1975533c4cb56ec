package org.newskg.attribute;

import com.google.common.collect.ImmutableSet;
import java.util.Set;
import org.newskg.extract.Sentence;
import org.newskg.extract.Token;

/**
 * "The firm said trials had found nothing, but was hopeful about other sites": the parser hangs
 * a second predicate without a subject from the reported clause, yet its verb agrees in number
 * with the cue's subject and not with the clause's ("trials … was"): it is the speaker's second
 * predicate, not part of what was said. Only a disagreement in number decides; where both
 * subjects have the same number the predicate stays with the clause.
 */
final class SpeakerPredicate {
  private static final Set<String> SINGULAR_FORMS = ImmutableSet.of("was", "is", "has", "does",
      "'s");
  private static final Set<String> PLURAL_FORMS = ImmutableSet.of("were", "are", "have", "do",
      "'re");
  private static final Set<String> SINGULAR_PRONOUNS = ImmutableSet.of("he", "she", "it");
  private static final Set<String> PLURAL_PRONOUNS = ImmutableSet.of("they", "we");

  private SpeakerPredicate() {}

  /**
   * True when {@code conj}, a predicate coordinated with the reported clause {@code head}
   * without a subject of its own, agrees in number with the subject of {@code head}'s cue and
   * not with {@code head}'s own subject.
   */
  static boolean speakers(Sentence s, Token head, Token conj) {
    if (!conj.deprel().equals("conj") || conj.index() <= head.index() || head.head() < 0
        || subject(s, conj) != null) {
      return false;
    }
    Token cue = s.tokens().get(head.head());
    Token own = subject(s, head);
    Token speaker = subject(s, cue);
    if (own == null || speaker == null || !Clauses.baseRelation(head.deprel()).equals("ccomp")) {
      return false;
    }
    int verb = number(finiteForm(s, conj));
    int clause = nounNumber(s, own);
    int cueSubject = nounNumber(s, speaker);
    return verb != 0 && clause != 0 && verb != clause && verb == cueSubject;
  }

  static Token subject(Sentence s, Token head) {
    return s.dependents(head.index()).stream().filter(t -> t.deprel().startsWith("nsubj"))
        .findFirst().orElse(null);
  }

  /** The predicate's finite word: its first auxiliary or copula, else the verb itself. */
  private static Token finiteForm(Sentence s, Token predicate) {
    return s.dependents(predicate.index()).stream()
        .filter(t -> t.index() < predicate.index()
            && (t.deprel().startsWith("aux") || t.deprel().equals("cop")))
        .findFirst().orElse(predicate);
  }

  /** 1 singular, 2 plural, 0 unknown, of a finite verb form. */
  private static int number(Token verb) {
    String w = Clauses.lower(verb.word());
    if (SINGULAR_FORMS.contains(w) || verb.pos().equals("VBZ")) {
      return 1;
    }
    if (PLURAL_FORMS.contains(w) || verb.pos().equals("VBP")) {
      return 2;
    }
    return 0;
  }

  /** 1 singular, 2 plural, 0 unknown, of a subject noun (nouns joined by "and" are plural). */
  private static int nounNumber(Sentence s, Token noun) {
    String w = Clauses.lower(noun.word());
    if (s.dependents(noun.index()).stream().anyMatch(t -> t.deprel().equals("conj"))) {
      return 2;
    }
    if (noun.pos().equals("NNS") || noun.pos().equals("NNPS") || PLURAL_PRONOUNS.contains(w)) {
      return 2;
    }
    if (noun.pos().equals("NN") || noun.pos().equals("NNP") || SINGULAR_PRONOUNS.contains(w)) {
      return 1;
    }
    return 0;
  }

  /**
   * Whether the finite form of {@code verb} is plural ("were", "are"), singular ("was", "is",
   * "has"), or says nothing of number (null): the reading the content steps use
   * ({@link BackshiftedConjunct}, {@link ContentAroundCue}), narrower than {@link #number}'s,
   * which takes any present plural for one. Reading both alike would change the candidates,
   * and so the reported-speech model.
   */
  static Boolean finitePlural(Sentence s, Token verb) {
    Token finite = s.dependents(verb.index()).stream()
        .filter(d -> d.deprel().startsWith("aux") || d.deprel().equals("cop"))
        .findFirst().orElse(verb);
    String word = Clauses.lower(finite.word());
    if (word.equals("were") || word.equals("are")) {
      return true;
    }
    if (word.equals("was") || finite.pos().equals("VBZ")) {
      return false;
    }
    return null;
  }

  /**
   * Whether {@code subject} is plural, singular, or of no clear number (null), as the content
   * steps read it: unlike {@link #nounNumber}, "this" and "these" have a number and "it" has
   * none, and a singular noun is one only when it is a person's name ({@code strict}): British
   * news takes "the government were" as well as "the government was".
   */
  static Boolean plural(Sentence s, Token subject, boolean strict) {
    if (subject == null) {
      return null;
    }
    if (s.dependents(subject.index()).stream().anyMatch(d -> d.deprel().startsWith("conj"))) {
      return true;
    }
    String word = Clauses.lower(subject.word());
    if (subject.pos().equals("DT")) {
      return word.equals("these") || word.equals("those") ? Boolean.TRUE
          : word.equals("this") || word.equals("that") ? Boolean.FALSE : null;
    }
    if (subject.pos().equals("PRP")) {
      return word.equals("they") || word.equals("we") ? Boolean.TRUE
          : word.equals("he") || word.equals("she") ? Boolean.FALSE : null;
    }
    if (subject.pos().equals("NNS") || subject.pos().equals("NNPS")) {
      return true;
    }
    // "Ministers insist …": a plural noun for people, tagged a name as a sentence's first word
    if (subject.pos().equals("NNP") && subject.index() == 0 && "O".equals(subject.ner())
        && word.endsWith("s") && Animacy.ANIMATE.contains(word.substring(0, word.length() - 1))) {
      return true;
    }
    if (subject.pos().equals("NNP") && (!strict || "PERSON".equals(subject.ner()))
        || subject.pos().equals("NN") && !strict) {
      return false;
    }
    return null;
  }
}
