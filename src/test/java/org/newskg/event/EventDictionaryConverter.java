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
 * use, under the MIT notice and a line saying where it comes from. {@link
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

  public static void main(String[] args) throws IOException {
    Path shared = Path.of(args.length > 0 ? args[0] : "../shared/eventdata");
    Path target = Path.of(args.length > 1 ? args[1] : "src/main/resources/event");
    Files.writeString(target.resolve("cameo-verbs.txt"),
        convertVerbs(shared.resolve("CAMEO.2.0.txt")), StandardCharsets.UTF_8);
  }
}
