package org.newskg.resolve;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.function.Predicate;
import org.newskg.extract.AnnotatedArticle;
import org.newskg.extract.Sentence;
import org.newskg.extract.Span;
import org.newskg.extract.Token;

/**
 * What a third-person pronoun refers to, by the conventions of news prose rather than by a
 * coreference model: the speaker attribution ("he said") and the pronoun linker use the same
 * rules, so a pronoun means the same actor everywhere in the graph.
 */
public final class Antecedents {
  private static final Set<String> REFLEXIVES = Set.of("himself",
      "herself", "itself", "themselves");

  private static final Set<String> CLAUSE_RELATIONS = Set.of("ccomp", "xcomp", "conj",
      "advcl", "parataxis");

  private static final FirstNames FIRST_NAMES = FirstNames.load();
  /** A title of gender before a name (in lower case): compiled once, read for every pronoun. */
  private static final Pattern MISTER = Pattern.compile("\\bmr\\.?\\s");
  private static final Pattern MISS = Pattern.compile("\\b(ms|mrs|miss)\\.?\\s");

  /** People who speak for the organization or country their name is modified by. */
  private static final Set<String> SPEAKING_FOR = Set.of("leader", "official", "executive",
      "minister", "boss", "chief", "spokesman", "spokeswoman", "spokesperson", "representative",
      "negotiator", "diplomat", "source", "lawyer", "director", "manager", "commander",
      "authority", "envoy", "president", "chairman", "head", "officer", "economist", "analyst",
      "researcher", "scientist", "expert", "member");

  /** Letters after a person's name: a title, not a noun the name modifies. */
  public static final Set<String> POST_NOMINALS = Set.of("QC", "KC", "MP", "MEP", "MSP", "AM",
      "MLA", "MSc", "PhD", "CBE", "OBE", "MBE", "KBE", "Jr", "Snr", "Sr");

  private Antecedents() {
  }

  /**
   * The person a "he"/"she" at {@code offset} refers to: the person last named as the subject
   * of a clause in this or the previous paragraph (news keeps its topic in subject position:
   * "Mr. A berated Mr. B. … he said" is Mr. A; a name beside the subject's noun, "the party
   * leader Ann Lee said", is that subject; a person of the pronoun's gender introduced as the
   * owner of a subject or the agent of a passive counts where no person is a subject), else
   * the person named last; outside quotes, gender-compatible as far as the text before
   * {@code offset} shows.
   */
  public static Optional<Actor> person(AnnotatedArticle article, ArticleEntities entities,
                                       int offset, Actor.Gender gender) {
    return person(article, entities, offset, gender, false, false, a -> false);
  }

  /**
   * As {@link #person}, passing over names that an earlier sentence's own "he" or "she"
   * reports ("Mr A has failed, he claimed. … This is the record Mr A must defend, he said"
   * is not A). Read after attribution, so that the ranker's candidates stay as they are.
   */
  public static Optional<Actor> personPastReportedNames(AnnotatedArticle article,
                                                        ArticleEntities entities, int offset,
                                                        Actor.Gender gender) {
    return person(article, entities, offset, gender, false, true, a -> false);
  }

  /**
   * As {@link #personPastReportedNames}, passing over the people {@code passedOver} names too
   * ("He said Mr A had failed": not A, whom the text may have followed up to it).
   */
  public static Optional<Actor> personPastReportedNames(AnnotatedArticle article,
                                                        ArticleEntities entities, int offset,
                                                        Actor.Gender gender,
                                                        Predicate<Actor> passedOver) {
    return person(article, entities, offset, gender, false, true, passedOver);
  }

  /**
   * The person {@link #person} finds by the subject rule alone: empty when no person of a
   * fitting gender is named as a subject in this or the previous paragraph, where
   * {@link #person} falls back on the person named last.
   */
  public static Optional<Actor> personBySubject(AnnotatedArticle article,
                                                ArticleEntities entities, int offset,
                                                Actor.Gender gender) {
    return person(article, entities, offset, gender, true, false, a -> false);
  }

