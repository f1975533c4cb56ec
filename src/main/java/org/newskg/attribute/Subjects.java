package org.newskg.attribute;

import com.google.common.collect.ImmutableSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newskg.resolve.Pronouns;
import org.newskg.attribute.SpeakerCandidate.Evidence;
import org.newskg.attribute.SpeakerCandidate.Form;
import org.newskg.extract.AnnotatedArticle;
import org.newskg.extract.Quote;
import org.newskg.extract.Sentence;
import org.newskg.extract.Span;
import org.newskg.extract.Token;
import org.newskg.resolve.Actor;
import org.newskg.resolve.ActorType;
import org.newskg.resolve.Antecedents;
import org.newskg.resolve.Names;
import org.newskg.resolve.Parentheses;
import org.newskg.resolve.ArticleEntities;

/** Whom a reporting clause's subject stands for: a name, a pronoun, a role, a description. */
final class Subjects {
  /** Subjects that name no one: relative and demonstrative pronouns, "it", "they", "there". */
  static final Set<String> NOT_A_SPEAKER = ImmutableSet.of("it", "they", "them", "who",
      "which", "that", "this", "these", "those", "there", "what", "one", "someone", "anyone",
      "everyone", "nobody", "somebody", "anybody", "everybody", "all", "some", "many",
      "others", "both", "each");

  /** The animacy lists, loaded once. */
  static final Animacy ANIMACY = new Animacy();

  static final double CONF_PRONOUN = 0.75;
  static final double CONF_NOMINAL = 0.7;
  static final double CONF_IT = 0.65;
  static final double CONF_UNNAMED = 0.8;

  private Subjects() {}

  /**
   * "Lady Justice Hale and Mr Justice Arden": the people a "they" stands for, named together as
   * one subject, in the article's words; null when the subject is not such a pair.
   */
  static String people(Sentence sentence, Token subject, ArticleEntities entities) {
    Token last = Antecedents.coordinatedPeople(sentence, subject, entities);
    if (last == null) {
      return null;
    }
    int begin = subject.begin();
    for (Token d : sentence.dependents(subject.index())) {
      if (d.index() < subject.index() && (d.deprel().equals("compound")
          || d.deprel().startsWith("flat"))) {
        begin = Math.min(begin, d.begin());
      }
    }
    return Clauses.textOf(sentence, begin, last.end());
  }

  /**
   * "following his allegations that …": a speech noun's possessor "his" is its speaker, and
   * stands for a person as "he" does ("her" already did); without this the clause fell to the
   * sentence's subject. A possessive is the person named last before it in its sentence.
   */
  static boolean possessivePersonal(Token t) {
    return t.pos().equals("PRP$") && Pronouns.GENDERED.contains(Clauses.lower(t.word()))
        && !Pronouns.PERSONAL.contains(Clauses.lower(t.word()));
  }

