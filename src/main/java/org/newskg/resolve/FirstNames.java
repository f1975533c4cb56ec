package org.newskg.resolve;

import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * First names and the gender they usually go with: the list CoreNLP's coreference uses
 * ({@code namegender.combine.txt} in its models jar, 14,600 names), read rather than retyped.
 */
public final class FirstNames {
  private static final String RESOURCE = "/edu/stanford/nlp/models/dcoref/namegender.combine.txt";

  private final ImmutableMap<String, Actor.Gender> genders;

  private FirstNames(ImmutableMap<String, Actor.Gender> genders) {
    this.genders = genders;
  }

  /** The list from the CoreNLP models jar on the classpath. */
  public static FirstNames load() {
    try (InputStream in = FirstNames.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " missing: is the CoreNLP models jar on the "
            + "classpath?");
      }
      Map<String, Actor.Gender> genders = new HashMap<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String[] parts = line.strip().split("\t");
        if (parts.length == 2 && (parts[1].equals("MALE") || parts[1].equals("FEMALE"))) {
          genders.put(parts[0].toLowerCase(Locale.ROOT), Actor.Gender.valueOf(parts[1]));
        }
      }
      return new FirstNames(ImmutableMap.copyOf(genders));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  /** MALE or FEMALE when the list knows {@code firstName}, else UNKNOWN. */
  public Actor.Gender genderOf(String firstName) {
    return genders.getOrDefault(firstName.toLowerCase(Locale.ROOT), Actor.Gender.UNKNOWN);
  }
}
