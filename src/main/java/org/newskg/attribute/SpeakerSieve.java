package org.newskg.attribute;

import java.util.List;

/**
 * One attribution rule: proposes speakers for a quote, each with the evidence that found it.
 * Sieves are pure; {@link SieveAttributor#SIEVES} lists them once, in the order of preference
 * used when no ranker model decides.
 */
public interface SpeakerSieve {
  List<SpeakerCandidate> propose(QuoteContext context);
}
