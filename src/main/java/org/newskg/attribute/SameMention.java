package org.newskg.attribute;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newskg.extract.AnnotatedArticle;
import org.newskg.extract.Span;
import org.newskg.extract.Token;
import org.newskg.resolve.Actor;
import org.newskg.resolve.ActorType;

/**
 * "The MP for Sittingbourne said Tony Blair had been "trying very hard" …": the partial quote
 * and the reported clause it is in have one speaker, named by the same words; where the steps
 * for quotes found whom those words stand for and the steps for clauses left them a
 * description of one person ("the MP", not "MPs"), the description is that person too. Only
 * when every statement of those words that has a speaker has the same one. Applied last.
 */
final class SameMention {
  private SameMention() {}

  /** The statements with such descriptions named, in place. */
  static void resolveAll(AnnotatedArticle article, List<Statement> statements) {
    Map<Span, Set<Actor>> named = new HashMap<>();
    for (Statement s : statements) {
      if (s.speakerMention() != null && s.speaker() != null) {
        named.computeIfAbsent(s.speakerMention(), k -> new HashSet<>()).add(s.speaker());
      }
    }
    statements.replaceAll(s -> {
      Token head = Clauses.describedHead(article, s);
      Set<Actor> same = head == null || !head.pos().equals("NN") && !head.pos().equals("NNP")
          ? null : named.get(s.speakerMention());
      return same == null || same.size() != 1
          || same.iterator().next().type() != ActorType.PERSON ? s
          : s.spokenBy(same.iterator().next(), Statement.Rule.NOMINAL);
    });
  }
}
