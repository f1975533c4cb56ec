package org.newskg.server;

import java.time.Duration;
import java.util.Optional;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;
import org.newskg.store.KnowledgeStore;
import org.newskg.store.StoreHolder;

/**
 * newskg's SPARQL endpoint: embedded Fuseki over the TDB2 store, read-only, with the web page
 * at {@code /} and, when a token is given, live ingestion at {@code /newskg/articles}.
 *
 * <ul>
 *   <li>{@code /newskg/sparql} and {@code /newskg}: SPARQL 1.1 query (GET, POST form, POST
 *       {@code application/sparql-query}); no update operation exists, so updates get 4xx.</li>
 *   <li>{@code /newskg/get}: Graph Store Protocol, read only ({@code ?graph=IRI}; the union of
 *       all article graphs is {@code ?graph=urn:x-arq:UnionGraph}).</li>
 *   <li>{@code /newskg/articles}: POST an article (only with a token).</li>
 * </ul>
 */
public final class NewskgServer implements AutoCloseable {
  public static final String DATASET = "/newskg";
  /**
   * The response buffer: Jetty's own pool keeps buffers up to this size. Fuseki asks for 5 MiB,
   * which the pool does not keep, so every response allocated and zeroed a fresh one: that took
   * longer than most of the page's queries.
   */
  static final int OUTPUT_BUFFER_BYTES = 64 * 1024;
  private static final Operation INGEST = Operation.alloc(
      "https://w3id.org/newskg/ns#ingestArticles", "articles", "newskg live ingestion");

  /**
   * @param host    address to bind ({@code 127.0.0.1} = this machine only)
   * @param port    TCP port; 0 picks a free one
   * @param timeout longest a query may run before it is cancelled with an error
   * @param token   the bearer token for live ingestion, or null to switch it off
   */
  public record Settings(String host, int port, Duration timeout, String token) {
    public Settings {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("--port must be 0..65535, not " + port);
      }
      if (timeout.isNegative() || timeout.isZero()) {
        throw new IllegalArgumentException("--timeout must be positive");
      }
      if (token != null && token.strip().length() < 8) {
        throw new IllegalArgumentException("--token must be at least 8 characters");
      }
    }
  }

  private final FusekiServer fuseki;
  private final KnowledgeStore store;
  private final String url;

  private NewskgServer(FusekiServer fuseki, KnowledgeStore store, String url) {
    this.fuseki = fuseki;
    this.store = store;
    this.url = url;
  }

  /**
   * Starts serving {@code store}; {@code ingestor} is used only when the settings have a token.
   * The store stays open (and held) until {@link #close()}.
   */
  public static NewskgServer start(KnowledgeStore store, Settings settings,
                                   Optional<LiveIngestor> ingestor) {
    DatasetGraph dsg = store.datasetGraph();
    // SELECT answers in JSON, the page's format, written without Jena's per-character indenting
    JsonResultsWriter.register();
    // every query over this dataset is cancelled after the timeout (Fuseki answers 503)
    dsg.getContext().set(ARQ.queryTimeout, Long.toString(settings.timeout().toMillis()));

    DataService.Builder service = DataService.newBuilder(dsg)
        .addEndpoint(Operation.Query, "")
        .addEndpoint(Operation.Query, "sparql")
        .addEndpoint(Operation.Query, "query")
        .addEndpoint(Operation.GSP_R, "get");
    FusekiServer.Builder builder = FusekiServer.create()
        .port(settings.port())
        .loopback(isLoopback(settings.host()))
        .enableCors(true, null)
        .enablePing(true);
    // GSP ?default answers the union of the article graphs, as queries see it
    builder.addFilter(DATASET + "/get", new UnionDefaultGraphFilter());
    // the page: "" is the root exactly (Fuseki keeps "/" for its own 404 servlet)
    for (String path : PageServlet.PATHS) {
      builder.addServlet(path, new PageServlet());
    }
    if (settings.token() != null && ingestor.isPresent()) {
      builder.registerOperation(INGEST, new ArticlesService(ingestor.get(), settings.token()));
      service.addEndpoint(INGEST, "articles");
    }
    builder.add(DATASET, service.build());
    FusekiServer fuseki = builder.build();
    // bind exactly the address asked for (Fuseki's builder knows only loopback or all), with a
    // response buffer the connection's pool reuses
    for (Connector c : fuseki.getJettyServer().getConnectors()) {
      if (c instanceof ServerConnector sc) {
        sc.setHost(settings.host());
      }
      HttpConnectionFactory http = c.getConnectionFactory(HttpConnectionFactory.class);
      if (http != null) {
        http.getHttpConfiguration().setOutputBufferSize(OUTPUT_BUFFER_BYTES);
      }
    }
    fuseki.start();
    String hostInUrl = settings.host().contains(":") ? "[" + settings.host() + "]"
        : settings.host();
    String url = "http://" + hostInUrl + ":" + fuseki.getHttpPort();
    StoreHolder.claim(store.directory(), url);
    return new NewskgServer(fuseki, store, url);
  }

  private static boolean isLoopback(String host) {
    return host.equals("127.0.0.1") || host.equals("localhost") || host.equals("::1");
  }

  /** The server's base URL, e.g. {@code http://127.0.0.1:3030}. */
  public String url() {
    return url;
  }

  public int port() {
    return fuseki.getHttpPort();
  }

  /** Blocks until the server stops. */
  public void join() {
    fuseki.join();
  }

  @Override
  public void close() {
    try {
      fuseki.stop();
    } finally {
      StoreHolder.release(store.directory());
    }
  }
}
