package org.newskg.source;

import com.google.common.base.CharMatcher;
import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Stable identities for articles: a content hash that ignores layout-only differences, an id,
 * and IRI-safe slugs. Pure functions.
 */
public final class ArticleIdentity {
  /** Longer slugs are cut to {@link #SLUG_KEEP} characters plus a hash of the whole id. */
  public static final int SLUG_MAX = 80;
  static final int SLUG_KEEP = 64;

  private static final Pattern SCHEME = Pattern.compile("^[a-z][a-z0-9+.-]*://");
  private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9._-]+");
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final CharMatcher EDGES = CharMatcher.anyOf("-.");

  private ArticleIdentity() {
  }

  /**
   * Lowercase hex SHA-256 of the text after Unicode NFKC, whitespace runs collapsed to one space
   * and trimming: the same article re-scraped with other line breaks or non-breaking spaces
   * hashes the same.
   */
  public static String contentHash(String text) {
    String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC);
    String normalized = CharMatcher.whitespace().trimAndCollapseFrom(nfkc, ' ');
    return sha256(normalized);
  }

  /** The input's id if not blank, else its url if not blank, else 16 hex chars of the hash. */
  public static String idFor(Article a) {
    if (a.id() != null && !a.id().isBlank()) {
      return a.id().strip();
    }
    if (a.url() != null && !a.url().isBlank()) {
      return a.url().strip();
    }
    return contentHash(a.text()).substring(0, 16);
  }

  /**
   * An IRI path segment for an id or URL: lowercase ASCII letters, digits, '-', '.', '_';
   * accents dropped ({@code é} → {@code e}), the scheme ({@code https://}) stripped, every other
   * run of characters one '-', no leading or trailing '-' or '.' (so never "." or ".."). At most
   * {@value #SLUG_MAX} chars: a longer one keeps 64 chars plus '-' and 12 hex chars of the id's
   * SHA-256, so ids that share a long prefix stay distinct. An id with nothing usable becomes
   * those 12 hex chars.
   *
   * <p>Lossy by design (case and punctuation are folded), so distinct ids such as {@code A/B}
   * and {@code a-b} can share a slug.
   */
  public static String slug(String id) {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("slug of a blank id");
    }
    String s = id.strip().toLowerCase(Locale.ROOT);
    s = SCHEME.matcher(s).replaceFirst("");
    s = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFKD)).replaceAll("");
    s = s.toLowerCase(Locale.ROOT);
    s = EDGES.trimFrom(NOT_SLUG.matcher(s).replaceAll("-"));
    String hash = sha256(id).substring(0, 12);
    if (s.isEmpty()) {
      return hash;
    }
    if (s.length() <= SLUG_MAX) {
      return s;
    }
    return EDGES.trimTrailingFrom(s.substring(0, SLUG_KEEP)) + "-" + hash;
  }

  private static String sha256(String s) {
    return Hashing.sha256().hashString(s, StandardCharsets.UTF_8).toString();
  }
}
