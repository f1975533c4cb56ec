package org.newskg.attribute;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.newskg.extract.AnnotatedArticle;
import org.newskg.extract.Sentence;
import org.newskg.extract.Token;
import org.newskg.resolve.ArticleEntities;

/**
 * "Analysts said …", "Critics say …", "Many economists have urged …": a common word written
 * with a capital only because it opens its sentence is written in a speaker's description as
 * it is anywhere else ("analysts", "many economists"), so that one kind of source reads, and
 * groups, as one. A word the article also writes with a capital inside a sentence may be a
 * name the tagger missed ("Nationwide said …") and keeps it, as does a word of a name the
 * article resolved ("Labour and the Liberal Democrats"), a noun no word list knows
 * ("Politifact") or one a number follows ("Number 10"). Applied last, to the description
 * each statement ends with; no rule reads its case after that.
 */
final class SentenceCase {
  /** Tags of common words that may open a description. */
  private static final Set<String> COMMON = Set.of("NN", "NNS", "JJ", "JJR", "JJS", "DT", "PDT",
      "CD", "RB", "RBS", "VBG", "VBN");
  /** One capital, then lower-case letters (and hyphens): "Analysts", "Cash-strapped". */
  private static final Pattern CAPITALISED = Pattern.compile("\\p{Lu}[\\p{Ll}-]*\\p{Ll}");

  private SentenceCase() {}

  /** Each of {@code statements} with its description so written. */
  static void lowerAll(AnnotatedArticle article, ArticleEntities entities,
                       List<Statement> statements) {
    if (statements.stream().allMatch(s -> s.speakerDescription() == null)) {
      return;
    }
    Set<String> inside = capitalisedInside(article);
    statements.replaceAll(s -> lowered(article, entities, inside, s));
  }

  private static Statement lowered(AnnotatedArticle article, ArticleEntities entities,
                                   Set<String> capitalisedInside, Statement s) {
    if (s.speaker() != null || s.speakerDescription() == null || s.speakerMention() == null) {
      return s;
    }
    Sentence sentence = article.sentenceAt(s.speakerMention().begin());
    Token opening = sentence == null ? null : openingWord(sentence);
    String description = s.speakerDescription();
    if (opening == null || !startsWithWord(description, opening.word())
        || !COMMON.contains(opening.pos()) || opening.ner() != null && !opening.ner().equals("O")
        || !CAPITALISED.matcher(opening.word()).matches()
        || entities.actorAt(opening.span()).isPresent()
        || capitalisedInside.contains(opening.word())
        || opening.pos().startsWith("NN") && !(Subjects.ANIMACY.knows(opening.word())
            || Subjects.ANIMACY.knows(opening.lemma()))
        || numbered(sentence, opening)) {
      return s;
    }
    return s.describedAs(opening.word().substring(0, 1).toLowerCase(Locale.ROOT)
        + description.substring(1));
  }

  /** The sentence's first word (not a quotation mark, dash or bracket), or null. */
  private static Token openingWord(Sentence sentence) {
    for (Token t : sentence.tokens()) {
      if (Character.isLetterOrDigit(t.word().codePointAt(0))) {
        return t;
      }
    }
    return null;
  }

  /** "Number 10 said", "Section 5 says": a noun a number follows is a name. */
  private static boolean numbered(Sentence sentence, Token noun) {
    int next = noun.index() + 1;
    return noun.pos().startsWith("NN") && next < sentence.tokens().size()
        && sentence.tokens().get(next).pos().equals("CD");
  }

  private static boolean startsWithWord(String text, String word) {
    return text.startsWith(word) && (text.length() == word.length()
        || !Character.isLetterOrDigit(text.charAt(word.length())));
  }

  /** The words the article writes after the first word of a sentence, as written. */
  private static Set<String> capitalisedInside(AnnotatedArticle article) {
    Set<String> out = new HashSet<>();
    for (Sentence sentence : article.sentences()) {
      Token opening = openingWord(sentence);
      for (Token t : sentence.tokens()) {
        if (t != opening && !afterOpeningMark(sentence, t)) {
          out.add(t.word());
        }
      }
    }
    return out;
  }

  /** The word opens a quotation or follows a colon, where a capital starts a sentence too. */
  private static boolean afterOpeningMark(Sentence sentence, Token t) {
    if (t.index() == 0) {
      return true;
    }
    String before = sentence.tokens().get(t.index() - 1).word();
    return before.equals("``") || before.equals("\"") || before.equals("“") || before.equals(":")
        || before.equals("'") || before.equals("‘") || before.equals("(");
  }
}
