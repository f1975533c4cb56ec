package org.newskg.attribute;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.newskg.extract.AnnotatedArticle;
import org.newskg.extract.Sentence;
import org.newskg.extract.Token;
import org.newskg.resolve.Actor;
import org.newskg.resolve.ActorType;
import org.newskg.resolve.ArticleEntities;

/**
 * "according to research carried out by Saint Bernard Software", "Sales will double, a report
 * says. Research from Halifax suggests …", "said the report" after "a study by Jupiter": a
 * document that speaks for no one named speaks for its author, named by "by" or "from" on the
 * document's own words (or on the participle that describes it, before it too: "Produced by
 * X, the analysis found"), its owner ("BT's report") or the subject of a verb that made it
 * ("PwC conducted the survey");
 * else, when its words neither say whose it is nor make it another one ("a further survey"),
 * by "by" or "from" on a document mentioned next to it: one with the same noun before it in
 * its paragraph or the two before, or any document in the sentence before (two for "the
 * report") or the two after
 * (news names a lead's "report" as "research" or "a study" in the next sentence; a book, a
 * letter or an email only by its own noun). Applied after attribution, like the other
 * description steps.
 */
final class DocumentSources {
  /** Nouns for what a document or a body of findings says. */
  static final Set<String> NOUNS = Set.of("report", "study", "survey", "poll", "analysis",
      "audit", "review", "research", "figure", "statistics", "data", "datum", "finding", "book",
      "email", "e-mail", "letter", "memo", "note", "submission", "document", "filing",
      "statement");
  /** Nouns for findings, which news names by one another ("a report … the research"). */
  private static final Set<String> FINDINGS = Set.of("report", "study", "survey", "poll",
      "analysis", "audit", "review", "research", "figure", "statistics", "data", "datum",
      "finding");
  /** Documents that a body commissions from others and news gives to that body. */
  private static final Set<String> COMMISSIONED = Set.of("poll", "survey");
  /** Nouns for figures read from data rather than a document written by an author. */
  static final Set<String> DATA = Set.of("figure", "statistics", "data", "datum", "number");
  /** Words that make a document another one than those mentioned before ("a further survey"). */
  private static final Set<String> ANOTHER = Set.of("another", "other", "further", "separate",
      "second", "different", "earlier", "previous", "rival");
  /** Possessive pronouns that stand for the verb's subject ("its own report", "his book"). */
  private static final Set<String> OWNERS = Set.of("its", "his", "her", "their");
  /**
   * Documents an article tells of one of, whose author it may give paragraphs away (a
   * "statement" or "letter" is more often one of several).
   */
  private static final Set<String> WORKS = Set.of("book", "report", "study", "survey", "poll",
      "research", "review", "inquiry", "analysis");
  /**
   * Verbs of making a document: their subject or agent is its author (one who publishes or
   * releases findings may be only their publisher).
   */
  private static final Set<String> MAKING = Set.of("conduct", "carry", "commission", "compile",
      "produce", "write", "prepare", "draw", "undertake", "author", "draft", "collate");
  /** Paragraphs back that a document with the same noun may be in. */
  private static final int REACH = 2;
  /**
   * Sentences before the statement's that may name another noun's document with its author,
   * for a definite one ("A study by Harbor Research suggested … In homes … The threat was
   * greatest in the north, said the report").
   */
  private static final int BEFORE = 2;
  /** Sentences after the statement's that may name its document's author. */
  private static final int AHEAD = 2;

  private DocumentSources() {}

  /** {@code s} with its document's author for speaker, when a document says it. */
  static Statement resolve(AnnotatedArticle article, ArticleEntities entities,
                           List<Statement> statements, Statement s) {
    if (s.rule() == Statement.Rule.PRONOUN && s.speakerMention() != null) {
      return goesOnWithADocument(article, entities, statements, s);
    }
    if (s.speaker() != null && s.speaker().type() == ActorType.COUNTRY) {
      return authorForPlace(article, entities, s);
    }
    Token head = Clauses.describedHead(article, s);
    if (head != null && !document(head)) {
      return madeBy(article, entities, head)
          .map(a -> s.spokenBy(a, Statement.Rule.NOMINAL))
          .orElseGet(() -> describedAuthor(article, entities, s, head));
    }
    if (head == null) {
      return s;
    }
    Sentence here = article.sentenceAt(head.begin());
    Optional<Actor> own = author(here, head, entities, true, true);
    if (own.isPresent()) {
      return s.spokenBy(own.get(), Statement.Rule.NOMINAL);
    }
    Optional<String> untagged = untaggedAuthor(article, here, head, entities);
    if (untagged.isPresent()) {
      return s.unnamed(untagged.get());
    }
    if (!mayBeMentionedElsewhere(here, head)) {
      return s;
    }
    return namedElsewhere(article, entities, here, head)
        .map(a -> s.spokenBy(a, Statement.Rule.NOMINAL))
        .orElseGet(() -> committeeReport(article, entities, s, here, head));
  }