  /**
   * The candidate a clause's subject gives: "he"/"she" by the person it refers to, a name by its
   * actor, "the envoy, Keith Kellogg," by the name in apposition, "the envoy" by the person the
   * article gives that role, and an unnamed source ("a senior official") by its description.
   * A subject that names no one ("it" with no organization before, "they", "who") gives a
   * candidate that {@link SpeakerCandidate#names() names} no one.
   *
   * @param namedRule the rule when the subject is a name; a pronoun, role or description
   *                  found by {@link Statement.Rule#REPORTING_CLAUSE} is recorded as such
   */
  static SpeakerCandidate resolve(QuoteContext c, Sentence sentence, Token parsedSubject,
                                  QuoteContext.Cue cue, String cueLemma,
                                  Statement.Rule namedRule, double namedConfidence) {
    AnnotatedArticle article = c.article();
    ArticleEntities entities = c.entities();
    // "Rep. Ann Lee (D-Md.) said": the name, not the state the parser made the subject
    Token subject = nameAfterTitle(sentence, Parentheses.nameBefore(sentence, parsedSubject),
        entities);
    Span subjectSpan = subject.span();
    Span mention = Clauses.mentionAround(sentence, subject);
    String word = Clauses.lower(subject.word());
    boolean clauseRule = namedRule == Statement.Rule.REPORTING_CLAUSE;
    int back = c.paragraph() - sentence.paragraph();
    if (Pronouns.PERSONAL.contains(word) || possessivePersonal(subject)) {
      DescribedAntecedent.Found described = DescribedAntecedent.find(article, entities,
          sentence, subject, c.reportingVerbs());
      if (described != null) {
        // "The spokesman declined to comment. He said …": the description, as its own clause
        // would have it, when no name came between
        SpeakerCandidate d = resolve(c, described.sentence(), described.head(), cue, cueLemma,
            namedRule, namedConfidence);
        if (d.names() && (!described.office()
            || officeHolder(c, d, described.head(), Pronouns.genderOf(subject.word())))) {
          return candidate(d.speaker(), d.description(), mention,
              clauseRule ? Statement.Rule.PRONOUN : namedRule,
              clauseRule ? CONF_PRONOUN : namedConfidence, cueLemma, sentence, cue,
              Form.PRONOUN, back, c);
        }
      }
      // In news, "he said" refers to the person last named as the subject of a clause, or
      // else named last; CoreNLP's coreference is less reliable than that convention.
      Optional<Actor> actor = (subject.pos().equals("PRP$")
          ? Antecedents.personBeforeInSentence(article, entities, subject.begin(),
              Pronouns.genderOf(subject.word())) : Optional.<Actor>empty())
          .or(() -> Antecedents.person(article, entities, subject.begin(),
              Pronouns.genderOf(subject.word())))
          .or(() -> entities.actorAt(subjectSpan));
      return candidate(actor.orElse(null), null, mention,
          clauseRule ? Statement.Rule.PRONOUN : namedRule,
          clauseRule ? CONF_PRONOUN : namedConfidence, cueLemma, sentence, cue,
          Form.PRONOUN, back, c);
    }
    if (word.equals("it")) {
      DescribedAntecedent.Found described = DescribedBody.find(article, entities, sentence,
          subject);
      if (described != null) {
        // "The American firm is thought to be offering $1bn. It has argued …": the
        // description, as its own clause would have it, when no name came between
        SpeakerCandidate d = resolve(c, described.sentence(), described.head(), cue, cueLemma,
            namedRule, namedConfidence);
        if (d.names()) {
          return candidate(d.speaker(), d.description(), mention,
              clauseRule ? Statement.Rule.PRONOUN : namedRule,
              clauseRule ? CONF_IT : namedConfidence, cueLemma, sentence, cue, Form.PRONOUN,
              back, c);
        }
      }
      // "“…,” it said in a statement": the organization or country last named as a clause
      // subject in this or the previous paragraph; no guess beyond that
      Optional<Actor> body = Antecedents.body(article, entities, subject.begin());
      return candidate(body.orElse(null), null, mention,
          clauseRule ? Statement.Rule.PRONOUN : namedRule,
          clauseRule ? CONF_IT : namedConfidence, cueLemma, sentence, cue, Form.PRONOUN, back,
          c);
    }
    Token antecedent = relativeAntecedent(sentence, subject, cue == null ? null : cue.token());
    if (antecedent != null) {
      // "Beijing, which described the embargo as a “…”": the relative pronoun stands for the
      // noun its clause modifies
      return resolve(c, sentence, antecedent, cue, cueLemma, namedRule, namedConfidence);
    }
    if (word.equals("they")) {
      // "…, they said": the nearest plural subject before, a name ("the Tories") or a
      // description ("police", "Turkey's economic leaders"), never a person; else the previous
      // quote's speaker when a plural description names them
      Optional<Antecedents.Plural> plural = Antecedents.plural(article, entities,
          subject.begin(), t -> !ANIMACY.cannotSpeak(t.word(), t.lemma()));
      Optional<Actor> group = plural.flatMap(Antecedents.Plural::actor);
      String described = group.isPresent() ? null : plural
          .map(p -> Optional.ofNullable(people(p.sentence(), p.head(), entities))
              .orElseGet(() -> Clauses.describe(p.sentence(), p.head())))
          .orElseGet(() -> pluralPreviousSpeaker(c));
      return candidate(group.orElse(null), described, mention,
          clauseRule ? Statement.Rule.PRONOUN : namedRule,
          group.isEmpty() && described == null ? 0.0 : clauseRule ? CONF_IT : namedConfidence,
          cueLemma, sentence, cue, group.isEmpty() && described == null ? Form.NONE
              : Form.PRONOUN, back, c);
    }
    if (NOT_A_SPEAKER.contains(word)) {
      // "one of the family's lawyers, Ann Lee, said": the name in apposition
      Optional<Actor> named = Clauses.appositionOf(sentence, subject).flatMap(t ->
          entities.actorAt(t.span()));
      if (named.isPresent()) {
        return candidate(named.get(), null, mention, namedRule, namedConfidence, cueLemma,
            sentence, cue, Form.NAME, back, c);
      }
    }
    if (Pronouns.FIRST_SECOND_PERSON.contains(word) || NOT_A_SPEAKER.contains(word)
        || subject.pos().startsWith("W") || subject.pos().equals("PRP")
        || subject.pos().equals("EX") || inCapitalHeading(sentence, subject)) {
      return candidate(null, null, mention, namedRule, 0.0, cueLemma, sentence, cue, Form.NONE,
          back, c);
    }
    boolean ownedByPronoun = sentence.dependents(subject.index()).stream()
        .anyMatch(d -> d.deprel().equals("nmod:poss") && d.pos().equals("PRP$"));
    if ((subject.pos().equals("NN") || subject.pos().equals("NNS"))
        && (!DocumentSources.document(subject) || ownedByPronoun)) {
      // "Publishing its annual survey, the UNECE said …", "Its chairman, Ann Lee, said …": a
      // name set beside the noun (the parser may take the opening phrase for the subject) is
      // who speaks; beside a document, only where "its" owner is that name ("the group's
      // report, the Harbor Audit, said" is the group's)
      Optional<Actor> beside = Clauses.appositionOf(sentence, subject)
          .filter(t -> t.index() > subject.index())
          .flatMap(t -> entities.actorAt(t.span()))
          .filter(a -> a.type() == ActorType.PERSON || a.type() == ActorType.ORGANIZATION);
      if (beside.isPresent()) {
        return candidate(beside.get(), null, mention, namedRule, namedConfidence, cueLemma,
            sentence, cue, Form.NAME, back, c);
      }
    }
    Token author = authorOf(sentence, subject);
    if (author != null) {
      // "according to a speech Ms. Ito gave", "her letter said", "His report demands": what
      // someone said or wrote is that person's words, when the article names them
      Optional<Actor> owner = possessiveAuthor(article, entities, author);
      if (owner.isPresent()) {
        return candidate(owner.get(), null, mention, Statement.Rule.NOMINAL, CONF_NOMINAL,
            cueLemma, sentence, cue, Form.NOMINAL, back, c);
      }
      SpeakerCandidate byAuthor = resolve(c, sentence, author, cue, cueLemma, namedRule,
          namedConfidence);
      if (byAuthor.speaker() != null) {
        return byAuthor;
      }
    }
    Token members = QuantityNouns.members(sentence, subject);
    if (members != null) {
      // "a host of mortgage lenders": the lenders speak
      return resolve(c, sentence, members, cue, cueLemma, namedRule, namedConfidence);
    }
    Optional<NationalityNominals.Reading> national = NationalityNominals.resolve(article,
        entities, sentence, subject);
    if (national.isPresent()) {
      // "The Norwegian said": a person of that country, not the country
      Actor person = national.get().person();
      return person != null
          ? candidate(person, null, mention, Statement.Rule.NOMINAL, CONF_NOMINAL, cueLemma,
              sentence, cue, Form.NOMINAL, back, c)
          : candidate(null, national.get().description(), mention,
              Statement.Rule.UNNAMED_SOURCE, Math.min(namedConfidence, CONF_UNNAMED), cueLemma,
              sentence, cue, Form.DESCRIPTION, back, c);
    }
    if (PartyMembers.oneMember(sentence, subject)) {
      // "the Arizona Republican": a politician, not the party
      return unnamed(Clauses.describe(sentence, subject), mention, namedConfidence, cueLemma,
          sentence, cue, back, c);
    }
    Optional<Actor> actor = entities.actorAt(subjectSpan);
    if (actor.isEmpty() && subject != parsedSubject && subject.index() > 0
        && honorific(sentence.tokens().get(subject.index() - 1))) {
      actor = surnameOf(entities, subject.word());
    }
    if (actor.isEmpty()) {
      // "according to his club boss Anders Holm": the name that follows the role it is given
      actor = nameAfterRole(sentence, subject, entities);
    }
    Token person = actor.filter(a -> a.type() == ActorType.PERSON).isPresent() || cue == null
        || cue.sentence() != sentence ? null : personBeforeVerb(sentence, subject, cue.token(),
            entities);
    if (person != null) {
      // "Complete Guide to … author Marta Olsen said": the parser (or the entity tagger) took
      // the title for the subject; the person the subject ends with, right before the verb,
      // heads it
      return candidate(entities.actorAt(person.span())
          .orElseThrow(), null, Clauses.mentionAround(sentence, person), namedRule,
          namedConfidence, cueLemma, sentence, cue, Form.NAME, back, c);
    }
    if (actor.isEmpty() && cue != null && cue.sentence() == sentence) {
      // "US research group Pew Internet says": the organization's name closes the subject
      actor = OrganizationBeforeVerb.resolve(sentence, subject, cue.token(), entities);
    }
    if (actor.isEmpty()) {
      // "the special envoy, Keith Kellogg, said": the name is in apposition to the subject
      // (by any of its words: the tagger leaves out a "QC" the parser made its head)
      actor = Clauses.appositionOf(sentence, subject).flatMap(t ->
          entities.actorAt(Clauses.mentionAround(sentence, t)));
    }
    if (actor.isEmpty()) {
      // "said Ian Fogg, broadband analyst at Jupiter": a name set off by a comma that the
      // parser compounded into the description is the apposition it is
      actor = commaCompound(sentence, subject, entities);
    }
    if (actor.isEmpty() && cue != null && cue.sentence() == sentence) {
      // "The chairman of the council's harbor committee, Per Holm, said": the name closing
      // the subject in apposition, wherever in the role's words the parser hung it
      actor = closingApposition(sentence, subject, cue.token(), entities);
    }
    if (actor.isEmpty() && subject.pos().startsWith("NN") && !subject.pos().startsWith("NNP")) {
      // "Even China, Pyongyang's only ally, said": the parser made the description the
      // subject and hung the name before it elsewhere
      actor = nameBeforeDescription(sentence, subject, entities, c.quote());
    }
    if (actor.isPresent()) {
      return candidate(actor.get(), null, mention, namedRule, namedConfidence, cueLemma,
          sentence, cue, Form.NAME, back, c);
    }
    Optional<Actor> represented = Representatives.owner(article, entities, sentence, subject);
    if (represented.isPresent()) {
      // "Mr Lund's lawyers claimed": the one they speak for
      return candidate(represented.get(), null, mention, Statement.Rule.NOMINAL, CONF_NOMINAL,
          cueLemma, sentence, cue, Form.NOMINAL, back, c);
    }
    Optional<Actor> attached = organizationOf(sentence, subject, entities);
    if (subject.pos().startsWith("NN") && !subject.pos().startsWith("NNP")
        && Clauses.hasDefiniteDeterminer(sentence, subject)) {
      // "the American president said": the person the article has called "President …"
      Optional<Actor> titled = Clauses.personWithRole(article, entities, subject);
      if (titled.isEmpty() && attached.isEmpty()) {
        // "the research team, from the State Department of Health, said": a body named with
        // the noun is the one it speaks for, not the one named before
        titled = BodyNominals.resolve(article, entities, sentence, subject)
            .or(() -> RoleNominals.resolve(article, entities, sentence, subject));
      }
      if (titled.isPresent()) {
        return candidate(titled.get(), null, mention, Statement.Rule.NOMINAL, CONF_NOMINAL,
            cueLemma, sentence, cue, Form.NOMINAL, back, c);
      }
    }
    Optional<Actor> topic = TopicNominals.resolve(article, entities, sentence, subject);
    if (topic.isPresent()) {
      return candidate(topic.get(), null, mention, Statement.Rule.NOMINAL, CONF_NOMINAL,
          cueLemma, sentence, cue, Form.NOMINAL, back, c);
    }
    Optional<Actor> body = attached.filter(b -> !BodyHeads.headOf(sentence, subject, b)
            && !CountryMembers.memberOf(subject, b) && !TeamPlayers.player(subject));
    if (body.isPresent()) {
      // "an M&S spokesman said", "a spokeswoman for the ministry", "economists at Barclays":
      // someone speaking for an organization the article names is the organization speaking
      return candidate(body.get(), null, mention, Statement.Rule.NOMINAL, CONF_NOMINAL,
          cueLemma, sentence, cue, Form.NOMINAL, back, c);
    }
    // "her right foot was “so swollen …”": a thing does not speak a quotation (reported
    // speech may have one as its source: "the data show that …"; a sentence-initial
    // capital may be a name)
    boolean thing = c.quote().index() >= 0 && Character.isLowerCase(subject.word().charAt(0))
        && ANIMACY.cannotSpeak(subject.word(), subject.lemma());
    String description = thing ? null
        : Clauses.describe(sentence, subject);
    if (description == null && c.quote().index() < 0) {
      description = Clauses.describeShare(sentence, subject);
    }
    return unnamed(description, mention, namedConfidence, cueLemma, sentence, cue, back, c);
  }