  private static Optional<Actor> person(AnnotatedArticle article, ArticleEntities entities,
                                        int offset, Actor.Gender gender, boolean subjectOnly,
                                        boolean pastReported, Predicate<Actor> passedOver) {
    Sentence here = article.sentenceAt(offset);
    int paragraph = here == null ? Integer.MAX_VALUE : here.paragraph();
    Actor nearest = null;
    int nearestBegin = -1;
    Actor subject = null;
    int subjectBegin = -1;
    int subjectSentence = -1;
    boolean subjectMain = false;
    // a reporting clause's "she said" may follow a name the parser hung in apposition inside
    // the subject of an earlier sentence; inside a quotation the speaker talks of someone, not
    // of that name, and in the name's own clause "him" is someone else
    boolean apposition = !article.insideQuote(new Span(offset, offset + 1, ""));
    Actor strong = null;
    int strongBegin = -1;
    for (Actor a : entities.actors()) {
      if (a.type() != ActorType.PERSON || passedOver.test(a)) {
        continue;
      }
      if (gender != Actor.Gender.UNKNOWN) {
        Actor.Gender g = genderBefore(article, a, offset);
        if (g != Actor.Gender.UNKNOWN && g != gender) {
          continue;
        }
      }
      for (Span m : a.names()) {
        if (m.end() > offset || article.insideQuote(m) && !sameQuotedSentence(article, here, m,
                offset)
            || article.modifiesANoun(m) && !beforeLetters(article, m)) {
          continue;
        }
        Sentence s = article.sentenceAt(m.begin());
        // "Mr A has failed, he claimed. … He said": in an earlier sentence too, a name that a
        // "he" or "she" reports is someone else than the one the pronouns follow
        boolean reported = s != null && (s == here ? reportedBy(here, offset, m)
            : pastReported && reportedByPronoun(s, m));
        if (m.begin() > nearestBegin && !reported) {
          // "Mr A has failed, he claimed": what the pronoun's verb reports names someone else
          nearest = a;
          nearestBegin = m.begin();
        }
        if (s != null && m.begin() > strongBegin && !reported && !ofANoun(s, m)) {
          strong = a;
          strongBegin = m.begin();
        }
        if (s == null || s.paragraph() < paragraph - 1 || reported) {
          continue;
        }
        boolean named = isClauseSubject(s, m)
            || apposition && s != here && inSubjectApposition(s, m);
        // a topic introduced so is weaker evidence than a subject: only someone the text has
        // shown to be of the pronoun's gender ("President Obama's decision …. She will visit"
        // is not Obama)
        if (!named && !(s != here && topicalPerson(s, m, entities)
            && (gender == Actor.Gender.UNKNOWN || shownGender(article, a, offset) == gender))) {
          continue;
        }
        // the latest sentence with a subject wins; in an earlier sentence a main clause's
        // subject outranks one its clauses report or embed ("A had suggested that B would win.
        // He said" is A), while in the pronoun's own sentence the nearest subject binds it
        boolean main = named && s != here && mainClauseSubject(s, m);
        int sentenceBegin = s.tokens().get(0).begin();
        if (sentenceBegin > subjectSentence
            || sentenceBegin == subjectSentence && (main && !subjectMain
                || main == subjectMain && m.begin() > subjectBegin)) {
          subject = a;
          subjectBegin = m.begin();
          subjectSentence = sentenceBegin;
          subjectMain = main;
        }
      }
    }
    if (subject == null && nearest != strong && strong != null
        && article.sentenceAt(strongBegin) == article.sentenceAt(nearestBegin)) {
      // "Mr A's insistence was a rebuttal of a warning from B. He also promised …": a name
      // in a noun's prepositional phrase is a weaker antecedent than one of its sentence's
      // own participants
      nearest = strong;
    }
    return Optional.ofNullable(subject != null || subjectOnly ? subject : nearest);
  }

  /**
   * "“At the meeting Lund admitted that he had lied,” Mr Berg said": a pronoun inside a
   * quotation may take up a name in its own quoted sentence before it; the speaker's words
   * name whom they are about.
   */
  private static boolean sameQuotedSentence(AnnotatedArticle article, Sentence here, Span name,
                                            int offset) {
    if (here == null || article.sentenceAt(name.begin()) != here) {
      return false;
    }
    return article.quoteAround(offset, offset + 1)
        .filter(q -> q.inner().contains(name)).isPresent();
  }

  /** The name hangs from a noun by a preposition: "a warning from B", "the wife of B". */
  private static boolean ofANoun(Sentence s, Span name) {
    int i = s.tokenAt(name.end() - 1);
    if (i < 0) {
      return false;
    }
    Token t = s.tokens().get(i);
    return t.deprel().equals("nmod") && t.head() >= 0
        && s.tokens().get(t.head()).pos().startsWith("NN");
  }

  /**
   * A person's gender as a title or the pronouns before {@code offset} show it, else as a
   * first name shows it ("Tom Reeve"); unknown for a surname alone.
   */
  private static Actor.Gender shownGender(AnnotatedArticle article, Actor a, int offset) {
    Actor.Gender g = genderBefore(article, a, offset);
    if (g != Actor.Gender.UNKNOWN) {
      return g;
    }
    List<String> words = Names.words(a.label());
    return words.size() >= 2 ? FIRST_NAMES.genderOf(words.get(0)) : Actor.Gender.UNKNOWN;
  }

  /**
   * "Peter Lund QC", "Ann Lee MP": the parser compounds a name with the letters after it as
   * if it modified a noun ("the Trump administration"), but the name still names the person.
   */
  private static boolean beforeLetters(AnnotatedArticle article, Span name) {
    Sentence s = article.sentenceAt(name.begin());
    int i = s == null ? -1 : s.tokenAt(name.end() - 1);
    if (i < 0 || i + 1 >= s.tokens().size() || s.tokens().get(i).head() != i + 1) {
      return false;
    }
    return POST_NOMINALS.contains(s.tokens().get(i + 1).word());
  }

