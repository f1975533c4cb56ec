package org.newskg.attribute;

import com.google.common.collect.Sets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newskg.extract.AnnotatedArticle;
import org.newskg.extract.Sentence;
import org.newskg.extract.Span;
import org.newskg.extract.Token;
import org.newskg.resolve.Actor;
import org.newskg.resolve.ActorType;
import org.newskg.resolve.Antecedents;
import org.newskg.resolve.ArticleEntities;
import org.newskg.resolve.Pronouns;

/**
 * "A former immigration minister has called for an independent body … Jane Rowe said it should
 * publish its own figures": news opens with what a person is and names them in the next
 * sentence (delayed identification). A statement whose speaker is still a description of one
 * person is the person the next sentence naming anyone names first, as the main subject of that
 * sentence or as the author of a speech ("a statement by Jack McConnell"), when the article has
 * not named that person before, the sentences between name no one, the person has no other
 * title there, and the description's gender, if any, is theirs. Statements between the two whose
 * pronoun stands for the same description ("…, he insisted") go with it. Nouns for those who
 * speak unnamed ("an official", "a spokesman") are left alone: the person named next is
 * usually someone else. A body the first sentence introduces ("the elections watchdog has
 * said") is the organization that speaks, named, in the next sentences, as a document's author
 * is. Applied after attribution, so the ranker's candidates stay as they are.
 */
final class DelayedIdentification {
  /** Sentences after the description's that the name may come in. */
  private static final int REACH = 2;
  /** People news quotes without a name, who are seldom the person named next. */
  private static final Set<String> UNNAMED = Set.of("source", "insider", "official",
      "spokesman", "spokeswoman", "spokesperson", "aide", "analyst", "diplomat",
      "observer", "expert", "economist", "resident", "man", "woman", "person", "friend",
      "colleague", "relative", "neighbour", "neighbor", "member", "someone",
      "anyone", "one", "other", "staff", "critic", "supporter", "opponent", "fan", "voter");

  /** Those of {@link #UNNAMED} who speak unnamed even in a lead: sources, officials, aides. */
  private static final Set<String> ANONYMOUS_SOURCES = Set.of("source", "insider", "official",
      "spokesman", "spokeswoman", "spokesperson", "aide", "diplomat", "friend", "colleague",
      "relative", "neighbour", "neighbor", "resident", "member", "someone", "anyone", "one",
      "other", "staff");

  /** Members of a parliament, whom CoreNLP's animacy lists do not all have. */
  private static final Set<String> MEMBERS_OF_PARLIAMENT = Set.of("mp", "mep", "msp",
      "senator", "congressman", "congresswoman");

  /**
   * Nouns for a person that any office or post they hold fits (an ally is one by whom they
   * stand by, whatever their post; a member of a parliament chairs its committees too: "a
   * senior Tory MP … committee chairman Edward Leigh").
   */
  private static final Set<String> GENERAL = Sets.union(Set.of("politician", "figure",
      "lawmaker", "legislator", "ally"), MEMBERS_OF_PARLIAMENT);

  /** Nouns for whoever heads a body, which news uses for one another ("tax chief", "head"). */
  private static final Set<String> HEADS = Set.of("chief", "head", "boss", "leader");

  /** Bodies news names by what they oversee or advise on before naming them. */
  private static final Set<String> OVERSEERS = Set.of("watchdog", "regulator", "consultancy",
      "body", "commission", "committee", "council");

  private DelayedIdentification() {}

