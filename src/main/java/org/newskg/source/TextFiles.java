package org.newskg.source;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Strict UTF-8 decoding and a binary-content check, shared by the readers. */
final class TextFiles {
  private TextFiles() {
  }

  /** Thrown with a reason fit for {@link ArticleSink#problem}. */
  static final class NotText extends Exception {
    private static final long serialVersionUID = 1L;

    NotText(String reason) {
      super(reason, null, false, false);
    }
  }

  /** What went wrong reading a file, in an {@link ArticleSink#problem}'s words. */
  static String problem(Exception e) {
    return e instanceof IOException io ? "cannot read: " + ArticleSources.describe(io)
        : e.getMessage();
  }

  /** The file's size, when it is at most {@code max} bytes: a reader holds the whole file. */
  static long sizeWithin(Path file, long max) throws IOException, NotText {
    long size = Files.size(file);
    if (size > max) {
      throw new NotText("file too large (" + size + " bytes; limit " + max + ")");
    }
    return size;
  }

  /**
   * Decodes strictly: a file in Latin-1 or a binary file must be reported, not read as text
   * with replacement characters that would end up in the graph.
   */
  static String decodeUtf8(byte[] bytes, int from, int length) throws NotText {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, from, length);
    // a UTF-8 byte never decodes to more than one char
    CharBuffer out = CharBuffer.allocate(length);
    CoderResult r = decoder.decode(in, out, true);
    if (!r.isError()) {
      r = decoder.flush(out);
    }
    if (r.isError()) {
      throw new NotText("not UTF-8 text (invalid byte 0x"
          + Integer.toHexString(bytes[in.position()] & 0xff) + " at byte offset "
          + (in.position() - from) + ")");
    }
    out.flip();
    String s = out.toString();
    return s.startsWith("\uFEFF") ? s.substring(1) : s;
  }

  /**
   * Rejects control characters other than whitespace: NUL and friends mean a binary file (or
   * a broken export) even when the bytes happen to be valid UTF-8.
   */
  static void checkNotBinary(String text, int firstLine) throws NotText {
    int line = firstLine;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        line++;
      } else if ((c < 0x20 && c != '\t' && c != '\r' && c != '\f' && c != 0x0B) || c == 0x7F) {
        String what = c == 0 ? "NUL byte" : String.format("control character U+%04X", (int) c);
        throw new NotText("binary content (" + what + " at line " + line + ")");
      }
    }
  }
}
