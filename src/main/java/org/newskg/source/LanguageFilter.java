package org.newskg.source;

import com.google.common.base.Suppliers;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.function.Supplier;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Whether a page's text is English, with Apache OpenNLP's language detector (its published
 * model of 103 languages, a 10 MB jar). The model loads on the first page, so reading
 * {@code .txt} and {@code .jsonl} never pays for it.
 */
final class LanguageFilter {
  static final String MODEL = "/langdetect-183.bin";
  /** The language code of the model for English (ISO 639-3). */
  static final String ENGLISH = "eng";
  /** Shorter texts are not judged: the model needs a sentence or two to be right. */
  static final int MIN_CHARS = 80;
  /**
   * The detector reads at most this much of a text, four or five sentences: its time grows with
   * the length (README, Reading web pages), and a page is in one language.
   */
  static final int SAMPLE_CHARS = 600;

  private final Supplier<LanguageDetectorModel> model;

  private LanguageFilter(Supplier<LanguageDetectorModel> model) {
    this.model = Suppliers.memoize(model::get);
  }

  /** A filter that keeps English, the model loaded on first use. */
  static LanguageFilter english() {
    return new LanguageFilter(LanguageFilter::load);
  }

  /**
   * The text's language when it is not English (an ISO 639-3 code such as {@code fra}), or
   * null when it is English or too short to judge.
   */
  String notEnglish(String text) {
    if (text.length() < MIN_CHARS) {
      return null;
    }
    CharSequence sample = text.length() > SAMPLE_CHARS ? text.subSequence(0, SAMPLE_CHARS) : text;
    // the detector object is a thin view on the shared model; one per call keeps this
    // thread-safe
    String lang = new LanguageDetectorME(model.get()).predictLanguage(sample).getLang();
    return ENGLISH.equals(lang) ? null : lang;
  }

  private static LanguageDetectorModel load() {
    try (InputStream in = LanguageFilter.class.getResourceAsStream(MODEL)) {
      if (in == null) {
        throw new IllegalStateException(MODEL + " (opennlp-models-langdetect) missing from the "
            + "classpath");
      }
      return new LanguageDetectorModel(new BufferedInputStream(in, 1 << 16));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load the language model " + MODEL, e);
    }
  }
}
