package org.newskg.extract;

/**
 * A quotation found in the body.
 *
 * @param outer        span including the quotation marks
 * @param inner        span of the quoted words without the marks (what a Statement's text is)
 * @param sentenceFrom index of the first sentence the quote touches
 * @param sentenceTo   index of the last sentence the quote touches
 * @param corenlpSpeaker CoreNLP's own attribution, one signal among others; null when it had none
 */
public record Quote(int index, Span outer, Span inner, int sentenceFrom, int sentenceTo,
                    CoreNlpSpeaker corenlpSpeaker) {}
