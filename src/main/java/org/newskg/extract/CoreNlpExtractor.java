package org.newskg.extract;

import edu.stanford.nlp.coref.CorefCoreAnnotations;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.QuoteAttributionAnnotator;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newskg.source.Article;

/**
 * Runs CoreNLP over one article and copies what later stages need into plain records.
 * One instance per thread (it owns a quote annotator, which is not thread-safe).
 */
final class CoreNlpExtractor implements Extractor {
  private static final String QUOTE_MARKS = "\"“”„‟«»'‘’‚‛`";

  private final Annotator shared;
  private final Annotator quotes;

  CoreNlpExtractor(Annotator shared, Annotator quotes) {
    this.shared = shared;
    this.quotes = quotes;
  }

  @Override
  public AnnotatedArticle extract(Article article) {
    // CoreNLP reads a copy with the quote marks normalized; offsets are the original's
    QuoteMarks marks = QuoteMarks.prepare(article.text());
    Annotation doc = new Annotation(marks.text());
    if (article.publishedDate() != null) {
      // SUTime resolves "on Thursday" and "last month" against the document date.
      doc.set(CoreAnnotations.DocDateAnnotation.class, article.publishedDate());
    }
    shared.annotate(doc);
    // the quote annotator never polls for interrupts: an article past its time budget stops
    // here rather than after it
    if (Thread.currentThread().isInterrupted()) {
      throw new edu.stanford.nlp.util.RuntimeInterruptedException();
    }
    quotes.annotate(doc);
    return convert(article, doc, marks.orphans());
  }

  /** NER's types for expressions of time, the only mentions whose timex makes them times. */
  private static final Set<String> TEMPORAL_TYPES = Set.of("DATE", "TIME",
      "DURATION", "SET");

  private static AnnotatedArticle convert(Article article, Annotation doc, List<Span> orphans) {
    String text = article.text();
    List<CoreLabel> docTokens = doc.get(CoreAnnotations.TokensAnnotation.class);
    List<Sentence> sentences = Paragraphs.number(text, sentences(doc));
    List<CorefChain> chains = chains(doc, sentences, text);
    List<EntityMention> entities = new ArrayList<>();
    List<TimeExpression> times = new ArrayList<>();
    List<CoreMap> mentions = doc.get(CoreAnnotations.MentionsAnnotation.class);
    if (mentions != null) {
      for (CoreMap m : mentions) {
        Span span = span(text, m);
        if (span == null) {
          continue;
        }
        String type = m.get(CoreAnnotations.EntityTypeAnnotation.class);
        int sentence = m.get(CoreAnnotations.SentenceIndexAnnotation.class);
        Timex timex = m.get(TimeAnnotations.TimexAnnotation.class);
        // "Theresa May": SUTime can leave a month's timex on a name NER tagged a person
        if (timex != null && (type == null || TEMPORAL_TYPES.contains(type))) {
          times.add(new TimeExpression(span, sentence, timex.timexType(), timex.value()));
        } else if (type != null) {
          entities.add(new EntityMention(span, type, sentence, chainCovering(chains, span)));
        }
      }
    }
    List<Quote> quoteList = new ArrayList<>();
    List<CoreMap> quoteMaps = doc.get(CoreAnnotations.QuotationsAnnotation.class);
    if (quoteMaps != null) {
      for (CoreMap q : quoteMaps) {
        Quote quote = quote(quoteList.size(), q, text, docTokens);
        if (quote != null) {
          quoteList.add(quote);
        }
      }
    }
    if (!orphans.isEmpty()) {
      quoteList = withOrphans(quoteList, orphans, sentences, text);
    }
    quoteList = JoinedQuotes.split(text, sentences,
        MixedQuotes.repair(text, sentences, quoteList));
    return new AnnotatedArticle(article, sentences, entities, chains, quoteList, times);
  }

  /** The unclosed quotations added in text order, every quote renumbered. */
  private static List<Quote> withOrphans(List<Quote> quotes, List<Span> orphans,
                                         List<Sentence> sentences, String text) {
    List<Quote> all = new ArrayList<>(quotes);
    for (Span orphan : orphans) {
      int innerBegin = orphan.begin();
      while (innerBegin < orphan.end() && (QUOTE_MARKS.indexOf(text.charAt(innerBegin)) >= 0
          || Character.isWhitespace(text.charAt(innerBegin)))) {
        innerBegin++;
      }
      if (innerBegin >= orphan.end()) {
        continue;
      }
      Span inner = new Span(innerBegin, orphan.end(), text.substring(innerBegin, orphan.end()));
      all.add(new Quote(-1, orphan, inner, JoinedQuotes.sentenceIndex(sentences, orphan.begin()),
          JoinedQuotes.sentenceIndex(sentences, orphan.end() - 1), null));
    }
    all.sort(java.util.Comparator.comparingInt(q -> q.outer().begin()));
    List<Quote> out = new ArrayList<>(all.size());
    for (Quote q : all) {
      out.add(new Quote(out.size(), q.outer(), q.inner(), q.sentenceFrom(), q.sentenceTo(),
          q.corenlpSpeaker()));
    }
    return out;
  }