  /** The statements with such descriptions resolved, in place. */
  static void resolveAll(AnnotatedArticle article, ArticleEntities entities,
                         List<Statement> statements) {
    List<Integer> order = Statement.inMentionOrder(statements);
    for (int i : order) {
      Statement s = statements.get(i);
      Token head = describedPerson(article, s, false);
      Optional<Named> named = Optional.empty();
      if (head != null) {
        named = namedNext(article, entities, article.sentenceAt(head.begin()), head)
            .filter(n -> !spokenOf(s, n.person()));
      } else if ((head = describedPerson(article, s, true)) != null) {
        // "A government spokesman said … Ali Nasir, the chief government spokesman, added":
        // one who speaks unnamed is the person named next when that one has the very noun
        Token noun = head;
        named = namedNext(article, entities, article.sentenceAt(head.begin()), head)
            .filter(n -> !spokenOf(s, n.person()) && titledSo(article, entities, n, noun));
      } else {
        head = describedDocument(article, entities, s);
        if (head != null) {
          named = authorNext(article, entities, statements, article.sentenceAt(head.begin()),
              false);
        } else {
          head = describedBody(article, s);
          if (head != null) {
            // "…, the elections watchdog has said. … In a new report, the Electoral
            // Commission says …": a body, never a person
            named = authorNext(article, entities, statements, article.sentenceAt(head.begin()),
                true).filter(n -> n.person().type() == ActorType.ORGANIZATION);
          }
        }
      }
      if (named.isEmpty()) {
        continue;
      }
      Actor person = named.get().person();
      for (int j : order) {
        Statement t = statements.get(j);
        boolean same = t.speakerMention().equals(s.speakerMention());
        boolean pronoun = !same && t.speaker() == null && s.speakerDescription() != null
            && s.speakerDescription().equals(t.speakerDescription())
            && t.speakerMention().begin() > head.end()
            && t.speakerMention().end() <= named.get().sentence().end()
            && TopicNominals.agrees(person, Pronouns.genderOf(Clauses.lower(t.speakerMention().text())));
        if (same && (t.speaker() == null || t.speaker() == s.speaker()) || pronoun) {
          statements.set(j, t.spokenBy(person, Statement.Rule.NOMINAL));
        }
      }
    }
  }

  /**
   * "“He's not finished yet,” whispered the party person … Michael Howard had …": in a
   * quotation the speaker is "I"; a "he" or "she" of the person's gender there is whom it is
   * about, and the person named next is more likely that one.
   */
  private static boolean spokenOf(Statement s, Actor person) {
    if (!s.kind().equals(Statement.KIND_DIRECT) && !s.kind().equals(Statement.KIND_PARTIAL)) {
      return false;
    }
    for (String word : s.quote().inner().text().split("[^A-Za-z]+")) {
      String lower = Clauses.lower(word);
      if (Pronouns.GENDERED.contains(lower) && TopicNominals.agrees(person, Pronouns.genderOf(lower))) {
        return true;
      }
    }
    return false;
  }

  /** A person, and the sentence naming them, for the description. */
  private record Named(Actor person, Sentence sentence) {}

  /** "The Trade Secretary": an office the tagger may take for a name's last word. */
  private static boolean office(String noun) {
    return RoleNominals.OFFICES.contains(noun) || RoleNominals.NOUNS.contains(noun)
        || MEMBERS_OF_PARLIAMENT.contains(noun);
  }

