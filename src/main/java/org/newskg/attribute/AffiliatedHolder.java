package org.newskg.attribute;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.newskg.extract.AnnotatedArticle;
import org.newskg.extract.Sentence;
import org.newskg.extract.Span;
import org.newskg.extract.Token;
import org.newskg.resolve.Actor;
import org.newskg.resolve.ActorType;
import org.newskg.resolve.ArticleEntities;

/**
 * "The SNP's Nicola Sturgeon has demanded … [paragraphs] … The Scottish National Party's
 * parliamentary leader argued …": a post of an organization named with the organization ("the
 * party's leader", "the Amnesty secretary-general") is the one person the article tied to that
 * organization before it ("the SNP's Nicola Sturgeon", "Ann Lee of the Fabian Society",
 * "Fabian Society general secretary Ann Lee"), however far back, when it tied no one else to
 * it. Posts news gives people it does not name (a spokesman, an official, a source) are left
 * as they are. Applied last, once {@link OwnedDescriptions} has named the owner of the post.
 */
final class AffiliatedHolder {
  /** Posts one person holds in an organization. */
  private static final Set<String> POSTS = Set.of("leader", "secretary", "secretary-general",
      "chief", "chairman", "chairwoman", "chair", "president", "director", "director-general",
      "head", "founder", "boss", "manager", "coach", "captain", "editor", "commissioner",
      "convener", "treasurer", "owner", "governor", "premier", "minister", "executive");

  private AffiliatedHolder() {}

  static Statement resolve(AnnotatedArticle article, ArticleEntities entities, Statement s) {
    // (a post the attribution gave to its organization, "the Amnesty secretary-general" as
    // Amnesty, is looked at too: a spokesman speaks for a body, its head does not)
    boolean givenToBody = s.speaker() != null && s.speaker().type() == ActorType.ORGANIZATION
        && s.rule() == Statement.Rule.NOMINAL && s.speakerMention() != null;
    Token head = givenToBody ? Clauses.lastWordOf(article, s.speakerMention())
        : Clauses.describedHead(article, s);
    Sentence here = head == null ? null : article.sentenceAt(head.begin());
    if (here == null || !head.pos().equals("NN") || article.insideQuote(head.span())
        || !POSTS.contains(Clauses.hyphenedLemma(here, head))) {
      return s;
    }
    Optional<Actor> body = organizationOf(article, entities, here, head, s.speakerDescription());
    if (body.isEmpty() || givenToBody && !body.get().key().equals(s.speaker().key())) {
      return s;
    }
    Set<Actor> tied = new LinkedHashSet<>();
    for (Actor a : entities.actors()) {
      if (a.type() != ActorType.PERSON) {
        continue;
      }
      for (Span m : a.names()) {
        Sentence there = article.sentenceAt(m.begin());
        if (m.end() <= head.begin() && there != null && !article.insideQuote(m)
            && tiedTo(there, m, entities, body.get())) {
          tied.add(a);
        }
      }
    }
    return tied.size() == 1 ? s.spokenBy(tied.iterator().next(), Statement.Rule.NOMINAL) : s;
  }

  /**
   * The organization that owns the post ("the SNP's leader", "the Amnesty secretary-general"),
   * or that the description was found to stand for ("the political reform group's general
   * secretary", described as the Fabian Society's).
   */
  private static Optional<Actor> organizationOf(AnnotatedArticle article,
                                                ArticleEntities entities, Sentence here,
                                                Token head, String description) {
    for (Token d : here.dependents(head.index())) {
      boolean owner = d.deprel().equals("nmod:poss")
          || d.deprel().startsWith("compound") && d.index() < head.index();
      Optional<Actor> a = owner ? entities.actorAt(d.span()) : Optional.empty();
      if (a.isPresent()) {
        return a.filter(x -> x.type() == ActorType.ORGANIZATION);
      }
    }
    int possessive = description == null ? -1 : description.indexOf("'s ");
    if (possessive <= 0) {
      return Optional.empty();
    }
    String owner = description.substring(0, possessive);
    return entities.actors().stream().filter(a -> a.type() == ActorType.ORGANIZATION
        && a.label().equals(owner)).findFirst();
  }

  /**
   * Whether the sentence ties the person named at {@code name} to {@code body}: a word of the
   * body's is among the words that hang from the name ("the SNP's Nicola Sturgeon", "Ann Lee
   * of the Fabian Society") or from what is set beside it ("Ann Lee, general secretary of
   * the Fabian Society").
   */
  private static boolean tiedTo(Sentence s, Span name, ArticleEntities entities, Actor body) {
    int last = s.tokenAt(name.end() - 1);
    if (last < 0) {
      return false;
    }
    Token person = s.tokens().get(last);
    for (Token t : s.tokens()) {
      if (t.index() == person.index() || !ReportedClauses.under(s, t, person)
          || entities.actorAt(t.span()).filter(a -> a.key().equals(body.key())).isEmpty()) {
        continue;
      }
      // (not through a clause of its own: "Ann Lee, who met the SNP, …")
      boolean clause = false;
      for (Token up = t; up.index() != person.index(); up = s.tokens().get(up.head())) {
        String rel = Clauses.baseRelation(up.deprel());
        clause |= rel.equals("acl") || rel.equals("advcl") || rel.equals("ccomp")
            || rel.equals("conj");
      }
      if (!clause) {
        return true;
      }
    }
    return false;
  }
}
