package org.newskg.attribute;

import java.util.List;
import java.util.Set;
import org.newskg.extract.AnnotatedArticle;
import org.newskg.extract.Sentence;
import org.newskg.extract.Token;
import org.newskg.resolve.ArticleEntities;

/**
 * "The Constitutional Affairs Select Committee said … Courts should be a last resort, MPs
 * said": "MPs" right after a committee spoke are its members, speaking as the committee. A
 * committee is the subject of a clause in the statement's sentence before it, or in one of the
 * two sentences before that, in its paragraph or the one before; it speaks by its name where
 * the tagger gave it one, else by its words ("environment select committee"), and a bare "the
 * committee" by those of the committee the article named last before it. Applied after the
 * other description steps.
 */
final class CommitteeMembers {
  /** Descriptions of a committee's members. */
  private static final Set<String> MEMBERS = Set.of("mps", "the mps", "members", "peers",
      "committee members", "the committee members");
  /** Sentences back the committee may be named in. */
  private static final int REACH = 2;

  private CommitteeMembers() {}

  static Statement resolve(AnnotatedArticle article, ArticleEntities entities, Statement s) {
    Token head = Clauses.describedHead(article, s);
    Sentence here = head == null ? null : article.sentenceAt(head.begin());
    if (here == null || !MEMBERS.contains(Clauses.lower(s.speakerDescription()))) {
      return s;
    }
    List<Sentence> sentences = article.sentences();
    for (int k = here.index(); k >= 0 && k >= here.index() - REACH; k--) {
      Sentence sentence = sentences.get(k);
      if (here.paragraph() - sentence.paragraph() > 1) {
        break;
      }
      Token committee = null;
      for (Token t : sentence.tokens()) {
        if (t.begin() < (k == here.index() ? head.begin() : sentence.end())
            && Clauses.lower(t.lemma()).equals("committee") && t.deprel().startsWith("nsubj")
            && !article.insideQuote(t.span())) {
          committee = t;
        }
      }
      if (committee == null) {
        continue;
      }
      Statement named = asCommittee(article, entities, s, sentence, committee);
      if (named != s) {
        return named;
      }
      // "the committee" alone says no more than "MPs": the one the article named before
      List<Token> earlier = mentionsBefore(article, sentence.begin());
      for (int i = earlier.size() - 1; i >= 0; i--) {
        Token t = earlier.get(i);
        named = asCommittee(article, entities, s, article.sentenceAt(t.begin()), t);
        if (named != s) {
          return named;
        }
      }
      return s;
    }
    return onlyCommittee(article, entities, s, head);
  }

  /**
   * "MPs have said … The Constitutional Affairs Select Committee said … [paragraphs on] … they
   * said": in an article that has named one committee speaking, as a clause subject before the
   * statement (or in the sentence right after it, as a lead's "MPs" is named next), its
   * members speaking bare are that committee however far back it was named; with two
   * committees, neither.
   */
  private static Statement onlyCommittee(AnnotatedArticle article, ArticleEntities entities,
                                         Statement s, Token head) {
    Statement only = null;
    int next = article.sentenceAt(head.begin()).index() + 1;
    for (Sentence sentence : article.sentences()) {
      for (Token t : sentence.tokens()) {
        if (t.begin() >= head.begin() && sentence.index() != next
            || !Clauses.lower(t.lemma()).equals("committee")
            || !t.deprel().startsWith("nsubj") || article.insideQuote(t.span())) {
          continue;
        }
        Statement named = asCommittee(article, entities, s, sentence, t);
        if (named == s) {
          continue;
        }
        boolean same = only == null || (only.speaker() != null
            ? only.speaker() == named.speaker()
            : named.speaker() == null
                && only.speakerDescription().equals(named.speakerDescription()));
        if (!same) {
          return s;
        }
        only = named;
      }
    }
    return only == null ? s : only;
  }

