package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ProgressBarTest {
  /** Half the articles but a tenth of the text done: nine tenths of the time are still ahead. */
  @Test
  void theTimeLeftGoesByCharactersNotArticles() throws InterruptedException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ProgressBar bar = new ProgressBar(new java.io.PrintWriter(
        new java.io.OutputStreamWriter(bytes, StandardCharsets.UTF_8), true),
        false);
    bar.started(2, 10_000);
    Thread.sleep(2_000);
    bar.progress(1, 2, 500, 1_000, 10_000);
    String out = bytes.toString(StandardCharsets.UTF_8);
    Matcher eta = Pattern.compile("ETA (\\d+)m(\\d+)s").matcher(out);
    assertTrue(eta.find(), out);
    long seconds = Long.parseLong(eta.group(1)) * 60 + Long.parseLong(eta.group(2));
    // by articles it would say about 2 s; by characters, about 18 s
    assertTrue(seconds >= 15 && seconds <= 40, out);
  }
}