  /**
   * The head noun of a statement's description, when it is a singular noun for a person and
   * the statement has no speaker; null otherwise. With {@code unnamedOnly}, only a noun for
   * those who speak unnamed ({@link #UNNAMED}), otherwise only another.
   */
  private static Token describedPerson(AnnotatedArticle article, Statement s,
                                       boolean unnamedOnly) {
    if (s.speakerMention() == null || s.speaker() == null && s.speakerDescription() == null) {
      return null;
    }
    Token head = Clauses.lastWordOf(article, s.speakerMention());
    // "a Home Office minister has said": the body a person is of was taken for the speaker
    // until the person is named
    boolean ofABody = s.speaker() != null && s.rule() == Statement.Rule.NOMINAL
        && s.speaker().type() != ActorType.PERSON && head != null
        && s.speaker().names().stream().noneMatch(n -> n.overlaps(head.span()));
    if (s.speaker() != null && !ofABody) {
      return null;
    }
    if (head == null || !(head.pos().equals("NN") || head.pos().equals("NNP")
            && ("TITLE".equals(head.ner()) || office(Clauses.lower(head.lemma()))))
        || head.ner() != null && !head.ner().equals("O") && !head.ner().equals("TITLE")
        || !introduces(article.sentenceAt(head.begin()), head)
            && !afterLeadsArticle(article, s.speakerMention())) {
      return null;
    }
    String noun = Clauses.lower(head.lemma());
    // (CoreNLP's animacy lists have "ally" among things, "allies" among people, and no "MP")
    boolean person = Animacy.ANIMATE.contains(noun) || RoleNominals.NOUNS.contains(noun)
        || noun.equals("ally") || MEMBERS_OF_PARLIAMENT.contains(noun);
    // a lead's "A PR expert has told the trial …" is named in the next paragraph ("Ann Kite
    // told the court …"); later in an article an expert or an analyst is often another one
    boolean unnamed = UNNAMED.contains(noun)
        && (ANONYMOUS_SOURCES.contains(noun) || article.sentenceAt(head.begin()).index() != 0);
    if (!person || unnamed != unnamedOnly || BodyNominals.NOUNS.contains(noun)
        || article.insideQuote(head.span())) {
      return null;
    }
    return head;
  }

  /**
   * The head noun of a statement's description, when it is a document or findings that name
   * no one whose they are ("research from a City bank" describes without naming), introduced
   * in the article's first sentence ("a report says", "research suggests", "the report") or,
   * with "a", in its second; null otherwise.
   */
  private static Token describedDocument(AnnotatedArticle article, ArticleEntities entities,
                                         Statement s) {
    Token head = Clauses.describedHead(article, s);
    if (head == null || !DocumentSources.document(head) || article.insideQuote(head.span())) {
      return null;
    }
    Sentence sentence = article.sentenceAt(head.begin());
    boolean bare = sentence.dependents(head.index()).stream()
        .noneMatch(t -> t.deprel().equals("det") || t.deprel().equals("nmod:poss"));
    // later in an article, findings are often others' than those of the body named next
    // ("according to figures released on Tuesday … Wal-Mart has said its sales …"); a lead
    // may take two sentences ("…, according to research. … , said a report.")
    boolean lead = sentence.index() == 0
        || sentence.index() == 1 && !bare && introduces(sentence, head);
    if (!lead || !DocumentSources.mayBeMentionedElsewhere(sentence, head,
            d -> unnamedAuthorOrTopic(sentence, d, entities))
        || sentence.dependents(head.index()).stream().anyMatch(t ->
            t.deprel().startsWith("nmod") && !t.deprel().equals("nmod:poss")
                && !unnamedAuthorOrTopic(sentence, t, entities)
            || t.deprel().startsWith("acl"))) {
      // a document described further ("a survey for the charity") has its author there
      return null;
    }
    return bare || introduces(sentence, head) ? head : null;
  }

  /** Prepositions of a document's author ("research from a bank") or topic ("a report on"). */
  private static final Set<String> AUTHOR_OR_TOPIC = Set.of("by", "from", "on", "into", "about");

  /**
   * "research from a City investment bank", "a report on pensions": words on a document that
   * describe its author without naming anyone, or give its topic, and so leave the author to
   * be named next.
   */
  private static boolean unnamedAuthorOrTopic(Sentence s, Token modifier,
                                              ArticleEntities entities) {
    return AUTHOR_OR_TOPIC.contains(s.preposition(modifier.index()))
        && modifier.pos().startsWith("NN") && !modifier.pos().startsWith("NNP")
        && s.tokens().stream().noneMatch(t -> (t == modifier
                || Clauses.hangsFrom(s, t, modifier, 4))
            && entities.actorAt(t.span()).filter(a -> a.type() == ActorType.ORGANIZATION
                || a.type() == ActorType.PERSON).isPresent());
  }