  /**
   * "Tom Reeve's only new entry is a gift basket", "The claims were made in a book published
   * by Peter Lund": news introduces the person a paragraph is about as the owner of a clause's
   * subject or as the agent of a passive as often as by naming them as a subject, and a "he"
   * in the next sentence takes them up. Only where no clause of the sentence has a person (a
   * name, "he" or "she") as its subject, who would be the topic instead.
   */
  private static boolean topicalPerson(Sentence s, Span name, ArticleEntities entities) {
    if (!SubjectOwners.ownsSubject(s, name) && !PassiveAgents.isAgent(s, name)) {
      return false;
    }
    for (Token t : s.tokens()) {
      if (t.deprel().startsWith("nsubj") && (Pronouns.genderOf(t.word()) != Actor.Gender.UNKNOWN
          && t.pos().equals("PRP") && !t.word().equalsIgnoreCase("him")
          && !t.word().equalsIgnoreCase("her")
          || entities.actorAt(t.span()).filter(x -> x.type() == ActorType.PERSON).isPresent())) {
        return false;
      }
    }
    return true;
  }

  /**
   * The person of {@code gender} (or of one the text has not shown) named last before
   * {@code offset} in its own sentence, outside quotes: whom a possessive before a speech noun
   * stands for ("X sued Y over his claim that …" is Y), where the clause subject rule would
   * take X. Empty when no person is named before it in that sentence.
   */
  public static Optional<Actor> personBeforeInSentence(AnnotatedArticle article,
                                                       ArticleEntities entities, int offset,
                                                       Actor.Gender gender) {
    Sentence here = article.sentenceAt(offset);
    if (here == null) {
      return Optional.empty();
    }
    int sentenceBegin = here.tokens().get(0).begin();
    Actor nearest = null;
    int nearestBegin = -1;
    for (Actor a : entities.actors()) {
      if (a.type() != ActorType.PERSON) {
        continue;
      }
      for (Span m : a.names()) {
        if (m.begin() < sentenceBegin || m.end() > offset || m.begin() <= nearestBegin
            || article.insideQuote(m)) {
          continue;
        }
        Actor.Gender g = gender == Actor.Gender.UNKNOWN ? Actor.Gender.UNKNOWN
            : genderBefore(article, a, offset);
        if (g == Actor.Gender.UNKNOWN || g == gender) {
          nearest = a;
          nearestBegin = m.begin();
        }
      }
    }
    return Optional.ofNullable(nearest);
  }

  /**
   * The person last named as the subject of a clause before {@code offset}, in this or the
   * previous paragraph, outside quotes: the topic a role ("the prime minister") can stand for
   * when the article never gives anyone that title; empty when no person is a subject there.
   */
  public static Optional<Actor> subjectPerson(AnnotatedArticle article, ArticleEntities entities,
                                              int offset) {
    return subjectPersonNamed(article, entities, offset).map(Named::actor);
  }

  /** An actor and the name of it a rule found. */
  public record Named(Actor actor, Span mention) {}

  /** {@link #subjectPerson}, with the subject's name. */
  public static Optional<Named> subjectPersonNamed(AnnotatedArticle article,
                                                   ArticleEntities entities, int offset) {
    Sentence here = article.sentenceAt(offset);
    if (here == null) {
      return Optional.empty();
    }
    return lastSubject(article, entities, offset, here.paragraph(),
        a -> a.type() == ActorType.PERSON, false);
  }

  /**
   * The organization or country last named as a clause subject, or as the owner of one
   * ("Nordhavn's profits rose"), in this or the previous paragraph.
   */
  public static Optional<Actor> body(AnnotatedArticle article, ArticleEntities entities,
                                     int offset) {
    Sentence here = article.sentenceAt(offset);
    int paragraph = here == null ? Integer.MAX_VALUE : here.paragraph();
    return lastSubject(article, entities, offset, paragraph, a -> a.type() != ActorType.PERSON,
        true).map(Named::actor);
  }

