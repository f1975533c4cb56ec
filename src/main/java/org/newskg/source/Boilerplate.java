package org.newskg.source;

import com.google.common.base.CharMatcher;
import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The lines of {@code .txt} input that are not article text (paywall notices, page chrome,
 * bylines, reporting credits). Kept as data in {@code source/boilerplate.txt} so a new site's
 * notices need no code change.
 */
final class Boilerplate {
  static final String RESOURCE = "/source/boilerplate.txt";

  private final ImmutableList<Pattern> patterns;

  private Boilerplate(ImmutableList<Pattern> patterns) {
    this.patterns = patterns;
  }

  /** The patterns shipped in the jar. */
  static Boilerplate load() {
    try (InputStream in = Boilerplate.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " missing from the classpath");
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One regex per line; blank lines and lines starting with # are skipped. */
  static Boilerplate parse(String text, String name) {
    ImmutableList.Builder<Pattern> b = ImmutableList.builder();
    List<String> lines = Splitter.onPattern("\r?\n").splitToList(text);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      try {
        b.add(Pattern.compile(line));
      } catch (PatternSyntaxException e) {
        // a broken pattern is a packaging bug: fail loudly rather than keep paywall text
        throw new IllegalStateException(name + ":" + (i + 1) + ": bad pattern: "
            + e.getDescription(), e);
      }
    }
    return new Boilerplate(b.build());
  }

  /** Whether the whole line (surrounding whitespace ignored) is boilerplate. */
  boolean matches(String line) {
    String t = CharMatcher.whitespace().trimFrom(line);
    for (Pattern p : patterns) {
      if (p.matcher(t).matches()) {
        return true;
      }
    }
    return false;
  }
}