  /**
   * The head noun of a statement's description, when it is a body that the article's first
   * sentence introduces without its name ("a US firm has said", "the elections watchdog has
   * said") and the statement has no speaker; null otherwise.
   */
  private static Token describedBody(AnnotatedArticle article, Statement s) {
    Token head = Clauses.describedHead(article, s);
    Sentence sentence = head == null ? null : article.sentenceAt(head.begin());
    if (sentence == null || sentence.index() != 0 || article.insideQuote(head.span())) {
      return null;
    }
    String noun = Clauses.lower(head.lemma());
    // "…, MPs have warned. … the Environmental Audit Committee said": members a body speaks for
    boolean members = head.pos().equals("NNS") && MEMBERS.contains(Clauses.lower(head.word()))
        && sentence.dependents(head.index()).stream().noneMatch(t -> t.deprel().equals("det")
            || t.deprel().equals("nmod:poss") || t.deprel().equals("nummod")
            || t.deprel().equals("amod"));
    boolean body = head.pos().equals("NN")
        && (BodyNominals.NOUNS.contains(noun) || OVERSEERS.contains(noun))
        && introduces(sentence, head);
    return members || body ? head : null;
  }

  /** Verbs of findings, which a body speaks through as through a verb of saying. */
  private static final Set<String> FINDS = Set.of("find", "conclude", "reveal");

  /** Those news names in a lead before naming the body that speaks for them. */
  private static final Set<String> MEMBERS = Set.of("mps", "peers", "organisers", "organizers",
      "researchers", "scientists", "campaigners");

  /**
   * "A report says … The Audit Office praised ministers …", "… a report suggests. Children
   * spend …, said analysts Datamonitor": the body or person that the next sentence naming
   * anyone, within reach, names first, when they speak in that sentence, or give its findings
   * ("…, the committee found"; a bank that "kept rates on hold" wrote no report), or, for a
   * body the lead introduced ({@code acting}), when they are the sentence's main subject, and
   * the article has not named them before.
   */
  private static Optional<Named> authorNext(AnnotatedArticle article, ArticleEntities entities,
                                            List<Statement> statements, Sentence described,
                                            boolean acting) {
    List<Sentence> all = article.sentences();
    for (int i = described.index() + 1;
         i < all.size() && i <= described.index() + REACH; i++) {
      Sentence next = all.get(i);
      Token first = null;
      for (Token t : next.tokens()) {
        if (t.pos().startsWith("NNP") && !article.insideQuote(t.span())
            && entities.actorAt(t.span()).filter(a -> a.type() == ActorType.ORGANIZATION
                || a.type() == ActorType.PERSON).isPresent()) {
          first = t;
          break;
        }
      }
      if (first == null) {
        continue;
      }
      Actor author = entities.actorAt(first.span()).orElseThrow();
      Token named = first;
      // "…, the Public Accounts Committee found": a body speaks through its findings too
      boolean speaker = statements.stream().anyMatch(t -> t.speaker() == author
          && t.speakerMention() != null && t.speakerMention().begin() >= next.begin()
          && t.speakerMention().end() <= next.end())
          || next.tokens().stream().anyMatch(v -> v.pos().startsWith("VB")
              && FINDS.contains(Clauses.lower(v.lemma()))
              && next.dependents(v.index()).stream().anyMatch(d -> d.deprel().equals("nsubj")
                  && entities.actorAt(d.span()).filter(a -> a == author).isPresent()
                  && (d == named || Clauses.hangsFrom(next, named, d, 3))));
      // "A US bank has said it will donate $8m … Riggs Bank will put the money in a fund": a
      // body that the next sentence opens with as the main subject acts as the one introduced
      speaker |= acting && Spokespeople.mainSubjects(next).stream()
          .anyMatch(t -> t.deprel().equals("nsubj") && (t == named
              || Clauses.hangsFrom(next, named, t, 3))
              && entities.actorAt(t.span()).filter(a -> a == author).isPresent());
      boolean namedBefore = author.names().stream()
          .anyMatch(m -> m.begin() < described.end());
      if (!speaker || namedBefore
          || CONTRASTS.contains(Clauses.lower(next.tokens().get(0).word()))) {
        return Optional.empty();
      }
      return Optional.of(new Named(author, next));
    }
    return Optional.empty();
  }

