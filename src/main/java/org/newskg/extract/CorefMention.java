package org.newskg.extract;

/**
 * A mention inside a coreference chain.
 *
 * @param head    the mention's head word ("minister" in "the foreign minister of Norway")
 * @param kind    PROPER, NOMINAL, PRONOMINAL or LIST
 * @param gender  MALE, FEMALE, NEUTRAL or UNKNOWN
 * @param number  SINGULAR, PLURAL or UNKNOWN
 * @param animacy ANIMATE, INANIMATE or UNKNOWN
 */
public record CorefMention(Span span, Span head, int sentence, String kind, String gender, String number,
                           String animacy) {}