  /** An unnamed source as {@code description} says it, or no one when there is none. */
  private static SpeakerCandidate unnamed(String description, Span mention,
                                          double namedConfidence, String cueLemma,
                                          Sentence sentence, QuoteContext.Cue cue, int back,
                                          QuoteContext c) {
    return candidate(null, description, mention, Statement.Rule.UNNAMED_SOURCE,
        description == null ? 0.0 : Math.min(namedConfidence, CONF_UNNAMED), cueLemma,
        sentence, cue, description == null ? Form.NONE : Form.DESCRIPTION, back, c);
  }

  /**
   * "The clever sheriff has an idea. He tells …": an office or other noun for a person as the
   * latest subject gives "he" the person it resolves to, or its description when no person of
   * the pronoun's gender is a subject in the description's paragraph or the one before (then
   * the person named last, paragraphs up, is not the one meant); never an organization ("the
   * GOP candidate" resolved to its party).
   */
  private static boolean officeHolder(QuoteContext c, SpeakerCandidate d, Token description,
                                      Actor.Gender gender) {
    if (d.speaker() != null) {
      return d.speaker().type() == ActorType.PERSON;
    }
    return unheldOffice(description)
        || Antecedents.personBySubject(c.article(), c.entities(), description.begin(), gender)
        .isEmpty();
  }