  /**
   * "The plan was questioned by the parliamentary joint committee on human rights. In a report
   * the cross-party committee stated …": "the committee", with no words of its own that say
   * which, is the one the article named last before it, in its paragraph or the two before,
   * by a name or by words that say more than "the committee" does.
   */
  static Statement namedBefore(AnnotatedArticle article, ArticleEntities entities,
                               Statement s) {
    Token head = Clauses.describedHead(article, s);
    Sentence here = head == null ? null : article.sentenceAt(head.begin());
    if (here == null || !head.pos().equals("NN")
        || !Clauses.lower(head.lemma()).equals("committee")
        || !Clauses.hasDefiniteDeterminer(here, head) || article.insideQuote(head.span())
        || here.dependents(head.index()).stream().anyMatch(d -> !d.deprel().equals("det")
            && !(d.index() < head.index() && GENERIC.contains(Clauses.lower(d.word()))))) {
      return s;
    }
    List<Token> earlier = mentionsBefore(article, head.begin());
    for (int i = earlier.size() - 1; i >= 0; i--) {
      Token t = earlier.get(i);
      Sentence sentence = article.sentenceAt(t.begin());
      if (sentence.paragraph() < here.paragraph() - REACH) {
        break;
      }
      if (entities.actorAt(t.span()).isEmpty() && !specified(sentence, t)) {
        continue;  // "says the committee, the government …": it too refers back
      }
      Statement named = asCommittee(article, entities, s, sentence, t);
      if (named.speaker() != null || named != s && saysWhich(named.speakerDescription())) {
        return named;
      }
    }
    return s;
  }

  /**
   * Words of its own say which committee it is: a modifier before it that {@link #GENERIC}
   * lacks ("the home affairs committee") or a phrase after it ("the committee on …").
   */
  private static boolean specified(Sentence s, Token committee) {
    return s.dependents(committee.index()).stream().anyMatch(d -> d.index() < committee.index()
            && (d.deprel().startsWith("compound") || d.deprel().equals("amod"))
            && !GENERIC.contains(Clauses.lower(d.word()))
        || d.index() > committee.index() && d.deprel().startsWith("nmod"));
  }

  /** Words that describe any committee ("the cross-party committee"). */
  private static final Set<String> GENERIC = Set.of("cross-party", "all-party", "parliamentary",
      "select", "powerful", "influential", "joint", "commons", "lords", "same", "full", "-",
      "cross", "all", "party");

  /** A committee's words say which one it is: more than {@link #GENERIC} ones. */
  private static boolean saysWhich(String words) {
    return java.util.Arrays.stream(Clauses.lower(words).split("[\\s-]+")).anyMatch(w ->
        !w.isEmpty() && !GENERIC.contains(w) && !w.equals("committee") && !w.equals("the"));
  }

  /**
   * The nouns "committee" outside quotations before offset {@code end}, in the order of the
   * text, that may name a committee: not a possessive ("the committee's report") nor a word of
   * another noun ("committee chairman").
   */
  static List<Token> mentionsBefore(AnnotatedArticle article, int end) {
    List<Token> out = new java.util.ArrayList<>();
    for (Sentence sentence : article.sentences()) {
      for (Token t : sentence.tokens()) {
        if (t.begin() >= end) {
          return out;
        }
        if (Clauses.lower(t.lemma()).equals("committee") && t.pos().startsWith("NN")
            && !t.deprel().equals("nmod:poss") && !t.deprel().startsWith("compound")
            && !article.insideQuote(t.span())) {
          out.add(t);
        }
      }
    }
    return out;
  }

  /**
   * {@code s} spoken by the committee at {@code committee}: by its name where the tagger gave
   * it one, else by its words with what hangs on them ("the joint committee on human rights");
   * {@code s} itself when "the committee" says no more than that.
   */
  static Statement asCommittee(AnnotatedArticle article, ArticleEntities entities,
                               Statement s, Sentence sentence, Token committee) {
    var named = entities.actorAt(committee.span());
    if (named.isPresent()) {
      return s.spokenBy(named.get(), Statement.Rule.NOMINAL);
    }
    int first = ReportedClauses.firstUnder(sentence, committee);
    while (first < committee.index() && sentence.tokens().get(first).deprel().equals("case")) {
      first++;  // "by the committee": the preposition is not the committee's
    }
    int last = ReportedClauses.lastUnder(sentence, committee);
    String described = last - first > 8 ? Clauses.describe(sentence, committee)
        : article.text().substring(sentence.tokens().get(first).begin(),
            sentence.tokens().get(last).end());
    String words = described == null ? "" : described.replaceFirst("^(?i)(the|a|an) ", "");
    return words.contains(" ") ? s.describedOnlyAs(words) : s;
  }
}
