package org.newskg.extract;

/**
 * What CoreNLP's quote attributor said about a quote.
 *
 * @param mention   the speaker mention it chose near the quote ("she", "Mr. Lavrov"), or null
 * @param canonical the canonical entity mention it resolved that to ("Sergey V. Lavrov"), or null
 * @param sieve     which of its sieves decided, for diagnostics
 */
public record CoreNlpSpeaker(Span mention, Span canonical, String sieve) {}