  /**
   * "The home secretary said … Speaking on radio, he said …": an office of state that stayed a
   * description has been weighed against the people named before it ({@link RoleNominals}
   * found none of them to hold it), so "he" is the office, not the person named last.
   */
  private static boolean unheldOffice(Token description) {
    return RoleNominals.OFFICES.contains(Clauses.lower(description.lemma()));
  }

  /**
   * "CONGRESS HAS INVESTIGATED HIM — …": a word of a heading set in capitals, which the
   * splitter joins to the paragraph after it, is no one's clause subject. A run of three words
   * in capitals around the subject (an acronym alone, "NATO said", is a name) makes a heading.
   */
  static boolean inCapitalHeading(Sentence sentence, Token subject) {
    if (!capitalWord(subject)) {
      return false;
    }
    int first = subject.index();
    while (first > 0 && capitalWord(sentence.tokens().get(first - 1))) {
      first--;
    }
    int last = subject.index();
    while (last + 1 < sentence.tokens().size()
        && capitalWord(sentence.tokens().get(last + 1))) {
      last++;
    }
    return last - first >= 2;
  }

  /** A word of letters, at least two, all of them capitals. */
  private static boolean capitalWord(Token t) {
    String w = t.word();
    return w.length() >= 2 && w.chars().allMatch(Character::isLetter)
        && w.chars().allMatch(Character::isUpperCase);
  }

