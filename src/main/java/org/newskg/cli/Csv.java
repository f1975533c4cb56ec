package org.newskg.cli;

/** CSV fields as RFC 4180 writes them: always quoted, quotes doubled, null as empty. */
final class Csv {
  private Csv() {}

  static String field(String s) {
    if (s == null) {
      return "";
    }
    return "\"" + s.replace("\"", "\"\"") + "\"";
  }

  static String field(long n) {
    return Long.toString(n);
  }
}
