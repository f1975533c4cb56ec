package org.newskg.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The web page and the canned queries it runs: {@code /} (index.html, app.js, style.css, from
 * the classpath), {@code /queries/NAME.rq}, the very files the command line uses, so the page
 * asks exactly what a SPARQL client can ask, and {@code /context.jsonld}, the JSON-LD context of
 * the exports.
 */
final class PageServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;
  private static final Map<String, String> PAGE_FILES = Map.of(
      "/index.html", "text/html; charset=utf-8",
      "/app.js", "text/javascript; charset=utf-8",
      "/style.css", "text/css; charset=utf-8");
  /** Where the servlet is mounted. */
  static final java.util.List<String> PATHS =
      java.util.List.of("", "/index.html", "/app.js", "/style.css", "/queries/*",
          "/context.jsonld");
  private static final Pattern QUERY_FILE = Pattern.compile("/queries/[a-z0-9-]+\\.rq");
  /** Only our own files run: an article that smuggles markup into the page cannot load code. */
  static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; "
      + "style-src 'self'; img-src 'self' data:; connect-src 'self'; form-action 'self'; "
      + "base-uri 'none'; frame-ancestors 'none'";

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String path = request.getRequestURI();
    if (path.equals("/") || path.isEmpty()) {
      path = "/index.html";
    }
    String resource;
    String type;
    if (PAGE_FILES.containsKey(path)) {
      resource = "/org/newskg/server/web" + path;
      type = PAGE_FILES.get(path);
    } else if (path.equals("/context.jsonld")) {
      // the JSON-LD context of 'newskg export --format jsonld', at a URL that does not change
      resource = "/ontology/context.jsonld";
      type = "application/ld+json";
    } else if (QUERY_FILE.matcher(path).matches()) {
      resource = path;
      type = "application/sparql-query; charset=utf-8";
    } else {
      response.sendError(404, "no such page: " + path);
      return;
    }
    try (InputStream in = PageServlet.class.getResourceAsStream(resource)) {
      if (in == null) {
        response.sendError(404, "no such page: " + path);
        return;
      }
      byte[] bytes = in.readAllBytes();
      response.setStatus(200);
      response.setContentType(type);
      response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
      response.setHeader("X-Content-Type-Options", "nosniff");
      response.setHeader("Referrer-Policy", "no-referrer");
      response.setHeader("Cache-Control", "no-cache");
      response.setContentLength(bytes.length);
      response.getOutputStream().write(bytes);
    }
  }
}
