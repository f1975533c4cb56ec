package org.newskg.attribute;

import java.util.List;

/** Statements found by their words, and who spoke them, for the attribution tests. */
final class StatementLookup {
  private StatementLookup() {}

  /** The first of {@code statements} whose words contain {@code words}; fails the test if none. */
  static Statement containing(List<Statement> statements, String words) {
    return statements.stream().filter(s -> s.quote().inner().text().contains(words)).findFirst()
        .orElseThrow(() -> new AssertionError("no statement with '" + words + "' in "
            + statements.stream().map(s -> s.quote().inner().text()).toList()));
  }

  /** The speaker's name, else its description. */
  static String speakerOf(Statement s) {
    return s.speaker() != null ? s.speaker().label() : s.speakerDescription();
  }
}