  /**
   * The last word of the subject's phrase right before the verb (past its adverbs and
   * auxiliaries), when it names a person and is not the subject token itself; else null.
   */
  static Token personBeforeVerb(Sentence sentence, Token subject, Token verb,
                                ArticleEntities entities) {
    Token last = Clauses.nameBeforeVerb(sentence, subject, verb);
    if (last == null) {
      return null;
    }
    // inside the subject's phrase, not a participle's object there ("A letter sent to Tom Lee
    // said": the one it was sent to)
    if (last.deprel().startsWith("obl") && last.head() >= 0
        && sentence.tokens().get(last.head()).pos().startsWith("VB")) {
      return null;
    }
    Token current = last;
    for (int hops = 0; hops < 10 && current.head() >= 0 && current.index() != subject.index();
         hops++) {
      current = sentence.tokens().get(current.head());
    }
    if (current.index() != subject.index()) {
      return null;
    }
    return entities.actorAt(last.span())
        .filter(a -> a.type() == ActorType.PERSON).isPresent() ? last : null;
  }

  private static boolean honorific(Token t) {
    return Names.HONORIFICS.contains(Clauses.lower(t.word()).replace(".", ""));
  }

  /**
   * The person's name after a title the parser made the subject ("Mr Younger suggested …",
   * "Younger" parsed as an adjective of "Mr"); else {@code subject}.
   */
  private static Token nameAfterTitle(Sentence sentence, Token subject,
                                      ArticleEntities entities) {
    int next = subject.index() + 1;
    if (!honorific(subject) || next >= sentence.tokens().size()) {
      return subject;
    }
    Token name = sentence.tokens().get(next);
    if (name.head() != subject.index() && name.head() != subject.head()
        || !Character.isUpperCase(name.word().codePointAt(0))) {
      return subject;
    }
    boolean person = entities.actorAt(name.span())
        .filter(a -> a.type() == ActorType.PERSON).isPresent();
    return person || surnameOf(entities, name.word()).isPresent() ? name : subject;
  }

  /**
   * The person named right after a common-noun subject, with no comma between, hanging from it
   * ("his club boss Anders Holm", "the ferry company's chief Per Lund"): the role is the name's
   * description, the name its head in all but the parse.
   */
  private static Optional<Actor> nameAfterRole(Sentence sentence, Token subject,
                                               ArticleEntities entities) {
    int next = subject.index() + 1;
    if (!subject.pos().equals("NN") || next >= sentence.tokens().size()) {
      return Optional.empty();
    }
    Token first = sentence.tokens().get(next);
    if (!first.pos().startsWith("NNP") || !Clauses.hangsFrom(sentence, first, subject, 2)) {
      return Optional.empty();
    }
    return entities.actorAt(first.span()).filter(a -> a.type() == ActorType.PERSON
        && a.names().stream().anyMatch(m -> m.begin() == first.begin()));
  }

  /**
   * The one person of the article whose name ends with {@code word} (where the tagger missed
   * "Mr Younger" it tagged "Sam Younger"), else empty.
   */
  static Optional<Actor> surnameOf(ArticleEntities entities, String word) {
    List<Actor> found = entities.actors().stream().filter(a -> a.type() == ActorType.PERSON
        && a.label().endsWith(" " + word)).toList();
    return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
  }

