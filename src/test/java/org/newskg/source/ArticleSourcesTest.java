package org.newskg.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleSourcesTest {
  private final ArticleSources sources = new ArticleSources();

  private static Path write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text);
  }

  @Test
  void walksDirectoriesInSortedOrderAndSkipsOtherFiles(@TempDir Path root) throws IOException {
    write(root.resolve("b.txt"), "Text of b.\n");
    write(root.resolve("a.jsonl"), "{\"text\": \"Text of a.\"}\n");
    write(root.resolve("sub/d.JSONL"), "{\"text\": \"Text of d.\"}\n");
    write(root.resolve("sub/C.TXT"), "Text of c.\n");
    write(root.resolve("sub/deeper/e.txt"), "Text of e.\n");
    write(root.resolve("notes.md"), "# not an article\n");
    write(root.resolve("sub/readme"), "no extension\n");
    write(root.resolve("sub/image.png"), "png\n");
    write(root.resolve(".hidden.txt"), "Hidden text.\n");
    write(root.resolve(".git/objects/x.txt"), "Hidden directory text.\n");

    RecordingSink sink = new RecordingSink();
    ArticleSources.Summary summary = sources.read(List.of(root), ArticleDefaults.NONE, sink);

    assertEquals(List.of("Text of a.", "Text of b.", "Text of c.", "Text of d.", "Text of e."),
        sink.articles.stream().map(Article::text).toList());
    assertEquals(List.of(root.resolve("a.jsonl") + ":1", root.resolve("b.txt") + ":1",
        root.resolve("sub/C.TXT") + ":1", root.resolve("sub/d.JSONL") + ":1",
        root.resolve("sub/deeper/e.txt") + ":1"), sink.origins());
    assertEquals(List.of(), sink.problems);
    assertEquals(new ArticleSources.Summary(5, 5, 0, 3,
        new java.util.TreeSet<>(List.of("", ".md", ".png"))), summary);
    assertEquals("skipped 3 files of unsupported types: (no extension), .md, .png",
        summary.skippedMessage());
  }

  @Test
  void explicitPathsMustExistAndHaveAKnownType(@TempDir Path root) throws IOException {
    Path good = write(root.resolve("good.txt"), "Good text.\n");
    Path md = write(root.resolve("notes.md"), "text\n");
    Path missing = root.resolve("missing.txt");
    Path hidden = write(root.resolve(".named.txt"), "Named explicitly.\n");

    RecordingSink sink = new RecordingSink();
    ArticleSources.Summary summary = sources.read(List.of(missing, md, good, hidden),
        new ArticleDefaults("Press", "2024-01-01"), sink);

    assertEquals(List.of(
        new RecordingSink.Problem(missing.toString(), "no such file or directory"),
        new RecordingSink.Problem(md.toString(), "unsupported file type (expected .txt, .jsonl, .html, .htm, .warc or .warc.gz)")),
        sink.problems);
    // the good file after the bad ones is still read, with the defaults
    assertEquals(List.of(
        new Article(null, null, null, "Press", "2024-01-01", "Good text.", good + ":1"),
        new Article(null, null, null, "Press", "2024-01-01", "Named explicitly.", hidden + ":1")),
        sink.articles);
    assertEquals(new ArticleSources.Summary(2, 2, 2, 0), summary);
  }

  @Test
  void badFilesInADirectoryDoNotStopTheOthers() {
    Path dir = RecordingSink.fixture("multi-article.txt").getParent();
    RecordingSink sink = new RecordingSink();
    ArticleSources.Summary summary = sources.read(List.of(dir), ArticleDefaults.NONE, sink);
    // binary.txt and empty.txt: one problem each; mixed.jsonl: ten bad lines, four articles;
    // multi-article.txt: five articles; single-article.txt: one
    assertEquals(5, summary.files());
    assertEquals(10, summary.articles());
    assertEquals(12, summary.problems());
    assertEquals(sink.articles.size(), summary.articles());
    assertEquals(sink.problems.size(), summary.problems());
    assertEquals(List.of(dir.resolve("binary.txt").toString(), dir.resolve("empty.txt").toString()),
        sink.problems.stream().map(RecordingSink.Problem::origin)
            .filter(o -> !o.contains(".jsonl")).toList());
  }

  @Test
  void unreadableFileIsAProblem(@TempDir Path root) throws IOException {
    Path locked = write(root.resolve("locked.txt"), "Secret.\n");
    Path open = write(root.resolve("open.txt"), "Open.\n");
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    assumeFalse(Files.isReadable(locked), "running with permission to read anything (root)");

    RecordingSink sink = new RecordingSink();
    sources.read(List.of(root), ArticleDefaults.NONE, sink);
    assertEquals(List.of(new RecordingSink.Problem(locked.toString(),
        "cannot read: permission denied")), sink.problems);
    assertEquals(List.of(open + ":1"), sink.origins());
  }

  @Test
  void nullDefaultsAreNone(@TempDir Path root) throws IOException {
    Path f = write(root.resolve("x.txt"), "Body.\n");
    RecordingSink sink = new RecordingSink();
    sources.read(List.of(f), null, sink);
    assertEquals(null, sink.articles.get(0).publisher());
  }

  @Test
  void readersAreRegisteredByFormatAndTheLongestExtensionWins(@TempDir Path root)
      throws IOException {
    ArticleReaders standard = ArticleReaders.standard();
    assertEquals(List.of(ArticleFormat.TXT, ArticleFormat.JSONL, ArticleFormat.HTML,
        ArticleFormat.WARC), standard.formats());
    assertEquals(ArticleFormat.WARC, standard.forFile(Path.of("CC-NEWS-1.WARC.GZ")).orElseThrow()
        .format());
    assertEquals(ArticleFormat.HTML, standard.forFile(Path.of("a.htm")).orElseThrow().format());
    assertEquals(true, standard.forFile(Path.of("a.gz")).isEmpty());
    assertEquals(true, standard.forFile(Path.of(".warc")).isEmpty());

    // a reader for another format, registered beside the standard ones
    ArticleFormat md = new ArticleFormat("Markdown", List.of("md"));
    ArticleReader markdown = new ArticleReader() {
      @Override
      public ArticleFormat format() {
        return md;
      }

      @Override
      public void read(Path file, ArticleDefaults defaults, ArticleSink sink) {
        sink.article(new Article(null, null, null, null, null, "Markdown text.", file + ""));
      }
    };
    write(root.resolve("a.md"), "# A\n");
    write(root.resolve("b.txt"), "Text of b.\n");
    RecordingSink sink = new RecordingSink();
    ArticleSources.Summary summary = new ArticleSources(standard.with(markdown), 1000)
        .read(List.of(root), ArticleDefaults.NONE, sink);
    assertEquals(List.of("Markdown text.", "Text of b."),
        sink.articles.stream().map(Article::text).toList());
    assertEquals(new ArticleSources.Summary(2, 2, 0, 0), summary);
  }
}
