package org.newskg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.util.FmtUtils;
import org.junit.jupiter.api.Test;
import org.newskg.rdf.NameKeys;

/**
 * The canned queries turn a typed name into a search key in SPARQL; newskg writes the keys of
 * every name in Java ({@link NameKeys}). Each key expression of {@code queries/} is run here by
 * Jena on names as a user types them: the key it gives must be one newskg writes for that name,
 * and the expressions that fold dots must give exactly {@link NameKeys#keyOf}.
 */
class NameKeyExpressionTest {
  /** {@code BIND (<expression over LCASE(?x)> AS ?somethingKey)}, across line breaks. */
  private static final Pattern KEY_BIND = Pattern.compile(
      "BIND \\((REPLACE\\(.*?LCASE\\(\\?(\\w+)\\).*?) AS \\?(\\w+Key)\\)", Pattern.DOTALL);
  private static final List<String> NAMES = List.of("George W. Bush", "U.S.", "Donald Trump",
      "  Jonas   Gahr Støre ", "Bank of England", "O'Neill", "C.C. Wei", "Ursula von der Leyen",
      "Dr. Ana\tMaria Ruiz", "J.P. Morgan", "trump");

  private record KeyExpression(String file, String variable, String key, String expression) {}

  private static List<KeyExpression> expressions() throws IOException {
    List<KeyExpression> out = new ArrayList<>();
    List<Path> files;
    try (Stream<Path> list = Files.list(Path.of("queries"))) {
      files = list.filter(p -> p.toString().endsWith(".rq")).sorted().toList();
    }
    for (Path f : files) {
      Matcher m = KEY_BIND.matcher(Files.readString(f));
      while (m.find()) {
        out.add(new KeyExpression(f.getFileName().toString(), m.group(2), m.group(3),
            m.group(1)));
      }
    }
    return out;
  }

  private static String evaluate(KeyExpression e, String typed) {
    String query = "SELECT (" + e.expression() + " AS ?key) WHERE { VALUES ?" + e.variable()
        + " { " + FmtUtils.stringForString(typed) + " } }";
    try (QueryExecution q = QueryExecution.create(query, ModelFactory.createDefaultModel())) {
      QuerySolution s = q.execSelect().next();
      return s.getLiteral("key").getString();
    }
  }

  @Test
  void everyKeyExpressionGivesAKeyNewskgWrites() throws IOException {
    List<KeyExpression> all = expressions();
    assertFalse(all.isEmpty(), "no key expression found in queries/");
    for (KeyExpression e : all) {
      for (String name : NAMES) {
        String key = evaluate(e, name);
        assertTrue(NameKeys.of(name.strip()).contains(key),
            e.file() + " ?" + e.key() + " gives \"" + key + "\" for \"" + name
                + "\", not among " + NameKeys.of(name.strip()));
      }
    }
  }

  @Test
  void theDotFoldingExpressionsAreNameKeysKeyOf() throws IOException {
    int folding = 0;
    for (KeyExpression e : expressions()) {
      if (!e.expression().contains("\\\\.")) {
        continue; // a key that keeps the dots as typed ("u.s."), also a key newskg writes
      }
      folding++;
      for (String name : NAMES) {
        assertEquals(NameKeys.keyOf(name), evaluate(e, name), e.file() + " ?" + e.key());
      }
    }
    assertTrue(folding >= 5, "dot-folding key expressions found: " + folding);
  }
}