  /**
   * The actor that {@code kind} accepts named last before {@code offset} as a clause subject,
   * outside quotes, in {@code paragraph} or the one before.
   */
  private static Optional<Named> lastSubject(AnnotatedArticle article, ArticleEntities entities,
                                             int offset, int paragraph,
                                             java.util.function.Predicate<Actor> kind,
                                             boolean owners) {
    Actor best = null;
    Span bestName = null;
    long bestRank = -1;
    Sentence here = article.sentenceAt(offset);
    for (Actor a : entities.actors()) {
      if (!kind.test(a)) {
        continue;
      }
      for (Span m : a.names()) {
        Sentence s = article.sentenceAt(m.begin());
        if (m.end() <= offset && s != null
            && s.paragraph() >= paragraph - 1 && !article.insideQuote(m)
            && (isClauseSubject(s, m) || owners && SubjectOwners.ownsSubject(s, m))
            && !(s == here && reportedBy(s, offset, m))) {
          // organizations and countries rank as people do in person(): the latest sentence,
          // in an earlier one a main clause's subject (or its owner) above one its clauses
          // report or embed ("Gazprom said Rosneft would pay. It added …" is Gazprom)
          long rank = owners ? ((long) s.index() << 40)
              + (s != here && mainSubjectOrOwner(s, m) ? 1L << 39 : 0) + m.begin() : m.begin();
          if (rank > bestRank) {
            best = a;
            bestName = m;
            bestRank = rank;
          }
        }
      }
    }
    return best == null ? Optional.empty() : Optional.of(new Named(best, bestName));
  }

  /** The name heads, or owns, the subject of its sentence's main clause. */
  private static boolean mainSubjectOrOwner(Sentence s, Span name) {
    if (mainClauseSubject(s, name)) {
      return true;
    }
    int i = s.tokenAt(name.end() - 1);
    if (i < 0 || !s.tokens().get(i).deprel().equals("nmod:poss") || s.tokens().get(i).head() < 0) {
      return false;
    }
    return mainClauseSubject(s, s.tokens().get(s.tokens().get(i).head()).span());
  }

  /**
   * What a "they" at {@code offset} refers to, when a name: the organization or country of
   * {@link #plural}, empty when the nearest plural antecedent is a description ("officials").
   */
  public static Optional<Actor> group(AnnotatedArticle article, ArticleEntities entities,
                                      int offset) {
    return plural(article, entities, offset, t -> true).flatMap(Plural::actor);
  }

  /**
   * A plural antecedent: the subject's head token and the organization or country it names
   * (empty for a description such as "officials" or "Turkey's economic leaders").
   */
  public record Plural(Sentence sentence, Token head, Optional<Actor> actor) {}

