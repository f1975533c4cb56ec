package org.newskg.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.fuseki.servlets.BaseActionREST;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.newskg.source.ArticleDefaults;

/**
 * {@code POST /newskg/articles}: live ingestion. The body is one JSON article (or JSON lines,
 * the {@code .jsonl} fields) or plain text in the {@code .txt} format; the answer is JSON
 * listing what was stored and what failed. Each request needs {@code Authorization: Bearer
 * TOKEN}; the endpoint exists only when the server was started with a token.
 */
final class ArticlesService extends BaseActionREST {
  /** Bodies above this are refused (413): a news article is tens of kilobytes. */
  static final int MAX_BODY_BYTES = 16 << 20;

  private final LiveIngestor ingestor;
  private final byte[] expectedAuthorization;

  ArticlesService(LiveIngestor ingestor, String token) {
    this.ingestor = ingestor;
    this.expectedAuthorization = ("Bearer " + token).getBytes(StandardCharsets.UTF_8);
  }

  /**
   * A refusal does not read the body; the connection is closed after it so that a client does
   * not reuse a connection whose unread body the server then drops (the next request on it
   * would see no answer).
   */
  private static void closeAfterRefusal(HttpAction action) {
    action.getResponse().setHeader("Connection", "close");
  }

  @Override
  protected void doPost(HttpAction action) {
    String authorization = action.getRequestHeader("Authorization");
    // constant-time comparison: the time of a refusal says nothing about the token
    if (authorization == null || !MessageDigest.isEqual(expectedAuthorization,
        authorization.strip().getBytes(StandardCharsets.UTF_8))) {
      action.getResponse().setHeader("WWW-Authenticate", "Bearer realm=\"newskg\"");
      closeAfterRefusal(action);
      ServletOps.error(401, "POST /newskg/articles needs the header 'Authorization: Bearer "
          + "TOKEN' with the token given to 'newskg serve --token'");
    }
    String type = action.getRequestContentType();
    String mediaType = type == null ? "" : type.split(";")[0].strip().toLowerCase();
    boolean json = switch (mediaType) {
      case "application/json", "application/x-ndjson", "application/jsonl",
           "application/json-lines" -> true;
      case "text/plain" -> false;
      default -> {
        closeAfterRefusal(action);
        ServletOps.error(415, "send an article as application/json (the .jsonl fields: id, "
            + "url, title, published, publisher, text) or as text/plain, not '" + type + "'");
        yield false;
      }
    };
    if (action.getRequestContentLengthLong() > MAX_BODY_BYTES) {
      closeAfterRefusal(action);
      ServletOps.error(413, "request body larger than " + MAX_BODY_BYTES + " bytes");
    }
    byte[] body = readBody(action);
    if (json) {
      // one pretty-printed JSON object is one article: the reader wants one per line
      String text = new String(body, StandardCharsets.UTF_8).strip();
      if (text.startsWith("{") && text.indexOf('\n') > 0 && isOneObject(text)) {
        body = JSON.toStringFlat(JSON.parseAny(text)).getBytes(StandardCharsets.UTF_8);
      }
    }
    ArticleDefaults defaults = new ArticleDefaults(action.getRequestParameter("publisher"),
        action.getRequestParameter("published"));
    LiveIngestor.Result result = ingestor.ingest(body, json, defaults);
    JsonObject answer = new JsonObject();
    JsonArray stored = new JsonArray();
    for (LiveIngestor.Stored s : result.stored()) {
      JsonObject o = new JsonObject();
      o.put("article", s.article());
      o.put("unchanged", s.unchanged());
      o.put("statements", s.statements());
      o.put("entities", s.entities());
      stored.add(o);
    }
    JsonArray problems = new JsonArray();
    result.problems().forEach(p -> {
      JsonObject o = new JsonObject();
      o.put("origin", p.origin());
      o.put("reason", p.reason());
      problems.add(o);
    });
    answer.put("stored", stored);
    answer.put("problems", problems);
    // 200 when everything went in; 422 when nothing did (every article was bad)
    int status = result.problems().isEmpty() ? 200 : result.stored().isEmpty() ? 422 : 200;
    send(action, status, answer);
  }

  private static boolean isOneObject(String text) {
    try {
      return JSON.parseAny(text).isObject();
    } catch (RuntimeException e) {
      return false;
    }
  }

  private static byte[] readBody(HttpAction action) {
    try (InputStream in = action.getRequestInputStream()) {
      byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
      if (body.length > MAX_BODY_BYTES) {
        ServletOps.error(413, "request body larger than " + MAX_BODY_BYTES + " bytes");
      }
      return body;
    } catch (IOException e) {
      ServletOps.errorBadRequest("cannot read the request body: " + e.getMessage());
      return new byte[0];
    }
  }

  private static void send(HttpAction action, int status, JsonObject answer) {
    byte[] bytes = (answer.toString() + "\n").getBytes(StandardCharsets.UTF_8);
    action.setResponseStatus(status);
    action.setResponseContentType("application/json");
    action.setResponseCharacterEncoding("utf-8");
    try (OutputStream out = action.getResponseOutputStream()) {
      out.write(bytes);
    } catch (IOException e) {
      action.log.warn("cannot send the answer: " + e);
    }
  }
}