  /**
   * The person named in apposition at the end of a described subject, right before its verb
   * ("the chairman of the committee, Per Holm, said"): a name inside the subject's phrase,
   * set off by commas, followed only by the verb's adverbs and auxiliaries (the parser hangs
   * it on any noun of the role's words, by any relation).
   */
  private static Optional<Actor> closingApposition(Sentence sentence, Token subject, Token verb,
                                                   ArticleEntities entities) {
    // ("Head of genetics at …, Professor Ann Kite, said": a sentence's first word the tagger
    // took for a name for its capital is a role's word all the same)
    boolean opening = "O".equals(subject.ner()) && sentence.tokens().subList(0, subject.index())
        .stream().noneMatch(t -> Character.isLetterOrDigit(t.word().charAt(0)));
    if (!subject.pos().startsWith("NN") || subject.pos().startsWith("NNP") && !opening
        || verb.index() <= subject.index()) {
      return Optional.empty();
    }
    for (Token t : sentence.tokens()) {
      if (t.index() <= subject.index() || t.index() >= verb.index()
          || !t.pos().startsWith("NNP") || !Clauses.hangsFrom(sentence, t, subject, 4)
          || !closesBefore(sentence, t, verb)) {
        continue;
      }
      Optional<Actor> a = entities.actorAt(t.span())
          .filter(x -> x.type() == ActorType.PERSON);
      Optional<Span> name = a.flatMap(x -> x.names().stream()
          .filter(m -> m.begin() <= t.begin() && m.end() >= t.end()).findFirst());
      if (name.isPresent() && commaBefore(sentence, name.get().begin())) {
        return a;
      }
    }
    return Optional.empty();
  }

  /**
   * The person named by a compound of a described subject with a comma between them ("Ian
   * Fogg, broadband analyst"), not one joined to it ("a Blair aide" is someone else).
   */
  private static Optional<Actor> commaCompound(Sentence sentence, Token subject,
                                               ArticleEntities entities) {
    if (!subject.pos().startsWith("NN") || subject.pos().startsWith("NNP")) {
      return Optional.empty();
    }
    for (Token d : sentence.dependents(subject.index())) {
      if (!d.deprel().startsWith("compound") || !d.pos().startsWith("NNP")
          || d.index() >= subject.index()) {
        continue;
      }
      boolean comma = false;
      for (int i = d.index() + 1; i < subject.index(); i++) {
        comma |= sentence.tokens().get(i).word().equals(",");
      }
      Optional<Actor> a = entities.actorAt(d.span()).filter(x -> x.type() == ActorType.PERSON);
      if (comma && a.isPresent()) {
        return a;
      }
    }
    return Optional.empty();
  }

  /** The token right before {@code offset}, honorifics aside, is a comma. */
  private static boolean commaBefore(Sentence sentence, int offset) {
    int before = -1;
    for (Token t : sentence.tokens()) {
      if (t.end() <= offset) {
        before = t.index();
      }
    }
    // (an honorific the tagger left out of the name goes with it: ", Professor Ann Kite,")
    while (before > 0 && honorific(sentence.tokens().get(before))) {
      before--;
    }
    return before >= 0 && sentence.tokens().get(before).word().equals(",");
  }

  /** Between {@code name} and {@code verb}: a comma, then only the verb's adverbs, auxiliaries. */
  private static boolean closesBefore(Sentence sentence, Token name, Token verb) {
    if (name.index() + 1 >= verb.index()
        || !sentence.tokens().get(name.index() + 1).word().equals(",")) {
      return false;
    }
    for (int i = name.index() + 2; i < verb.index(); i++) {
      Token t = sentence.tokens().get(i);
      boolean verbs = t.head() == verb.index() && (t.deprel().startsWith("aux")
          || t.deprel().equals("advmod"));
      if (!verbs) {
        return false;
      }
    }
    return true;
  }

  /**
   * The actor named right before a described subject and a comma ("China, Pyongyang's only
   * ally"), when that name is not itself a clause's subject nor inside the quote or reported
   * clause.
   */
  /** The first word of a description: the run of words before its head that hang from it. */
  static int descriptionStart(Sentence sentence, Token head) {
    int first = head.index();
    while (first > 0 && Clauses.hangsFrom(sentence, sentence.tokens().get(first - 1), head, 6)) {
      first--;
    }
    return first;
  }

  private static Optional<Actor> nameBeforeDescription(Sentence sentence, Token subject,
                                                       ArticleEntities entities, Quote quote) {
    int first = descriptionStart(sentence, subject);
    if (first < 2 || !sentence.tokens().get(first - 1).word().equals(",")
        || sentence.tokens().get(first).deprel().equals("case")) {
      // "… the post at Ajax, with reports saying": a phrase a preposition opens is no
      // apposition to the name before its comma
      return Optional.empty();
    }
    Token name = sentence.tokens().get(first - 2);
    if (!name.pos().startsWith("NNP") || name.deprel().startsWith("nsubj")
        || Clauses.inside(quote.outer(), name)) {
      // "… homes in northern England, MPs have warned": a name that ends the reported clause
      // (or quotation) before its cue is part of what was said, not who said it
      return Optional.empty();
    }
    return entities.actorAt(name.span());
  }

