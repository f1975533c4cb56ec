package org.newskg.source;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A strict RFC 8259 JSON parser for one JSONL line. Jena's {@code JSON.parse} is lenient
 * (single quotes, bare keys, comments, and it ignores text after the value), which would let a
 * truncated or concatenated line through; this rejects them and says where.
 *
 * <p>Values: {@code Map<String, Object>} (insertion order), {@code List<Object>}, {@code String},
 * {@link Num}, {@code Boolean}, and Java {@code null} for JSON null.
 */
final class StrictJson {
  /** Nesting beyond this is refused rather than risking a stack overflow on hostile input. */
  static final int MAX_DEPTH = 200;

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

  private final String s;
  private int pos;

  private StrictJson(String s) {
    this.s = s;
  }

  static Object parse(String text) throws SyntaxError {
    StrictJson p = new StrictJson(text);
    p.skipSpace();
    Object v = p.value(0);
    p.skipSpace();
    if (p.pos < p.s.length()) {
      throw p.error("unexpected text after the JSON value");
    }
    return v;
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
    } else {
      return "object";
    }
  }

  private Object value(int depth) throws SyntaxError {
    if (depth > MAX_DEPTH) {
      throw error("nested deeper than " + MAX_DEPTH);
    }
    if (pos >= s.length()) {
      throw error("unexpected end of line");
    }
    char c = s.charAt(pos);
    switch (c) {
      case '{':
        return object(depth);
      case '[':
        return array(depth);
      case '"':
        return string();
      case 't':
        return literal("true", Boolean.TRUE);
      case 'f':
        return literal("false", Boolean.FALSE);
      case 'n':
        return literal("null", null);
      default:
        if (c == '-' || (c >= '0' && c <= '9')) {
          return number();
        }
        throw error("unexpected character '" + c + "'");
    }
  }

  private Map<String, Object> object(int depth) throws SyntaxError {
    Map<String, Object> m = new LinkedHashMap<>();
    pos++;
    skipSpace();
    if (peek() == '}') {
      pos++;
      return m;
    }
    while (true) {
      skipSpace();
      if (peek() != '"') {
        throw error("expected a quoted key");
      }
      int keyAt = pos;
      String key = string();
      if (m.containsKey(key)) {
        // two "text" values: which one was meant is anyone's guess
        pos = keyAt;
        throw error("duplicate key \"" + key + "\"");
      }
      skipSpace();
      expect(':');
      skipSpace();
      m.put(key, value(depth + 1));
      skipSpace();
      char c = peek();
      pos++;
      if (c == '}') {
        return m;
      }
      if (c != ',') {
        pos--;
        throw error("expected ',' or '}'");
      }
    }
  }

  private List<Object> array(int depth) throws SyntaxError {
    List<Object> list = new ArrayList<>();
    pos++;
    skipSpace();
    if (peek() == ']') {
      pos++;
      return list;
    }
    while (true) {
      skipSpace();
      list.add(value(depth + 1));
      skipSpace();
      char c = peek();
      pos++;
      if (c == ']') {
        return list;
      }
      if (c != ',') {
        pos--;
        throw error("expected ',' or ']'");
      }
    }
  }

  private String string() throws SyntaxError {
    pos++;
    StringBuilder b = new StringBuilder();
    while (true) {
      if (pos >= s.length()) {
        throw error("unterminated string");
      }
      char c = s.charAt(pos++);
      if (c == '"') {
        return b.toString();
      }
      if (c < 0x20) {
        pos--;
        throw error("control character in string (must be escaped)");
      }
      if (c != '\\') {
        b.append(c);
        continue;
      }
      if (pos >= s.length()) {
        throw error("unterminated string");
      }
      char e = s.charAt(pos++);
      switch (e) {
        case '"', '\\', '/' -> b.append(e);
        case 'b' -> b.append('\b');
        case 'f' -> b.append('\f');
        case 'n' -> b.append('\n');
        case 'r' -> b.append('\r');
        case 't' -> b.append('\t');
        case 'u' -> unicodeEscape(b);
        default -> {
          pos--;
          throw error("invalid escape '\\" + e + "'");
        }
      }
    }
  }

  // a surrogate pair is two escapes; half of one would make text no RDF writer can encode
  private void unicodeEscape(StringBuilder b) throws SyntaxError {
    char c = hex4();
    if (Character.isHighSurrogate(c) && s.startsWith("\\u", pos)) {
      pos += 2;
      char low = hex4();
      if (Character.isLowSurrogate(low)) {
        b.append(c).append(low);
        return;
      }
    } else if (!Character.isSurrogate(c)) {
      b.append(c);
      return;
    }
    throw error("unpaired surrogate in \\u escape");
  }

  private char hex4() throws SyntaxError {
    if (pos + 4 > s.length()) {
      throw error("truncated \\u escape");
    }
    int v = 0;
    for (int k = 0; k < 4; k++) {
      int d = Character.digit(s.charAt(pos + k), 16);
      if (d < 0) {
        throw error("invalid \\u escape");
      }
      v = v * 16 + d;
    }
    pos += 4;
    return (char) v;
  }

  private Num number() throws SyntaxError {
    int start = pos;
    if (peek() == '-') {
      pos++;
    }
    if (peek() == '0') {
      pos++;
    } else if (isDigit(peek())) {
      digits();
    } else {
      throw error("invalid number");
    }
    if (peek() == '.') {
      pos++;
      if (!isDigit(peek())) {
        throw error("invalid number");
      }
      digits();
    }
    if (peek() == 'e' || peek() == 'E') {
      pos++;
      if (peek() == '+' || peek() == '-') {
        pos++;
      }
      if (!isDigit(peek())) {
        throw error("invalid number");
      }
      digits();
    }
    return new Num(s.substring(start, pos));
  }

  private void digits() {
    while (isDigit(peek())) {
      pos++;
    }
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private Object literal(String word, Object v) throws SyntaxError {
    if (!s.startsWith(word, pos)) {
      throw error("unexpected character '" + s.charAt(pos) + "'");
    }
    pos += word.length();
    return v;
  }

  private void expect(char c) throws SyntaxError {
    if (peek() != c) {
      throw error("expected '" + c + "'");
    }
    pos++;
  }

  private char peek() {
    return pos < s.length() ? s.charAt(pos) : '\0';
  }

  private void skipSpace() {
    while (pos < s.length()) {
      char c = s.charAt(pos);
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
        return;
      }
      pos++;
    }
  }

  private SyntaxError error(String what) {
    if (pos < s.length()) {
      return new SyntaxError(what + " at column " + (pos + 1));
    }
    return new SyntaxError(what.startsWith("unexpected end") ? what : what + " at end of line");
  }
}
