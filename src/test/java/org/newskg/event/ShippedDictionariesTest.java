package org.newskg.event;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The shipped dictionaries are the conversion of ../shared/eventdata (skips without it). */
class ShippedDictionariesTest {
  private static final Path SHARED = Path.of("../shared/eventdata");
  private static final Path SHIPPED = Path.of("src/main/resources");

  @Test
  void verbDictionaryIsTheConversionOfCameo20() throws Exception {
    assumeTrue(Files.isDirectory(SHARED), "no ../shared/eventdata");
    if (Boolean.getBoolean("newskg.regenerate")) {
      EventDictionaryConverter.main(new String[] {SHARED.toString(), SHIPPED.toString()});
    }
    String expected = EventDictionaryConverter.convertVerbs(SHARED.resolve("CAMEO.2.0.txt"));
    assertEquals(expected, Files.readString(SHIPPED.resolve("event/cameo-verbs.txt"),
        StandardCharsets.UTF_8), "run with -Dnewskg.regenerate=true to convert again");
  }

  @Test
  void actorAndAgentDictionariesAreTheConversionOfPhoenix() throws Exception {
    assumeTrue(Files.isDirectory(SHARED), "no ../shared/eventdata");
    if (Boolean.getBoolean("newskg.regenerate")) {
      EventDictionaryConverter.main(new String[] {SHARED.toString(), SHIPPED.toString()});
    }
    assertArrayEquals(EventDictionaryConverter.gzip(EventDictionaryConverter.convertActors(
        SHARED)), Files.readAllBytes(SHIPPED.resolve("resolve/actors.txt.gz")),
        "run with -Dnewskg.regenerate=true to convert again");
    assertEquals(EventDictionaryConverter.convertAgents(SHARED), Files.readString(
        SHIPPED.resolve("resolve/agents.txt"), StandardCharsets.UTF_8));
  }
}