  /**
   * "A report by the Commons work and pensions committee called for … The report urged …":
   * "the report", with nothing else to say whose, is the committee's when the article names
   * one committee before it, by its name or by its words (news reports on a committee's report
   * by calling it "the report"; {@link CommitteeMembers#asCommittee}). Two committees, or none
   * that says more than "the (select) committee" or "a committee of MPs", leave it as it is.
   */
  private static Statement committeeReport(AnnotatedArticle article, ArticleEntities entities,
                                           Statement s, Sentence here, Token head) {
    if (!Clauses.lower(head.lemma()).equals("report") || !head.pos().equals("NN")
        || here.dependents(head.index()).stream().anyMatch(d -> !d.deprel().equals("det")
            || !Clauses.lower(d.word()).equals("the"))) {
      return s;
    }
    Statement committee = null;
    for (Token t : CommitteeMembers.mentionsBefore(article, head.begin())) {
      if (!t.pos().equals("NN") && !t.pos().equals("NNP")) {
        continue;  // "two MPs committees" made one report
      }
      Statement named = CommitteeMembers.asCommittee(article, entities, s,
          article.sentenceAt(t.begin()), t);
      if (named == s || named.speaker() == null
          && (named.speakerDescription().split(" ").length < 3
              || Clauses.lower(named.speakerDescription()).startsWith("committee"))) {
        // "the committee", "the select committee", "a committee of MPs": any committee
        continue;
      }
      if (committee != null && !(committee.speaker() != null
          ? committee.speaker() == named.speaker()
          : named.speaker() == null && Clauses.lower(committee.speakerDescription())
              .equals(Clauses.lower(named.speakerDescription())))) {
        return s;
      }
      committee = named;
    }
    return committee == null ? s : committee;
  }

  /**
   * The author the article gives the document {@code head} elsewhere: on a document of the same
   * noun (or a finding for a finding) in its own sentence, within reach before it or just
   * after it; else, for a work such as a book or a report, the one author the article gives a
   * document of the same noun anywhere ("A new book says … [paragraphs on] The book by Ann
   * Morrow …").
   */
  private static Optional<Actor> namedElsewhere(AnnotatedArticle article,
                                                ArticleEntities entities, Sentence here,
                                                Token head) {
    String noun = Clauses.lower(head.lemma());
    List<Sentence> sentences = article.sentences();
    List<Sentence> order = new ArrayList<>();
    order.add(here);
    for (int i = here.index() - 1; i >= 0
        && sentences.get(i).paragraph() >= here.paragraph() - REACH; i--) {
      order.add(sentences.get(i));
    }
    for (int i = here.index() + 1; i <= here.index() + AHEAD && i < sentences.size(); i++) {
      order.add(sentences.get(i));
    }
    // "the report" refers back further than "figures", which may be new ones
    int before = Clauses.hasDefiniteDeterminer(here, head) ? BEFORE : 1;
    boolean persons = personsElsewhere(noun);
    for (Sentence sentence : order) {
      boolean anyNoun = FINDINGS.contains(noun) && sentence.index() >= here.index() - before;
      for (Token t : sentence.tokens()) {
        String other = Clauses.lower(t.lemma());
        if (t == head || !document(t) || article.insideQuote(t.span())
            || !(anyNoun && FINDINGS.contains(other) || other.equals(noun))) {
          continue;
        }
        // "In her 2003 book, X noted …" after the statement is another book of X's
        Optional<Actor> found = author(sentence, t, entities, persons,
            sentence.index() < here.index());
        if (found.isPresent()) {
          return found;
        }
      }
    }
    if (!WORKS.contains(noun)) {
      return Optional.empty();
    }
    Set<Actor> authors = new LinkedHashSet<>();
    for (Sentence sentence : sentences) {
      if (order.contains(sentence)) {
        continue;
      }
      // (an indefinite one after the statement is another one: "A report by X last year …")
      boolean after = sentence.index() > here.index();
      for (Token t : sentence.tokens()) {
        if (document(t) && !article.insideQuote(t.span())
            && Clauses.lower(t.lemma()).equals(noun)
            && !(after && !Clauses.hasDefiniteDeterminer(sentence, t))) {
          author(sentence, t, entities, persons, sentence.index() < here.index())
              .ifPresent(authors::add);
        }
      }
    }
    return authors.size() == 1 ? Optional.of(authors.iterator().next()) : Optional.empty();
  }

