package org.newskg.attribute;

import java.util.List;
import java.util.Optional;
import org.newskg.extract.AnnotatedArticle;
import org.newskg.extract.Quote;
import org.newskg.extract.Sentence;
import org.newskg.extract.Span;
import org.newskg.extract.Token;
import org.newskg.resolve.Actor;
import org.newskg.resolve.ActorType;
import org.newskg.resolve.ArticleEntities;

/**
 * "According to technology analysts, Vantage Research, there will be …", "According to a new
 * book, Harbour Lights, the mayor went back on …": a name set off by commas right after the
 * source of "according to" is that source's name, not the start of what was said (the parser
 * takes it for a second subject). The content starts after it; a person or organization it
 * names is the speaker, and a speaker found inside it ("Lights") is not. Likewise the source of
 * an "according to" opening its sentence runs up to the first comma. Applied once attribution
 * is done.
 */
final class AccordingToApposition {
  /** Words a name may hold besides capitalised ones: "Bank of England", "Marks & Spencer". */
  private static final List<String> JOINERS = List.of("of", "and", "&", "'s", "the");

  private AccordingToApposition() {}

  static Statement resolve(AnnotatedArticle article, ArticleEntities entities, Statement s) {
    if (!"according to".equals(s.cue()) || !Statement.KIND_INDIRECT.equals(s.kind())) {
      return s;
    }
    Span content = s.quote().inner();
    Sentence sentence = article.sentenceAt(content.begin());
    int first = sentence == null ? -1 : sentence.tokenAt(content.begin());
    if (first >= 2 && !sentence.tokens().get(first - 1).word().equals(",")) {
      return withSourcesRest(article, entities, s, sentence, first);
    }
    if (first < 3 || !sentence.tokens().get(first - 1).word().equals(",")
        || !openedByAccordingTo(sentence, first - 1)) {
      return s;
    }
    List<Token> tokens = sentence.tokens();
    int i = first;
    while (i < tokens.size() && (Character.isUpperCase(tokens.get(i).word().charAt(0))
        && tokens.get(i).pos().startsWith("NNP")
        || i > first && JOINERS.contains(Clauses.lower(tokens.get(i).word())))) {
      i++;
    }
    // the name, a comma, then a clause of at least a few words within the content
    if (i == first || i >= tokens.size() || !tokens.get(i).word().equals(",")
        || i + 4 > tokens.size() || tokens.get(i + 1).begin() >= content.end()) {
      return s;
    }
    Span name = new Span(tokens.get(first).begin(), tokens.get(i - 1).end(),
        article.text().substring(tokens.get(first).begin(), tokens.get(i - 1).end()));
    int begin = tokens.get(i + 1).begin();
    Span rest = new Span(begin, content.end(), article.text().substring(begin, content.end()));
    Quote clause = new Quote(-1, rest, rest, s.quote().sentenceFrom(), s.quote().sentenceTo(),
        null);
    // the apposition's own name opens it ("Emmanuel Gaillard of Shearman and Sterling"); a
    // possessive makes it a title ("Brown's Britain"), no one's name
    boolean title = name.text().contains("'s ") || name.text().contains("’s ");
    Actor named = title ? null : entities.actors().stream()
        .filter(a -> a.type() != ActorType.COUNTRY
            && a.names().stream().anyMatch(n -> n.begin() == name.begin()))
        .findFirst().orElse(null);
    Actor speaker = s.speaker();
    String description = s.speakerDescription();
    Span mention = s.speakerMention();
    Token source = tokens.get(first - 2);
    if (named != null) {
      speaker = named;
      description = null;
      mention = name;
    } else if (speaker != null && speaker.names().stream().anyMatch(n -> n.overlaps(name))
        && source.pos().startsWith("NN")) {
      // "According to a new book, Harbour Lights, …" is not the place its title names
      speaker = null;
      description = Clauses.describe(sentence, source);
      mention = Clauses.mentionAround(sentence, source);
    }
    Actor by = speaker;
    List<Actor> about = s.about().stream().filter(a -> a != by).toList();
    return new Statement(s.index(), clause, s.kind(), speaker, mention, description,
        speaker == null && description == null ? 0 : s.confidence(), s.cue(),
        speaker == null ? (description == null ? null : Statement.Rule.UNNAMED_SOURCE)
            : named != null ? Statement.Rule.REPORTING_CLAUSE : s.rule(),
        s.date(), about, s.partOf());
  }

  /**
   * "According to research from shipping analysts the Hallam Group, up to 45% of …", "According
   * to Ann Lee from port operator Keller Lines, 30% of …": the source of an "according to" that
   * opens its sentence runs up to the first comma; words before it with no verb, which the
   * parser took for the start of what was said, are the source's (a person or organization
   * they name is the speaker when a document or a description was).
   */
  private static Statement withSourcesRest(AnnotatedArticle article, ArticleEntities entities,
                                           Statement s, Sentence sentence, int first) {
    List<Token> tokens = sentence.tokens();
    // only "according to" opening the sentence (after a conjunction at most), with no comma
    // between it and the content
    int according = Clauses.isAccordingTo(sentence, tokens.get(0)) ? 0
        : first > 2 && Clauses.isAccordingTo(sentence, tokens.get(1)) ? 1 : -1;
    if (according < 0 || tokens.subList(according, first).stream()
        .anyMatch(t -> t.word().equals(","))) {
      return s;
    }
    int comma = first;
    while (comma < tokens.size() && !tokens.get(comma).word().equals(",")) {
      Token t = tokens.get(comma);
      if (t.pos().startsWith("VB") || t.pos().equals("MD") || article.insideQuote(t.span())) {
        return s;
      }
      comma++;
    }
    Span content = s.quote().inner();
    if (comma == first || comma + 4 > tokens.size()
        || tokens.get(comma + 1).begin() >= content.end() || comma - first > 8) {
      return s;
    }
    int begin = tokens.get(comma + 1).begin();
    Span rest = new Span(begin, content.end(), article.text().substring(begin, content.end()));
    Quote clause = new Quote(-1, rest, rest, s.quote().sentenceFrom(), s.quote().sentenceTo(),
        null);
    Actor speaker = s.speaker();
    Span mention = s.speakerMention();
    String description = s.speakerDescription();
    Statement.Rule rule = s.rule();
    if (speaker == null) {
      for (Token t : tokens.subList(first, comma)) {
        Optional<Actor> named = entities.actorAt(t.span()).filter(a ->
            a.type() == ActorType.ORGANIZATION || a.type() == ActorType.PERSON);
        if (named.isPresent()) {
          speaker = named.get();
          mention = named.get().names().stream().filter(n -> n.overlaps(t.span()))
              .findFirst().orElse(t.span());
          description = null;
          rule = Statement.Rule.REPORTING_CLAUSE;
          break;
        }
      }
    }
    Actor by = speaker;
    List<Actor> about = s.about().stream().filter(a -> a != by).toList();
    return new Statement(s.index(), clause, s.kind(), speaker, mention, description,
        s.confidence(), s.cue(), rule, s.date(), about, s.partOf());
  }

  /** The words before the comma at {@code comma} are "according to" and its source. */
  private static boolean openedByAccordingTo(Sentence sentence, int comma) {
    for (int k = comma - 1; k >= 1 && comma - k <= 8; k--) {
      Token t = sentence.tokens().get(k);
      if (t.word().equals(",")) {
        return false;
      }
      if (Clauses.lower(t.word()).equals("to")
          && Clauses.lower(sentence.tokens().get(k - 1).word()).equals("according")) {
        return true;
      }
    }
    return false;
  }
}
