package org.newskg.client;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.newskg.ingest.IngestProblem;
import org.newskg.source.Article;
import org.newskg.source.ArticleDefaults;
import org.newskg.source.ArticleSink;
import org.newskg.server.NewskgServer;
import org.newskg.source.ArticleSources;

/**
 * {@code newskg ingest --server URL}: reads articles with the same readers as a local ingest
 * and sends each to a running server's {@code POST /newskg/articles}, which analyzes and
 * commits it. The server is then the store's only writer.
 */
public final class ArticleClient {
  /**
   * What was sent: articles stored, unchanged, statements, and what failed; {@code input} is
   * what reading saw (files, and what was skipped).
   */
  public record Report(int sent, int stored, int unchanged, long statements,
                       List<IngestProblem> problems, ArticleSources.Summary input) {}

  private final URI endpoint;
  private final String token;
  private final HttpClient http = HttpClient.newBuilder()
      .connectTimeout(Duration.ofSeconds(10)).build();

  /** @param serverUrl the server's base URL, e.g. {@code http://127.0.0.1:3030} */
  public ArticleClient(String serverUrl, String token) {
    String base = serverUrl.endsWith("/") ? serverUrl.substring(0, serverUrl.length() - 1)
        : serverUrl;
    this.endpoint = URI.create(base + NewskgServer.DATASET + "/articles");
    this.token = token;
  }

  public Report send(List<Path> inputs, ArticleDefaults defaults, PrintWriter progress) {
    return send(inputs, new ArticleSources(), defaults, progress);
  }

  /** @param sources the readers, with the longest article to send */
  public Report send(List<Path> inputs, ArticleSources sources, ArticleDefaults defaults,
                     PrintWriter progress) {
    List<IngestProblem> problems = new ArrayList<>();
    int[] counts = new int[3];
    long[] statements = {0};
    ArticleSources.Summary input = sources.read(inputs, defaults, new ArticleSink() {
      @Override
      public void article(Article a) {
        counts[0]++;
        try {
          JsonObject answer = post(a);
          for (JsonValue s : answer.get("stored").getAsArray()) {
            JsonObject o = s.getAsObject();
            if (o.get("unchanged").getAsBoolean().value()) {
              counts[2]++;
            } else {
              counts[1]++;
              statements[0] += o.get("statements").getAsNumber().value().longValue();
            }
          }
          for (JsonValue p : answer.get("problems").getAsArray()) {
            problems.add(new IngestProblem(a.origin(),
                p.getAsObject().get("reason").getAsString().value()));
          }
          progress.printf("  %s: sent%n", a.origin());
        } catch (IOException | RuntimeException e) {
          problems.add(new IngestProblem(a.origin(), e.getMessage()));
        }
      }

      @Override
      public void problem(String origin, String reason) {
        problems.add(new IngestProblem(origin, reason));
      }
    });
    return new Report(counts[0], counts[1], counts[2], statements[0], problems, input);
  }

  private JsonObject post(Article a) throws IOException {
    JsonObject json = new JsonObject();
    putIfPresent(json, "id", a.id());
    putIfPresent(json, "url", a.url());
    putIfPresent(json, "title", a.headline());
    putIfPresent(json, "published", a.published());
    putIfPresent(json, "publisher", a.publisher());
    json.put("text", a.text());
    // one line: the server reads JSON lines
    String body = JSON.toStringFlat(json);
    HttpRequest request = HttpRequest.newBuilder(endpoint)
        .header("Content-Type", "application/json")
        .header("Authorization", "Bearer " + token)
        .timeout(Duration.ofMinutes(10))
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build();
    HttpResponse<String> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } catch (IOException e) {
      throw new IOException("cannot reach the server at " + endpoint + ": " + e, e);
    }
    int status = response.statusCode();
    if (status == 200 || status == 422) {
      return JSON.parse(response.body());
    }
    String why = switch (status) {
      case 401 -> "the server refused the token (give the one 'newskg serve --token' has)";
      case 404 -> "the server has no live ingestion (start it with --token)";
      default -> "HTTP " + status;
    };
    throw new IOException(endpoint + ": " + why + ": " + response.body().strip());
  }

  private static void putIfPresent(JsonObject json, String key, String value) {
    if (value != null) {
      json.put(key, value);
    }
  }
}
