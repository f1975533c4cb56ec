/**
 * Analysis of one article by Stanford CoreNLP. Takes a {@code source.Article}; gives an
 * {@link org.newskg.extract.AnnotatedArticle}: sentences and tokens, named-entity mentions,
 * coreference chains, quotes and time expressions, as plain records (nothing of CoreNLP leaks
 * past this package). {@link org.newskg.extract.AnnotationCache} keeps analyses on disk for eval
 * and train.
 */
package org.newskg.extract;