  /**
   * "according to a round-up of ultimate gizmos compiled by Stuff Magazine": a work that is
   * none of the document nouns, made by an organization named, speaks for it (not a person
   * noun: "a man employed by the firm" speaks for himself; not a person's work: "the last song
   * written by Edwards" is a song, which says nothing).
   */
  private static Optional<Actor> madeBy(AnnotatedArticle article, ArticleEntities entities,
                                        Token head) {
    Sentence here = article.sentenceAt(head.begin());
    if (!head.pos().equals("NN") && !head.pos().equals("NNS")
        || Animacy.ANIMATE.contains(Clauses.lower(head.lemma()))) {
      return Optional.empty();
    }
    for (Token d : here.dependents(head.index())) {
      // (the parser may call the participle an adjective: "a round-up … compiled by")
      Token by = (d.deprel().startsWith("acl") || d.deprel().equals("amod"))
          && d.pos().equals("VBN")
          && MAKING.contains(Clauses.lower(d.lemma())) ? DocumentAuthors.agentOf(here, d) : null;
      Optional<Actor> named = by == null ? Optional.empty() : named(here, by, entities);
      if (named.isPresent()) {
        return named.filter(a -> a.type() == ActorType.ORGANIZATION);
      }
    }
    Token agent = agentAfter(here, head);
    return agent == null ? Optional.empty() : entities.actorAt(agent.span())
        .filter(a -> a.type() == ActorType.ORGANIZATION);
  }

  /**
   * "… warns the report by telecoms giant Vodafone": a document's author given by what it is,
   * with its name beside it, is that name.
   */
  private static Statement describedAuthor(AnnotatedArticle article, ArticleEntities entities,
                                           Statement s, Token author) {
    Sentence here = article.sentenceAt(author.begin());
    String prep = here.preposition(author.index());
    if (author.pos().startsWith("NNP") || !author.deprel().startsWith("nmod")
        || !("by".equals(prep) || "from".equals(prep)) || author.head() < 0
        || !document(here.tokens().get(author.head()))) {
      return s;
    }
    return named(here, author, entities).map(a -> s.spokenBy(a, Statement.Rule.NOMINAL))
        .orElse(s);
  }

  /**
   * "A new book, Brown's Britain by Ann Morrow, says …": a place the ranker took from a
   * document's title is no author; the document's own words name a person or body that is.
   */
  private static Statement authorForPlace(AnnotatedArticle article, ArticleEntities entities,
                                          Statement s) {
    Token head = s.speakerMention() == null ? null
        : Clauses.lastWordOf(article, s.speakerMention());
    Sentence here = head == null ? null : article.sentenceAt(head.begin());
    if (here != null && !document(head) && head.deprel().equals("appos") && head.head() >= 0) {
      // "The book, Brown's Britain, said …": the title stands beside its document
      head = here.tokens().get(head.head());
    }
    if (head == null || !document(head)) {
      return s;
    }
    Optional<Actor> own = author(here, head, entities, true, true)
        .filter(a -> a.type() != ActorType.COUNTRY);
    Optional<String> untagged = own.isPresent() ? Optional.empty()
        : untaggedAuthor(article, here, head, entities);
    if (untagged.isPresent()) {
      // "a report by UK think-tank Demos": the place qualifies the author the tagger missed
      return s.unnamed(untagged.get());
    }
    if (own.isEmpty() && mayBeMentionedElsewhere(here, head)) {
      own = namedElsewhere(article, entities, here, head)
          .filter(a -> a.type() != ActorType.COUNTRY);
    }
    return own.map(a -> s.spokenBy(a, Statement.Rule.NOMINAL)).orElse(s);
  }

