package org.newskg.source;

import com.google.common.base.CharMatcher;
import com.google.common.base.Splitter;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import net.dankito.readability4j.Readability4J;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The article of a parsed web page: its main text found by Readability4J (a port of Mozilla's
 * Readability, the reader view of Firefox), which drops navigation, related-links boxes,
 * comments, ads and scripts; one line per paragraph (each block element, and each
 * {@code <br>}, ends a line). Left out as well: figures and their captions (they describe a
 * picture, and a caption often repeats a quote of the text), lines that are all link text,
 * headings left at the end, and lines of page chrome that Readability keeps ("Advertisement",
 * bylines, datelines), with the {@code .txt} reader's {@code source/boilerplate.txt}. The
 * metadata come from {@link PageMetadata}. Shared by the HTML and WARC readers; stateless but
 * for the language model it loads once.
 */
final class PageExtractor {
  private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern(
      "uuuu-MM-dd'T'HH:mm:ss").withZone(ZoneOffset.UTC);
  // not text of the article: pictures and their captions, hidden parts, forms and players
  private static final String NOT_TEXT = "figure, figcaption, picture, svg, iframe, template, "
      + "noscript, form, button, [hidden], [aria-hidden=true], [style~=display:\\s*none]";

  /** A page needs one line of at least this many words to hold an article. */
  static final int MIN_PROSE_WORDS = 8;
  private static final Splitter WORDS = Splitter.on(CharMatcher.whitespace()).omitEmptyStrings();

  private final LanguageFilter language;
  private final Boilerplate boilerplate;

  PageExtractor(LanguageFilter language) {
    this(language, Boilerplate.load());
  }

  PageExtractor(LanguageFilter language, Boilerplate boilerplate) {
    this.language = language;
    this.boilerplate = boilerplate;
  }

  /**
   * The page's article, or null when the page has no article text. The document is changed.
   *
   * @param fetchedUrl  the URL the page was fetched from (a WARC record's target), which is
   *                    the article's identity; null for a saved file, whose canonical URL is
   * @param fetchedDate when it was fetched, the publication time when the page states none;
   *                    may be null
   * @param origin      for messages
   */
  Article extract(Document doc, String fetchedUrl, Instant fetchedDate, ArticleDefaults defaults,
                  String origin) {
    PageMetadata meta = PageMetadata.of(doc);
    doc.select(NOT_TEXT).remove();
    String url = fetchedUrl != null ? fetchedUrl : meta.url();
    Element content;
    try {
      content = new Readability4J(url != null ? url : "http://localhost/", doc).parse()
          .getArticleContent();
    } catch (RuntimeException e) {
      // Readability is a heuristic over arbitrary markup: a page it trips on holds no text
      // for us, the ingest goes on
      return null;
    }
    if (content == null) {
      return null;
    }
    List<String> lines = new ArrayList<>(paragraphs(content));
    // page chrome inside the article's box: "Advertisement", a "Posted on … by …" dateline
    lines.removeIf(boilerplate::matches);
    // the headline is metadata; Readability keeps an <h1> it finds inside the article
    while (!lines.isEmpty() && meta.headline() != null
        && lines.get(0).equalsIgnoreCase(meta.headline())) {
      lines.remove(0);
    }
    if (lines.stream().noneMatch(PageExtractor::isProse)) {
      return null;
    }
    String published = meta.published();
    if (published == null && fetchedDate != null) {
      published = LOCAL.format(fetchedDate);
    }
    if (published == null) {
      published = defaults.published();
    }
    String publisher = meta.publisher() != null ? meta.publisher() : defaults.publisher();
    return new Article(null, url, meta.headline(), publisher, published,
        String.join("\n", lines), origin, meta.author());
  }

  /**
   * A line of running text rather than a link or a label: Readability returns the page's
   * biggest block even on an index page with no article, and that block is a list of links.
   */
  static boolean isProse(String line) {
    return WORDS.splitToStream(line).limit(MIN_PROSE_WORDS).count() >= MIN_PROSE_WORDS;
  }

  /** The ISO 639-3 code of the article's language when it is not English, else null. */
  String notEnglish(Article article) {
    String sample = article.headline() == null ? article.text()
        : article.headline() + "\n" + article.text();
    return language.notEnglish(sample);
  }

  /**
   * The text of each block element or {@code <br>}-separated run, whitespace collapsed. Lines
   * that are all link text are dropped (a list of related stories or tags that Readability
   * kept in the article's box), and so are headings left at the end (the title of such a box).
   */
  static List<String> paragraphs(Element content) {
    LineCollector lines = new LineCollector();
    NodeTraversor.traverse(lines, content);
    lines.flush();
    List<String> out = new ArrayList<>();
    int end = lines.text.size();
    while (end > 0 && lines.heading.get(end - 1)) {
      end--;
    }
    for (int i = 0; i < end; i++) {
      out.add(lines.text.get(i));
    }
    return out;
  }

  /** Builds lines while walking the article's elements. */
  private static final class LineCollector implements NodeVisitor {
    final List<String> text = new ArrayList<>();
    final List<Boolean> heading = new ArrayList<>();
    private final StringBuilder line = new StringBuilder();
    private int headingDepth;
    private int linkDepth;
    private boolean textOutsideLinks;

    @Override
    public void head(Node node, int depth) {
      if (node instanceof TextNode t) {
        appendCollapsed(line, t.getWholeText());
        if (linkDepth == 0 && !t.isBlank()) {
          textOutsideLinks = true;
        }
      } else if (node instanceof Element e) {
        if (e.isBlock() || e.nameIs("br")) {
          flush();
        }
        if (isHeading(e)) {
          headingDepth++;
        } else if (e.nameIs("a")) {
          linkDepth++;
        }
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (node instanceof Element e) {
        if (e.isBlock()) {
          flush();
        }
        if (isHeading(e)) {
          headingDepth--;
        } else if (e.nameIs("a")) {
          linkDepth--;
        }
      }
    }

    void flush() {
      String s = PageMetadata.clean(line.toString());
      if (s != null && textOutsideLinks) {
        text.add(s);
        heading.add(headingDepth > 0);
      }
      line.setLength(0);
      textOutsideLinks = false;
    }
  }

  private static boolean isHeading(Element e) {
    String n = e.normalName();
    return n.length() == 2 && n.charAt(0) == 'h' && n.charAt(1) >= '1' && n.charAt(1) <= '6';
  }

  /** HTML's white space (not the no-break space, which is text) collapsed to one space. */
  private static void appendCollapsed(StringBuilder line, String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f') {
        if (line.length() > 0 && line.charAt(line.length() - 1) != ' ') {
          line.append(' ');
        }
      } else {
        line.append(c);
      }
    }
  }
}
