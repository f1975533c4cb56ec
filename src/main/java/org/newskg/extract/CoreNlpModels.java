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
  public static final String SHARED_ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,depparse";

  private final Properties properties;
  private final StanfordCoreNLP shared;

  /** The news pipeline, without coreference (see {@link #newsProperties(boolean)}). */
  public CoreNlpModels() {
    this(false);
  }

  /** The news pipeline, with CoreNLP's coreference when {@code coreference}. */
  public CoreNlpModels(boolean coreference) {
    this(newsProperties(coreference));
  }

  public CoreNlpModels(Properties properties) {
    this.properties = properties;
    this.shared = new StanfordCoreNLP(properties);
  }

  /**
   * The pipeline settings newskg uses for news text, each chosen for a measured reason.
   *
   * @param coreference also run CoreNLP's statistical coreference and its quote attributor.
   *     Off by default: with our own pronoun rules ({@code resolve.PronounLinker},
   *     {@code resolve.Antecedents}) it changes nothing on the dev set (speaker 0.959, about
   *     precision 0.97 and recall 0.762, event recall 0.836 and CAMEO type 0.913 either way)
   *     while adding a quarter to the annotation time (dev corpus: 22.1 against 17.6
   *     thread-seconds); it links descriptions ("the Mexican president") that the pronoun rules
   *     leave alone.
   */
  public static Properties newsProperties(boolean coreference) {
    Properties p = new Properties();
    p.setProperty("annotators", SHARED_ANNOTATORS + (coreference ? ",coref" : ""));
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
    // on news for our needs, and no slower (measured 208-223 vs 205-209 tok/s).
    p.setProperty("coref.algorithm", "statistical");
    // It compares mention pairs up to 50 sentences apart (500 with a string match) by default:
    // two thirds of the annotation time on the dev corpus (40.6 of 60.5 s). 10 and 50 keep the
    // dev-set figures.
    p.setProperty("coref.maxMentionDistance", "10");
    p.setProperty("coref.maxMentionDistanceWithStringMatch", "50");
    // CoreNLP's quote attributor needs coreference; our attribution never needed its answer on
    // the dev set (no statement decided by it), so it runs only with coreference.
    p.setProperty("quote.attributeQuotes", Boolean.toString(coreference));
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
