package org.newskg.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newskg.extract.AnnotatedArticle;
import org.newskg.extract.EntityMention;
import org.newskg.extract.Sentence;
import org.newskg.extract.Span;
import org.newskg.extract.Token;

/**
 * "Jason Gardener won the 60m … “It was a close race,” said Gardener": the entity tagger
 * misses a surname that is also a common word ("Gardener", "Pound", "Read") when it stands
 * alone, as reports write a speaker the second time. A capitalized word on its own that a verb
 * of saying has for its subject, or right after it ("said Gardener"), and that is the last
 * word of one person only whom the article names in full, is a mention of that person. Only a
 * source's word is taken: elsewhere such a word is as often the common one ("Pound falls").
 */
final class SourceSurnames {
  private SourceSurnames() {}

  /** The surname mentions the tagger missed, as PERSON mentions of the surname alone. */
  static List<EntityMention> find(AnnotatedArticle article, List<EntityMention> persons,
                                  Names names) {
    Map<String, Set<String>> fullNames = TitledSurnames.fullNamesBySurname(persons, names);
    List<EntityMention> out = new ArrayList<>();
    if (fullNames.isEmpty()) {
      return out;
    }
    for (Sentence s : article.sentences()) {
      List<Token> tokens = s.tokens();
      if (UntaggedNames.titleCase(tokens)) {
        continue;
      }
      for (Token t : tokens) {
        Set<String> full = fullNames.get(t.word());
        if (full == null || full.size() != 1 || !"O".equals(t.ner()) || !alone(tokens, t)
            || !source(s, t)
            || article.entities().stream().anyMatch(e -> e.span().overlaps(t.span()))) {
          continue;
        }
        out.add(new EntityMention(new Span(t.begin(), t.end(), t.word()), "PERSON", s.index(),
            -1));
      }
    }
    return out;
  }

  /** No capitalized word right before or after: not a piece of a longer name. */
  private static boolean alone(List<Token> tokens, Token t) {
    return (t.index() == 0 || !capitalized(tokens.get(t.index() - 1)))
        && (t.index() + 1 == tokens.size() || !capitalized(tokens.get(t.index() + 1)));
  }

  private static boolean capitalized(Token t) {
    return Character.isUpperCase(t.word().charAt(0));
  }

  /**
   * The subject of a verb of saying before it, or the word right after one ("said Gardener",
   * which the parser may take for the verb's object).
   */
  private static boolean source(Sentence s, Token t) {
    if (t.head() < 0) {
      return false;
    }
    Token head = s.tokens().get(t.head());
    return UntaggedNames.speechVerb(head)
        && (t.deprel().equals("nsubj") && t.index() < head.index()
            || t.index() == head.index() + 1);
  }
}
