/**
 * What happened. Takes an article's analysis, its actors and its attributed statements; gives its
 * {@link org.newskg.event.Event}s (CAMEO type, trigger, actor, target, date, place, actor codes,
 * and the statements about each) and the {@link org.newskg.event.AttributedArticle} that carries
 * all of it to the RDF mapping.
 */
package org.newskg.event;
