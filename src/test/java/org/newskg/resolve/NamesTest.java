package org.newskg.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Keys of names, which become IRIs: they must keep every letter a reader sees. */
class NamesTest {
  @Test
  void lettersWithoutADecompositionAreTransliteratedNotDropped() {
    assertEquals("jonas-gahr-store", Names.slug("Jonas Gahr Støre"));
    assertEquals("aero", Names.slug("Ærø"));
    assertEquals("strasse", Names.slug("Straße"));
    assertEquals("lodz", Names.slug("Łódź"));
    assertEquals("dordevic", Names.slug("Đorđević"));
    assertEquals("thorunn", Names.slug("Þórunn"));
    assertEquals("oeuvre", Names.slug("Œuvre"));
  }

  @Test
  void accentsFoldAndPunctuationGoes() {
    assertEquals("jose-alvarez", Names.slug("José Álvarez"));
    assertEquals("recep-tayyip-erdogan", Names.slug("Recep Tayyip Erdoğan"));
    assertEquals("cc-wei", Names.slug("C.C. Wei"));
    assertEquals("oneill", Names.slug("O’Neill"));
  }

  @Test
  void pureAsciiNamesKeepTheKeysTheyHad() {
    // IRIs already in stores must not move: these are the keys before transliteration
    assertEquals("donald-j-trump", Names.slug("Donald J. Trump"));
    assertEquals("european-union", Names.slug("the European Union".substring(4)));
    assertEquals("hung-wei", Names.slug("Hung-wei"));
    assertEquals("g7", Names.slug("G7"));
  }

  @Test
  void aNameWithNoLatinLetterHasAPlaceholderKey() {
    assertEquals("unnamed", Names.slug("Путин"));
  }
}
