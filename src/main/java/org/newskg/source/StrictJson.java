package org.newskg.source;

import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.MalformedJsonException;
import java.io.EOFException;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One JSONL line read as RFC 8259 JSON, strictly: Gson's reader in strict mode. Jena's {@code
 * JSON.parse} is lenient (single quotes, bare keys, comments, and it ignores text after the
 * value), which would let a truncated or concatenated line through. Strict Gson refuses those;
 * this adds the two checks it leaves out: a key given twice and an unpaired surrogate escape.
 *
 * <p>Values: {@code Map<String, Object>} (insertion order), {@code List<Object>}, {@code String},
 * {@link Num}, {@code Boolean}, and Java {@code null} for JSON null.
 */
final class StrictJson {
  /** Nesting beyond this is refused rather than risking a stack overflow on hostile input. */
  static final int MAX_DEPTH = 200;

  /** Gson's "… at line 1 column 10 path $.a": the column, for our message. */
  private static final Pattern GSON_WHERE = Pattern.compile(
      "\\s*at line (\\d+) column (\\d+) path \\S*(?:\\s*See https?://\\S+)?$", Pattern.DOTALL);

  /** The start of Gson's message, and what it means to a JSONL user. */
  private static final Map<String, String> IN_OUR_WORDS = Map.of(
      "Expected name", "expected a quoted key",
      "Unterminated string", "unterminated string",
      "Unescaped control", "control character in string (must be escaped)",
      "Invalid escape", "invalid escape",
      "Malformed Unicode", "invalid \\u escape",
      "Expected ':'", "expected ':'",
      "Unterminated object", "expected ',' or '}'",
      "Unterminated array", "expected ',' or ']'");

  /** A JSON number, kept as written: the readers only need its type. */
  record Num(String text) {
  }

  /** Invalid JSON; the message says what and at which column (1-based). */
  static final class SyntaxError extends Exception {
    private static final long serialVersionUID = 1L;

    SyntaxError(String message) {
      super(message, null, false, false);
    }
  }

  private final String text;
  private final JsonReader reader;

  private StrictJson(String text) {
    this.text = text;
    this.reader = new JsonReader(new StringReader(text));
    reader.setStrictness(Strictness.STRICT);
    reader.setNestingLimit(MAX_DEPTH);
  }

  static Object parse(String text) throws SyntaxError {
    StrictJson p = new StrictJson(text);
    Object v;
    try {
      v = p.value();
    } catch (EOFException e) {
      throw new SyntaxError("unexpected end of line");
    } catch (IOException | IllegalStateException | NumberFormatException e) {
      throw p.inOurWords(String.valueOf(e.getMessage()));
    }
    // strict Gson refuses text after the value only when asked for more: say where it starts
    int after = p.column() - 1;
    while (after < text.length() && isJsonSpace(text.charAt(after))) {
      after++;
    }
    if (after < text.length()) {
      throw new SyntaxError("unexpected text after the JSON value at column " + (after + 1));
    }
    return v;
  }

  private static boolean isJsonSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
  }

  /** The JSON type name of a parsed value, for messages. */
  static String typeName(Object v) {
    if (v == null) {
      return "null";
    } else if (v instanceof String) {
      return "string";
    } else if (v instanceof Num) {
      return "number";
    } else if (v instanceof Boolean) {
      return "boolean";
    } else if (v instanceof List) {
      return "array";
    }
    return "object";
  }

  private Object value() throws IOException, SyntaxError {
    switch (reader.peek()) {
      case BEGIN_OBJECT -> {
        Map<String, Object> object = new LinkedHashMap<>();
        reader.beginObject();
        while (reader.hasNext()) {
          String key = checked(reader.nextName());
          if (object.containsKey(key)) {
            throw new SyntaxError("duplicate key \"" + key + "\" at " + keyColumn());
          }
          object.put(key, value());
        }
        reader.endObject();
        return object;
      }
      case BEGIN_ARRAY -> {
        List<Object> array = new ArrayList<>();
        reader.beginArray();
        while (reader.hasNext()) {
          array.add(value());
        }
        reader.endArray();
        return array;
      }
      case STRING -> {
        return checked(reader.nextString());
      }
      case NUMBER -> {
        return new Num(reader.nextString());
      }
      case BOOLEAN -> {
        return reader.nextBoolean();
      }
      case NULL -> {
        reader.nextNull();
        return null;
      }
      default -> throw error("unexpected " + reader.peek());
    }
  }

  /** A string with an unpaired surrogate (strict Gson lets "\ud83d" through) is refused. */
  private String checked(String s) throws SyntaxError {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c)
          && (i + 1 == s.length() || !Character.isLowSurrogate(s.charAt(i + 1)))) {
        throw error("unpaired surrogate in \\u escape");
      } else if (Character.isHighSurrogate(c)) {
        i++;
      } else if (Character.isLowSurrogate(c)) {
        throw error("unpaired surrogate in \\u escape");
      }
    }
    return s;
  }

  /**
   * Where the reader stands: the 1-based position in the text of the next character it would
   * read (a JSONL line is one line; a page's JSON-LD block may have several).
   */
  private int column() {
    Matcher m = GSON_WHERE.matcher(" " + reader);
    if (!m.find()) {
      return 1;
    }
    int lineStart = 0;
    for (int line = Integer.parseInt(m.group(1)); line > 1 && lineStart >= 0; line--) {
      lineStart = text.indexOf('\n', lineStart) + 1;
    }
    return Math.max(0, lineStart) + Integer.parseInt(m.group(2));
  }

  private SyntaxError error(String what) {
    return new SyntaxError(what + " at column " + Math.max(1, column() - 1));
  }

  /** The column of the key just read: its opening quote, before where the reader stands. */
  private String keyColumn() {
    int close = column() - 2; // the reader stands after the closing quote
    int open = close > 0 ? text.lastIndexOf('"', close - 1) : -1;
    return "column " + (open + 1);
  }

  /**
   * Gson's message in the words of a JSONL user, at the column of the character that broke the
   * rule (Gson stands just after it): "Use JsonReader.setStrictness(…)" says only that lenient
   * Gson would have read on.
   */
  private SyntaxError inOurWords(String message) {
    Matcher m = GSON_WHERE.matcher(message);
    String what = m.find() ? message.substring(0, m.start()) : message;
    // the position Gson gives is the reader's own, as column() reads it
    int at = Math.max(1, column() - 1);
    char c = at <= text.length() ? text.charAt(at - 1) : ' ';
    if (what.startsWith("Nesting limit")) {
      return new SyntaxError("nested deeper than " + MAX_DEPTH + " at column " + at);
    }
    String ours = "unexpected character '" + c + "'";
    if (what.startsWith("Use JsonReader") && expectsKey(at)) {
      ours = "expected a quoted key";
    } else {
      for (Map.Entry<String, String> e : IN_OUR_WORDS.entrySet()) {
        if (what.startsWith(e.getKey())) {
          ours = e.getValue();
          break;
        }
      }
    }
    return new SyntaxError(ours + " at column " + at);
  }

  /** A key was due at this column: inside an object, after its '{' or a ','. */
  private boolean expectsKey(int column) {
    int i = column - 2;
    while (i >= 0 && isJsonSpace(text.charAt(i))) {
      i--;
    }
    return i >= 0 && (text.charAt(i) == '{' || text.charAt(i) == ',')
        && reader.getPath().matches(".*\\.[^\\[\\]]*");
  }
}