  /**
   * "But a recent report from Harbor Research shows … It said that …": "it", the subject,
   * goes on with the document the sentence before had for its main subject (the last sentence
   * of the paragraph before, for a sentence that opens its own), which speaks for its author,
   * named on its own words or found for the statement that document made ("…, his report
   * said. … It said …"); not with the last body named.
   */
  private static Statement goesOnWithADocument(AnnotatedArticle article, ArticleEntities entities,
                                               List<Statement> statements, Statement s) {
    Token it = Clauses.lastWordOf(article, s.speakerMention());
    if (it == null || !Clauses.lower(it.word()).equals("it") || !it.deprel().startsWith("nsubj")) {
      return s;
    }
    Sentence here = article.sentenceAt(it.begin());
    Sentence before = here;
    // (a sentence the document's words fill, ""The status quo is not an option."", goes on
    // with what it said)
    do {
      Sentence last = before.index() == 0 ? null : article.sentences().get(before.index() - 1);
      before = last == null || last.paragraph() < here.paragraph() - 1 ? null : last;
    } while (before != null && quotedThrough(article, before));
    if (before == null) {
      return s;
    }
    for (Token subject : Spokespeople.mainSubjects(before)) {
      if (document(subject) && !article.insideQuote(subject.span())) {
        Optional<Actor> author = author(before, subject, entities, true, true)
            .or(() -> statements.stream().filter(o -> o.speaker() != null
                    && o.speakerMention() != null
                    && Clauses.lastWordOf(article, o.speakerMention()) == subject)
                .map(Statement::speaker).findFirst());
        return author.filter(a -> !a.equals(s.speaker()))
            .map(a -> s.spokenBy(a, Statement.Rule.NOMINAL)).orElse(s);
      }
    }
    return s;
  }

  private static boolean quotedThrough(AnnotatedArticle article, Sentence s) {
    return s.tokens().stream().filter(t -> Character.isLetterOrDigit(t.word().charAt(0)))
        .allMatch(t -> article.insideQuote(t.span()));
  }

  /**
   * "A report by the Pensions Commission … [paragraphs] … The study also found …", "…,
   * MPs have warned. … the Environmental Audit Committee said … The report said …", "…, a
   * report suggests. … According to the Datamonitor report …": a document left without an
   * author, definite or in the lead, is the one the article introduces, and speaks for its
   * author: the one author of every document of its kind that the article names with its author
   * before it, or that an earlier statement was found to be by; when there is none, for a
   * definite one, the body whose statement opens the article, which news reports a body's
   * report through; else the one author a definite mention later names ("a study from X"
   * later is another one). Run after the other description steps, on all of an article's
   * statements, in place.
   */
  static void resolveIntroduced(AnnotatedArticle article, ArticleEntities entities,
                                List<Statement> statements) {
    for (int k = 0; k < statements.size(); k++) {
      Statement s = statements.get(k);
      Token head = Clauses.describedHead(article, s);
      // a letter is one of several as often as not ("an open letter from …"); a book is
      // the article's one book only when every mention of a book gives the same author
      String kind = head == null ? "" : Clauses.lower(head.lemma());
      if (head == null || !document(head) || head.pos().equals("NNS")
          || !FINDINGS.contains(kind) && !kind.equals("book") || article.insideQuote(head.span())) {
        continue;
      }
      Sentence here = article.sentenceAt(head.begin());
      boolean definite = Clauses.hasDefiniteDeterminer(here, head);
      // the lead's "a report suggests …" is the article's report as much as "the report"; so
      // is "a new book says …" anywhere, when all its books are by one author
      if (!definite && here.index() > 1 && !kind.equals("book")
          || !mayBeMentionedElsewhere(here, head)
          || here.dependents(head.index()).stream().anyMatch(d -> d.deprel().startsWith("nmod")
              && !sampleOrTopic(here, d, entities) || d.deprel().startsWith("acl"))) {
        continue;
      }
      String noun = Clauses.lower(head.lemma());
      Set<Actor> before = new HashSet<>();
      Set<Actor> after = new HashSet<>();
      Set<String> reporters = new HashSet<>();
      // "The Home Office has produced its own report": a document whose own words say whose it
      // is, without the article's actor for it, is no lead body's
      boolean unknownAuthor = false;
      for (Sentence sentence : article.sentences()) {
        for (Token t : sentence.tokens()) {
          // ("reports claim …" in general is no one document)
          if (t == head || !document(t) || article.insideQuote(t.span())
              || !sameKind(noun, Clauses.lower(t.lemma())) || t.pos().equals("NNS")) {
            continue;
          }
          Optional<Actor> found = author(sentence, t, entities, personsElsewhere(noun),
              t.begin() < head.begin());
          if (t.begin() < head.begin()) {
            found.ifPresent(before::add);
            unknownAuthor |= found.isEmpty() && !mayBeMentionedElsewhere(sentence, t);
          } else if (noun.equals("book") || Clauses.hasDefiniteDeterminer(sentence, t)
              || sentence.dependents(t.index()).stream()
                  .anyMatch(d -> d.deprel().equals("nmod:poss"))) {
            // "… according to the Datamonitor report": a definite one later is the same
            // document named with its author; "a study from Symantec" is another one
            found.ifPresent(after::add);
          }
        }
      }
      for (Statement e : statements) {
        Token mentioned = e.speakerMention() == null ? null
            : Clauses.lastWordOf(article, e.speakerMention());
        if (mentioned == null || mentioned.begin() >= head.begin()) {
          continue;
        }
        if (e.speaker() != null && document(mentioned)
            && sameKind(noun, Clauses.lower(mentioned.lemma())) && author(e.speaker())) {
          before.add(e.speaker());
        }
        // "…, the Sunday Telegraph reported. …, the report added": who reported made the report
        // (a name the tagger missed is a description in a proper noun)
        if (noun.equals("report") && noun.equals(e.cue())) {
          if (e.speaker() != null && author(e.speaker())) {
            before.add(e.speaker());
          } else if (e.speaker() == null && mentioned.pos().startsWith("NNP")) {
            reporters.add(e.speakerDescription());
          }
        }
      }
      Optional<Actor> lead = definite && before.isEmpty() && !unknownAuthor
          && FINDINGS.contains(noun)
          ? leadBody(article, statements) : Optional.empty();
      Optional<Actor> author = before.size() == 1 ? before.stream().findFirst()
          : !before.isEmpty() || unknownAuthor ? Optional.empty()
          : lead.isPresent() ? lead
          : after.size() == 1 ? after.stream().findFirst() : Optional.empty();
      if (author.isPresent()) {
        statements.set(k, s.spokenBy(author.get(), Statement.Rule.NOMINAL));
      } else if (before.isEmpty() && !unknownAuthor && reporters.size() == 1) {
        statements.set(k, s.describedAs(reporters.iterator().next()));
      }
    }
  }

