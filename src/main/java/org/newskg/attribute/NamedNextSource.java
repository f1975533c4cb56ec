package org.newskg.attribute;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.newskg.extract.AnnotatedArticle;
import org.newskg.extract.Sentence;
import org.newskg.extract.Token;
import org.newskg.resolve.ActorType;
import org.newskg.resolve.ArticleEntities;

/**
 * "Sri Lanka's banks face hard times, officials have warned. The Sri Lanka Banks Association
 * said …", "House prices tripled in ten years, a report indicates. Research from Halifax
 * suggests …", "X could face prosecution, a committee of MPs has warned. … the environment
 * select committee said": news leads with what a source said, described, and names that source
 * as it speaks in the next sentences. A statement in the article's lead (the first two
 * sentences of its first paragraph below the headline) whose speaker is still a description
 * in common nouns is the speaker of the first statement in the next two sentences that names
 * its speaker there, when that speaker is of the description's kind: an organization for a
 * body, the press, officials or a report, a person for one person when the article names no
 * one before (else that one is meant). The first such statement decides: if its speaker is
 * of another kind, the description stays. Left alone: those who speak unnamed ("a
 * spokesman", "analysts"), "reports" in general, and a speaker named in what the lead's
 * statement says (the report on Tesco is not Tesco's). Applied last among the description
 * steps, to what they left.
 */
final class NamedNextSource {
  /** Sentences of the first paragraph that make the lead. */
  private static final int LEAD = 2;
  /** Sentences after the lead's statement that the source may be named in. */
  private static final int REACH = 2;
  /** Nouns for the press and what it prints. */
  private static final Set<String> PRESS = Set.of("newspaper", "paper", "press", "media",
      "magazine", "journal", "daily", "tabloid");
  /** Nouns for those who speak for a body as a whole. */
  private static final Set<String> OFFICIALS = Set.of("official", "authority", "lender",
      "regulator", "watchdog", "committee", "commission", "council", "body", "organiser",
      "organizer");
  /** Documents a body puts out under its name. */
  private static final Set<String> DOCUMENTS = Set.of("report", "study", "survey", "research",
      "poll", "analysis", "review", "audit", "figure", "index");
  /** People news quotes unnamed, whom the next name is seldom. */
  private static final Set<String> UNNAMED_PEOPLE = Set.of("source", "insider", "spokesman",
      "spokeswoman", "spokesperson", "aide", "diplomat", "friend", "colleague", "relative",
      "neighbour", "neighbor", "resident", "member", "someone", "man", "woman", "person",
      "witness", "fan", "voter", "supporter", "critic", "opponent");

  private NamedNextSource() {}

  /** The statements with such descriptions resolved, in place. */
  static void resolveAll(AnnotatedArticle article, ArticleEntities entities,
                         List<Statement> statements) {
    int lead = leadStart(article);
    for (int i = 0; i < statements.size(); i++) {
      Statement s = statements.get(i);
      Token head = Clauses.describedHead(article, s);
      Sentence here = head == null ? null : article.sentenceAt(head.begin());
      int at = here == null ? -1 : article.sentences().indexOf(here);
      if (lead < 0 || at < lead || at >= lead + LEAD
          || here.paragraph() != article.sentences().get(lead).paragraph()
          || Statement.KIND_TERM.equals(s.kind()) || !head.pos().equals("NN")
              && !head.pos().equals("NNS") || article.insideQuote(head.span())) {
        continue;
      }
      Set<ActorType> kinds = kindsFor(here, head);
      if (kinds.isEmpty() || kinds.contains(ActorType.PERSON) && entities.actors().stream()
          .anyMatch(a -> a.type() == ActorType.PERSON && a.names().stream()
              .anyMatch(m -> m.begin() < head.begin()))) {
        continue;
      }
      String noun = DescribedLastSpeaker.nounOf(here, head);
      Statement next = firstNamedAfter(article, statements, at, noun);
      if (next == null) {
        continue;
      }
      if (next.speaker() == null) {
        // a name the tagger left untagged ("said the Beijing News"), or the body the lead
        // described, now in its own words ("the environment select committee said")
        // (one that says less, "officials" after "Israeli officials", tells nothing new)
        String description = next.speakerDescription();
        if (kinds.contains(ActorType.ORGANIZATION)
            && !s.quote().inner().text().contains(description)
            && !Clauses.lower(s.speakerDescription()).contains(Clauses.lower(description))) {
          statements.set(i, s.describedAs(description));
        }
      } else if (kinds.contains(next.speaker().type())
          && next.speaker().names().stream().noneMatch(m -> s.quote().inner().contains(m))) {
        statements.set(i, s.spokenBy(next.speaker(), Statement.Rule.NOMINAL));
      }
    }
  }

