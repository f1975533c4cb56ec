package org.newskg.attribute;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.newskg.extract.AnnotatedArticle;
import org.newskg.extract.Span;
import org.newskg.extract.Sentence;
import org.newskg.extract.Token;
import org.newskg.resolve.Actor;
import org.newskg.resolve.ActorType;
import org.newskg.resolve.ArticleEntities;
import org.newskg.resolve.OrganizationAliases;

/**
 * "According to the FT, … The paper said …", "Labour denies breaking rules … The party says
 * …": "the newspaper" and "the party" refer back to the newspaper, or the political party,
 * named last before them, in their paragraph or the two before; not to whichever
 * organization the story is about, as "the firm" does ({@link BodyNominals}). A party is one
 * the organization table flags as one; a newspaper has a masthead word in its name ("The
 * Times", "Arab News") or is introduced as one ("newspaper Le Monde"). Applied after
 * attribution, like the other description steps.
 */
final class PartyAndPaperNominals {
  private static final Set<String> PAPERS = Set.of("newspaper", "paper", "daily", "tabloid",
      "broadsheet");
  private static final Set<String> MASTHEADS = Set.of("times", "post", "telegraph", "guardian",
      "independent", "mirror", "sun", "mail", "express", "observer", "herald", "journal",
      "gazette", "tribune", "chronicle", "news", "standard", "scotsman", "ft", "zeitung",
      "monde", "welt", "figaro", "pais");
  /** Names of broadcasters' news ("BBC News", "Sky News"): no newspaper. */
  private static final Set<String> BROADCASTERS = Set.of("bbc", "sky", "fox", "cnn", "itv",
      "abc", "cbs", "nbc", "channel", "radio", "tv", "television");
  /** Paragraphs back that the organization may be named in. */
  private static final int REACH = 2;

  private final OrganizationAliases organizations;

  PartyAndPaperNominals(OrganizationAliases organizations) {
    this.organizations = organizations;
  }

  /**
   * "Danny Kruger … In a statement, the party said …": a party or a paper is no person, whoever
   * the story is about; a person given to one goes back to the description, for the party or
   * paper to be found.
   */
  private static Statement notAPerson(AnnotatedArticle article, Statement s) {
    if (s.rule() != Statement.Rule.NOMINAL || s.speaker() == null
        || s.speaker().type() != ActorType.PERSON || s.speakerMention() == null) {
      return s;
    }
    Token head = Clauses.lastWordOf(article, s.speakerMention());
    String noun = head == null ? "" : Clauses.lower(head.lemma());
    return noun.equals("party") || PAPERS.contains(noun) ? s.unnamed(noun) : s;
  }

  /**
   * {@code s} with the party or newspaper its "the party" or "the paper" refers back to; "a
   * party spokesman" speaks for that party.
   */
  Statement resolve(AnnotatedArticle article, ArticleEntities entities, Statement s) {
    s = notAPerson(article, s);
    if (s.speaker() != null || s.speakerMention() == null || s.speakerDescription() == null) {
      return s;
    }
    String noun = Clauses.lower(s.speakerDescription());
    // "A party spokesman said …": speaks for the party "the party" would be there
    Token spokesperson = Clauses.describedHead(article, s);
    Sentence at = spokesperson == null ? null : article.sentenceAt(spokesperson.begin());
    boolean spokes = at != null && Spokespeople.NOUNS.contains(Clauses.lower(spokesperson.word()));
    Token partyWord = !spokes ? null : at.dependents(spokesperson.index()).stream().filter(d ->
            d.deprel().startsWith("compound") && d.pos().equals("NN")
                && Clauses.lower(d.word()).equals("party")).findFirst().orElse(null);
    boolean partySpokesperson = partyWord != null;
    if (partySpokesperson) {
      noun = "party";
    }
    Predicate<Actor> kind;
    if (noun.equals("party")) {
      kind = a -> organizations.lookup(a.label())
          .filter(o -> o.kind() == OrganizationAliases.Kind.PARTY).isPresent();
    } else if (PAPERS.contains(noun)) {
      kind = a -> masthead(article, a);
    } else {
      return s;
    }
    Sentence here = article.sentenceAt(s.speakerMention().begin());
    Token head = Clauses.lastWordOf(article, s.speakerMention());
    if (head == null || !partySpokesperson && (!Clauses.hasDefiniteDeterminer(here, head)
        || !Clauses.lower(head.word()).equals(noun))) {
      return s;
    }
    // "The Labour party said …", "a Labour party spokesman": a party its own words name is
    // that one, not the last one
    Token own = Stream.concat(here.dependents(head.index()).stream(),
            partySpokesperson ? here.dependents(partyWord.index()).stream() : Stream.empty())
        .filter(d -> d.deprel().startsWith("compound") && (d.pos().startsWith("NNP")
            || Character.isUpperCase(d.word().charAt(0))))
        .findFirst().orElse(null);
    if (own != null) {
      Statement described = s;
      return entities.actors().stream().filter(a -> a.type() == ActorType.ORGANIZATION
              && kind.test(a) && List.of(a.label().split("\\s+")).contains(own.word()))
          .findFirst().map(a -> described.spokenBy(a, Statement.Rule.NOMINAL)).orElse(s);
    }
    Actor last = null;
    int lastBegin = -1;
    for (Actor a : entities.actors()) {
      if (a.type() != ActorType.ORGANIZATION || !kind.test(a)) {
        continue;
      }
      for (Span m : namesAndLabel(article, a)) {
        Sentence ms = article.sentenceAt(m.begin());
        if (m.end() <= s.speakerMention().begin() && ms != null
            && ms.paragraph() >= here.paragraph() - REACH && !article.insideQuote(m)
            && m.begin() > lastBegin) {
          last = a;
          lastBegin = m.begin();
        }
      }
    }
    if (PAPERS.contains(noun)) {
      // "According to the Observer, … The paper said": a masthead the tagger took for no
      // organization, named after the last one it did
      Span unnamed = untaggedMasthead(article, entities, here, s.speakerMention().begin());
      if (unnamed != null && unnamed.begin() > lastBegin) {
        return s.describedAs(unnamed.text());
      }
    }
    if (last == null) {
      return s;
    }
    return s.spokenBy(last, Statement.Rule.NOMINAL);
  }

