package org.newskg.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newskg.extract.Sentence;
import org.newskg.extract.Token;

class CameoVerbDictionaryTest {
  private static final CameoVerbDictionary SHIPPED = CameoVerbDictionary.load();

  private static Token tok(int i, String word, String lemma, String pos, int head, String rel) {
    return new Token(i, i * 10, i * 10 + word.length(), word, lemma, pos, "O", head, rel);
  }

  private static Optional<String> code(Sentence s, int i) {
    return SHIPPED.read(s, i).map(CameoVerbDictionary.Reading::code);
  }

  @Test
  void theShippedDictionaryHasOver1500Verbs() {
    assertTrue(SHIPPED.size() > 1500, "verbs: " + SHIPPED.size());
  }

  @Test
  void aPatternOnTheObjectAndItsSynonymSetRefinesTheVerbsCode() {
    // Israel extended the truce (&CEASEFIRE holds TRUCE) / Israel extended its deadline
    Sentence truce = new Sentence(0, 0, 40, 0, List.of(
        tok(0, "Israel", "Israel", "NNP", 1, "nsubj"),
        tok(1, "extended", "extend", "VBD", -1, "root"),
        tok(2, "the", "the", "DT", 3, "det"),
        tok(3, "truce", "truce", "NN", 1, "obj")));
    assertEquals(Optional.of("081"), code(truce, 1));
    Sentence deadline = new Sentence(0, 0, 40, 0, List.of(
        tok(0, "Israel", "Israel", "NNP", 1, "nsubj"),
        tok(1, "extended", "extend", "VBD", -1, "root"),
        tok(2, "its", "its", "PRP$", 3, "nmod:poss"),
        tok(3, "deadline", "deadline", "NN", 1, "obj")));
    assertEquals(Optional.empty(), code(deadline, 1), "EXTEND alone is the null code");
  }

  @Test
  void particlesBracedModifiersAndTheVerbsOwnCode() {
    // Police put down the riot [175]; Kenya asked for financial help [0231]; they condemned it
    Sentence riot = new Sentence(0, 0, 40, 0, List.of(
        tok(0, "Police", "police", "NNS", 1, "nsubj"),
        tok(1, "put", "put", "VBD", -1, "root"),
        tok(2, "down", "down", "RP", 1, "compound:prt"),
        tok(3, "the", "the", "DT", 4, "det"),
        tok(4, "riot", "riot", "NN", 1, "obj")));
    assertEquals(Optional.of("175"), code(riot, 1));
    assertEquals(2, SHIPPED.read(riot, 1).orElseThrow().last());
    Sentence help = new Sentence(0, 0, 40, 0, List.of(
        tok(0, "Kenya", "Kenya", "NNP", 1, "nsubj"),
        tok(1, "requested", "request", "VBD", -1, "root"),
        tok(2, "financial", "financial", "JJ", 3, "amod"),
        tok(3, "help", "help", "NN", 1, "obj")));
    assertEquals(Optional.of("0231"), code(help, 1));
    Sentence condemn = new Sentence(0, 0, 40, 0, List.of(
        tok(0, "They", "they", "PRP", 1, "nsubj"),
        tok(1, "condemned", "condemn", "VBD", -1, "root"),
        tok(2, "it", "it", "PRP", 1, "obj")));
    assertEquals(Optional.of("111"), code(condemn, 1));
  }

  @Test
  void readsTheFormatAndSaysWhereALineIsWrong() throws Exception {
    String dict = """
        &TRUCE_
        +TRUCE
        +ARMISTICE
        --- HALT [---] ---
        +CALL_OFF {+CALLED_OFF} [192]
        HALT
        - * &TRUCE (WITH REBELS) [196] # HALT
        - * (IN PROTEST) [---]
        """;
    CameoVerbDictionary d = CameoVerbDictionary.read(new StringReader(dict), "t.txt");
    assertEquals(2, d.size());
    Sentence s = new Sentence(0, 0, 60, 0, List.of(
        tok(0, "They", "they", "PRP", 1, "nsubj"),
        tok(1, "halted", "halt", "VBD", -1, "root"),
        tok(2, "the", "the", "DT", 3, "det"),
        tok(3, "armistice", "armistice", "NN", 1, "obj"),
        tok(4, "with", "with", "IN", 5, "case"),
        tok(5, "rebels", "rebel", "NNS", 3, "nmod")));
    assertEquals("196", d.read(s, 1).orElseThrow().code());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> CameoVerbDictionary.read(new StringReader("--- X [---] ---\nX\n- * Y [999]\n"),
            "bad.txt"));
    assertTrue(e.getMessage().startsWith("bad.txt:3"), e.getMessage());
  }
}