  /**
   * The description introduces someone not yet named: "a judge", "Amnesty's chief", "its
   * chief", or "the attorney general" in the article's first sentence, where news names no one
   * yet; later, "the director" refers back to someone named, and "one backbencher", "another
   * adviser" or "an unnamed executive" speak unnamed.
   */
  private static boolean introduces(Sentence sentence, Token head) {
    boolean introduced = false;
    for (Token t : sentence.dependents(head.index())) {
      String word = Clauses.lower(t.word());
      if (t.deprel().equals("det")) {
        introduced = word.equals("a") || word.equals("an")
            || word.equals("the") && sentence.index() == 0;
      } else if (t.deprel().equals("nmod:poss")) {
        introduced = !t.pos().equals("PRP$") || word.equals("its");
      } else if (t.deprel().equals("nummod") || ANONYMOUS.contains(word)) {
        return false;
      }
    }
    return introduced;
  }

  /**
   * "…, the trade and industry secretary has said": the article's first sentence has "the"
   * right before the description, which the parser hung elsewhere when it misread the words
   * after it.
   */
  private static boolean afterLeadsArticle(AnnotatedArticle article, Span mention) {
    Sentence sentence = article.sentenceAt(mention.begin());
    int first = sentence.tokenAt(mention.begin());
    return sentence.index() == 0 && first > 0
        && Clauses.lower(sentence.tokens().get(first - 1).word()).equals("the")
        && sentence.tokens().get(first - 1).head() != first;
  }

  /** Modifiers of someone who stays unnamed. */
  private static final Set<String> ANONYMOUS = Set.of("unnamed", "anonymous", "unidentified",
      "one", "another", "other");

  /** Words opening a sentence about someone else ("But Nigel Lee said …"). */
  private static final Set<String> CONTRASTS = Set.of("but", "however", "yet", "still",
      "meanwhile", "and", "also");

  /**
   * The person the next sentence naming anyone, within reach, names first and has as its main
   * subject; empty when that person was named before the description, when another sentence
   * names someone first, or when the description's gender is not theirs.
   */
  private static Optional<Named> namedNext(AnnotatedArticle article, ArticleEntities entities,
                                           Sentence described, Token head) {
    if (!Representatives.COUNSEL.contains(Clauses.lower(head.lemma()))
        && !Clauses.lower(head.lemma()).equals("ally")
        && described.tokens().stream().anyMatch(t -> t.head() == head.index()
        && t.deprel().equals("nmod:poss") && entities.actorAt(t.span())
            .filter(a -> a.type() == ActorType.PERSON).isPresent())) {
      // "Mr Lee's wife said …": someone else's; but news names a person's lawyer, agent or
      // ally next ("Mike Hall's agent has warned … Tom Ashby says …")
      return Optional.empty();
    }
    List<Sentence> all = article.sentences();
    for (int i = described.index() + 1;
         i < all.size() && i <= described.index() + REACH; i++) {
      Sentence next = all.get(i);
      Token first = namesAPerson(article, entities, next);
      if (first == null) {
        continue;
      }
      Actor person = entities.actorAt(first.span()).orElseThrow();
      Token subject = Spokespeople.mainSubjects(next).stream()
          .filter(t -> t.deprel().startsWith("nsubj")
              && (entities.actorAt(t.span()).filter(a -> a == person).isPresent()
                  || lettersAfterName(next, entities, t, person)))
          .findFirst().orElse(null);
      if (subject == null) {
        // "Vladimir Putin said it was …" that the parser hung below a later verb: a name that
        // opens the sentence as a verb's subject is its main subject all the same
        subject = next.tokens().stream().filter(t -> t.deprel().equals("nsubj")
                && t.head() >= 0 && next.tokens().get(t.head()).pos().startsWith("VB")
                && entities.actorAt(t.span()).filter(a -> a == person).isPresent()
                && next.tokens().subList(0, t.index()).stream().allMatch(b -> b.head() == t.index()
                    && b.deprel().equals("compound")))
            .findFirst().orElse(null);
      }
      if (subject == null) {
        // "State Office of Taxation head Lin Wei said": the name that closes the subject right
        // before the main verb, wherever in the subject the parser hung it
        subject = closingName(next, entities, person);
      }
      if (subject == null) {
        // "The figures came out during a statement by Jack McConnell": whose speech it was
        subject = speechAuthor(next, entities, person);
      }
      if (CONTRASTS.contains(Clauses.lower(next.tokens().get(0).word()))) {
        return Optional.empty();
      }
      // a mention that is the description itself (coreference may join it) is no naming
      boolean namedBefore = person.names().stream()
          .anyMatch(m -> m.begin() < described.end() && !m.overlaps(head.span()));
      if (subject == null || namedBefore || titledOtherwise(next, subject, head)
          || !TopicNominals.agrees(person, TopicNominals.genderOf(Clauses.lower(head.lemma())))) {
        return Optional.empty();
      }
      return Optional.of(new Named(person, next));
    }
    return Optional.empty();
  }