  /** The sentences, their paragraphs not yet numbered ({@link Paragraphs#number}). */
  private static List<Sentence> sentences(Annotation doc) {
    List<Sentence> out = new ArrayList<>();
    for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
      List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
      int n = labels.size();
      int[] heads = new int[n];
      String[] rels = new String[n];
      Arrays.fill(heads, -1);
      Arrays.fill(rels, "dep");
      SemanticGraph deps = s.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
      if (deps != null) {
        for (IndexedWord root : deps.getRoots()) {
          rels[root.index() - 1] = "root";
        }
        for (SemanticGraphEdge e : deps.edgeIterable()) {
          int dependent = e.getDependent().index() - 1;
          heads[dependent] = e.getGovernor().index() - 1;
          rels[dependent] = e.getRelation().toString();
        }
      }
      List<Token> tokens = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        CoreLabel t = labels.get(i);
        tokens.add(new Token(i, t.beginPosition(), t.endPosition(), t.word(), t.lemma(), t.tag(),
            t.ner() == null ? "O" : t.ner(), heads[i], rels[i]));
      }
      int begin = s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
      int end = s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
      out.add(new Sentence(out.size(), begin, end, -1, tokens));
    }
    return out;
  }

  private static List<CorefChain> chains(Annotation doc, List<Sentence> sentences, String text) {
    Map<Integer, edu.stanford.nlp.coref.data.CorefChain> corenlp =
        doc.get(CorefCoreAnnotations.CorefChainAnnotation.class);
    List<CorefChain> out = new ArrayList<>();
    if (corenlp == null) {
      return out;
    }
    for (edu.stanford.nlp.coref.data.CorefChain chain : corenlp.values()) {
      List<CorefMention> mentions = new ArrayList<>();
      CorefMention representative = null;
      edu.stanford.nlp.coref.data.CorefChain.CorefMention rep = chain.getRepresentativeMention();
      for (edu.stanford.nlp.coref.data.CorefChain.CorefMention m : chain.getMentionsInTextualOrder()) {
        Sentence s = sentences.get(m.sentNum - 1);
        List<Token> tokens = s.tokens();
        int begin = tokens.get(m.startIndex - 1).begin();
        int end = tokens.get(m.endIndex - 2).end();
        Token head = tokens.get(m.headIndex - 1);
        CorefMention mention = new CorefMention(new Span(begin, end, text.substring(begin, end)),
            head.span(), s.index(), m.mentionType.name(), m.gender.name(), m.number.name(),
            m.animacy.name());
        mentions.add(mention);
        if (m == rep) {
          representative = mention;
        }
      }
      if (representative == null) {
        representative = mentions.get(0);
      }
      out.add(new CorefChain(chain.getChainID(), representative, mentions));
    }
    return out;
  }

  private static int chainCovering(List<CorefChain> chains, Span span) {
    for (CorefChain c : chains) {
      for (CorefMention m : c.mentions()) {
        if (m.span().contains(span)) {
          return c.id();
        }
      }
    }
    return -1;
  }

  private static Quote quote(int index, CoreMap q, String text, List<CoreLabel> docTokens) {
    Span outer = span(text, q);
    if (outer == null) {
      return null;
    }
    int innerBegin = outer.begin();
    int innerEnd = outer.end();
    while (innerBegin < innerEnd && QUOTE_MARKS.indexOf(text.charAt(innerBegin)) >= 0) {
      innerBegin++;
    }
    while (innerEnd > innerBegin && QUOTE_MARKS.indexOf(text.charAt(innerEnd - 1)) >= 0) {
      innerEnd--;
    }
    // Unclosed quotes can run to the end of the paragraph and beyond; keep whitespace out.
    while (innerEnd > innerBegin && Character.isWhitespace(text.charAt(innerEnd - 1))) {
      innerEnd--;
    }
    if (innerEnd <= innerBegin) {
      return null;
    }
    Span inner = new Span(innerBegin, innerEnd, text.substring(innerBegin, innerEnd));
    Integer from = q.get(CoreAnnotations.SentenceBeginAnnotation.class);
    Integer to = q.get(CoreAnnotations.SentenceEndAnnotation.class);
    Span mention = tokenSpan(text, docTokens,
        q.get(QuoteAttributionAnnotator.MentionBeginAnnotation.class),
        q.get(QuoteAttributionAnnotator.MentionEndAnnotation.class));
    Span canonical = tokenSpan(text, docTokens,
        q.get(QuoteAttributionAnnotator.CanonicalMentionBeginAnnotation.class),
        q.get(QuoteAttributionAnnotator.CanonicalMentionEndAnnotation.class));
    CoreNlpSpeaker speaker = mention == null && canonical == null ? null
        : new CoreNlpSpeaker(mention, canonical,
            q.get(QuoteAttributionAnnotator.MentionSieveAnnotation.class));
    return new Quote(index, outer, inner, from == null ? -1 : from, to == null ? -1 : to, speaker);
  }

  /** Span of document tokens [first, last] (inclusive token indices, as CoreNLP gives them). */
  private static Span tokenSpan(String text, List<CoreLabel> tokens, Integer first, Integer last) {
    if (first == null || last == null || first < 0 || last >= tokens.size() || last < first) {
      return null;
    }
    int begin = tokens.get(first).beginPosition();
    int end = tokens.get(last).endPosition();
    return end > begin ? new Span(begin, end, text.substring(begin, end)) : null;
  }

  private static Span span(String text, CoreMap m) {
    Integer begin = m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
    Integer end = m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
    if (begin == null || end == null || begin < 0 || end > text.length() || end <= begin) {
      return null;
    }
    return new Span(begin, end, text.substring(begin, end));
  }
}
