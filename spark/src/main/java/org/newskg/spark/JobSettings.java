package org.newskg.spark;

import java.io.Serializable;

/**
 * What every executor needs to read and analyze articles as {@code newskg ingest} would, sent
 * with the job's functions.
 *
 * @param base            base of instance IRIs
 * @param coref           run CoreNLP's coreference too
 * @param publisher       publisher for articles whose input gives none, or null
 * @param published       publication date for articles whose input gives none, or null
 * @param maxArticleChars longer articles fail, unanalyzed
 * @param timeoutSeconds  an article whose analysis takes longer fails; 0 for no limit
 */
public record JobSettings(String base, boolean coref, String publisher, String published,
                          int maxArticleChars, long timeoutSeconds) implements Serializable {}