  /** Prepositions of whom a document asked ("a survey of 1,300 bosses") or what it is on. */
  private static final Set<String> SAMPLE_OR_TOPIC = Set.of("of", "on", "into", "about");

  /**
   * "The survey of more than 1,000 people", "a study into pension savings": words on a document
   * that say whom it asked or what it is about, naming no one who could have made it.
   */
  private static boolean sampleOrTopic(Sentence s, Token modifier, ArticleEntities entities) {
    return SAMPLE_OR_TOPIC.contains(s.preposition(modifier.index()))
        && !modifier.pos().startsWith("NNP")
        && s.tokens().stream().noneMatch(t -> (t == modifier
                || Clauses.hangsFrom(s, t, modifier, 4))
            && entities.actorAt(t.span()).filter(DocumentSources::author).isPresent());
  }

  /**
   * The organization the article's first statement, in its first two sentences, is by, when
   * that statement is no document's own.
   */
  private static Optional<Actor> leadBody(AnnotatedArticle article, List<Statement> statements) {
    Statement first = statements.stream().filter(s -> s.speakerMention() != null)
        .min(Comparator.comparingInt(s -> s.quote().outer().begin())).orElse(null);
    if (first == null || first.speaker() == null
        || first.speaker().type() != ActorType.ORGANIZATION
        || article.sentenceAt(first.quote().outer().begin()) == null
        || article.sentenceAt(first.quote().outer().begin()).index() > 1) {
      return Optional.empty();
    }
    Token head = Clauses.lastWordOf(article, first.speakerMention());
    return head != null && document(head) ? Optional.empty() : Optional.of(first.speaker());
  }

  /**
   * Whether the document may be one the article names the author of elsewhere: not when its
   * own words say whose it is ("Brussels' own studies", "a report by the committee") or make
   * it another one ("a further survey"), nor for "reports", which are the press's.
   */
  static boolean mayBeMentionedElsewhere(Sentence s, Token document) {
    return mayBeMentionedElsewhere(s, document, d -> false);
  }

  /**
   * As {@link #mayBeMentionedElsewhere(Sentence, Token)}, but "by" or "from" words that
   * {@code unnamed} accepts ("research from a City investment bank") say whose it is without
   * naming them.
   */
  static boolean mayBeMentionedElsewhere(Sentence s, Token document, Predicate<Token> unnamed) {
    if (document.pos().equals("NNS") && Clauses.lower(document.lemma()).equals("report")) {
      return false;
    }
    for (Token d : s.dependents(document.index())) {
      String prep = s.preposition(d.index());
      if (d.deprel().equals("nmod:poss") || d.deprel().startsWith("nmod")
          && ("by".equals(prep) || "from".equals(prep)) && !unnamed.test(d)
          || ANOTHER.contains(Clauses.lower(d.word()))) {
        return false;
      }
    }
    return true;
  }

  /** Whether news may name one document by both nouns ("a report … the study"). */
  static boolean sameKind(String noun, String other) {
    return noun.equals(other) || FINDINGS.contains(noun) && FINDINGS.contains(other);
  }