  /**
   * The noun a relative pronoun subject ("who", "which", "that") stands for: the head its
   * relative clause modifies, when that clause's verb is the cue's; null for any other subject.
   */
  private static Token relativeAntecedent(Sentence sentence, Token subject, Token cueVerb) {
    String w = Clauses.lower(subject.word());
    if (!(w.equals("who") || w.equals("which") || w.equals("that"))
        || !subject.pos().startsWith("W") && !subject.pos().equals("IN")
        && !subject.pos().equals("DT") || subject.head() < 0) {
      return null;
    }
    int i = subject.index();
    if (!w.equals("that") && i >= 2 && sentence.tokens().get(i - 1).word().equals(",")
        && sentence.tokens().get(i - 2).pos().startsWith("NNP")) {
      // "welcomed at the time by Beijing, which described …": the name the clause follows,
      // wherever the parser hung the clause
      return sentence.tokens().get(i - 2);
    }
    Token verb = sentence.tokens().get(subject.head());
    if (!verb.deprel().equals("acl:relcl") || verb.head() < 0) {
      return null;
    }
    if (cueVerb != null && cueVerb.index() != verb.index()) {
      // "praised the crew of the boat that rescued them and said she …": a verb of saying the
      // parser coordinated into a relative clause is not said by what the clause describes
      return null;
    }
    Token noun = sentence.tokens().get(verb.head());
    // "the chancellor or the consensus among experts which said …": the parser hangs the
    // clause on the first of two coordinated nouns; it describes the one it follows
    for (Token d : sentence.dependents(noun.index())) {
      if (d.deprel().equals("conj") && d.index() < subject.index()
          && d.pos().startsWith("NN") && d.index() > noun.index()) {
        noun = d;
      }
    }
    return noun.pos().startsWith("NN") ? noun : null;
  }

  /** Nouns for what someone said or wrote: its author is its speaker. */
  private static final Set<String> AUTHORED_NOUNS = ImmutableSet.<String>builder()
      .addAll(Animacy.DOCUMENTS).add("speech", "interview", "remark", "testimony", "address",
          "op-ed", "column", "essay", "message", "comment").build();

  /**
   * Who said or wrote what a speech or document noun names: the owner ("her letter", "Mr.
   * Ito's speech") or the subject of the relative clause that describes it ("a speech she gave
   * in July"); null when the noun is no such noun or names no author.
   */
  private static Token authorOf(Sentence sentence, Token noun) {
    if (!noun.pos().startsWith("NN") || noun.pos().startsWith("NNP")
        || !AUTHORED_NOUNS.contains(Clauses.lower(noun.lemma()))) {
      return null;
    }
    for (Token t : sentence.dependents(noun.index())) {
      if (t.deprel().equals("nmod:poss") && t.index() < noun.index()
          && (t.pos().startsWith("NNP") || t.pos().equals("PRP$"))) {
        return t;
      }
    }
    for (Token t : sentence.dependents(noun.index())) {
      if (Set.of("acl:relcl", "acl", "dep").contains(t.deprel()) && t.pos().startsWith("VB")
          && t.index() > noun.index() && namedSubject(sentence, t) != null) {
        return namedSubject(sentence, t);
      }
    }
    if (noun.head() > noun.index()) {
      // "according to a speech Ms. Ito gave": without a relative pronoun the parser often
      // makes the clause's verb the noun's head
      Token verb = sentence.tokens().get(noun.head());
      if (verb.pos().startsWith("VB") && Set.of("obl", "obj", "dep").contains(noun.deprel())) {
        return namedSubject(sentence, verb);
      }
    }
    return null;
  }

  /** The verb's subject when it is a name or a personal pronoun; else null. */
  private static Token namedSubject(Sentence sentence, Token verb) {
    for (Token d : sentence.dependents(verb.index())) {
      if (d.deprel().equals("nsubj") && (d.pos().startsWith("NNP") || d.pos().equals("PRP"))) {
        return d;
      }
    }
    return null;
  }

  /**
   * The description of the previous statement's speaker, when it has no actor, lies in this or
   * the previous paragraph and its head is a plural noun ("police", "officials").
   */
  private static String pluralPreviousSpeaker(QuoteContext c) {
    Statement previous = c.previous();
    if (previous == null || previous.speaker() != null || previous.speakerDescription() == null
        || previous.speakerMention() == null || c.gapToPrevious() > 1) {
      return null;
    }
    Span m = previous.speakerMention();
    Sentence s = c.article().sentenceAt(m.begin());
    if (s == null) {
      return null;
    }
    int last = s.tokenAt(m.end() - 1);
    return last >= 0 && s.tokens().get(last).pos().equals("NNS")
        ? previous.speakerDescription() : null;
  }

