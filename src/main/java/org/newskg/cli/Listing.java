package org.newskg.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.function.Function;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.newskg.query.Page;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code --format}, {@code --limit} and {@code --offset} of the listing commands (said, events,
 * entities), and how they print their rows as JSON: the same options, checked and printed the
 * same way, whatever is listed.
 */
final class Listing {
  enum Format { table, csv, json, jsonl }

  @Option(names = "--format", defaultValue = "table",
      description = "table, csv, json or jsonl (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = {"--limit", "--top"}, paramLabel = "N",
      description = "At most N rows (default: all; --top is the same).")
  Integer limit;

  @Option(names = "--offset", paramLabel = "N", description = "Skip the first N rows.")
  Integer offset;

  /** The page asked for; a bad value is a usage error (exit code 2). */
  Page page(CommandSpec spec) {
    if (limit != null && limit < 1) {
      throw new ParameterException(spec.commandLine(), "--limit must be 1 or more, not " + limit);
    }
    if (offset != null && offset < 0) {
      throw new ParameterException(spec.commandLine(),
          "--offset must be 0 or more, not " + offset);
    }
    return new Page(limit == null ? 0 : limit, offset == null ? 0 : offset);
  }

  /** With {@code --format json} one array of the rows, with {@code jsonl} one row a line. */
  <T> void printJson(PrintWriter out, List<T> rows, Function<T, JsonObject> toJson) {
    if (format == Format.json) {
      JsonArray array = new JsonArray();
      rows.forEach(r -> array.add(toJson.apply(r)));
      out.println(array);
    } else {
      rows.forEach(r -> out.println(toJson.apply(r).toString().replace("\n", " ")));
    }
  }
}
