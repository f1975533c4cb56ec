package org.newskg.query;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementTriplesBlock;
import org.apache.jena.graph.Triple;
import org.newskg.rdf.NKG;

/**
 * The sentence around each quote, cut from its article's text by the quote's offsets: from
 * the end of the sentence before the quote to the end of the sentence the quote is in
 * ("“…,” Ms. Lind said."), never beyond the paragraph. The texts are fetched a few articles at
 * a time, so a long listing never holds them all.
 */
public final class QuoteSentences {
  private static final int ARTICLES_PER_QUERY = 50;
  /** Words whose final dot does not end a sentence ("Ms. Lind", "St. Petersburg"). */
  private static final Pattern ABBREVIATION = Pattern.compile(
      "(?i)(mr|mrs|ms|dr|st|jr|sr|gen|sen|rep|gov|lt|col|prof|rev|sgt|capt|cmdr|adm|no|vs|u\\.s|"
          + "[a-z])");

  private QuoteSentences() {}

  /** The sentence of each row's quote, by statement IRI; rows without offsets get none. */
  public static Map<String, String> of(Sparql sparql, List<SaidRow> rows) {
    Map<String, String> sentences = new HashMap<>();
    List<SaidRow> withOffsets = rows.stream()
        .filter(r -> r.begin() != null && r.end() != null && r.article() != null).toList();
    for (int from = 0; from < withOffsets.size(); ) {
      Set<String> articles = new LinkedHashSet<>();
      int to = from;
      while (to < withOffsets.size()
          && (articles.size() < ARTICLES_PER_QUERY
              || articles.contains(withOffsets.get(to).article()))) {
        articles.add(withOffsets.get(to).article());
        to++;
      }
      Map<String, String> bodies = bodies(sparql, articles);
      for (SaidRow r : withOffsets.subList(from, to)) {
        String body = bodies.get(r.article());
        if (body != null) {
          sentences.put(r.statement(), around(body, r.begin(), r.end()));
        }
      }
      from = to;
    }
    return sentences;
  }

  private static Map<String, String> bodies(Sparql sparql, Set<String> articles) {
    Var article = Var.alloc("article");
    Var body = Var.alloc("body");
    ElementData values = new ElementData();
    values.add(article);
    articles.forEach(a -> values.add(BindingFactory.binding(article, NodeFactory.createURI(a))));
    ElementTriplesBlock pattern = new ElementTriplesBlock();
    pattern.addTriple(Triple.create(article, NKG.body.asNode(), body));
    ElementGroup group = new ElementGroup();
    group.addElement(values);
    group.addElement(pattern);
    Query q = QueryFactory.create();
    q.setQuerySelectType();
    q.addResultVar(article);
    q.addResultVar(body);
    q.setQueryPattern(group);
    Map<String, String> out = new HashMap<>();
    sparql.select(q, s -> out.put(s.getResource("article").getURI(),
        s.getLiteral("body").getLexicalForm()));
    return out;
  }

  /** The sentence of {@code text} that holds {@code [begin, end)}, within its paragraph. */
  static String around(String text, int begin, int end) {
    begin = Math.max(0, Math.min(begin, text.length()));
    end = Math.max(begin, Math.min(end, text.length()));
    int paragraphStart = text.lastIndexOf('\n', Math.max(0, begin - 1)) + 1;
    if (begin == 0) {
      paragraphStart = 0;
    }
    int paragraphEnd = text.indexOf('\n', end);
    if (paragraphEnd < 0) {
      paragraphEnd = text.length();
    }
    int start = paragraphStart;
    for (int i = begin - 1; i > paragraphStart; i--) {
      if (Character.isWhitespace(text.charAt(i)) && endsSentence(text, paragraphStart, i)) {
        start = i + 1;
        break;
      }
    }
    int stop = paragraphEnd;
    for (int i = end; i < paragraphEnd; i++) {
      if (Character.isWhitespace(text.charAt(i)) && endsSentence(text, paragraphStart, i)) {
        stop = i;
        break;
      }
    }
    return text.substring(start, stop).strip();
  }

  /** Whether the text just before the space at {@code space} ends a sentence. */
  private static boolean endsSentence(String text, int from, int space) {
    int i = space - 1;
    while (i >= from && "\"'”’»)".indexOf(text.charAt(i)) >= 0) {
      i--;
    }
    if (i < from || ".!?".indexOf(text.charAt(i)) < 0) {
      return false;
    }
    if (text.charAt(i) != '.') {
      return true;
    }
    int wordStart = i;
    while (wordStart > from && !Character.isWhitespace(text.charAt(wordStart - 1))) {
      wordStart--;
    }
    String word = text.substring(wordStart, i).replaceFirst("^[^\\p{L}]+", "");
    return !ABBREVIATION.matcher(word).matches();
  }
}
