package org.newskg.extract;

/**
 * A named-entity mention found by NER.
 *
 * @param type        coarse NER type: PERSON, ORGANIZATION, LOCATION, COUNTRY, NATIONALITY,
 *                    CITY, STATE_OR_PROVINCE, MISC…
 * @param sentence    index of its sentence
 * @param corefChain  id of the coreference chain it belongs to, or -1
 */
public record EntityMention(Span span, String type, int sentence, int corefChain) {}