  /** The kinds of actor the description may stand for; none when it is no one source. */
  private static Set<ActorType> kindsFor(Sentence sentence, Token head) {
    String noun = DescribedLastSpeaker.nounOf(sentence, head);
    boolean plural = head.pos().equals("NNS") || head.pos().equals("NNPS");
    String one = plural && noun.endsWith("s") ? Clauses.lower(head.lemma()) : noun;
    if (PRESS.contains(one) || OFFICIALS.contains(one) || BodyNominals.NOUNS.contains(one)
        || !plural && DOCUMENTS.contains(one)) {
      return Set.of(ActorType.ORGANIZATION);
    }
    if (!plural && !UNNAMED_PEOPLE.contains(one) && DescribedLastSpeaker.personNoun(sentence,
        head)) {
      return Set.of(ActorType.PERSON);
    }
    return Set.of();
  }

  /**
   * The first sentence below the headline, or -1: the text may begin with the headline
   * (JSON lines give it as the title and in the text), which is no lead.
   */
  private static int leadStart(AnnotatedArticle article) {
    String headline = article.article().headline();
    String title = headline == null ? "" : plain(headline);
    List<Sentence> sentences = article.sentences();
    for (int k = 0; k < sentences.size(); k++) {
      Sentence sentence = sentences.get(k);
      String text = plain(article.text().substring(sentence.begin(), sentence.end()));
      if (!text.isEmpty() && !title.startsWith(text)) {
        return k;
      }
    }
    return -1;
  }

  /** Letters and digits only, in lower case. */
  private static String plain(String text) {
    return Clauses.lower(text.replaceAll("[^\\p{L}\\p{N}]+", ""));
  }

  /**
   * The first statement, in the order of the text, in the {@link #REACH} sentences after
   * sentence {@code at} whose speaker is named in its own sentence (or described by a proper
   * noun, or by a description with the lead's {@code noun}), or null when the first statement
   * there with a speaker names none.
   */
  private static Statement firstNamedAfter(AnnotatedArticle article, List<Statement> statements,
                                           int at, String noun) {
    List<Statement> after = statements.stream()
        .filter(x -> !Statement.KIND_TERM.equals(x.kind()) && x.speakerMention() != null)
        .filter(x -> {
          Sentence sentence = article.sentenceAt(x.speakerMention().begin());
          int k = sentence == null ? -1 : article.sentences().indexOf(sentence);
          return k > at && k <= at + REACH;
        })
        .sorted(Comparator.comparingInt(x -> x.speakerMention().begin()))
        .toList();
    for (Statement x : after) {
      if (x.speaker() == null) {
        Token described = Clauses.describedHead(article, x);
        Sentence there = described == null ? null : article.sentenceAt(described.begin());
        boolean named = described != null && there != null
            && !article.insideQuote(described.span())
            && (described.pos().startsWith("NNP")
                    && !PRESS.contains(Clauses.lower(described.word()))
                || DescribedLastSpeaker.nounOf(there, described).equals(noun));
        return named ? x : null;
      }
      // (as the subject, "said the Beijing News", or a document's author: "Research from
      // Halifax suggests")
      Sentence sentence = article.sentenceAt(x.speakerMention().begin());
      boolean namedThere = x.speaker().names().stream()
          .anyMatch(m -> m.begin() >= sentence.begin() && m.end() <= sentence.end()
              && !x.quote().inner().contains(m) && !article.insideQuote(m));
      return namedThere ? x : null;
    }
    return null;
  }
}
