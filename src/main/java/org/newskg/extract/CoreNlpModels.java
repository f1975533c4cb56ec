package org.newskg.extract;

import edu.stanford.nlp.pipeline.QuoteAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.Properties;

/**
 * The CoreNLP models, loaded once per process and shared by the worker threads.
 *
 * <p>Tokenizer, tagger, NER, dependency parser and coreference are thread-safe and hold the big
 * models (gigabytes), so all workers share one instance of them. CoreNLP's quote attributor is
 * not: it keeps per-document state in an instance field, and one instance used by two threads
 * crashes. Each worker therefore gets its own quote annotator from {@link #newExtractor()}.
 * (CoreNLP caches annotators globally by their properties, so building a second
 * {@code StanfordCoreNLP} per thread would silently share the quote annotator again.)
 */
public final class CoreNlpModels {
  /** Annotators shared by all threads. */
  public static final String SHARED_ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,depparse,coref";

  private final Properties properties;
  private final StanfordCoreNLP shared;

  public CoreNlpModels() {
    this(newsProperties());
  }

  public CoreNlpModels(Properties properties) {
    this.properties = properties;
    this.shared = new StanfordCoreNLP(properties);
  }

  /**
   * The pipeline settings newskg uses for news text, each chosen for a measured reason.
   */
  public static Properties newsProperties() {
    Properties p = new Properties();
    p.setProperty("annotators", SHARED_ANNOTATORS);
    // Paragraphs are lines; a sentence never runs across a paragraph (headlines, bylines and
    // bullet points have no final period and would otherwise merge with the next paragraph).
    p.setProperty("ssplit.newlineIsSentenceBreak", "always");
    // Fine-grained NER (CITY vs COUNTRY vs NATIONALITY, TITLE, IDEOLOGY…) costs ~4x the time of
    // plain NER on short news (stack.md: 310 vs 1,250 tokens/s for tokenize..ner) and ~2x the
    // NER time on the dev corpus (newskg bench --profile: 19.1 s vs 9.1 s); our own country
    // table recovers the country distinction for far less.
    p.setProperty("ner.applyFineGrained", "false");
    p.setProperty("ner.buildEntityMentions", "true");
    // Statistical coreference is the depparse-based English default: as accurate as fastneural
    // on news for the quote attributor's needs, and no slower (measured 208-223 vs 205-209 tok/s).
    p.setProperty("coref.algorithm", "statistical");
    // Coreference compares mention pairs up to 50 sentences apart (500 with a string match) by
    // default: two thirds of the annotation time on the dev corpus (40.6 of 60.5 s). 10 and 50
    // keep the dev-set figures (speaker 0.959; about precision 0.941 -> 0.97, recall 0.762;
    // event recall 0.836, QuadClass 0.935, dates 0.947; CAMEO type 0.935 -> 0.913, one event).
    // 3 and 10 cost a tenth of the time but lose events whose actor is a pronoun far from the
    // name (recall 0.764); 1 and 3 also lose about recall (0.738).
    p.setProperty("coref.maxMentionDistance", "10");
    p.setProperty("coref.maxMentionDistanceWithStringMatch", "50");
    // Quote settings (used by the per-thread quote annotator).
    p.setProperty("quote.attributeQuotes", "true");
    // Older archives (BBC) close a quote only at the end of a run of paragraphs.
    p.setProperty("quote.extractUnclosedQuotes", "true");
    return p;
  }

  /** A new extractor for one worker thread: shared models, its own quote annotator. */
  public Extractor newExtractor() {
    return new CoreNlpExtractor(shared, new QuoteAnnotator("quote", properties, false));
  }

  /** Per-annotator time accumulated by the shared pipeline, CoreNLP's own report. */
  public String timingInformation() {
    return shared.timingInformation();
  }
}