  /**
   * The author a possessive pronoun names ("his report", "her letter", "its statement", "their
   * study"), referring as a reporting clause's subject would: "his" to the person last named as
   * a subject, "its" to the organization, "their" to the nearest plural subject's name. Empty
   * for any other owner (a name is resolved as a subject is; organizations' own documents,
   * "the Trust's report", are {@link #organizationOf}'s).
   */
  private static Optional<Actor> possessiveAuthor(AnnotatedArticle article,
                                                  ArticleEntities entities, Token owner) {
    String w = Clauses.lower(owner.word());
    if (!owner.pos().equals("PRP$")) {
      return Optional.empty();
    }
    if (Pronouns.GENDERED.contains(w)) {
      return Antecedents.person(article, entities, owner.begin(), Pronouns.genderOf(owner.word()));
    }
    if (w.equals("its")) {
      return Antecedents.body(article, entities, owner.begin());
    }
    if (w.equals("their")) {
      return Antecedents.plural(article, entities, owner.begin(), x -> true)
          .flatMap(Antecedents.Plural::actor);
    }
    return Optional.empty();
  }

  /**
   * The organization (or country) a described speaker speaks for: a name compounded with the
   * noun ("M&S spokesman"), attached by "for", "at", "of", "from", "with" or "by" ("a spokesman
   * for X", "a report by X") or owning it ("X's report"); none for sources and insiders.
   */
  private static Optional<Actor> organizationOf(Sentence sentence, Token subject,
                                                ArticleEntities entities) {
    if (!subject.pos().startsWith("NN") || subject.pos().startsWith("NNP")
        || sentence.dependents(subject.index()).stream().anyMatch(d ->
            FORMER.contains(Clauses.lower(d.word())) && d.index() < subject.index())
        || UNOFFICIAL.contains(Clauses.lower(subject.lemma()))) {
      // "a former Home Office minister" no longer speaks for the Home Office; "Senate sources"
      // speak unnamed, not for the Senate
      return Optional.empty();
    }
    for (Token t : sentence.tokens()) {
      if (t.head() != subject.index()) {
        continue;
      }
      String rel = t.deprel();
      String preposition = sentence.preposition(t.index());
      // "a report by the Trust", "the Trust's report": a document speaks for its author (not
      // "England's fly-half": a player is no country)
      boolean attached = rel.startsWith("compound") && t.index() < subject.index()
          || rel.equals("nmod:poss") && t.index() < subject.index()
              && Animacy.DOCUMENTS.contains(Clauses.lower(subject.lemma()))
          || rel.startsWith("nmod") && preposition != null
          && Set.of("for", "at", "of", "from", "with", "by").contains(preposition);
      if (!attached || rel.startsWith("compound") && groupBetween(sentence, t, subject)) {
        continue;
      }
      Optional<Actor> a = entities.actorAt(t.span());
      if (a.isPresent() && a.get().type() == ActorType.COUNTRY && "from".equals(preposition)
          && !SPEAKING_FOR.contains(Clauses.lower(subject.lemma()))) {
        // "the unnamed woman from Georgia": where someone comes from, not whom they speak for
        continue;
      }
      if (a.isPresent() && a.get().type() != org.newskg.resolve.ActorType.PERSON) {
        return a;
      }
    }
    return Optional.empty();
  }

  /**
   * "the Man Utd supporters club", "the Nordhavn workers' union": a plural noun between the
   * name and the subject makes the subject a body of those people, not the named one.
   */
  private static boolean groupBetween(Sentence sentence, Token name, Token subject) {
    for (int i = name.index() + 1; i < subject.index(); i++) {
      if (sentence.tokens().get(i).pos().equals("NNS")) {
        return true;
      }
    }
    return false;
  }

  /** Nouns for people who speak for the country they come from ("a diplomat from Japan"). */
  private static final Set<String> SPEAKING_FOR = ImmutableSet.of("spokesman", "spokeswoman",
      "spokesperson", "official", "minister", "diplomat", "delegate", "delegation",
      "representative", "envoy", "negotiator", "ambassador", "source", "officer", "team");

  /** Nouns for people who speak about a body without speaking for it. */
  private static final Set<String> UNOFFICIAL = ImmutableSet.of("source", "insider");

  /** Words that put a speaker's tie to an organization in the past. */
  private static final Set<String> FORMER = ImmutableSet.of("former", "ex", "ex-", "onetime",
      "one-time", "erstwhile", "retired");

  static SpeakerCandidate candidate(Actor actor, String description, Span mention,
                                    Statement.Rule rule, double prior, String cueLemma,
                                    Sentence sentence, QuoteContext.Cue cue, Form form,
                                    int paragraphsBack, QuoteContext c) {
    Evidence evidence = cue == null ? Evidence.none(form, paragraphsBack)
        : new Evidence(form, cue.distance(), cue.after(), paragraphsBack,
            Clauses.isEmbedded(cue.sentence(), cue.token(), c.reportingVerbs()),
            Clauses.quoteUnder(cue.sentence(), cue.token(), c.quote()));
    return new SpeakerCandidate(actor, description, mention, rule, prior, cueLemma, sentence,
        null, evidence);
  }
}
