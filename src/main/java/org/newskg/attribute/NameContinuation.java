package org.newskg.attribute;

import java.util.List;
import java.util.Set;
import org.newskg.extract.AnnotatedArticle;
import org.newskg.extract.Sentence;
import org.newskg.extract.Span;
import org.newskg.extract.Token;

/**
 * "The Mail on Sunday said", "The Votes at 16 alliance said": a name the tagger left without an
 * entity, which the parser ended at its first noun, goes on with "on", "at", "of" or "for", the
 * capitalised words or the number after it and a noun for a body closing it ("alliance"), up
 * to the verb or the punctuation that ends the subject; the description is the whole name, not
 * its first piece ("Mail", "Votes"). Applied to the description each statement ends with.
 */
final class NameContinuation {
  private static final Set<String> JOINS = Set.of("on", "at", "of", "for");
  /** Nouns for a body that may close a name in lower case ("the Votes at 16 alliance"). */
  private static final Set<String> BODIES = Set.of("alliance", "group", "campaign",
      "coalition", "movement", "network", "trust");

  private NameContinuation() {}

  static Statement extended(AnnotatedArticle article, Statement s) {
    if (s.speaker() != null || s.speakerDescription() == null || s.speakerMention() == null) {
      return s;
    }
    Token last = Clauses.lastWordOf(article, s.speakerMention());
    Sentence sentence = last == null ? null : article.sentenceAt(last.begin());
    // a capital inside the sentence, whatever tag the word got ("Votes" NNS, "Mail" NN)
    if (sentence == null || last.index() == 0 || !last.pos().startsWith("NN")
        || !Character.isUpperCase(last.word().codePointAt(0))
        || !s.speakerDescription().endsWith(last.word())) {
      return s;
    }
    List<Token> tokens = sentence.tokens();
    int i = last.index() + 1;
    if (i >= tokens.size() || !JOINS.contains(tokens.get(i).word())) {
      return s;
    }
    int end = -1;
    int j = i + 1;
    while (j < tokens.size() && (tokens.get(j).pos().startsWith("NNP")
        || tokens.get(j).pos().equals("CD"))) {
      end = j++;
    }
    if (end < 0) {
      return s;
    }
    if (j < tokens.size() && BODIES.contains(tokens.get(j).word())) {
      end = j++;
    }
    if (j < tokens.size() && !endsSubject(tokens.get(j))) {
      return s;
    }
    String text = article.text();
    int to = tokens.get(end).end();
    Span mention = new Span(s.speakerMention().begin(), to,
        text.substring(s.speakerMention().begin(), to));
    return s.mentionedAs(mention, s.speakerDescription() + text.substring(last.end(), to));
  }

  /** A verb, a possessive or a punctuation mark: what comes after a subject's last word. */
  private static boolean endsSubject(Token t) {
    String pos = t.pos();
    return pos.startsWith("VB") || pos.equals("MD") || pos.equals("POS") || pos.equals(",")
        || pos.equals(".") || pos.equals(":");
  }
}
