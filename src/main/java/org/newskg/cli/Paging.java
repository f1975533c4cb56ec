package org.newskg.cli;

import org.newskg.query.Page;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** {@code --limit} and {@code --offset} as every listing command checks them. */
final class Paging {
  private Paging() {}

  /** The page asked for; a bad value is a usage error (exit code 2). */
  static Page of(CommandSpec spec, Integer limit, Integer offset) {
    if (limit != null && limit < 1) {
      throw new ParameterException(spec.commandLine(), "--limit must be 1 or more, not " + limit);
    }
    if (offset != null && offset < 0) {
      throw new ParameterException(spec.commandLine(),
          "--offset must be 0 or more, not " + offset);
    }
    return new Page(limit == null ? 0 : limit, offset == null ? 0 : offset);
  }
}