  /**
   * The actor's names, and every other place the text spells its full name, which the tagger
   * may have missed there ("promised energy savings by the Liberal Democrats").
   */
  private static List<Span> namesAndLabel(AnnotatedArticle article, Actor a) {
    List<Span> all = new java.util.ArrayList<>(a.names());
    String label = a.label();
    for (int i = article.text().indexOf(label); i >= 0;
         i = article.text().indexOf(label, i + label.length())) {
      int at = i;
      int end = i + label.length();
      boolean word = (i == 0 || !Character.isLetter(article.text().charAt(i - 1)))
          && (end == article.text().length() || !Character.isLetter(article.text().charAt(end)));
      if (word && all.stream().noneMatch(m -> m.begin() <= at && m.end() > at)) {
        all.add(new Span(i, i + label.length(), label));
      }
    }
    return all;
  }

  /**
   * The last newspaper's name before {@code before}, within reach and outside quotations, that
   * no organization covers: capitalized words after "the" with a masthead word ("the
   * Observer"), or with a noun for a paper right after them ("Vedomosti newspaper"); null when
   * none.
   */
  private static Span untaggedMasthead(AnnotatedArticle article, ArticleEntities entities,
                                       Sentence here, int before) {
    Span found = null;
    for (Sentence sentence : article.sentences().subList(0, here.index() + 1)) {
      if (sentence.paragraph() < here.paragraph() - REACH) {
        continue;
      }
      List<Token> tokens = sentence.tokens();
      for (int i = 0; i < tokens.size(); i++) {
        Token t = tokens.get(i);
        if (t.end() > before || !t.pos().startsWith("NNP") || article.insideQuote(t.span())
            || entities.actorAt(t.span()).isPresent()) {
          continue;
        }
        int end = i;
        while (end + 1 < tokens.size() && tokens.get(end + 1).pos().startsWith("NNP")) {
          end++;
        }
        boolean masthead = false;
        boolean broadcaster = false;
        for (int k = i; k <= end; k++) {
          masthead |= MASTHEADS.contains(Clauses.lower(tokens.get(k).word()));
          broadcaster |= BROADCASTERS.contains(Clauses.lower(tokens.get(k).word()));
        }
        // "the Observer", not "Standard Life": a masthead is named with "the"
        masthead &= i > 0 && Clauses.lower(tokens.get(i - 1).word()).equals("the")
            && !broadcaster;
        boolean called = end + 1 < tokens.size()
            && PAPERS.contains(Clauses.lower(tokens.get(end + 1).word()));
        if ((masthead || called) && tokens.get(end).end() <= before) {
          found = new Span(t.begin(), tokens.get(end).end(),
              article.text().substring(t.begin(), tokens.get(end).end()));
        }
        i = end;
      }
    }
    return found;
  }

  /** A newspaper's name: a masthead word in it, or a noun for a paper right before it. */
  private static boolean masthead(AnnotatedArticle article, Actor a) {
    List<String> words = List.of(a.label().toLowerCase(Locale.ROOT).split("[^\\p{L}]+"));
    if (words.stream().anyMatch(MASTHEADS::contains)
        && words.stream().noneMatch(BROADCASTERS::contains)) {
      return true;
    }
    for (Span m : a.names()) {
      Sentence s = article.sentenceAt(m.begin());
      int i = s == null ? -1 : s.tokenAt(m.begin());
      if (i > 0) {
        Token before = s.tokens().get(i - 1);
        if (PAPERS.contains(Clauses.lower(before.word()))) {
          return true;
        }
      }
    }
    return false;
  }
}
