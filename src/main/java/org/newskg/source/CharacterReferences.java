package org.newskg.source;

import org.jsoup.parser.Parser;

/**
 * HTML character references in plain text ("&amp;", "&#233;", "&eacute;"), as feeds and
 * archives leave them, decoded to the characters they stand for when an article is read, so
 * that names, quotes and offsets are those a reader sees.
 */
final class CharacterReferences {
  private CharacterReferences() {}

  static String decode(String text) {
    if (text == null || text.indexOf('&') < 0) {
      return text;
    }
    return Parser.unescapeEntities(text, false);
  }
}
