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
 * the tagger gave it one, else by its words ("environment select committee"). Applied after
 * the other description steps.
 */
final class CommitteeMembers {
  /** Descriptions of a committee's members. */
  private static final Set<String> MEMBERS = Set.of("mps", "the mps", "members", "peers");
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
      var named = entities.actorAt(committee.span());
      if (named.isPresent()) {
        return s.spokenBy(named.get(), Statement.Rule.NOMINAL);
      }
      // its words, with what hangs on them ("the joint committee on human rights")
      int first = ReportedClauses.firstUnder(sentence, committee);
      int last = ReportedClauses.lastUnder(sentence, committee);
      String described = last - first > 8 ? Clauses.describe(sentence, committee)
          : article.text().substring(sentence.tokens().get(first).begin(),
              sentence.tokens().get(last).end());
      String words = described == null ? "" : described.replaceFirst("^(?i)(the|a|an) ", "");
      // ("the committee" alone says no more than "MPs")
      return words.contains(" ") ? s.describedOnlyAs(words) : s;
    }
    return s;
  }
}