  /**
   * What a "they" at {@code offset} refers to: the plural subject that reports the pronoun's
   * clause ("The Liberal Democrats also say they are planning"), else the last plural subject
   * before it, outside quotes, in this or the previous paragraph. A plural subject is a plural
   * noun phrase ("police", "officials", "Turkey's economic leaders") that {@code canSpeak}
   * accepts, or an organization or country named as (or modifying) a subject whose verb is not
   * singular ("European Union leaders are meeting", "the EU will decide"). The nearest one
   * wins: a plural pronoun never skips a plural description to reach an older name, and never
   * refers to a person.
   */
  public static Optional<Plural> plural(AnnotatedArticle article, ArticleEntities entities,
                                        int offset, Predicate<Token> canSpeak) {
    Sentence here = article.sentenceAt(offset);
    int paragraph = here == null ? Integer.MAX_VALUE : here.paragraph();
    if (here != null && governedByPluralSubject(here, here.tokenAt(offset))) {
      // the subject that reports the clause, named (then its name is a subject before) or
      // not: a description only when it is the active subject of the verb whose complement
      // holds the pronoun, outside quotes ("Ministers insist they are committed"; not "people
      // were charged fees they never asked for", nor "“… the members will act,” they said")
      int k = here.tokenAt(offset);
      Token subject = here.tokens().get(pluralSubjectAbove(here, k));
      Optional<Actor> named = namedBy(here, subject, entities);
      if (named.isPresent()) {
        return Optional.of(new Plural(here, subject,
            named.filter(a -> a.type() != ActorType.PERSON)));
      }
      if (subject.deprel().equals("nsubj") && canSpeak.test(subject)
          && !article.insideQuote(subject.span())
          && complementOf(here, here.tokens().get(k), subject.head())) {
        return Optional.of(new Plural(here, subject, Optional.empty()));
      }
      return Optional.empty();
    }
    // the latest sentence with a plural subject wins; in an earlier sentence a main clause's
    // subject outranks one its clauses report ("Analysts said prices would rise. …, they
    // added" are the analysts), in the pronoun's own sentence the nearest binds it
    Plural best = null;
    long bestRank = -1;
    for (Actor a : entities.actors()) {
      if (a.type() == ActorType.PERSON) {
        continue;
      }
      for (Span m : a.names()) {
        Sentence s = article.sentenceAt(m.begin());
        if (m.end() <= offset && s != null && s.paragraph() >= paragraph - 1
            && !article.insideQuote(m) && !(s == here && reportedBy(here, offset, m))) {
          int subject = pluralSubject(s, m);
          if (subject >= 0 && !singularVerb(s, s.tokens().get(subject).head())) {
            Token t = s.tokens().get(subject);
            long rank = rank(s, here, t);
            if (rank > bestRank) {
              best = new Plural(s, t, Optional.of(a));
              bestRank = rank;
            }
          }
        }
      }
    }
    for (Sentence s : article.sentences()) {
      if (s.begin() >= offset || s.paragraph() < paragraph - 1) {
        continue;
      }
      for (Token t : s.tokens()) {
        if (t.end() <= offset && t.deprel().equals("nsubj")
            && (t.pos().equals("NNS") || t.pos().equals("NNPS"))
            && !article.insideQuote(t.span())
            && namedBy(s, t, entities).isEmpty() && canSpeak.test(t)
            && !singularVerb(s, t.head()) && !(s == here && reportedBy(here, offset, t.span()))) {
          long rank = rank(s, here, t);
          if (rank > bestRank) {
            best = new Plural(s, t, Optional.empty());
            bestRank = rank;
          }
        }
        if (t.end() <= offset && t.deprel().equals("nsubj") && !article.insideQuote(t.span())
            && coordinatedPeople(s, t, entities) != null
            && !(s == here && reportedBy(here, offset, t.span()))) {
          long rank = rank(s, here, t);
          if (rank > bestRank) {
            best = new Plural(s, t, Optional.empty());
            bestRank = rank;
          }
        }
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * "Lady Justice Hale and Mr Justice Arden ruled …. The claims had to fail, they said": two or
   * more people named as one subject are a group "they" can stand for, as a plural noun is
   * (without them "they" went back to a group spoken about before). The last person
   * coordinated with {@code subject} when it and that one are both people, else null.
   */
  public static Token coordinatedPeople(Sentence s, Token subject, ArticleEntities entities) {
    if (!subject.pos().startsWith("NNP") || !isPerson(entities, subject)) {
      return null;
    }
    Token last = null;
    for (Token d : s.dependents(subject.index())) {
      if (d.deprel().equals("conj") && d.pos().startsWith("NNP")) {
        if (!isPerson(entities, d)) {
          return null;
        }
        last = d;
      }
    }
    return last;
  }

  private static boolean isPerson(ArticleEntities entities, Token t) {
    return entities.actorAt(t.span()).filter(a -> a.type() == ActorType.PERSON).isPresent();
  }

  /**
   * {@code pronoun}'s clause hangs from {@code verb}'s, a verb, by clause relations only
   * (complements, coordination, adverbial clauses, asides): "Proponents urged Congress to act,
   * although they say …", not a noun the parser made the head ("people were charged fees …
   * they never asked for").
   */
  private static boolean complementOf(Sentence s, Token pronoun, int verb) {
    if (!s.tokens().get(verb).pos().startsWith("VB")) {
      return false;
    }
    Token current = s.tokens().get(pronoun.head());
    for (int hops = 0; hops < 4 && current.index() != verb; hops++) {
      String rel = current.deprel();
      if (current.head() < 0 || !CLAUSE_RELATIONS.contains(rel)) {
        return false;
      }
      current = s.tokens().get(current.head());
    }
    return current.index() == verb;
  }

  /** The actor a subject names itself or by a name compounded with it ("EU leaders"). */
  private static Optional<Actor> namedBy(Sentence s, Token subject, ArticleEntities entities) {
    Optional<Actor> named = entities.actorAt(subject.span());
    for (Token d : s.dependents(subject.index())) {
      if (named.isEmpty() && (d.deprel().equals("compound") || d.deprel().equals("amod"))) {
        named = entities.actorAt(d.span());
      }
    }
    return named;
  }

  private static boolean governedByPluralSubject(Sentence s, int pronoun) {
    return pronoun >= 0 && pluralSubjectAbove(s, pronoun) >= 0;
  }

  /**
   * The plural subject ("The Liberal Democrats", "officials") of a verb above the pronoun's
   * clause and before it, or -1.
   */
  private static int pluralSubjectAbove(Sentence s, int pronoun) {
    int k = s.tokens().get(pronoun).head();
    if (k >= 0 && s.tokens().get(pronoun).deprel().startsWith("nsubj")
        && s.tokens().get(k).deprel().equals("parataxis")) {
      return -1;  // "…, they added": the clause above is what they said, its subject not them
    }
    for (int steps = 0; k >= 0 && steps < 4; steps++) {
      for (Token d : s.dependents(k)) {
        if (d.deprel().startsWith("nsubj") && d.index() < pronoun && d.index() != pronoun
            && (d.pos().equals("NNS") || d.pos().equals("NNPS"))) {
          return d.index();
        }
      }
      k = s.tokens().get(k).head();
    }
    return -1;
  }

  /**
   * The subject token a name is or modifies ("European Union leaders": leaders), or -1: the
   * name itself as a clause subject, or a plural common noun it modifies that is one.
   */
  private static int pluralSubject(Sentence s, Span name) {
    if (isClauseSubject(s, name)) {
      return s.tokenAt(name.end() - 1);
    }
    int i = s.tokenAt(name.end() - 1);
    if (i < 0) {
      return -1;
    }
    Token t = s.tokens().get(i);
    if (!(t.deprel().equals("compound") || t.deprel().equals("amod")) || t.head() < 0) {
      return -1;
    }
    Token noun = s.tokens().get(t.head());
    // "European Union leaders" speak for the union; "United fans" or "Nordhavn workers" do not
    return noun.pos().equals("NNS") && noun.deprel().startsWith("nsubj")
        && SPEAKING_FOR.contains(noun.lemma().toLowerCase(Locale.ROOT))
        ? noun.index() : -1;
  }

  /** The clause verb agrees with a singular subject: "looms", "is", "has", "was". */
  private static boolean singularVerb(Sentence s, int verb) {
    if (verb < 0) {
      return false;
    }
    if (s.tokens().get(verb).pos().equals("VBZ")) {
      return true;
    }
    return s.dependents(verb).stream().anyMatch(d -> (d.deprel().startsWith("aux")
        || d.deprel().equals("cop")) && (d.pos().equals("VBZ")
            || d.word().equalsIgnoreCase("was")));
  }

  /**
   * The organization a description introduces before naming it ("…, a charity has warned. …
   * Christian Aid said"): the first organization named as a clause subject after {@code offset},
   * in this or the next paragraph, and not named before it (a body already named is "the
   * charity", not "a charity"); {@code fits} says which organizations the description can name.
   */
  public static Optional<Actor> introduced(AnnotatedArticle article, ArticleEntities entities,
                                           int offset, Predicate<Actor> fits) {
    Sentence here = article.sentenceAt(offset);
    if (here == null) {
      return Optional.empty();
    }
    Actor best = null;
    int bestBegin = Integer.MAX_VALUE;
    for (Actor a : entities.actors()) {
      if (a.type() != ActorType.ORGANIZATION || !fits.test(a)
          || a.names().stream().anyMatch(m -> m.begin() < offset)) {
        continue;
      }
      for (Span m : a.names()) {
        Sentence s = article.sentenceAt(m.begin());
        if (m.begin() > offset && m.begin() < bestBegin && s != null
            && s.paragraph() <= here.paragraph() + 1 && !article.insideQuote(m)
            && isClauseSubject(s, m)) {
          best = a;
          bestBegin = m.begin();
        }
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * Orders plural antecedents: by sentence, then (before the pronoun's own sentence) a main
   * clause's subject above an embedded one, then by position.
   */
  private static long rank(Sentence s, Sentence here, Token subject) {
    boolean main = s != here && mainClauseSubject(s, subject.span());
    return ((long) s.index() << 40) + (main ? 1L << 39 : 0) + subject.begin();
  }

  /**
   * "Firms such as Nordhavn would cut costs, they added": a name in the clause that the
   * pronoun's own verb reports (the clause it is inserted into, or its complement before it) is
   * what was said, not who said it.
   */
  public static boolean reportedBy(Sentence s, int offset, Span name) {
    int pronoun = s.tokenAt(offset);
    int i = s.tokenAt(name.end() - 1);
    if (pronoun < 0 || i < 0 || i >= pronoun) {
      return false;
    }
    Token p = s.tokens().get(pronoun);
    if (!p.deprel().startsWith("nsubj") || p.head() < 0) {
      return false;
    }
    Token verb = s.tokens().get(p.head());
    if (verb.deprel().equals("parataxis") && verb.head() >= 0) {
      return dominates(s, verb.head(), i) && !dominates(s, verb.index(), i);
    }
    // "When A appeared on the show, he said …": a clause of the saying's time or reason is
    // not what was said
    return dominates(s, verb.index(), i) && s.tokens().get(i).head() != verb.index()
        && !inAdverbial(s, i, verb.index());
  }

  /**
   * A reporting clause of a personal pronoun set off after the name reports it ("Mr A has
   * failed, he claimed"): the pronoun after a comma, its verb right after it.
   */
  private static boolean reportedByPronoun(Sentence s, Span name) {
    List<Token> tokens = s.tokens();
    for (int i = 1; i + 1 < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.begin() >= name.end() && t.deprel().startsWith("nsubj")
          && tokens.get(i - 1).word().equals(",") && t.head() == i + 1
          && Pronouns.PERSONAL.contains(t.word().toLowerCase(java.util.Locale.ROOT))
          && reportedBy(s, t.begin(), name) && !inAdverbial(s, s.tokenAt(name.end() - 1),
              i + 1)) {
        return true;
      }
    }
    return false;
  }

  /**
   * "When A appeared two days later, he said …": the name is in an adverbial clause of the
   * pronoun's verb, the time or reason of its saying, not what it says.
   */
  private static boolean inAdverbial(Sentence s, int name, int verb) {
    for (int k = name, hops = 0; k >= 0 && hops < 40; hops++) {
      Token t = s.tokens().get(k);
      if (t.head() == verb) {
        return t.deprel().startsWith("advcl") || t.deprel().startsWith("obl");
      }
      k = t.head();
    }
    return false;
  }

  /** Token {@code i} lies in the subtree of token {@code ancestor}. */
  private static boolean dominates(Sentence s, int ancestor, int i) {
    for (int k = i, hops = 0; k >= 0 && hops < 40; hops++) {
      if (k == ancestor) {
        return true;
      }
      k = s.tokens().get(k).head();
    }
    return false;
  }

  /**
   * The name heads a clause's subject, or follows its reporting verb ("…,” said A); or it
   * stands right before a verb that has no subject ("on Wednesday Mr Straw said …", where
   * the parser took the name for part of the time phrase).
   */
  private static boolean isClauseSubject(Sentence s, Span name) {
    int i = s.tokenAt(name.end() - 1);
    if (i < 0) {
      return false;
    }
    Token head = s.tokens().get(i);
    if (head.deprel().startsWith("nsubj") || LostSubjects.rootName(s, i)) {
      return true;
    }
    if (head.head() >= 0 && head.head() < i && head.deprel().equals("appos")) {
      // "Publishing its survey, the UNECE said …", "Its chairman, Ann Lee, said …": the name
      // beside a subject noun is who the clause is about
      Token noun = s.tokens().get(head.head());
      if (noun.deprel().startsWith("nsubj")
          && (noun.pos().equals("NN") || noun.pos().equals("NNS"))) {
        return true;
      }
    }
    if (head.head() >= 0) {
      // "Sen. Ann Lee (D-Md.) scolded him", the state parsed as the subject
      Token note = s.tokens().get(head.head());
      if (note.deprel().startsWith("nsubj") && Parentheses.nameBefore(s, note) == head) {
        return true;
      }
    }
    return head.head() == i + 1 && s.tokens().get(i + 1).pos().startsWith("VB")
        && s.dependents(i + 1).stream().noneMatch(d -> d.deprel().startsWith("nsubj"))
        || invertedSpeaker(s, name);
  }

  /** Verbs of saying news puts before their subject: "…, says BT", "…, added Mr Lee". */
  private static final Set<String> INVERTING = Set.of("say", "add", "write", "explain",
      "insist", "warn", "continue");

  /**
   * "IPTV could be used for local news too, says BT": the name right after a verb of saying
   * that has no subject before it is that verb's subject, and the speaker the sentence is
   * given by.
   */
  private static boolean invertedSpeaker(Sentence s, Span name) {
    int first = s.tokenAt(name.begin());
    int last = s.tokenAt(name.end() - 1);
    if (first <= 0 || last < 0) {
      return false;
    }
    // a finite verb, the name closing its clause ("saying Gallas overreacted" is no inversion)
    Token verb = s.tokens().get(first - 1);
    boolean closes = last + 1 >= s.tokens().size()
        || !Character.isLetterOrDigit(s.tokens().get(last + 1).word().charAt(0));
    return closes && FINITE.contains(verb.pos())
        && INVERTING.contains(verb.lemma().toLowerCase(Locale.ROOT))
        && s.dependents(verb.index()).stream()
            .noneMatch(d -> d.deprel().startsWith("nsubj") && d.index() < verb.index());
  }

  /** Tags of a finite verb, which a name after it can be the subject of. */
  private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP");

  /**
   * The name heads the subject of the sentence's main clause (or of a clause coordinated with
   * it), not of a clause embedded under another verb.
   */
  private static boolean mainClauseSubject(Sentence s, Span name) {
    int i = s.tokenAt(name.end() - 1);
    if (LostSubjects.rootName(s, i) || invertedSpeaker(s, name)) {
      return true;
    }
    if (i >= 0 && inSubjectApposition(s, name) && s.tokens().get(i).head() >= 0
        && s.tokens().get(s.tokens().get(i).head()).deprel().startsWith("nsubj")) {
      // "the Lib Dem leader, Ann Lee, said": the name stands for the subject it is set beside
      i = s.tokens().get(i).head();
    }
    if (i < 0 || !s.tokens().get(i).deprel().startsWith("nsubj")) {
      return false;
    }
    int v = s.tokens().get(i).head();
    for (int hops = 0; v >= 0 && hops < 6; hops++) {
      Token verb = s.tokens().get(v);
      if (verb.head() < 0 || verb.deprel().equals("root")) {
        return true;
      }
      if (!verb.deprel().startsWith("conj") && !verb.deprel().equals("parataxis")) {
        return false;
      }
      v = verb.head();
    }
    return false;
  }

  /**
   * "The paper's correspondent in Jakarta, Ann Lee, told …": the name is in apposition to the
   * subject, wherever in the subject's words the parser hung it.
   */
  private static boolean inSubjectApposition(Sentence s, Span name) {
    int i = s.tokenAt(name.end() - 1);
    if (i < 0) {
      return false;
    }
    Token head = s.tokens().get(i);
    // "the Green leader Mark Olsen dismissed": the parser may hang the name as a bare
    // dependent of the noun before it, an apposition all the same
    if (head.deprel().equals("appos") || head.deprel().equals("dep") && head.head() >= 0
        && head.head() < i && s.tokens().get(head.head()).pos().startsWith("NN")) {
      Token current = head;
      for (int hops = 0; current.head() >= 0 && hops < 3; hops++) {
        current = s.tokens().get(current.head());
        if (current.deprel().startsWith("nsubj")) {
          return true;
        }
        if (!current.deprel().startsWith("nmod") && !current.deprel().equals("appos")) {
          return false;
        }
      }
    }
    return false;
  }

  /**
   * A person's gender as the text up to {@code offset} shows it: a title ("Mr.", "Ms.") before
   * any of the names, else the pronouns coreference linked to the person before that point
   * (a later pronoun wrongly linked must not make an earlier "he" skip the person).
   */
  private static Actor.Gender genderBefore(AnnotatedArticle article, Actor a, int offset) {
    String text = article.text();
    for (Span m : a.names()) {
      String before = lowerCase(text.substring(Math.max(0, m.begin() - 5), m.begin()) + m.text());
      // the words the patterns look for first: most names hold none of them
      if (before.contains("mr") && MISTER.matcher(before).find()) {
        return Actor.Gender.MALE;
      }
      if ((before.contains("ms") || before.contains("mrs") || before.contains("miss"))
          && MISS.matcher(before).find()) {
        return Actor.Gender.FEMALE;
      }
    }
    int male = 0;
    int female = 0;
    for (Span m : a.mentions()) {
      if (m.begin() < offset) {
        switch (Pronouns.genderOf(m.text())) {
          case MALE -> male++;
          case FEMALE -> female++;
          default -> { }
        }
      }
    }
    Actor.Gender counted = male > female ? Actor.Gender.MALE
        : female > male ? Actor.Gender.FEMALE : Actor.Gender.UNKNOWN;
    // "Sen. Claire McCaskill scolded him": pronouns tied to a name against what its first name
    // says may be about someone else (the one the name's own clause is about); the text has
    // not shown the gender then. A first name alone decides nothing ("Rene" is either).
    List<String> words = Names.words(a.label());
    Actor.Gender named = words.size() >= 2 ? FIRST_NAMES.genderOf(words.get(0))
        : Actor.Gender.UNKNOWN;
    return named != Actor.Gender.UNKNOWN && counted != Actor.Gender.UNKNOWN && named != counted
        ? Actor.Gender.UNKNOWN : counted;
  }

  /**
   * The person a pronoun inside a relative clause refers to: the one the clause describes
   * ("Edan Alexander, an American hostage who was serving in the military when he was
   * captured" is Edan Alexander, not the subject of the sentence), when the gender fits.
   */
  public static Optional<Actor> describedPerson(ArticleEntities entities, Sentence sentence,
                                                Token pronoun, Actor.Gender gender) {
    Token current = pronoun;
    for (int depth = 0; depth < 6 && current.head() >= 0; depth++) {
      if (current.deprel().startsWith("acl")) {
        Token noun = sentence.tokens().get(current.head());
        Optional<Actor> described = actorAtToken(entities, noun);
        if (described.isEmpty() && noun.deprel().equals("appos") && noun.head() >= 0) {
          described = actorAtToken(entities, sentence.tokens().get(noun.head()));
        }
        return described.filter(a -> a.type() == ActorType.PERSON
            && (a.gender() == Actor.Gender.UNKNOWN || a.gender() == gender));
      }
      current = sentence.tokens().get(current.head());
    }
    return Optional.empty();
  }

  private static Optional<Actor> actorAtToken(ArticleEntities entities, Token t) {
    return entities.actorAt(t.span());
  }

  /**
   * What a reflexive ("themselves", "himself") refers to: the subject of its own clause, or of
   * the clause above when its own has none ("the Ukrainians brought it on themselves" is the
   * Ukrainians), the one place where syntax settles the question.
   */
  public static Optional<Actor> reflexive(ArticleEntities entities, Sentence sentence,
                                          Token reflexive) {
    if (!REFLEXIVES.contains(lowerCase(reflexive.word()))) {
      return Optional.empty();
    }
    int clause = reflexive.head();
    for (int depth = 0; clause >= 0 && depth < 3; depth++) {
      for (Token d : sentence.dependents(clause)) {
        if (d.deprel().startsWith("nsubj") && d.index() < reflexive.index()) {
          return entities.actorAt(d.span());
        }
      }
      clause = sentence.tokens().get(clause).head();
    }
    return Optional.empty();
  }


  private static String lowerCase(String s) {
    return s == null ? "" : s.toLowerCase(Locale.ROOT);
  }
}
