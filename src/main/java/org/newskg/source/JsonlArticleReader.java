package org.newskg.source;

import com.google.common.collect.ImmutableList;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

/**
 * Reads a {@code .jsonl} file: one JSON object per line with a string {@code text} and optional
 * string {@code id}, {@code url}, {@code title} (the headline), {@code published},
 * {@code publisher}. Other keys are ignored; a null or blank optional field counts as absent.
 *
 * <p>Streams line by line. A bad line (not UTF-8, not JSON, not an object, no or empty
 * {@code text}, a field of the wrong type, an invalid date) is one {@code problem} at
 * {@code file:line}; the lines after it are still read.
 */
public final class JsonlArticleReader implements ArticleReader {
  /** A longer line is skipped: it is not an article but a runaway or binary file. */
  static final int MAX_LINE_BYTES = 64 << 20;

  private static final ImmutableList<String> STRING_FIELDS =
      ImmutableList.of("id", "url", "title", "published", "publisher");

  @Override
  public ArticleFormat format() {
    return ArticleFormat.JSONL;
  }

  /** Reads one file; never throws for bad input. */
  @Override
  public void read(Path file, ArticleDefaults defaults, ArticleSink sink) {
    ArticleDefaults d = defaults == null ? ArticleDefaults.NONE : defaults;
    String name = file.toString();
    boolean anyContent = false;
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
      LineReader lines = new LineReader(in);
      while (lines.next()) {
        String origin = name + ":" + lines.number;
        if (lines.overlong) {
          anyContent = true;
          sink.problem(origin, "line too long (over " + MAX_LINE_BYTES + " bytes)");
          continue;
        }
        String line;
        try {
          line = TextFiles.decodeUtf8(lines.buf, 0, lines.len);
        } catch (TextFiles.NotText e) {
          anyContent = true;
          sink.problem(origin, e.getMessage());
          continue;
        }
        if (line.isBlank()) {
          continue;
        }
        anyContent = true;
        try {
          sink.article(toArticle(line, d, origin));
        } catch (BadLine e) {
          sink.problem(origin, e.getMessage());
        }
      }
    } catch (IOException e) {
      sink.problem(name, "cannot read: " + ArticleSources.describe(e));
      return;
    }
    if (!anyContent) {
      sink.problem(name, "empty file");
    }
  }

  /** Parses one non-blank line. */
  static Article toArticle(String line, ArticleDefaults defaults, String origin) throws BadLine {
    Object parsed;
    try {
      parsed = StrictJson.parse(line);
    } catch (StrictJson.SyntaxError e) {
      throw new BadLine("invalid JSON: " + e.getMessage());
    }
    if (!(parsed instanceof Map<?, ?> object)) {
      throw new BadLine("not a JSON object (found " + StrictJson.typeName(parsed) + ")");
    }
    if (!object.containsKey("text")) {
      throw new BadLine("missing \"text\"");
    }
    Object text = object.get("text");
    if (!(text instanceof String t)) {
      throw new BadLine("\"text\" must be a string, found " + StrictJson.typeName(text));
    }
    for (String field : STRING_FIELDS) {
      Object v = object.get(field);
      if (v != null && !(v instanceof String)) {
        throw new BadLine("\"" + field + "\" must be a string, found "
            + StrictJson.typeName(v));
      }
    }
    if (t.isBlank()) {
      throw new BadLine("empty \"text\"");
    }
    String published = optional(object, "published");
    if (published != null) {
      try {
        published = PublishedDates.normalize(published);
      } catch (IllegalArgumentException e) {
        throw new BadLine("\"published\": " + e.getMessage());
      }
    } else {
      published = defaults.published();
    }
    String publisher = optional(object, "publisher");
    // offsets in the graph index this string: only line ends are normalized, nothing trimmed
    String body = CharacterReferences.decode(t.replace("\r\n", "\n").replace('\r', '\n'));
    return new Article(optional(object, "id"), optional(object, "url"),
        CharacterReferences.decode(optional(object, "title")),
        publisher != null ? publisher : defaults.publisher(), published, body, origin);
  }

  private static String optional(Map<?, ?> object, String field) {
    Object v = object.get(field);
    return v instanceof String s && !s.isBlank() ? s.strip() : null;
  }

  /** Why one line was not an article. */
  static final class BadLine extends Exception {
    private static final long serialVersionUID = 1L;

    BadLine(String reason) {
      super(reason, null, false, false);
    }
  }

  /**
   * Splits bytes on '\n' (dropping a '\r' before it), so each line is decoded on its own and an
   * invalid byte spoils only its line.
   */
  private static final class LineReader {
    private final InputStream in;
    byte[] buf = new byte[8192];
    int len;
    int number;
    boolean overlong;
    private boolean eof;

    LineReader(InputStream in) {
      this.in = in;
    }

    boolean next() throws IOException {
      if (eof) {
        return false;
      }
      len = 0;
      overlong = false;
      int b;
      boolean any = false;
      while ((b = in.read()) >= 0) {
        any = true;
        if (b == '\n') {
          break;
        }
        if (len == MAX_LINE_BYTES) {
          overlong = true;
          continue;
        }
        if (len == buf.length) {
          buf = Arrays.copyOf(buf, Math.min(MAX_LINE_BYTES, buf.length * 2));
        }
        buf[len++] = (byte) b;
      }
      if (b < 0) {
        eof = true;
        if (!any) {
          return false;
        }
      }
      if (len > 0 && buf[len - 1] == '\r') {
        len--;
      }
      number++;
      return true;
    }
  }
}
