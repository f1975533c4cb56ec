package org.newskg.data;

import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Word lists kept as data: one entry per line on the classpath, '#' starts a comment line. */
public final class WordList {
  private WordList() {}

  /** The entries of {@code resource}, lower-cased. */
  public static ImmutableSet<String> load(String resource) {
    try (InputStream in = WordList.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " missing from the classpath");
      }
      ImmutableSet.Builder<String> words = ImmutableSet.builder();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String w = line.strip();
        if (!w.isEmpty() && !w.startsWith("#")) {
          words.add(w.toLowerCase(Locale.ROOT));
        }
      }
      return words.build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