  /**
   * The word of {@code person}'s name right before the sentence's main verb, inside that verb's
   * subject ({@link Subjects#personBeforeVerb}); null when there is none.
   */
  private static Token closingName(Sentence s, ArticleEntities entities, Actor person) {
    for (Token verb : s.tokens()) {
      Token subject = verb.head() < 0 && verb.pos().startsWith("VB")
          ? SpeakerPredicate.subject(s, verb) : null;
      Token name = subject == null ? null
          : Subjects.personBeforeVerb(s, subject, verb, entities);
      if (name != null && entities.actorAt(name.span()).filter(a -> a == person).isPresent()) {
        return name;
      }
    }
    return null;
  }

  /**
   * "Ian Dale QC quit …": letters after the person's name, which the parser made the head the
   * name hangs on, stand for the person.
   */
  private static boolean lettersAfterName(Sentence s, ArticleEntities entities, Token t,
                                          Actor person) {
    if (t.index() == 0 || !Antecedents.POST_NOMINALS.contains(t.word())) {
      return false;
    }
    Token before = s.tokens().get(t.index() - 1);
    return before.head() == t.index() && before.deprel().startsWith("compound")
        && entities.actorAt(before.span()).filter(a -> a == person).isPresent();
  }

  /** Nouns for something someone said. */
  private static final Set<String> SPEECHES = Set.of("statement", "speech", "interview",
      "remarks", "remark", "address", "announcement", "comments", "comment", "letter");

  /**
   * The name of {@code person} in {@code s} as the author of a speech: "a statement by X",
   * "X's speech"; null when the sentence does not name them so.
   */
  private static Token speechAuthor(Sentence s, ArticleEntities entities, Actor person) {
    for (Token t : s.tokens()) {
      if (t.head() < 0 || entities.actorAt(t.span()).filter(a -> a == person).isEmpty()) {
        continue;
      }
      Token noun = s.tokens().get(t.head());
      boolean by = t.deprel().startsWith("nmod") && "by".equals(s.preposition(t.index()))
          || t.deprel().equals("nmod:poss");
      if (by && SPEECHES.contains(Clauses.lower(noun.lemma()))) {
        return t;
      }
    }
    return null;
  }

  /**
   * "A witness said … Tom Reed, the defendant, said …": the name comes with a noun for a
   * person, in apposition or before it, and none is the description's (a noun any post fits,
   * "politician", fits them all).
   */
  private static boolean titledOtherwise(Sentence next, Token name, Token described) {
    String noun = Clauses.lower(described.lemma());
    if (GENERAL.contains(noun)) {
      // "a senior EU politician says … Javier Solana, EU foreign policy chief, says"
      return false;
    }
    boolean titled = false;
    for (Token t : next.tokens()) {
      boolean title = t.pos().startsWith("NN") && (t.ner() == null || t.ner().equals("O")
          || t.ner().equals("TITLE"))
          && (t.head() == name.index() && (t.deprel().equals("appos")
              || t.deprel().startsWith("compound"))
              || name.head() == t.index() && name.deprel().equals("appos"));
      if (title && Animacy.ANIMATE.contains(Clauses.lower(t.lemma()))
          && !org.newskg.resolve.Names.HONORIFICS.contains(Clauses.lower(t.word())
              .replace(".", ""))) {
        String titleNoun = Clauses.lower(t.lemma());
        if (titleNoun.equals(noun) || HEADS.contains(titleNoun) && HEADS.contains(noun)) {
          return false;
        }
        titled = true;
      }
    }
    return titled;
  }

