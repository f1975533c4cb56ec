/**
 * Reading articles. Takes files and directories (.txt, .jsonl, .html, .warc[.gz]) and the
 * defaults the command line gives; gives {@link org.newskg.source.Article} records (text,
 * headline, publisher, publication time, identity) to an {@link org.newskg.source.ArticleSink},
 * and a named problem for each input it cannot read. No NLP here.
 */
package org.newskg.source;
