package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.newskg.source.ArticleSources;

class IngestSummaryTest {
  @Test
  void skippedLineNamesWhatWasSkipped() {
    assertEquals("", IngestCommand.skippedLine(new ArticleSources.Summary(3, 3, 0, 0)));
    // files of other types are a warning of their own ("skipped 2 files of unsupported types")
    assertEquals("skipped: 1,204 WARC records that are not HTML pages "
            + "with status 200 or hold no article text, 7 pages not in English",
        IngestCommand.skippedLine(new ArticleSources.Summary(4, 90, 1, 2,
            new java.util.TreeSet<>(java.util.Set.of(".pdf")), 1204, 7)));
    assertEquals("skipped: 1 WARC record that is not an HTML page with status 200 or holds no "
            + "article text, 1 page not in English",
        IngestCommand.skippedLine(new ArticleSources.Summary(1, 0, 0, 0,
            new java.util.TreeSet<>(), 1, 1)));
  }
}
