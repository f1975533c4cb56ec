package org.newskg.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class ArticleIdentityTest {
  private static String sha256(String s) throws Exception {
    return HexFormat.of().formatHex(
        MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
  }

  private static Article article(String id, String url, String text) {
    return new Article(id, url, null, null, null, text, "o");
  }

  @Test
  void contentHashIsSha256OfNormalizedText() throws Exception {
    assertEquals(sha256("a b"), ArticleIdentity.contentHash("  a \n\t b  "));
    assertEquals(64, ArticleIdentity.contentHash("x").length());
    assertTrue(ArticleIdentity.contentHash("x").matches("[0-9a-f]{64}"));
  }

  @Test
  void contentHashIgnoresLayoutOnlyDifferences() {
    String plain = ArticleIdentity.contentHash("The fine print said 10 km.");
    // NFKC: ligature, full-width digits, no-break space; other line breaks
    assertEquals(plain, ArticleIdentity.contentHash("The \uFB01ne print\nsaid \uFF11\uFF10\u00A0km."));
    assertNotEquals(plain, ArticleIdentity.contentHash("The fine print said 10 km!"));
    assertNotEquals(plain, ArticleIdentity.contentHash("the fine print said 10 km."));
  }

  @Test
  void idForPrefersIdThenUrlThenHash() {
    assertEquals("abc", ArticleIdentity.idFor(article(" abc ", "https://x.org/1", "t")));
    assertEquals("https://x.org/1", ArticleIdentity.idFor(article("  ", "https://x.org/1", "t")));
    assertEquals(ArticleIdentity.contentHash("t").substring(0, 16),
        ArticleIdentity.idFor(article(null, "", "t")));
    assertEquals(16, ArticleIdentity.idFor(article(null, null, "t")).length());
  }

  @Test
  void slugIsSafe() {
    assertEquals("example.org-alpine-wire-2025-04-12-floods",
        ArticleIdentity.slug("https://example.org/alpine-wire/2025/04/12/floods"));
    assertEquals("example.org-a-b_c", ArticleIdentity.slug("http://Example.org/a?b_c#"));
    assertEquals("cafe-au-lait", ArticleIdentity.slug("Café au lait"));
    assertEquals("gz-1", ArticleIdentity.slug("gz-1"));
    assertEquals("a-b", ArticleIdentity.slug("..a//b.."));
    assertTrue(ArticleIdentity.slug("日本語").matches("[0-9a-f]{12}"));
    assertTrue(ArticleIdentity.slug("..").matches("[0-9a-f]{12}"));
    assertThrows(IllegalArgumentException.class, () -> ArticleIdentity.slug(" "));
  }

  @Test
  void longSlugsKeepAPrefixAndAHash() throws Exception {
    String base = "https://example.org/" + "section/".repeat(12);
    String a = base + "story-one";
    String b = base + "story-two";
    String sa = ArticleIdentity.slug(a);
    String sb = ArticleIdentity.slug(b);
    assertNotEquals(sa, sb);
    assertTrue(sa.length() <= ArticleIdentity.SLUG_MAX, sa);
    assertEquals(77, sa.length());
    assertTrue(sa.endsWith("-" + sha256(a).substring(0, 12)), sa);
    assertTrue(sa.startsWith("example.org-section-section-"), sa);
    assertTrue(sa.matches("[a-z0-9._-]+"), sa);
    // exactly at the limit nothing is cut
    String eighty = "x".repeat(80);
    assertEquals(eighty, ArticleIdentity.slug(eighty));
    assertEquals(77, ArticleIdentity.slug("x".repeat(81)).length());
  }
}
