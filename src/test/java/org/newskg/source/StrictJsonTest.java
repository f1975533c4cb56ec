package org.newskg.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StrictJsonTest {
  @Test
  void parsesAllValueTypes() throws Exception {
    Object v = StrictJson.parse(" {\"s\": \"a\\\"b\\\\c\\/\\t\", \"n\": -1.5e3, \"z\": 0, "
        + "\"t\": true, \"f\": false, \"nul\": null, \"a\": [1, [], {}], \"u\": \"\\u00e9\"} ");
    Map<?, ?> m = (Map<?, ?>) v;
    assertEquals("a\"b\\c/\t", m.get("s"));
    assertEquals(new StrictJson.Num("-1.5e3"), m.get("n"));
    assertEquals(new StrictJson.Num("0"), m.get("z"));
    assertEquals(Boolean.TRUE, m.get("t"));
    assertEquals(Boolean.FALSE, m.get("f"));
    assertTrue(m.containsKey("nul"));
    assertEquals(null, m.get("nul"));
    assertEquals(Arrays.asList(new StrictJson.Num("1"), List.of(), Map.of()), m.get("a"));
    assertEquals("\u00e9", m.get("u"));
    assertEquals(List.of("s", "n", "z", "t", "f", "nul", "a", "u"), List.copyOf(m.keySet()));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "{'text': 'x'}", "{text: \"x\"}", "{\"text\": \"x\"} junk", "{\"text\": \"x\"}{}",
      "{\"text\": \"x\",}", "[1,]", "{\"a\": 01}", "{\"a\": 1.}", "{\"a\": .5}", "{\"a\": +1}",
      "{\"a\": \"tab\there\"}", "{\"a\": \"\\x\"}", "{\"a\": \"\\ud83d\"}", "{\"a\": \"\\ude00\"}",
      "{\"a\": tru}", "{\"a\": NaN}", "{\"a\" 1}", "{\"a\": 1 \"b\": 2}", "{\"a\": \"open",
      "{\"t\": \"x\" # comment\n}", "", "   ", "{\"a\": 1, \"a\": 2}", "{\"a\": \"\\u12\"}"})
  void rejectsWhatJenaWouldLetThrough(String text) {
    StrictJson.SyntaxError e = assertThrows(StrictJson.SyntaxError.class,
        () -> StrictJson.parse(text));
    // in the words of a JSONL user, saying where: not the parser library's advice
    assertTrue(e.getMessage().matches(".* at column \\d+|unexpected end of line"),
        e.getMessage());
    assertTrue(!e.getMessage().contains("JsonReader") && !e.getMessage().contains("Strictness"),
        e.getMessage());
  }

  @Test
  void deepNestingIsAnErrorNotAStackOverflow() {
    String deep = "[".repeat(100_000) + "]".repeat(100_000);
    StrictJson.SyntaxError e = assertThrows(StrictJson.SyntaxError.class,
        () -> StrictJson.parse(deep));
    assertTrue(e.getMessage().startsWith("nested deeper than"), e.getMessage());
  }

  @Test
  void errorsSayWhere() {
    StrictJson.SyntaxError e = assertThrows(StrictJson.SyntaxError.class,
        () -> StrictJson.parse("{\"a\": 1, \"a\": 2}"));
    assertEquals("duplicate key \"a\" at column 10", e.getMessage());
    e = assertThrows(StrictJson.SyntaxError.class, () -> StrictJson.parse("{\"a\": "));
    assertEquals("unexpected end of line", e.getMessage());
  }
}
