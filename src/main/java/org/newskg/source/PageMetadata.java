package org.newskg.source;

import com.google.common.base.CharMatcher;
import com.google.common.collect.ImmutableSet;
import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * What a news page says about its article in its markup, each field from the first source that
 * gives it: schema.org JSON-LD ({@code NewsArticle} and kin), Open Graph and {@code article:}
 * meta tags, then plain HTML ({@code <link rel=canonical>}, {@code <time>}, {@code <h1>},
 * {@code <title>}). Any field may be null.
 *
 * @param headline  JSON-LD {@code headline}, {@code og:title}, the page's only {@code <h1>},
 *                  {@code <title>} without a trailing " | Site" part
 * @param published JSON-LD {@code datePublished}, {@code article:published_time},
 *                  {@code itemprop=datePublished}, the first {@code <time datetime>};
 *                  normalized as {@link PublishedDates} does
 * @param publisher JSON-LD {@code publisher}, {@code og:site_name}
 * @param url       {@code <link rel=canonical>}, {@code og:url}, JSON-LD {@code url}: absolute
 *                  http(s) URLs only, and not a site's home page
 * @param author    JSON-LD {@code author} (names joined by ", "), {@code <meta name=author>},
 *                  {@code article:author} when it is a name rather than a link
 */
record PageMetadata(String headline, String published, String publisher, String url,
                    String author) {
  private static final CharMatcher SPACE = CharMatcher.whitespace();
  private static final Pattern DATE_TIME_PREFIX =
      Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(?:[T ](\\d{2}:\\d{2}(?::\\d{2})?))?.*");
  private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|–—-]\\s+");
  // the schema.org types a news page's own article has; a page also describes its breadcrumbs,
  // its site and its videos
  private static final Set<String> ARTICLE_TYPES = ImmutableSet.of("NewsArticle", "Article",
      "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle", "BackgroundNewsArticle",
      "ReviewNewsArticle", "AskPublicNewsArticle", "BlogPosting", "LiveBlogPosting", "Report");

  /** Reads the metadata of a parsed page; the document is not changed. */
  static PageMetadata of(Document doc) {
    Map<?, ?> ld = articleJsonLd(doc);
    String publisher = first(ld == null ? null : name(ld.get("publisher")),
        meta(doc, "og:site_name"));
    String headline = first(ld == null ? null : string(ld.get("headline")),
        meta(doc, "og:title"), onlyH1(doc), title(doc, publisher));
    String published = firstDate(ld == null ? null : string(ld.get("datePublished")),
        meta(doc, "article:published_time"), itemprop(doc, "datePublished"),
        timeElement(doc));
    String url = firstUrl(doc.select("link[rel=canonical]").attr("abs:href"),
        absolute(doc, meta(doc, "og:url")),
        ld == null ? null : absolute(doc, string(ld.get("url"))));
    String author = first(ld == null ? null : names(ld.get("author")), meta(doc, "author"),
        notALink(meta(doc, "article:author")));
    return new PageMetadata(headline, published, publisher, url, author);
  }

  // ---- JSON-LD

  /** The first JSON-LD object of an article type, looking into arrays and {@code @graph}. */
  private static Map<?, ?> articleJsonLd(Document doc) {
    for (Element script : doc.select("script[type=application/ld+json]")) {
      String json = SPACE.trimFrom(script.data());
      // some CMSs wrap the block in an HTML comment or CDATA
      json = json.replaceFirst("^(<!--|<!\\[CDATA\\[)", "").replaceFirst("(-->|]]>)$", "");
      Object parsed;
      try {
        parsed = StrictJson.parse(SPACE.trimFrom(json));
      } catch (StrictJson.SyntaxError e) {
        continue; // a broken block is the site's bug; the meta tags still count
      }
      Map<?, ?> found = findArticle(parsed, 0);
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  private static Map<?, ?> findArticle(Object node, int depth) {
    if (depth > 4) {
      return null;
    }
    if (node instanceof List<?> list) {
      for (Object o : list) {
        Map<?, ?> m = findArticle(o, depth + 1);
        if (m != null) {
          return m;
        }
      }
    } else if (node instanceof Map<?, ?> map) {
      if (isArticleType(map.get("@type"))) {
        return map;
      }
      return findArticle(map.get("@graph"), depth + 1);
    }
    return null;
  }

  private static boolean isArticleType(Object type) {
    if (type instanceof String s) {
      return ARTICLE_TYPES.contains(s.replaceFirst("^(https?://schema\\.org/|schema:)", ""));
    }
    if (type instanceof List<?> list) {
      return list.stream().anyMatch(PageMetadata::isArticleType);
    }
    return false;
  }

  /** A string value; character references in it decoded too (sites escape JSON-LD as HTML). */
  private static String string(Object v) {
    return v instanceof String s ? clean(Parser.unescapeEntities(s, false)) : null;
  }

  /** A name: a string, or an object's {@code name}. */
  private static String name(Object v) {
    if (v instanceof Map<?, ?> m) {
      return string(m.get("name"));
    }
    if (v instanceof List<?> list && !list.isEmpty()) {
      return name(list.get(0));
    }
    return string(v);
  }

  /** All names of one value or a list, joined by ", ". */
  private static String names(Object v) {
    List<?> list = v instanceof List<?> l ? l : List.of(v == null ? "" : v);
    Set<String> names = new LinkedHashSet<>();
    for (Object o : list) {
      String n = notALink(name(o));
      if (n != null) {
        names.add(n);
      }
    }
    return names.isEmpty() ? null : String.join(", ", names);
  }

  // ---- meta tags and plain HTML

  private static String meta(Document doc, String key) {
    for (Element m : doc.select("meta[property=" + key + "], meta[name=" + key + "]")) {
      String v = clean(m.attr("content"));
      if (v != null) {
        return v;
      }
    }
    return null;
  }

  private static String itemprop(Document doc, String prop) {
    for (Element e : doc.select("[itemprop=" + prop + "]")) {
      String v = clean(e.hasAttr("content") ? e.attr("content") : e.attr("datetime"));
      if (v != null) {
        return v;
      }
    }
    return null;
  }

  private static String timeElement(Document doc) {
    Element t = doc.selectFirst("article time[datetime], time[datetime]");
    return t == null ? null : clean(t.attr("datetime"));
  }

  private static String onlyH1(Document doc) {
    List<Element> h1 = doc.select("h1");
    return h1.size() == 1 ? clean(h1.get(0).text()) : null;
  }

  /** {@code <title>}, less a trailing " | Publisher" or " - Publisher". */
  private static String title(Document doc, String publisher) {
    String t = clean(doc.title());
    if (t == null) {
      return null;
    }
    Matcher m = TITLE_SEPARATOR.matcher(t);
    int last = -1;
    int lastEnd = -1;
    while (m.find()) {
      last = m.start();
      lastEnd = m.end();
    }
    if (last > 0) {
      String tail = t.substring(lastEnd);
      // a short tail is the site's name ("Harbor Gazette"), not the end of a headline
      boolean site = publisher != null ? tail.equalsIgnoreCase(publisher)
          : tail.split("\\s+").length <= 3;
      if (site) {
        return t.substring(0, last);
      }
    }
    return t;
  }

  private static String notALink(String v) {
    return v == null || v.startsWith("http://") || v.startsWith("https://") ? null : v;
  }

  private static String absolute(Document doc, String href) {
    if (href == null) {
      return null;
    }
    try {
      String base = doc.location();
      return base == null || base.isEmpty() ? href : URI.create(base).resolve(href).toString();
    } catch (IllegalArgumentException e) {
      return href;
    }
  }

  /** The first absolute http(s) URL with a path: a canonical link to the home page is a bug. */
  private static String firstUrl(String... candidates) {
    for (String c : candidates) {
      String v = clean(c);
      if (v == null) {
        continue;
      }
      try {
        URI u = new URI(v);
        String scheme = u.getScheme();
        String path = u.getRawPath();
        if (("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))
            && u.getHost() != null && path != null && path.length() > 1) {
          return v;
        }
      } catch (java.net.URISyntaxException e) {
        // not a URL: try the next
      }
    }
    return null;
  }

  /** The first date that reads as a date: a page's odd format is passed over, not an error. */
  private static String firstDate(String... candidates) {
    for (String c : candidates) {
      String d = date(c);
      if (d != null) {
        return d;
      }
    }
    return null;
  }

  /**
   * A page's date as {@link PublishedDates} normalizes it; failing that, its leading
   * {@code yyyy-MM-dd[THH:mm[:ss]]} (pages write offsets as {@code +0000} and fractions of any
   * length), or null.
   */
  static String date(String value) {
    if (value == null) {
      return null;
    }
    try {
      return PublishedDates.normalize(value);
    } catch (IllegalArgumentException e) {
      Matcher m = DATE_TIME_PREFIX.matcher(value.strip());
      if (!m.matches()) {
        return null;
      }
      try {
        return PublishedDates.normalize(m.group(2) == null ? m.group(1)
            : m.group(1) + "T" + m.group(2));
      } catch (IllegalArgumentException notADate) {
        return null;
      }
    }
  }

  private static String first(String... values) {
    for (String v : values) {
      if (v != null) {
        return v;
      }
    }
    return null;
  }

  /** Whitespace collapsed and trimmed; blank is null. */
  static String clean(String s) {
    if (s == null) {
      return null;
    }
    String t = SPACE.trimAndCollapseFrom(s, ' ');
    return t.isEmpty() ? null : t;
  }
}