  static boolean document(Token t) {
    return (t.pos().equals("NN") || t.pos().equals("NNS"))
        && NOUNS.contains(Clauses.lower(t.lemma()))
        // "numbers released by the ministry": figures; "a number of" is a quantity
        || t.pos().equals("NNS") && Clauses.lower(t.lemma()).equals("number");
  }

  /**
   * "journalist Robert Peston's new book … The new book claims": a person's book named elsewhere
   * in the article is the one it tells of, while a person's advice or report named elsewhere
   * ("Lord Goldsmith's advice") is seldom the one a statement's document is.
   */
  private static boolean personsElsewhere(String noun) {
    return noun.equals("book");
  }

  /**
   * The organization or person a document is by: "by" or "from" on the document's noun or on
   * the participle describing it ("carried out by", "released by"), its owner ("BT's report")
   * or its name's compound ("a Halifax survey"); a person as its owner only with {@code
   * personOwners} (on the document's own words, or a book); with {@code pronounOwners}, also
   * the subject a person's possessive stands for ("In his new book, X suggests …").
   */
  private static Optional<Actor> author(Sentence s, Token document, ArticleEntities entities,
                                        boolean personOwners, boolean pronounOwners) {
    for (Token d : s.dependents(document.index())) {
      String rel = d.deprel();
      String prep = s.preposition(d.index());
      Token by = null;
      boolean pronoun = rel.equals("nmod:poss") && OWNERS.contains(Clauses.lower(d.word()));
      if (pronoun && !pronounOwners && !Clauses.lower(d.word()).equals("its")) {
        continue;
      }
      boolean owner = rel.equals("nmod:poss") && !pronoun;
      // "a poll for mobile firm Intervoice": news gives a poll's findings to the body that
      // commissioned it
      boolean commissioner = rel.startsWith("nmod") && "for".equals(prep)
          && COMMISSIONED.contains(Clauses.lower(document.lemma()));
      if (pronoun) {
        // "The Home Office has produced its own report", "In his new book, Lawless World, Ann
        // Lee suggests …": the one the verb's subject names (the parser may make the title
        // the subject and the name its apposition)
        Token subject = verbSubject(s, document);
        by = subject == null || entities.actorAt(subject.span()).isPresent() ? subject
            : s.dependents(subject.index()).stream().filter(a -> a.deprel().equals("appos")
                && entities.actorAt(a.span()).isPresent()).findFirst().orElse(subject);
      } else if (rel.startsWith("nmod") && ("by".equals(prep) || "from".equals(prep)) || owner
          || commissioner || rel.equals("compound") && d.pos().startsWith("NNP")) {
        by = d;
      } else if (rel.startsWith("acl") && d.pos().equals("VBN")) {
        by = DocumentAuthors.agentOf(s, d);
      } else if (rel.equals("appos")) {
        // "a new book, Harbour Lights by Ann Morrow, says …": its title's author
        by = s.dependents(d.index()).stream().filter(a -> a.deprel().startsWith("nmod")
            && "by".equals(s.preposition(a.index()))).findFirst().orElse(null);
      }
      Optional<Actor> named = by == null ? Optional.empty() : named(s, by, entities)
          // a person's document named elsewhere ("Lord Goldsmith's advice") is seldom the one
          // the statement's document is; a body's is ("the Pensions Commission's report"), and
          // so is one a person's sentence introduces ("In his new book, X suggests …")
          .filter(a -> personOwners || !owner || a.type() != ActorType.PERSON)
          .filter(a -> !commissioner || a.type() == ActorType.ORGANIZATION);
      if (named.isPresent()) {
        return named;
      }
    }
    // "Business advisers PwC conducted the same survey": the subject of the verb that made it
    Token maker = makerOf(s, document);
    Optional<Actor> made = maker == null ? Optional.empty() : named(s, maker, entities);
    if (made.isPresent()) {
      return made;
    }
    // "The survey, conducted by the Pew Internet and American Life Project, showed": the words
    // say who made it where the parser hangs the participle on the name
    Token agent = agentAfter(s, document);
    made = agent == null ? Optional.empty()
        : entities.actorAt(agent.span()).filter(DocumentSources::author);
    if (made.isPresent()) {
      return made;
    }
    // "Research by handset maker Nokia shows …", the name made the verb's subject
    for (Token name : namesAfter(s, document)) {
      made = entities.actorAt(name.span()).filter(DocumentSources::author);
      if (made.isPresent()) {
        return made;
      }
    }
    // "Produced by Orbit Research, the analysis found …": a participle before the document,
    // hung on the document's verb, still describes the document
    if (document.deprel().startsWith("nsubj") && document.head() >= 0) {
      for (Token d : s.dependents(document.head())) {
        String rel = Clauses.baseRelation(d.deprel());
        Token by = d.pos().equals("VBN") && d.index() < document.index()
            && (rel.equals("advcl") || rel.equals("dep")) ? DocumentAuthors.agentOf(s, d) : null;
        Optional<Actor> named = by == null ? Optional.empty() : named(s, by, entities);
        if (named.isPresent()) {
          return named;
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Who made {@code document} by a verb of making: the subject whose object it is ("PwC
   * conducted the survey", "Dimension Data, which commissioned the survey") or the agent of
   * its passive ("The survey was carried out by Capgemini"); null when none.
   */
  private static Token makerOf(Sentence s, Token document) {
    boolean object = document.deprel().equals("obj");
    if (document.head() < 0 || !object && !document.deprel().equals("nsubj:pass")) {
      return null;
    }
    Token verb = s.tokens().get(document.head());
    if (!verb.pos().startsWith("VB") || !MAKING.contains(Clauses.lower(verb.lemma()))) {
      return null;
    }
    if (!object) {
      // "The survey was carried out by consultancy group Capgemini"
      return DocumentAuthors.agentOf(s, verb);
    }
    if (verb.pos().equals("VBN")) {
      return null;  // "a survey … published" has no maker for subject
    }
    Token subject = s.dependents(verb.index()).stream()
        .filter(d -> d.deprel().startsWith("nsubj")).findFirst()
        // "security firm RSA, which carried out the poll", the parser making "which" an object
        .orElseGet(() -> s.dependents(verb.index()).stream().filter(d -> relative(d)
            && d.index() < verb.index()).findFirst().orElse(null));
    if (subject != null && relative(subject) && verb.deprel().startsWith("acl")
        && verb.head() >= 0) {
      // "IT firm Dimension Data, which commissioned the survey": the relative's noun
      return s.tokens().get(verb.head());
    }
    return subject != null && subject.pos().startsWith("NN") ? subject : null;
  }

  private static boolean relative(Token t) {
    return t.pos().equals("WDT") || t.pos().equals("WP");
  }

  /**
   * The first word of the agent in "document[,] made by X" ("a round-up compiled by Stuff
   * Magazine", "the survey, carried out by ICM"), read from the words; null when they say
   * otherwise.
   */
  private static Token agentAfter(Sentence s, Token document) {
    List<Token> tokens = s.tokens();
    int i = document.index() + 1;
    if (i < tokens.size() && tokens.get(i).word().equals(",")) {
      i++;
    }
    if (i >= tokens.size() || !tokens.get(i).pos().equals("VBN")
        || !MAKING.contains(Clauses.lower(tokens.get(i).lemma()))) {
      return null;
    }
    i++;
    if (i < tokens.size() && (tokens.get(i).pos().equals("RP")
        || Clauses.lower(tokens.get(i).word()).equals("jointly"))) {
      i++;  // "carried out by", "drawn up by", "compiled jointly by"
    }
    if (i >= tokens.size() || !Clauses.lower(tokens.get(i).word()).equals("by")) {
      return null;
    }
    i++;
    if (i < tokens.size() && tokens.get(i).pos().equals("DT")) {
      i++;
    }
    return i < tokens.size() && tokens.get(i).pos().startsWith("NNP") ? tokens.get(i) : null;
  }

  /**
   * The names in the noun phrase right after "by" or "from" on the document's words ("research
   * by handset maker Nokia", "a report by UK think-tank Tidewater"), read from the words where
   * the parser hung them elsewhere; empty when there are none.
   */
  private static List<Token> namesAfter(Sentence s, Token document) {
    List<Token> tokens = s.tokens();
    List<Token> names = new ArrayList<>();
    int i = byOrFrom(s, document);
    if (i < 0) {
      return names;
    }
    for (int k = i + 1; k < tokens.size() && k <= i + 6; k++) {
      Token t = tokens.get(k);
      if (t.pos().startsWith("NNP")) {
        names.add(t);
      } else if (!NOUN_PHRASE.contains(t.pos()) && !(k + 1 < tokens.size()
          && tokens.get(k + 1).pos().equals("HYPH"))) {
        break;
      }
    }
    // the phrase's head comes last: "by Sunday Telegraph journalist Robert Peston" is his
    Collections.reverse(names);
    return names;
  }

  /**
   * The index of "by" or "from" right after the document's noun, or after a comma there ("The
   * book, by journalist Robert Peston and serialised in …, said"), or -1.
   */
  private static int byOrFrom(Sentence s, Token document) {
    int i = document.index() + 1;
    if (i + 1 < s.tokens().size() && s.tokens().get(i).word().equals(",")) {
      i++;
    }
    return i < s.tokens().size()
        && Set.of("by", "from").contains(Clauses.lower(s.tokens().get(i).word())) ? i : -1;
  }

  /** The words a noun phrase is made of before its head. */
  private static final Set<String> NOUN_PHRASE = Set.of("DT", "JJ", "NN", "NNS", "HYPH", "POS",
      "CD");

  /**
   * "according to a report by UK think-tank Demos", "figures from the Office of the Deputy Prime
   * Minister": the name of the document's author, which the tagger missed, ends the phrase after
   * "by" or "from"; it describes the speaker where no actor can. Empty when the phrase ends in
   * no such name ("research from a City investment bank").
   */
  private static Optional<String> untaggedAuthor(AnnotatedArticle article, Sentence s,
                                                 Token document, ArticleEntities entities) {
    List<Token> tokens = s.tokens();
    int i = byOrFrom(s, document);
    if (i < 0) {
      return Optional.empty();
    }
    // the last run of capitalised words in the phrase, through "of", "the", "for" and "and"
    int start = -1;
    int end = -1;
    for (int k = i + 1; k < tokens.size() && k <= i + 12; k++) {
      Token t = tokens.get(k);
      if (t.pos().startsWith("NNP")) {
        start = start < 0 ? k : start;
        end = k;
      } else if (start >= 0 && NAME_JOINS.contains(t.word())) {
        continue;
      } else if (NOUN_PHRASE.contains(t.pos()) || k + 1 < tokens.size()
          && tokens.get(k + 1).pos().equals("HYPH")) {
        // a name that only qualifies a noun: "a City investment bank" ("think-tank" in parts)
        start = -1;
      } else {
        break;
      }
    }
    if (start < 0) {
      return Optional.empty();
    }
    for (int k = start; k <= end; k++) {
      Token t = tokens.get(k);
      if (t.pos().startsWith("NNP") && !"O".equals(t.ner())
          || entities.actorAt(t.span()).isPresent()) {
        return Optional.empty();  // a place, a date, or someone the article names
      }
    }
    return Optional.of(article.text().substring(tokens.get(start).begin(),
        tokens.get(end).end()));
  }

  /** Lower-case words inside an organization's name. */
  private static final Set<String> NAME_JOINS = Set.of("of", "the", "for", "and", "&");

  /** The subject of the verb that takes {@code t} ("X produced its report"), or null. */
  private static Token verbSubject(Sentence s, Token t) {
    if (t.head() < 0 || !s.tokens().get(t.head()).pos().startsWith("VB")) {
      return null;
    }
    return s.dependents(t.head()).stream().filter(d -> d.deprel().startsWith("nsubj")
        && d.pos().startsWith("NN")).findFirst().orElse(null);
  }

  /**
   * The organization or person a phrase names: its head's, its apposition's ("analysts
   * Jupiter Research", "telecoms giant BT") or a conjunct's.
   */
  private static Optional<Actor> named(Sentence s, Token head, ArticleEntities entities) {
    Optional<Actor> named = entities.actorAt(head.span()).filter(DocumentSources::author);
    if (named.isPresent()) {
      return named;
    }
    if (head.pos().equals("NNP") && (head.ner() == null || head.ner().equals("O"))) {
      // "According to the Datamonitor report …": a one-word name the tagger missed here is
      // the organization it names elsewhere in the article
      Optional<Actor> elsewhere = entities.namedAs(ActorType.ORGANIZATION, head.word());
      if (elsewhere.isPresent()) {
        return elsewhere;
      }
    }
    // "commissioned by Pact and the Film Council": the first of them the tagger names
    return s.dependents(head.index()).stream()
        .filter(d -> d.deprel().equals("appos") || d.deprel().startsWith("compound")
            || d.deprel().equals("flat") || d.deprel().equals("conj")
            // "the report by telecoms giant Vodafone", the name left unattached by the parser
            || d.deprel().equals("dep") && d.index() > head.index()
                && (d.pos().startsWith("NNP") || !"O".equals(d.ner())))
        .filter(d -> !head.pos().startsWith("NNP") || d.deprel().equals("conj"))
        .map(d -> entities.actorAt(d.span()).filter(DocumentSources::author))
        .flatMap(Optional::stream).findFirst();
  }

  private static boolean author(Actor a) {
    return a.type() == ActorType.ORGANIZATION || a.type() == ActorType.PERSON;
  }
}
