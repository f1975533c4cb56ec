/**
 * Who the article names. Takes an {@code extract.AnnotatedArticle}; gives its
 * {@link org.newskg.resolve.ArticleEntities}: one {@link org.newskg.resolve.Actor} per person,
 * organization or country (mentions clustered by name, surname, alias and coreference, pronouns
 * linked), their roles, and the country table and actor codes the later stages look names up in.
 * Identity inside one article only; across articles it is decided when the article is stored.
 */
package org.newskg.resolve;
