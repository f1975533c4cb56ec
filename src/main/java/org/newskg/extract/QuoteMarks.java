package org.newskg.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Quote marks as news archives have them, rewritten so that CoreNLP's quote annotator reads
 * them right, without moving a single character offset (every replacement has the length of
 * what it replaces, so CoreNLP's offsets stay true to the original text).
 *
 * <ul>
 *   <li>Doubled single quotes as an opening mark ({@code ''We will…''}, older archives) become
 *       {@code ``}, which CoreNLP pairs with the closing {@code ''}.</li>
 *   <li>A quote running over several paragraphs (an opening mark at each paragraph, the
 *       closing mark only at the end) is one quotation: the opening marks of the continuing
 *       paragraphs are blanked, so CoreNLP sees one span.</li>
 *   <li>An opening mark never closed, with no continuing paragraph after it, is blanked too
 *       (otherwise it pairs with the next quote's opening mark and swallows the text between);
 *       the words from it to the end of its paragraph are reported as an {@link #orphans()
 *       orphan} quotation.</li>
 * </ul>
 */
final class QuoteMarks {
  private final String text;
  private final List<Span> orphans;
  private final List<Pair> pairs;

  /**
   * An opening mark and the closing mark it pairs with, as offsets into the original text (the
   * closing mark of a quotation over several paragraphs is the last one).
   */
  record Pair(int open, int openLength, int close, int closeLength) {
    /** From the opening mark to the end of the closing one. */
    int end() {
      return close + closeLength;
    }
  }

  private QuoteMarks(String text, List<Span> orphans, List<Pair> pairs) {
    this.text = text;
    this.orphans = List.copyOf(orphans);
    this.pairs = List.copyOf(pairs);
  }

  /** The text for CoreNLP: the same length as {@code original}, marks normalized. */
  String text() {
    return text;
  }

  /** Unclosed quotations: from the opening mark to the end of its paragraph (original text). */
  List<Span> orphans() {
    return orphans;
  }

  /** The double quotation marks paired, in text order. */
  List<Pair> pairs() {
    return pairs;
  }

  static QuoteMarks prepare(String original) {
    char[] out = original.toCharArray();
    List<Span> orphans = new ArrayList<>();
    List<Pair> pairs = new ArrayList<>();
    int n = out.length;
    // 1. '' as an opening mark: at a word's start, followed by a word
    for (int i = 0; i + 2 < n; i++) {
      if (out[i] == '\'' && out[i + 1] == '\'' && (i == 0 || opensAfter(out[i - 1]))
          && !Character.isWhitespace(out[i + 2]) && out[i + 2] != '\'') {
        out[i] = '`';
        out[i + 1] = '`';
        i++;
      }
    }
    // 2. balance double quotation marks paragraph by paragraph
    int open = -1;          // offset of the unclosed opening mark, -1 when outside a quote
    int openLength = 0;
    int i = 0;
    while (i < n) {
      char c = out[i];
      if (c == '\n') {
        if (open >= 0) {
          int next = i + 1;
          while (next < n && (out[next] == '\n' || out[next] == ' ' || out[next] == '\t')) {
            next++;
          }
          int mark = openingMarkLength(out, next);
          if (mark > 0) {
            // the quotation continues in the next paragraph: one span for CoreNLP
            for (int k = next; k < next + mark; k++) {
              out[k] = ' ';
            }
            i = next + mark;
            continue;
          }
          orphans.add(orphan(original, open, i));
          for (int k = open; k < open + openLength; k++) {
            out[k] = ' ';
          }
          open = -1;
        }
        i++;
        continue;
      }
      int opening = openingMarkLength(out, i);
      int closing = closingMarkLength(out, i);
      if (opening > 0 && closing > 0) {
        // a straight mark: its direction from the characters around it
        boolean opensHere = (i == 0 || opensAfter(out[i - 1]))
            && i + 1 < n && !Character.isWhitespace(out[i + 1]);
        boolean closesHere = i > 0 && !Character.isWhitespace(out[i - 1])
            && (i + 1 >= n || !Character.isLetterOrDigit(out[i + 1]));
        if (opensHere && !closesHere) {
          closing = 0;
        } else if (closesHere && !opensHere) {
          opening = 0;
        } else if (open >= 0) {
          opening = 0;
        } else {
          closing = 0;
        }
      }
      if (open < 0 && opening > 0) {
        open = i;
        openLength = opening;
        i += opening;
      } else if (open >= 0 && closing > 0) {
        pairs.add(new Pair(open, openLength, i, closing));
        open = -1;
        i += closing;
      } else if (opening > 0 || closing > 0) {
        // an opening mark inside an open quote (a continuation whose paragraph break was
        // lost: '… happened. "That must …') or a closing mark with nothing open: blank it, so
        // that CoreNLP does not pair the marks wrongly
        int length = Math.max(opening, closing);
        for (int k = i; k < i + length; k++) {
          out[k] = ' ';
        }
        i += length;
      } else {
        i++;
      }
    }
    if (open >= 0) {
      orphans.add(orphan(original, open, n));
      for (int k = open; k < open + openLength; k++) {
        out[k] = ' ';
      }
    }
    return new QuoteMarks(new String(out), orphans, pairs);
  }

  private static boolean opensAfter(char c) {
    return Character.isWhitespace(c) || c == '(' || c == '[' || c == '—' || c == '-' || c == ':';
  }

  private static int openingMarkLength(char[] t, int i) {
    if (i >= t.length) {
      return 0;
    }
    if (t[i] == '“' || t[i] == '„' || t[i] == '"') {
      return 1;
    }
    return i + 1 < t.length && t[i] == '`' && t[i + 1] == '`' ? 2 : 0;
  }

  private static int closingMarkLength(char[] t, int i) {
    if (t[i] == '”' || t[i] == '"') {
      return 1;
    }
    return i + 1 < t.length && t[i] == '\'' && t[i + 1] == '\'' ? 2 : 0;
  }

  /** From the mark to the paragraph's end, trailing blanks left out. */
  private static Span orphan(String text, int begin, int end) {
    while (end > begin && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return new Span(begin, end, text.substring(begin, end));
  }
}
