package org.newskg.extract;

/**
 * A temporal expression normalized by SUTime against the publication date.
 *
 * @param type  DATE, TIME, DURATION or SET
 * @param value TIMEX3 value, e.g. "2025-03-06", "2025-W10", "PRESENT_REF"
 */
public record TimeExpression(Span span, int sentence, String type, String value) {}
