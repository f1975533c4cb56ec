package org.newskg.source;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * A measurement, not a test: wraps {@code .txt} articles (one article per file, first line the
 * headline, as in ../shared/bbc) in three page layouts made here at run time (a broadcaster's
 * page with JSON-LD, a blog with Open Graph tags only, comments and ads, an old table layout
 * with only a {@code <title>} and {@code <br>}-separated paragraphs), reads the pages back with
 * the HTML reader, and prints the share whose text equals the {@code .txt} article's text.
 * Writes the pages, a copy of the {@code .txt} files and a {@code .warc.gz} of the pages under
 * OUT, for ingesting both and comparing. Nothing it writes belongs in the repository.
 *
 * <p>{@code java -cp ... org.newskg.source.PageSetBench ../shared/bbc 150 /tmp/pageset}
 */
public final class PageSetBench {
  private PageSetBench() {
  }

  public static void main(String[] args) throws IOException {
    Path corpus = Path.of(args[0]);
    int count = Integer.parseInt(args[1]);
    Path out = Path.of(args[2]);
    List<Path> all;
    try (Stream<Path> s = Files.walk(corpus)) {
      all = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    // every k-th file, so all five topics are in the sample
    List<Path> chosen = new ArrayList<>();
    for (int i = 0; i < count && i * (all.size() / count) < all.size(); i++) {
      chosen.add(all.get(i * (all.size() / count)));
    }
    Files.createDirectories(out.resolve("html"));
    Files.createDirectories(out.resolve("txt"));
    TxtArticleReader txt = new TxtArticleReader();
    HtmlArticleReader html = new HtmlArticleReader(new PageExtractor(LanguageFilter.english()));
    int equal = 0;
    int equalIgnoringSpace = 0;
    int read = 0;
    int[] equalByLayout = new int[3];
    int[] byLayout = new int[3];
    List<String> misses = new ArrayList<>();
    long nanos = 0;
    try (WarcWriter warc = new WarcWriter(Files.newByteChannel(out.resolve("pages.warc.gz"),
        java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE,
        java.nio.file.StandardOpenOption.TRUNCATE_EXISTING), WarcCompression.GZIP)) {
      for (int i = 0; i < chosen.size(); i++) {
        RecordingSink original = new RecordingSink();
        txt.read(chosen.get(i), ArticleDefaults.NONE, original);
        if (original.articles.size() != 1) {
          continue;
        }
        Article a = original.articles.get(0);
        String name = String.format("%03d-%s", i, chosen.get(i).getFileName().toString()
            .replace(".txt", ""));
        Files.copy(chosen.get(i), out.resolve("txt").resolve(name + ".txt"),
            java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        int layout = i % 3;
        String url = "https://news.example/" + name;
        String page = switch (layout) {
          case 0 -> broadcaster(a, url, i);
          case 1 -> blog(a, url, i);
          default -> oldTable(a);
        };
        Path file = out.resolve("html").resolve(name + ".html");
        Files.writeString(file, page);
        warc.write(new WarcResponse.Builder(URI.create(url))
            .date(Instant.parse("2005-03-01T12:00:00Z").plusSeconds(i * 60L))
            .body(new HttpResponse.Builder(200, "OK").body(MediaType.parse(
                "text/html; charset=utf-8"), page.getBytes(StandardCharsets.UTF_8)).build())
            .build());

        RecordingSink got = new RecordingSink();
        long t0 = System.nanoTime();
        html.read(file, ArticleDefaults.NONE, got);
        nanos += System.nanoTime() - t0;
        read++;
        byLayout[layout]++;
        String text = got.articles.isEmpty() ? "" : got.articles.get(0).text();
        if (text.equals(a.text())) {
          equal++;
          equalByLayout[layout]++;
        } else if (space(text).equals(space(a.text()))) {
          equalIgnoringSpace++;
        } else {
          misses.add(file + "\n" + firstDifference(a.text(), text));
        }
        if (!got.articles.isEmpty() && !a.headline().equals(got.articles.get(0).headline())) {
          misses.add(file + ": headline " + got.articles.get(0).headline());
        }
      }
    }
    System.out.printf("pages: %d; text equal to the .txt article's: %d (%.1f%%); equal but for "
            + "white space: %d; by layout (broadcaster, blog, old table): %d/%d, %d/%d, %d/%d%n",
        read, equal, 100.0 * equal / read, equalIgnoringSpace, equalByLayout[0], byLayout[0],
        equalByLayout[1], byLayout[1], equalByLayout[2], byLayout[2]);
    System.out.printf("reading and extraction: %.2f ms per page (language model load included)%n",
        nanos / 1e6 / read);
    misses.forEach(System.out::println);
  }

  private static String space(String s) {
    return s.replaceAll("\\s+", " ").strip();
  }

  private static String firstDifference(String want, String got) {
    String[] w = want.split("\n");
    String[] g = got.split("\n");
    for (int i = 0; i < Math.max(w.length, g.length); i++) {
      String a = i < w.length ? w[i] : "(none)";
      String b = i < g.length ? g[i] : "(none)";
      if (!a.equals(b)) {
        return "  line " + (i + 1) + "\n  want: " + a + "\n  got:  " + b;
      }
    }
    return "  (same lines)";
  }

  static String esc(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        .replace("\"", "&quot;");
  }

  private static String json(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  private static List<String> paragraphs(Article a) {
    return List.of(a.text().split("\n"));
  }

  /** A broadcaster's article page: JSON-LD, navigation, byline, a figure, a related box. */
  static String broadcaster(Article a, String url, int n) {
    StringBuilder b = new StringBuilder();
    String date = String.format("2005-03-%02dT%02d:15:00+00:00", 1 + n % 28, 6 + n % 12);
    b.append("<!DOCTYPE html>\n<html lang=\"en-GB\"><head><meta charset=\"utf-8\">\n<title>")
        .append(esc(a.headline())).append(" - World News Service</title>\n")
        .append("<link rel=\"canonical\" href=\"").append(url).append("\">\n")
        .append("<meta property=\"og:title\" content=\"").append(esc(a.headline()))
        .append("\">\n<meta property=\"og:site_name\" content=\"World News Service\">\n")
        .append("<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\","
            + "\"@type\":\"NewsArticle\",\"headline\":").append(json(a.headline()))
        .append(",\"datePublished\":\"").append(date).append("\",\"publisher\":{\"@type\":"
            + "\"Organization\",\"name\":\"World News Service\"},\"author\":{\"@type\":"
            + "\"Organization\",\"name\":\"World News Service\"}}</script>\n")
        .append("<script src=\"/static/bundle.js\" async></script>\n"
            + "<style>body{font-family:sans-serif}.nav li{display:inline}</style>\n")
        .append("</head><body>\n<a class=\"skip-link\" href=\"#main\">Skip to content</a>\n")
        .append("<header><div class=\"brand\"><a href=\"/\">World News Service</a></div>\n"
            + "<nav class=\"nav\"><ul><li><a href=\"/news\">Home</a></li><li><a href=\"/uk\">UK"
            + "</a></li><li><a href=\"/world\">World</a></li><li><a href=\"/business\">Business"
            + "</a></li><li><a href=\"/politics\">Politics</a></li><li><a href=\"/tech\">Tech"
            + "</a></li><li><a href=\"/entertainment\">Entertainment &amp; Arts</a></li>"
            + "</ul></nav></header>\n")
        .append("<main id=\"main\"><article>\n<header><h1 id=\"main-heading\">")
        .append(esc(a.headline())).append("</h1>\n<div class=\"byline\"><time datetime=\"")
        .append(date).append("\">").append(1 + n % 28).append(" March 2005</time></div>"
            + "</header>\n");
    List<String> ps = paragraphs(a);
    for (int i = 0; i < ps.size(); i++) {
      b.append("<div data-component=\"text-block\"><p>").append(esc(ps.get(i)))
          .append("</p></div>\n");
      if (i == 0) {
        b.append("<figure><img src=\"/img/").append(n).append(".jpg\" alt=\"\"><figcaption>"
            + "The picture shows the scene described in the report</figcaption></figure>\n");
      }
      if (i == 2) {
        b.append("<div data-component=\"links-block\" class=\"related-links\"><h2>Related "
            + "Topics</h2><ul><li><a href=\"/t/1\">Parliament</a></li><li><a href=\"/t/2\">"
            + "Economy</a></li></ul></div>\n");
      }
    }
    b.append("</article>\n<section class=\"more-on-this-story\"><h2>More on this story</h2><ul>"
        + "<li><a href=\"/a\">Ministers face questions over the plan</a></li><li><a href=\"/b\">"
        + "What the figures show about the year ahead</a></li></ul></section>\n</main>\n"
        + "<footer><ul><li><a href=\"/terms\">Terms of Use</a></li><li><a href=\"/privacy\">"
        + "Privacy Policy</a></li><li><a href=\"/cookies\">Cookies</a></li></ul><p>Copyright "
        + "2005 World News Service. We are not responsible for the content of external sites."
        + "</p></footer>\n</body></html>\n");
    return b.toString();
  }

  /** A news blog: Open Graph only, sharing buttons, an ad label, related posts, comments. */
  static String blog(Article a, String url, int n) {
    StringBuilder b = new StringBuilder();
    b.append("<!doctype html>\n<html><head>\n<meta http-equiv=\"Content-Type\" content=\"text/html;"
            + " charset=utf-8\">\n<title>").append(esc(a.headline()))
        .append(" | The Daily Ledger</title>\n<meta property=\"og:type\" content=\"article\">\n"
            + "<meta property=\"og:title\" content=\"").append(esc(a.headline()))
        .append("\">\n<meta property=\"og:url\" content=\"").append(url).append("\">\n"
            + "<meta property=\"og:site_name\" content=\"The Daily Ledger\">\n"
            + "<meta property=\"article:published_time\" content=\"2005-02-")
        .append(String.format("%02d", 1 + n % 28)).append("T10:30:00Z\">\n</head>\n")
        .append("<body class=\"single single-post\">\n<div id=\"masthead\"><a href=\"/\">The Daily"
            + " Ledger</a><ul class=\"menu\"><li><a href=\"/news\">News</a></li><li><a href=\""
            + "/opinion\">Opinion</a></li><li><a href=\"/about\">About</a></li><li><a href=\""
            + "/subscribe\">Subscribe</a></li></ul></div>\n<div id=\"primary\" class=\"content-"
            + "area\"><main id=\"main\" class=\"site-main\">\n<article class=\"post type-post\">"
            + "\n<header class=\"entry-header\"><h1 class=\"entry-title\">")
        .append(esc(a.headline())).append("</h1><div class=\"entry-meta\">Posted on February ")
        .append(1 + n % 28).append(", 2005 by Staff Reporter</div></header>\n"
            + "<div class=\"sharedaddy\"><a href=\"#\">Share on Facebook</a> <a href=\"#\">"
            + "Tweet</a> <a href=\"#\">Email</a></div>\n<div class=\"entry-content\">\n");
    List<String> ps = paragraphs(a);
    for (int i = 0; i < ps.size(); i++) {
      b.append("<p>").append(esc(ps.get(i))).append("</p>\n");
      if (i == 1) {
        b.append("<div class=\"ad-container\"><span class=\"ad-label\">Advertisement</span>"
            + "<div class=\"ad-slot\" id=\"ad-").append(n).append("\"></div></div>\n");
      }
    }
    b.append("</div>\n<footer class=\"entry-footer\"><span class=\"cat-links\">Posted in <a href="
            + "\"/news\">News</a></span></footer>\n</article>\n<div class=\"jp-relatedposts\">"
            + "<h3>Related</h3><div><a href=\"/x\">Council tax to rise again this spring</a></div>"
            + "<div><a href=\"/y\">Readers respond to last week's story</a></div></div>\n"
            + "<div id=\"comments\" class=\"comments-area\"><h2 class=\"comments-title\">3 thoughts"
            + " on this story</h2><ol class=\"comment-list\">\n<li class=\"comment\"><div class="
            + "\"comment-author\">Reader from Leeds</div><div class=\"comment-content\"><p>I have "
            + "been saying this for years and nobody in charge ever listens to people like us."
            + "</p></div></li>\n<li class=\"comment\"><div class=\"comment-author\">J. Marsh</div>"
            + "<div class=\"comment-content\"><p>\"Typical,\" said my neighbour when I showed him "
            + "this, and I have to agree with him.</p></div></li>\n<li class=\"comment\"><div "
            + "class=\"comment-author\">anon</div><div class=\"comment-content\"><p>Good "
            + "reporting as always, thank you for covering it in such detail.</p></div></li>\n"
            + "</ol><div id=\"respond\"><h3>Leave a Reply</h3><form><textarea></textarea><button>"
            + "Post Comment</button></form></div></div>\n</main></div>\n<aside id=\"secondary\" "
            + "class=\"widget-area\"><section class=\"widget\"><h2>Recent Posts</h2><ul><li><a "
            + "href=\"/r1\">Flood defences delayed until next year</a></li><li><a href=\"/r2\">"
            + "School meals plan wins backing from parents</a></li></ul></section></aside>\n"
            + "<footer id=\"colophon\"><div class=\"site-info\">Proudly powered by WordPress"
            + "</div></footer>\n</body></html>\n");
    return b.toString();
  }

  /** An old table layout: only a title, paragraphs separated by {@code <br><br>}. */
  static String oldTable(Article a) {
    StringBuilder b = new StringBuilder();
    b.append("<html>\n<head>\n<title>").append(esc(a.headline()))
        .append(" - Newswire Online</title>\n</head>\n<body bgcolor=\"#ffffff\">\n<table "
            + "width=\"100%\" border=\"0\"><tr><td colspan=\"2\"><a href=\"/\"><img src=\""
            + "/logo.gif\" alt=\"Newswire Online\"></a></td></tr>\n<tr><td width=\"150\" valign="
            + "\"top\" class=\"leftnav\"><a href=\"/front\">Front page</a><br><a href=\"/world\">"
            + "World</a><br><a href=\"/business\">Business</a><br><a href=\"/sport\">Sport</a>"
            + "<br><a href=\"/archive\">Archive</a></td>\n<td valign=\"top\"><font face=\"Arial\">"
            + "<h2>").append(esc(a.headline())).append("</h2>\n<div class=\"storybody\">");
    List<String> ps = paragraphs(a);
    for (int i = 0; i < ps.size(); i++) {
      if (i > 0) {
        b.append("<br><br>\n");
      }
      b.append(esc(ps.get(i)));
    }
    b.append("</div>\n</font></td></tr>\n<tr><td colspan=\"2\" align=\"center\"><small>"
        + "<a href=\"/email\">E-mail this story</a> | <a href=\"/print\">Printable version</a>"
        + " | Newswire Online &copy; 2005</small></td></tr></table>\n</body></html>\n");
    return b.toString();
  }
}
