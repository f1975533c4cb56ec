package org.newskg.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.common.base.CharMatcher;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The shared dev corpus and the BBC set, when they are beside the project (../shared). */
class CorpusFilesTest {
  private static final Path CORPUS = Path.of("../shared/corpus/000_147d5141c8258bf8.txt");
  private static final Path BBC = Path.of("../shared/bbc");

  @Test
  void devCorpusFileHasSixArticles() {
    assumeTrue(Files.isRegularFile(CORPUS), "../shared/corpus is absent");
    RecordingSink sink = new RecordingSink();
    new TxtArticleReader().read(CORPUS, ArticleDefaults.NONE, sink);

    assertEquals(List.of(), sink.problems);
    assertEquals(6, sink.articles.size(), () -> sink.headlines().toString());
    assertEquals(Arrays.asList(
        "Europe Races to Craft a Trump-Era Plan for Ukraine and Defense",
        "When Every Funeral Is the Most Important", null, null, null, null), sink.headlines());
    List<String> lines = Stream.of(9, 92, 161, 195, 273, 343).map(n -> CORPUS + ":" + n).toList();
    assertEquals(lines, sink.origins());
    // paragraphs per article: every non-blank body line, nothing of the notices
    assertEquals(List.of(34, 29, 16, 33, 30, 29),
        sink.articles.stream().map(a -> a.text().split("\n").length).toList());
    // topics, by a word or two each (the text itself stays in ../shared)
    String[][] topics = {{"Ukraine", "defense"}, {"funeral", "band"}, {"TSMC", "Taiwan"},
        {"tariffs", "Mexico"}, {"cease-fire", "Gaza"}, {"missile", "hotel"}};
    for (int i = 0; i < 6; i++) {
      Article a = sink.articles.get(i);
      for (String word : topics[i]) {
        assertTrue(a.text().contains(word), i + ": " + word);
      }
      assertEquals("The New York Times", a.publisher());
      assertEquals("2025-03-07T12:11:58", a.published());
      for (String notice : List.of("contributed reporting", "Enjoy unlimited access",
          "Learn more", "granted access", "Welcome Offer", "original price",
          "Want to stay updated", "Listen to this article")) {
        assertFalse(a.text().contains(notice), i + ": " + notice);
      }
    }
    // the bulleted list and its lead-in stay in the Gaza article
    String gaza = sink.articles.get(4).text();
    assertEquals(3, gaza.lines().filter(l -> l.startsWith("• ")).count());
    assertTrue(gaza.lines().anyMatch(l -> l.endsWith(":")));
  }

  @Test
  void bbcFilesAreOneArticleEachWithTheFirstLineAsHeadline() throws IOException {
    assumeTrue(Files.isDirectory(BBC), "../shared/bbc is absent");
    List<Path> files = new ArrayList<>();
    try (Stream<Path> s = Files.walk(BBC)) {
      s.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(files::add);
    }
    assertTrue(files.size() > 300, "only " + files.size() + " BBC files");
    TxtArticleReader reader = new TxtArticleReader();
    for (Path f : files) {
      RecordingSink sink = new RecordingSink();
      reader.read(f, ArticleDefaults.NONE, sink);
      assertEquals(List.of(), sink.problems, f::toString);
      assertEquals(1, sink.articles.size(), f::toString);
      List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8).stream()
          .map(CharMatcher.whitespace()::trimFrom).filter(l -> !l.isEmpty()).toList();
      Article a = sink.articles.get(0);
      // character references ("communiqu&#233;") are read as the characters they stand for
      assertEquals(CharacterReferences.decode(lines.get(0)), a.headline(), f::toString);
      assertEquals(CharacterReferences.decode(String.join("\n", lines.subList(1, lines.size()))),
          a.text(), f::toString);
    }
  }
}