  /**
   * "Ali Nasir, the chief government spokesman,", "party spokesman Ali Nasir": a name of
   * the person in the sentence comes with the description's own noun, in apposition or
   * before it, and the two nouns' modifiers agree: the title has every word of the
   * description's ("government"), and the description every name of the title's ("a
   * spokesman said … Lib Dem spokesman Ali Nasir" is another party's).
   */
  private static boolean titledSo(AnnotatedArticle article, ArticleEntities entities,
                                  Named named, Token described) {
    Sentence next = named.sentence();
    String noun = Clauses.lower(described.lemma());
    Set<String> ownWords = modifiers(article.sentenceAt(described.begin()), described, false,
        Integer.MAX_VALUE);
    for (Token name : next.tokens()) {
      if (entities.actorAt(name.span()).filter(a -> a == named.person()).isEmpty()) {
        continue;
      }
      for (Token t : next.tokens()) {
        boolean title = t.head() == name.index() && (t.deprel().equals("appos")
            || t.deprel().startsWith("compound"))
            || name.head() == t.index() && name.deprel().equals("appos");
        if (title && t.pos().startsWith("NN") && Clauses.lower(t.lemma()).equals(noun)
            && titleModifiers(next, t, name, false).containsAll(ownWords)
            && ownWords.containsAll(titleModifiers(next, t, name, true))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * {@link #modifiers} of a title, with those the parser hung from the name when the title
   * goes before it ("Lib Dem home affairs spokesman Ali Nasir").
   */
  private static Set<String> titleModifiers(Sentence s, Token title, Token name,
                                            boolean names) {
    Set<String> out = modifiers(s, title, names, Integer.MAX_VALUE);
    if (title.head() == name.index() && title.index() < name.index()) {
      out.addAll(modifiers(s, name, names, title.index()));
    }
    return out;
  }

  /**
   * The lower-cased words that modify {@code noun} before it (compounds, adjectives,
   * possessors, and their own compounds), up to word {@code before}; with {@code names},
   * only the capitalized ones (the tagger reads "Lib Dem" as a noun and an adjective).
   */
  private static Set<String> modifiers(Sentence s, Token noun, boolean names, int before) {
    Set<String> out = new HashSet<>();
    for (Token d : s.dependents(noun.index())) {
      String rel = d.deprel();
      boolean modifier = rel.startsWith("compound") || rel.equals("amod")
          || rel.equals("nmod:poss");
      if (d.index() > noun.index() || d.index() >= before || !modifier) {
        continue;
      }
      List<Token> words = new ArrayList<>(List.of(d));
      s.dependents(d.index()).stream().filter(c -> c.deprel().startsWith("compound"))
          .forEach(words::add);
      for (Token w : words) {
        if (!names || Character.isUpperCase(w.word().charAt(0))) {
          out.add(Clauses.lower(w.word()));
        }
      }
    }
    return out;
  }

  /** The first token outside quotes that names a person, or null. */
  private static Token namesAPerson(AnnotatedArticle article, ArticleEntities entities,
                                    Sentence s) {
    for (Token t : s.tokens()) {
      if (t.pos().startsWith("NNP") && !article.insideQuote(t.span())
          && entities.actorAt(t.span()).filter(a -> a.type() == ActorType.PERSON).isPresent()) {
        return t;
      }
    }
    return null;
  }
}
