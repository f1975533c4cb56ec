package org.newskg.event;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Converts the PETRARCH2 CAMEO verb dictionary ({@code ../shared/eventdata/CAMEO.2.0.txt}) into
 * the trimmed copy newskg ships ({@code src/main/resources/event/cameo-verbs.txt}): the same
 * format without coders' comments, padding and the verb-verb transformations newskg does not
 * use, under the MIT notice and a line saying where it comes from; likewise the Phoenix actor
 * dictionaries ({@code resolve/actors.txt.gz}) and agents ({@code resolve/agents.txt}). {@link
 * ShippedDictionariesTest} checks the shipped copy is this conversion; to regenerate:
 * {@code mvn -o -q -Dtest=ShippedDictionariesTest -Dnewskg.regenerate=true test}.
 */
final class EventDictionaryConverter {
  static final String SOURCE_NOTE = "# Converted by newskg (EventDictionaryConverter) from "
      + "CAMEO.2.0.txt of the PETRARCH2 coder,\n# github.com/openeventdata/petrarch2 commit "
      + "676801c (2019-03-18): comments, padding and\n# the '~' transformations removed; "
      + "format in its dictionaries.rst.\n#\n";

  private EventDictionaryConverter() {}

  static String convertVerbs(Path cameo) throws IOException {
    List<String> lines = Files.readAllLines(cameo, StandardCharsets.ISO_8859_1);
    StringBuilder out = new StringBuilder(SOURCE_NOTE);
    List<String> license = new ArrayList<>();
    boolean inLicense = false;
    for (String line : lines) {
      if (line.startsWith("# The MIT License")) {
        inLicense = true;
      }
      if (inLicense && !line.startsWith("#")) {
        inLicense = false;
      }
      if (inLicense) {
        license.add(line);
      }
    }
    license.forEach(l -> out.append(l).append('\n'));
    for (String line : lines) {
      int hash = line.indexOf('#');
      String text = (hash < 0 ? line : line.substring(0, hash)).strip();
      if (text.isEmpty() || text.startsWith("~")) {
        continue;
      }
      if (text.startsWith("---")) {
        out.append('\n');
      }
      out.append(text.replaceAll("\\s+", " ")).append('\n');
    }
    return out.toString();
  }

  /**
   * The three Phoenix actor dictionaries in one file, without comments and blank lines, under
   * the licence and a line saying where they come from.
   */
  static String convertActors(Path shared) throws IOException {
    StringBuilder out = new StringBuilder(notice(shared, "Phoenix.Countries.actors.txt, "
        + "Phoenix.International.actors.txt and Phoenix.MilNonState.actors.txt", "comments "
        + "and blank lines removed"));
    for (String f : List.of("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt",
        "Phoenix.MilNonState.actors.txt")) {
      for (String line : Files.readAllLines(shared.resolve(f), StandardCharsets.ISO_8859_1)) {
        int hash = line.indexOf('#');
        String text = (hash < 0 ? line : line.substring(0, hash)).stripTrailing();
        if (!text.isBlank()) {
          out.append(text).append('\n');
        }
      }
    }
    return out.toString();
  }

  /** The agents dictionary without comments and blank lines, under the licence. */
  static String convertAgents(Path shared) throws IOException {
    StringBuilder out = new StringBuilder(notice(shared, "Phoenix.agents.txt",
        "comments and blank lines removed"));
    for (String line : Files.readAllLines(shared.resolve("Phoenix.agents.txt"),
        StandardCharsets.ISO_8859_1)) {
      int hash = line.indexOf('#');
      String text = (hash < 0 ? line : line.substring(0, hash)).strip();
      if (!text.isBlank() && !text.startsWith("<!--")) {
        out.append(text).append('\n');
      }
    }
    return out.toString();
  }

  private static String notice(Path shared, String files, String how) throws IOException {
    StringBuilder out = new StringBuilder("# Converted by newskg (EventDictionaryConverter) from "
        + files + "\n# of the PETRARCH2 coder, github.com/openeventdata/petrarch2 commit 676801c "
        + "(2019-03-18): " + how + ";\n# format in its dictionaries.rst.\n#\n");
    for (String l : Files.readAllLines(shared.resolve("LICENSE"), StandardCharsets.UTF_8)) {
      out.append(l.isEmpty() ? "#" : "# " + l).append('\n');
    }
    return out.toString();
  }

  static byte[] gzip(String text) throws IOException {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (java.util.zip.GZIPOutputStream z = new java.util.zip.GZIPOutputStream(bytes) {
      {
        def.setLevel(java.util.zip.Deflater.BEST_COMPRESSION);
      }
    }) {
      z.write(text.getBytes(StandardCharsets.UTF_8));
    }
    byte[] b = bytes.toByteArray();
    b[4] = b[5] = b[6] = b[7] = 0;  // no time stamp: the same input gives the same bytes
    return b;
  }

  public static void main(String[] args) throws IOException {
    Path shared = Path.of(args.length > 0 ? args[0] : "../shared/eventdata");
    Path target = Path.of(args.length > 1 ? args[1] : "src/main/resources");
    Files.writeString(target.resolve("event/cameo-verbs.txt"),
        convertVerbs(shared.resolve("CAMEO.2.0.txt")), StandardCharsets.UTF_8);
    Files.write(target.resolve("resolve/actors.txt.gz"), gzip(convertActors(shared)));
    Files.writeString(target.resolve("resolve/agents.txt"), convertAgents(shared),
        StandardCharsets.UTF_8);
  }
}
