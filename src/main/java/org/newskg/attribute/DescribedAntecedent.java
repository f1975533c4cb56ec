package org.newskg.attribute;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.newskg.extract.AnnotatedArticle;
import org.newskg.extract.Sentence;
import org.newskg.extract.Token;
import org.newskg.resolve.ActorType;
import org.newskg.resolve.Antecedents;
import org.newskg.resolve.ArticleEntities;

/**
 * "The minister's spokesman said … The spokesman declined to comment. He said …": a "he" or
 * "she" whose nearest antecedent in subject position is a description of a person, not a name,
 * stands for that description (news keeps the one it is following in subject position), not
 * for the person last named as a subject before it. Walking back from the pronoun over clause
 * subjects: a person's name, or a description with one beside it ("Its leader, Ann Lee,"),
 * ends the walk (the name rules decide), as does a noun for a person the article names ("the
 * minister"); a pronoun of the same gender continues it, a subject that is no person ("the
 * Commons", "No 10", "the talks") is passed over, and a singular noun for a person news quotes
 * unnamed ("spokesman", "official", "aide") as a main clause's subject, whose gender fits, is
 * the antecedent.
 */
final class DescribedAntecedent {
  private static final Pattern FEMALE = Pattern.compile(
      ".*(woman|women|wife|mother|girl|daughter|sister|queen|actress|chairwoman|lady)$");
  private static final Pattern MALE = Pattern.compile(
      ".*(man|men|husband|father|boy|son|brother|king|actor)$");
  private static final Set<String> PRONOUN_SUBJECTS = Set.of("he", "she");
  /** Nouns for a number of people (on the animate list), which no "he" or "she" stands for. */
  private static final Set<String> QUANTITIES = Set.of("majority", "minority", "number",
      "rest", "bulk", "half", "third", "quarter", "proportion", "share", "dozen");
  /**
   * Nouns for a person news quotes without naming ("the spokesman", "a senior official"); an
   * office ("the nominee", "the senator") mostly stands for a person the article has named,
   * whom the name rules find.
   */
  private static final Set<String> UNNAMED = Set.of("spokesman", "spokeswoman",
      "spokesperson", "official", "aide", "source", "insider", "representative", "negotiator",
      "diplomat", "officer", "analyst", "expert", "economist", "witness", "adviser", "advisor",
      "lawyer", "attorney", "executive", "strategist", "staffer", "campaigner", "activist");

  private DescribedAntecedent() {}

  /** The description's head token and its sentence. */
  /**
   * The description's head token and its sentence; {@code office} when it is a noun for a
   * person that is no unnamed source ("the sheriff", "the nominee"), which stands for a person
   * only when it resolves to one, or when no person is a subject nearby.
   */
  record Found(Sentence sentence, Token head, boolean office) {}

  /**
   * The description the pronoun {@code pronoun} of {@code sentence} stands for, or null when a
   * name (or nothing) comes first.
   */
  static Found find(AnnotatedArticle article, ArticleEntities entities, Sentence sentence,
                    Token pronoun, Set<String> reportingVerbs) {
    String word = Clauses.lower(pronoun.word());
    if (!PRONOUN_SUBJECTS.contains(word)) {
      return null;
    }
    boolean female = word.equals("she");
    List<Sentence> all = article.sentences();
    for (Subject subject : subjectsBefore(article, sentence, pronoun,
        t -> t.deprel().startsWith("nsubj"))) {
      Sentence s = subject.sentence();
      Token t = subject.token();
      String w = Clauses.lower(t.word());
      if (PRONOUN_SUBJECTS.contains(w)) {
        if (w.equals(word)) {
          continue;
        }
        return null;
      }
      if (t.pos().startsWith("NNP")) {
        boolean person = entities.actorAt(t.span()).map(a -> a.type() == ActorType.PERSON)
            .orElse(true);
        // in an earlier sentence, a name that only a reported clause has as subject ("the
        // spokesman said it had no evidence that Mr Lee had …") is not the one followed
        boolean followed = s == sentence || mainClause(s, t) || t.head() >= 0
            && reportingVerbs.contains(Clauses.lower(s.tokens().get(t.head()).lemma()));
        if (person && followed) {
          return null;
        }
        continue;
      }
      if (!t.pos().startsWith("NN")) {
        continue;
      }
      String lemma = Clauses.lower(t.lemma());
      if (namesAPerson(s, t, entities)) {
        // "Ian Fogg, analyst at …", "Its leader, Ann Lee,": a name after all
        return null;
      }
      if (t.pos().equals("NN") && UNNAMED.contains(lemma)
          && (s == sentence || mainClause(s, t)
              || closingReport(article, s, t, reportingVerbs))) {
        boolean isFemale = FEMALE.matcher(lemma).matches();
        boolean isMale = !isFemale && MALE.matcher(lemma).matches();
        if (female && isMale || !female && isFemale
            || followsAPerson(article, entities, all, s, t, isFemale, isMale)) {
          return null;
        }
        return new Found(s, t, false);
      }
      if (Animacy.ANIMATE.contains(lemma) && !UNNAMED.contains(lemma)
          && !QUANTITIES.contains(lemma)
          && !(s != sentence && reportedSubject(s, t))) {
        // "the sheriff has an idea. He tells …": the latest subject, a person described,
        // stands for the one it describes (a person the article titles so, or the
        // description) rather than for an older name; "the leader" of someone named in its
        // clause, or a description in a clause about someone else, leaves it to the names
        return describedPerson(s, sentence, t, female) ? new Found(s, t, true) : null;
      }
    }
    return null;
  }

  /** A subject before a pronoun, in its sentence. */
  record Subject(Sentence sentence, Token token) {}

  /**
   * The words {@code subjectLike} accepts before {@code pronoun}, latest first, in its
   * paragraph and the one before: not inside a quotation, and not in what the pronoun's own verb
   * reports ("The show's adjudicator was also satisfied, she added": a subject of what was said,
   * not who said it).
   */
  static List<Subject> subjectsBefore(AnnotatedArticle article, Sentence sentence, Token pronoun,
                                      Predicate<Token> subjectLike) {
    List<Subject> out = new ArrayList<>();
    List<Sentence> all = article.sentences();
    for (int i = sentence.index(); i >= 0 && i < all.size(); i--) {
      Sentence s = all.get(i);
      if (s.paragraph() < sentence.paragraph() - 1) {
        break;
      }
      for (int k = s.tokens().size() - 1; k >= 0; k--) {
        Token t = s.tokens().get(k);
        if (s == sentence && t.index() >= pronoun.index() || !subjectLike.test(t)
            || article.insideQuote(t.span())
            || s == sentence && Antecedents.reportedBy(s, pronoun.begin(), t.span())) {
          continue;
        }
        out.add(new Subject(s, t));
      }
    }
    return out;
  }

  /**
   * A singular definite description of a person ("the clever sheriff", "the veteran lock")
   * heading a main clause's subject, of a gender that fits the pronoun, with no possessor
   * ("his lawyer" is about someone else), no body ("the party"), and no pronoun of the
   * pronoun's gender in its sentence ("The nurse told him …", "he argued, the party should"
   * keep the one the pronoun stands for the topic).
   */
  private static boolean describedPerson(Sentence s, Sentence here, Token noun, boolean female) {
    if (!noun.pos().equals("NN") || !(s == here || mainClause(s, noun))
        || s.dependents(noun.index()).stream().noneMatch(d -> d.deprel().equals("det")
            && Clauses.lower(d.word()).equals("the"))
        || s.dependents(noun.index()).stream().anyMatch(d -> d.deprel().equals("nmod:poss"))) {
      return false;
    }
    String lemma = Clauses.lower(noun.lemma());
    if (BodyNominals.NOUNS.contains(lemma) || DescribedBody.BODIES.contains(lemma)) {
      // "the party should be prepared": a body, though a word for people
      return false;
    }
    boolean isFemale = FEMALE.matcher(lemma).matches();
    boolean isMale = !isFemale && MALE.matcher(lemma).matches();
    if (female && isMale || !female && isFemale) {
      return false;
    }
    Set<String> person = female ? Set.of("she", "her") : Set.of("he", "him");
    return s.tokens().stream().noneMatch(t -> person.contains(Clauses.lower(t.word()))
        && !reportsItself(s, noun, t));
  }

  /**
   * "The home secretary said everyone would be checked. He added …": in an earlier sentence, the
   * subject of a clause a verb reports (or of one inside it) is what was said, not whom the
   * text follows;
   * the walk passes over it, as it passes over a name there.
   */
  static boolean reportedSubject(Sentence s, Token subject) {
    if (subject.head() < 0 || mainClause(s, subject)) {
      return false;
    }
    for (int v = subject.head(), hops = 0; v >= 0 && hops < 10; hops++) {
      Token verb = s.tokens().get(v);
      if (verb.deprel().equals("ccomp")) {
        return true;
      }
      v = verb.head();
    }
    return false;
  }

  /**
   * "The home secretary said he wanted …": the pronoun subject of the clause the description's
   * own verb reports is the description itself, no other person its sentence keeps in view.
   */
  static boolean reportsItself(Sentence s, Token description, Token pronoun) {
    if (!pronoun.deprel().startsWith("nsubj") || pronoun.head() < 0
        || !description.deprel().startsWith("nsubj") || description.head() < 0) {
      return false;
    }
    Token verb = s.tokens().get(pronoun.head());
    return verb.head() == description.head()
        && (verb.deprel().equals("ccomp") || verb.deprel().equals("parataxis"));
  }

  /**
   * "“…?” he asked. The Tory spokesman also criticised …": a definite description right after a
   * sentence whose first subject outside quotes is a person of a fitting gender (by name or by
   * pronoun) varies that person's name; an indefinite one ("a spokesman") introduces
   * someone new.
   */
  private static boolean followsAPerson(AnnotatedArticle article, ArticleEntities entities,
                                        List<Sentence> all, Sentence s, Token description,
                                        boolean female, boolean male) {
    boolean indefinite = s.dependents(description.index()).stream().anyMatch(d ->
        d.deprel().equals("det") && Set.of("a", "an", "another")
            .contains(Clauses.lower(d.word())));
    if (indefinite || s.index() == 0) {
      return false;
    }
    Sentence before = all.get(s.index() - 1);
    if (before.paragraph() != s.paragraph()) {
      return false;
    }
    for (Token t : before.tokens()) {
      if (!t.deprel().startsWith("nsubj") || article.insideQuote(t.span())) {
        continue;
      }
      String w = Clauses.lower(t.word());
      if (w.equals("he")) {
        return !female;
      }
      if (w.equals("she")) {
        return !male;
      }
      java.util.Optional<org.newskg.resolve.Actor> person = entities.actorAt(t.span())
          .filter(a -> a.type() == ActorType.PERSON);
      if (person.isPresent()) {
        org.newskg.resolve.Actor.Gender g = person.get().gender();
        return !(female && g == org.newskg.resolve.Actor.Gender.MALE
            || male && g == org.newskg.resolve.Actor.Gender.FEMALE);
      }
    }
    return false;
  }

  /** A person's name hangs from the description: compounded, in apposition or coordinated. */
  private static boolean namesAPerson(Sentence s, Token noun, ArticleEntities entities) {
    for (Token d : s.dependents(noun.index())) {
      String rel = d.deprel();
      if (d.pos().startsWith("NNP") && (rel.startsWith("compound") || rel.equals("appos")
          || rel.equals("conj") || rel.equals("dep"))
          && entities.actorAt(d.span()).filter(a -> a.type() == ActorType.PERSON).isPresent()) {
        return true;
      }
    }
    if (noun.head() >= 0) {
      // "Its leader, Ann Lee," in apposition; "the highest ranking executive … was Ann Lee"
      Token head = s.tokens().get(noun.head());
      boolean copula = s.dependents(head.index()).stream()
          .anyMatch(d -> d.deprel().equals("cop"));
      return (noun.deprel().equals("appos") || copula && head.pos().startsWith("NNP"))
          && entities.actorAt(head.span()).filter(a -> a.type() == ActorType.PERSON)
              .isPresent();
    }
    return false;
  }

  /** The subject belongs to the sentence's main clause, or a clause coordinated with it. */
  /**
   * "“…,” the spokesman said.": the subject of the reporting clause that closes a quotation is
   * followed as a main clause's, wherever the parser hung that clause (often from a verb deep
   * inside the quotation).
   */
  private static boolean closingReport(AnnotatedArticle article, Sentence s, Token subject,
                                       Set<String> reportingVerbs) {
    if (subject.head() < 0) {
      return false;
    }
    Token verb = s.tokens().get(subject.head());
    if (!reportingVerbs.contains(Clauses.lower(verb.lemma()))
        || article.insideQuote(verb.span())) {
      return false;
    }
    int i = subject.index() - 1;
    while (i >= 0 && s.tokens().get(i).head() == subject.index()) {
      i--;
    }
    return i >= 0 && Set.of("''", "”", "\"").contains(s.tokens().get(i).word());
  }

  static boolean mainClause(Sentence s, Token subject) {
    int v = subject.head();
    for (int hops = 0; v >= 0 && hops < 6; hops++) {
      Token verb = s.tokens().get(v);
      if (verb.head() < 0) {
        return true;
      }
      if (!verb.deprel().startsWith("conj") && !verb.deprel().equals("parataxis")) {
        return false;
      }
      v = verb.head();
    }
    return false;
  }
}
