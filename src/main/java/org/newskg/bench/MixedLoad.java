package org.newskg.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.newskg.query.QueryTemplate;
import org.newskg.rdf.NKG;

/**
 * The endpoint under a realistic mix: N clients for a fixed time, the readers sending every
 * canned query of {@code queries/} (parameters bound in the VALUES row, as the page and the
 * commands do) and ad-hoc SPARQL (GET, form POST and {@code application/sparql-query}; SELECT,
 * ASK, CONSTRUCT and DESCRIBE, with content negotiation), and, with a token, one of the N a
 * writer POSTing generated articles to {@code /newskg/articles}. Measures each kind of request,
 * and the readers' latency while a POST is in flight against while none is: what "readers are
 * not blocked by the writer" means, measured from outside. Loopback addresses only.
 */
public final class MixedLoad {
  public static final String POST_KIND = "POST /newskg/articles";

  private static final String PREFIXES = "PREFIX nkg: <" + NKG.NS + ">\n"
      + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
      + "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n";
  private static final String JSON_RESULTS = "application/sparql-results+json";
  private static final List<String> RDF_TYPES = List.of("text/turtle", "application/ld+json",
      "application/n-triples", "application/rdf+xml");
  private static final List<String> WORDS = List.of("we", "will", "not", "must");

  /** Latency figures of one kind of request (milliseconds). */
  public record Stats(String kind, long requests, long errors, double perSecond, double p50,
                      double p95, double p99, double max) {
    @Override
    public String toString() {
      return String.format("%-40s %,7d %8.2f %8.1f %8.1f %8.1f %8.1f %6d", kind, requests,
          perSecond, p50, p95, p99, max, errors);
    }
  }

  /**
   * The readers against the writer: latency of the reads that overlapped a POST and of those
   * that did not; of those in flight when a POST's answer came back (its commit had just
   * ended, the one moment a reader could wait for the writer); and the reads that began and
   * ended while one POST was in flight.
   */
  public record Overlap(int posts, double longestPostMillis, Stats duringPost, Stats noPost,
                        Stats acrossCommit, long readsInsidePosts, int postsWithReadsInside,
                        long fewestInsideAPost) {}

  /** One measurement. {@code failed()} when any request failed or a posted article is missing. */
  public record Report(int readers, boolean writer, double seconds, List<Stats> kinds,
                       Stats allReads, Optional<Overlap> overlap, List<String> storedArticles,
                       List<String> missingArticles, long errors, List<String> firstErrors) {
    public boolean failed() {
      return errors > 0 || !missingArticles.isEmpty();
    }
  }

  /** A finished request: its kind, when it started and ended (nanoTime), and why it failed. */
  private record Sample(String kind, long start, long end, String error) {
    boolean ok() {
      return error == null;
    }

    boolean overlaps(Sample other) {
      return start < other.end && other.start < end;
    }

    boolean spansEndOf(Sample other) {
      return start <= other.end && other.end <= end;
    }

    boolean inside(Sample other) {
      return other.start <= start && end <= other.end;
    }
  }

  /** One kind of read: its variants (parameters, formats, transports), each with its check. */
  private record ReadKind(String name, List<Variant> variants) {}

  /** A request and what its answer must look like (null: fine; else why not). */
  private record Variant(HttpRequest request, Function<HttpResponse<String>, String> check) {}

  private final HttpClient http = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5))
      .build();
  private final URI sparql;
  private final Optional<URI> articles;
  private final String token;
  private final int clients;
  private final Duration requestTimeout;
  private final BenchArticles generated;
  private final List<ReadKind> reads;
  /** The IRIs of every article the writer stored, warm-up included: all checked at the end. */
  private final Set<String> stored = ConcurrentHashMap.newKeySet();
  private int nextArticle;

  /**
   * @param sparql   the query endpoint, e.g. {@code http://127.0.0.1:3030/newskg/sparql}
   * @param token    the server's token: one of the clients then POSTs articles; null for none
   * @param clients  concurrent clients, the writer included
   */
  public MixedLoad(URI sparql, String token, int clients, Duration requestTimeout)
      throws IOException, InterruptedException {
    LoadBenchmark.requireLoopback(sparql);
    if (clients < (token == null ? 1 : 2)) {
      throw new IllegalArgumentException("the mix needs at least one reader"
          + (token == null ? "" : " besides the writer"));
    }
    this.sparql = sparql;
    this.token = token;
    this.articles = token == null ? Optional.empty() : Optional.of(articlesBeside(sparql));
    this.clients = clients;
    this.requestTimeout = requestTimeout;
    this.generated = new BenchArticles(Long.toString(System.currentTimeMillis(), 36));
    this.reads = buildReads();
  }

  /** {@code /newskg/articles} beside {@code /newskg/sparql}, {@code /newskg/query} or {@code /newskg}. */
  static URI articlesBeside(URI sparql) {
    String path = sparql.getPath();
    boolean endpoint = path.endsWith("/sparql") || path.endsWith("/query") || path.endsWith("/");
    return (endpoint ? sparql : URI.create(sparql + "/")).resolve("articles");
  }

  /** The kinds of read, in the order they are reported. */
  public List<String> readKinds() {
    return reads.stream().map(ReadKind::name).toList();
  }

  /** Unmeasured load (JIT, caches, connections, CoreNLP's first article); POSTs still count. */
  public void warmUp(Duration duration) throws InterruptedException {
    if (!duration.isZero()) {
      drive(duration);
    }
  }

  /** One measurement of {@code duration}; then checks that every posted article is there. */
  public Report measure(Duration duration) throws IOException, InterruptedException {
    long start = System.nanoTime();
    List<Sample> samples = drive(duration);
    long readersEnd = samples.stream().filter(s -> !s.kind().equals(POST_KIND))
        .mapToLong(Sample::end).max().orElse(start);
    long writerEnd = samples.stream().filter(s -> s.kind().equals(POST_KIND))
        .mapToLong(Sample::end).max().orElse(start);
    double readSeconds = (readersEnd - start) / 1e9;
    double writeSeconds = (writerEnd - start) / 1e9;
    List<Sample> readSamples = samples.stream().filter(s -> !s.kind().equals(POST_KIND)).toList();
    List<Sample> posts = samples.stream().filter(s -> s.kind().equals(POST_KIND)).toList();
    List<Stats> kinds = new ArrayList<>();
    for (ReadKind k : reads) {
      kinds.add(stats(k.name(), readSamples.stream().filter(s -> s.kind().equals(k.name()))
          .toList(), readSeconds));
    }
    if (articles.isPresent()) {
      kinds.add(stats(POST_KIND, posts, writeSeconds));
    }
    Stats allReads = stats("all reads", readSamples, readSeconds);
    Optional<Overlap> overlap = articles.isEmpty() ? Optional.empty()
        : Optional.of(overlap(readSamples, posts, readSeconds));
    List<String> storedNow = new ArrayList<>(new TreeSet<>(stored));
    List<String> missing = missing(storedNow);
    List<String> firstErrors = samples.stream().filter(s -> !s.ok())
        .map(s -> s.kind() + ": " + s.error()).distinct().limit(5).toList();
    long errors = samples.stream().filter(s -> !s.ok()).count();
    return new Report(articles.isPresent() ? clients - 1 : clients, articles.isPresent(),
        Math.max(readSeconds, writeSeconds), kinds, allReads, overlap, storedNow, missing,
        errors, firstErrors);
  }

  private static Overlap overlap(List<Sample> readSamples, List<Sample> posts, double seconds) {
    List<Sample> ok = readSamples.stream().filter(Sample::ok).toList();
    List<Sample> during = new ArrayList<>();
    List<Sample> none = new ArrayList<>();
    List<Sample> acrossCommit = ok.stream()
        .filter(r -> posts.stream().anyMatch(r::spansEndOf)).toList();
    long inside = 0;
    int postsWithInside = 0;
    long fewest = Long.MAX_VALUE;
    for (Sample r : ok) {
      (posts.stream().anyMatch(r::overlaps) ? during : none).add(r);
    }
    for (Sample p : posts) {
      long n = ok.stream().filter(r -> r.inside(p)).count();
      inside += n;
      postsWithInside += n > 0 ? 1 : 0;
      fewest = Math.min(fewest, n);
    }
    double longest = posts.stream().mapToLong(p -> p.end() - p.start()).max().orElse(0) / 1e6;
    return new Overlap(posts.size(), longest, stats("reads while a POST was in flight", during,
        seconds), stats("reads while no POST was in flight", none, seconds),
        stats("reads in flight as a POST answered", acrossCommit, seconds), inside,
        postsWithInside, posts.isEmpty() ? 0 : fewest);
  }

  private static Stats stats(String kind, List<Sample> samples, double seconds) {
    long[] nanos = samples.stream().filter(Sample::ok).mapToLong(s -> s.end() - s.start())
        .sorted().toArray();
    long errors = samples.stream().filter(s -> !s.ok()).count();
    return new Stats(kind, samples.size(), errors, seconds > 0 ? samples.size() / seconds : 0,
        LoadBenchmark.percentile(nanos, 0.50), LoadBenchmark.percentile(nanos, 0.95),
        LoadBenchmark.percentile(nanos, 0.99),
        nanos.length == 0 ? Double.NaN : nanos[nanos.length - 1] / 1e6);
  }

  private List<Sample> drive(Duration duration) throws InterruptedException {
    long deadline = System.nanoTime() + duration.toNanos();
    List<List<Sample>> perClient = new ArrayList<>();
    List<Thread> threads = new ArrayList<>();
    boolean writer = articles.isPresent();
    CountDownLatch writing = new CountDownLatch(writer ? 1 : 0);
    for (int c = 0; c < clients; c++) {
      List<Sample> mine = new ArrayList<>();
      perClient.add(mine);
      int client = c;
      Runnable loop = writer && c == 0 ? () -> {
        try {
          write(deadline, mine);
        } finally {
          writing.countDown();
        }
      } : () -> read(client, firstKind(client, writer), deadline, writing, mine);
      Thread t = new Thread(loop, "mixed-load-" + c);
      threads.add(t);
      t.start();
    }
    for (Thread t : threads) {
      t.join();
    }
    return perClient.stream().flatMap(List::stream).toList();
  }

  /**
   * The kind a reader starts at: the readers spread evenly over the kinds, so that a short run
   * sends every kind (client 0 is the writer, when there is one).
   */
  private int firstKind(int client, boolean writer) {
    int readers = writer ? clients - 1 : clients;
    int reader = writer ? client - 1 : client;
    return reader * reads.size() / readers;
  }

  /**
   * A reader: the kinds in turn, each client starting at another one, until the deadline and
   * until the writer's last POST has answered, so that readers cover every POST to its end.
   */
  private void read(int client, int first, long deadline, CountDownLatch writing,
                    List<Sample> samples) {
    // bounded: stops then, or after a million requests (a POST times out, so the writer ends)
    for (int i = 0; (System.nanoTime() < deadline || writing.getCount() > 0) && i < 1_000_000;
         i++) {
      ReadKind kind = reads.get((first + i) % reads.size());
      Variant v = kind.variants().get((client + i / reads.size()) % kind.variants().size());
      long t0 = System.nanoTime();
      String error;
      try {
        HttpResponse<String> r = http.send(v.request(), HttpResponse.BodyHandlers.ofString());
        error = v.check().apply(r);
      } catch (IOException | RuntimeException e) {
        error = e.toString();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
      samples.add(new Sample(kind.name(), t0, System.nanoTime(), error));
    }
  }

  /**
   * The writer: one article per POST, then as long idle as that POST took, so that about half
   * the run has a POST in flight and half has none: the readers' latency in both is compared.
   * A POST under way at the deadline is waited for (and counted).
   */
  private void write(long deadline, List<Sample> samples) {
    while (System.nanoTime() < deadline) {
      int n;
      synchronized (this) {
        n = nextArticle++;
      }
      HttpRequest request = HttpRequest.newBuilder(articles.orElseThrow())
          .header("Content-Type", "application/json")
          .header("Authorization", "Bearer " + token)
          // CoreNLP on a busy machine: a POST may take far longer than a query
          .timeout(requestTimeout.multipliedBy(10))
          .POST(HttpRequest.BodyPublishers.ofString(generated.json(n)))
          .build();
      long t0 = System.nanoTime();
      String error;
      try {
        HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
        error = checkStored(r, generated.id(n));
      } catch (IOException | RuntimeException e) {
        error = e.toString();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
      long t1 = System.nanoTime();
      samples.add(new Sample(POST_KIND, t0, t1, error));
      long idleUntil = Math.min(deadline, t1 + (t1 - t0));
      try {
        Thread.sleep(Math.max(0, (idleUntil - System.nanoTime()) / 1_000_000));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  private String checkStored(HttpResponse<String> r, String id) {
    if (r.statusCode() != 200) {
      return "HTTP " + r.statusCode() + ": " + r.body().strip();
    }
    JsonObject answer = JSON.parse(r.body());
    JsonArray storedNow = answer.get("stored").getAsArray();
    if (storedNow.size() != 1 || !answer.get("problems").getAsArray().isEmpty()) {
      return "expected one article stored, got " + r.body().strip();
    }
    JsonObject s = storedNow.get(0).getAsObject();
    String iri = s.get("article").getAsString().value();
    if (s.get("unchanged").getAsBoolean().value() || !iri.endsWith("/" + id)) {
      return "expected the new article " + id + " stored, got " + r.body().strip();
    }
    stored.add(iri);
    return null;
  }

  /** The posted articles whose graph the endpoint does not have. */
  private List<String> missing(List<String> iris) throws IOException, InterruptedException {
    if (iris.isEmpty()) {
      return List.of();
    }
    String values = iris.stream().map(i -> "<" + i + ">").collect(Collectors.joining(" "));
    ResultSet rs = select(PREFIXES + "SELECT ?g WHERE { VALUES ?g { " + values + " } "
        + "FILTER EXISTS { GRAPH ?g { ?g a nkg:Article } } }");
    Set<String> found = new TreeSet<>();
    rs.forEachRemaining(s -> found.add(s.getResource("g").getURI()));
    return iris.stream().filter(i -> !found.contains(i)).toList();
  }

  private ResultSet select(String query) throws IOException, InterruptedException {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(sparql)
        .header("Content-Type", "application/sparql-query")
        .header("Accept", JSON_RESULTS)
        .timeout(requestTimeout)
        .POST(HttpRequest.BodyPublishers.ofString(query)).build(),
        HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) {
      throw new IOException(sparql + ": HTTP " + r.statusCode() + ": " + r.body().strip());
    }
    return ResultSetMgr.read(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)),
        ResultSetLang.RS_JSON).rewindable();
  }

  /**
   * The names and IRIs the parameters take: the store's most frequent speakers and targets;
   * for the event queries, the events most articles report, the most frequent participants
   * (their labels), places and actor code prefixes (the first three letters).
   */
  private record Names(List<String> speakers, List<String> targets, List<String> entityIris,
                       List<String> events, List<String> participants, List<String> places,
                       List<String> codePrefixes) {}

  /** The first column of a query's answers, as text. */
  private List<String> column(String query) throws IOException, InterruptedException {
    ResultSet rs = select(PREFIXES + query);
    String var = rs.getResultVars().get(0);
    List<String> values = new ArrayList<>();
    rs.forEachRemaining(s -> values.add(QueryTemplate.text(s, var)));
    return values;
  }

  private static String nth(List<String> values, int i, String none) {
    return values.isEmpty() ? none : values.get(i % values.size());
  }

  private Names names() throws IOException, InterruptedException {
    List<String> speakers = new ArrayList<>();
    List<String> targets = new ArrayList<>();
    List<String> iris = new ArrayList<>();
    for (String property : List.of("speaker", "about")) {
      ResultSet rs = select(PREFIXES + "SELECT ?who ?label (COUNT(?s) AS ?n) WHERE { "
          + "?s a nkg:Statement ; nkg:" + property + " ?who . ?who rdfs:label ?label } "
          + "GROUP BY ?who ?label ORDER BY DESC(?n) ?label LIMIT 4");
      while (rs.hasNext()) {
        QuerySolution s = rs.next();
        (property.equals("speaker") ? speakers : targets).add(QueryTemplate.text(s, "label"));
        iris.add(s.getResource("who").getURI());
      }
    }
    if (speakers.isEmpty() || targets.isEmpty()) {
      throw new IllegalArgumentException("the store has no attributed statements to query: "
          + "ingest some articles first");
    }
    List<String> events = column("SELECT ?event (COUNT(DISTINCT ?a) AS ?n) WHERE { "
        + "?event a nkg:Event ; nkg:inArticle ?a } GROUP BY ?event ORDER BY DESC(?n) ?event "
        + "LIMIT 4");
    List<String> participants = column("SELECT ?label (COUNT(DISTINCT ?e) AS ?n) WHERE { "
        + "?e nkg:participant ?who . ?who rdfs:label ?label } GROUP BY ?label "
        + "ORDER BY DESC(?n) ?label LIMIT 4");
    List<String> places = column("SELECT ?label (COUNT(DISTINCT ?e) AS ?n) WHERE { "
        + "?e nkg:place ?where . ?where rdfs:label ?label } GROUP BY ?label "
        + "ORDER BY DESC(?n) ?label LIMIT 4");
    List<String> codes = column("SELECT ?prefix (COUNT(?p) AS ?n) WHERE { "
        + "?p nkg:actorCode ?code BIND (SUBSTR(?code, 1, 3) AS ?prefix) } GROUP BY ?prefix "
        + "ORDER BY DESC(?n) ?prefix LIMIT 4");
    return new Names(speakers, targets, iris, events, participants, places, codes);
  }

  private List<ReadKind> buildReads() throws IOException, InterruptedException {
    Names names = names();
    List<ReadKind> kinds = new ArrayList<>();
    Node anyDay = date("0001-01-01");
    Node lastDay = date("9999-12-31");
    for (String name : QueryTemplate.names()) {
      QueryTemplate template = QueryTemplate.load(name);
      List<Map<String, Node>> bindings = new ArrayList<>();
      // a few bindings each, as a user of the page or of the commands would give them
      for (int i = 0; i < 4; i++) {
        String speaker = names.speakers().get(i % names.speakers().size());
        String target = names.targets().get(i % names.targets().size());
        Map<String, Node> p = new HashMap<>();
        switch (name) {
          case "said" -> {
            p.put("speakerName", lit(i % 2 == 0 ? speaker : ""));
            p.put("aboutName", lit(i % 2 == 1 ? target : ""));
          }
          case "search" -> {
            p.put("speakerName", lit(i == 0 ? speaker : ""));
            p.put("aboutName", lit(i == 1 ? target : ""));
            p.put("words", lit(WORDS.get(i)));
            p.put("since", i == 3 ? date("2025-01-01") : anyDay);
            p.put("until", i == 3 ? date("2025-12-31") : lastDay);
          }
          case "events" -> {
            p.put("typeCode", lit(List.of("", "04", "consult", "")
                .get(i)));
            p.put("actorName", lit(i == 3 ? target : ""));
          }
          case "statements-by-speaker" -> p.put("speakerName", lit(speaker));
          case "statements-about" -> p.put("aboutName", lit(target));
          case "entities" -> p.put("typeName", lit(List.of("", "Person", "Organization",
              "Country").get(i)));
          case "co-mentioned" -> p.put("name", lit(i == 0 ? "" : target));
          case "events-by-actor" -> {
            p.put("actorName", lit(target));
            p.put("role", lit(List.of("", "actor", "target", "").get(i)));
          }
          case "events-in-date-range" -> {
            p.put("since", i < 2 ? anyDay : date("2025-01-01"));
            p.put("until", i < 2 ? lastDay : date("2025-06-30"));
            p.put("code", lit(i % 2 == 0 ? "" : "04"));
          }
          case "statements-about-event" -> p.put("actorName", lit(i == 0 ? "" : target));
          case "conflict-between-countries" -> p.put("countryName", lit(i == 0 ? "" : target));
          case "event-search" -> {
            // as the page's events view sends it: one filter or two, by type, actor, actor
            // code, place or dates
            p.put("typeCode", lit(i == 0 ? "04" : ""));
            p.put("actorName", lit(i == 1 ? nth(names.participants(), 0, "") : ""));
            p.put("actorCode", lit(i == 2 ? nth(names.codePrefixes(), 0, "") : ""));
            p.put("placeName", lit(i == 3 ? nth(names.places(), 0, "") : ""));
            p.put("since", i == 3 ? date("2000-01-01") : anyDay);
            p.put("until", i == 3 ? date("2025-12-31") : lastDay);
          }
          case "event", "event-reports" -> p.put("event", NodeFactory.createURI(
              nth(names.events(), i, "https://w3id.org/newskg/id/event/none-0")));
          case "entity-events", "entity-event-types", "entity-codes" ->
              p.put("entityName", lit(nth(names.participants(), i, "")));
          default -> {
            // top-speakers, latest and latest-events have no parameters
          }
        }
        bindings.add(p);
      }
      List<Variant> variants = new ArrayList<>();
      for (Map<String, Node> p : bindings) {
        variants.add(asThePageSendsIt(template, p));
      }
      kinds.add(new ReadKind(name + ".rq", variants));
      if (name.equals("statements-about-event")) {
        // the event view asks it for one event: measured apart from the command's searches
        List<Variant> oneEvent = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
          Map<String, Node> p = new HashMap<>();
          p.put("event", NodeFactory.createURI(
              nth(names.events(), i, "https://w3id.org/newskg/id/event/none-0")));
          p.put("actorName", lit(""));
          oneEvent.add(asThePageSendsIt(template, p));
        }
        kinds.add(new ReadKind(name + ".rq, one event (page)", oneEvent));
      }
    }
    kinds.addAll(adHoc(names));
    return Collections.unmodifiableList(kinds);
  }

  /** A canned query bound as the page sends it: POST application/sparql-query, JSON results. */
  private Variant asThePageSendsIt(QueryTemplate template, Map<String, Node> parameters) {
    return new Variant(HttpRequest.newBuilder(sparql)
        .header("Content-Type", "application/sparql-query")
        .header("Accept", JSON_RESULTS)
        .timeout(requestTimeout)
        .POST(HttpRequest.BodyPublishers.ofString(template.bind(parameters).toString())).build(),
        MixedLoad::jsonResults);
  }

  /** Ad-hoc SPARQL, as a client of the endpoint would write it. */
  private List<ReadKind> adHoc(Names names) {
    List<ReadKind> kinds = new ArrayList<>();
    String latest = PREFIXES + "SELECT ?article ?headline ?published (COUNT(?s) AS ?statements)"
        + " WHERE { GRAPH ?article { ?article a nkg:Article . "
        + "OPTIONAL { ?article nkg:headline ?headline } "
        + "OPTIONAL { ?article nkg:published ?published } "
        + "OPTIONAL { ?s a nkg:Statement } } } "
        + "GROUP BY ?article ?headline ?published ORDER BY DESC(?published) LIMIT 10";
    kinds.add(new ReadKind("ad hoc: latest articles (GET, JSON)", List.of(new Variant(
        get(latest, JSON_RESULTS), MixedLoad::jsonResults))));

    List<Variant> words = new ArrayList<>();
    for (String w : WORDS) {
      String q = PREFIXES + "SELECT ?quote ?speaker WHERE { ?s a nkg:Statement ; nkg:text ?quote"
          + " OPTIONAL { ?s nkg:speaker/rdfs:label ?speaker } "
          + "FILTER CONTAINS(LCASE(?quote), \"" + w + "\") } LIMIT 50";
      words.add(new Variant(HttpRequest.newBuilder(sparql)
          .header("Content-Type", "application/x-www-form-urlencoded")
          .header("Accept", "text/csv")
          .timeout(requestTimeout)
          .POST(HttpRequest.BodyPublishers.ofString("query=" + encode(q))).build(),
          r -> expect(r, "text/csv", r.body().startsWith("quote,speaker"))));
    }
    kinds.add(new ReadKind("ad hoc: quotes with a word (form, CSV)", words));

    kinds.add(new ReadKind("ad hoc: events per type (GET, TSV)", List.of(new Variant(
        get(PREFIXES + "SELECT ?type (COUNT(?e) AS ?events) WHERE { ?e a nkg:Event ; "
            + "nkg:eventType/skos:prefLabel ?type } GROUP BY ?type ORDER BY DESC(?events)",
            "text/tab-separated-values"),
        r -> expect(r, "text/tab-separated-values", r.body().startsWith("?type\t"))))));

    List<Variant> construct = new ArrayList<>();
    for (int i = 0; i < RDF_TYPES.size(); i++) {
      String speaker = names.speakers().get(i % names.speakers().size());
      String q = PREFIXES + "CONSTRUCT { ?s nkg:text ?quote ; nkg:speaker ?who ; nkg:about ?what"
          + " . ?who rdfs:label ?name } WHERE { ?s a nkg:Statement ; nkg:text ?quote ; "
          + "nkg:speaker ?who . ?who rdfs:label ?name FILTER (?name = " + quoted(speaker) + ") "
          + "OPTIONAL { ?s nkg:about ?what } }";
      String type = RDF_TYPES.get(i);
      construct.add(new Variant(HttpRequest.newBuilder(sparql)
          .header("Content-Type", "application/sparql-query")
          .header("Accept", type)
          .timeout(requestTimeout)
          .POST(HttpRequest.BodyPublishers.ofString(q)).build(), r -> rdf(r, type)));
    }
    kinds.add(new ReadKind("ad hoc: CONSTRUCT (4 RDF formats)", construct));

    List<Variant> describe = new ArrayList<>();
    for (int i = 0; i < names.entityIris().size(); i++) {
      String type = RDF_TYPES.get(i % RDF_TYPES.size());
      describe.add(new Variant(get("DESCRIBE <" + names.entityIris().get(i) + ">", type),
          r -> rdf(r, type)));
    }
    kinds.add(new ReadKind("ad hoc: DESCRIBE (GET, 4 RDF formats)", describe));

    kinds.add(new ReadKind("ad hoc: ASK (GET, JSON)", List.of(new Variant(
        get(PREFIXES + "ASK { ?s a nkg:Statement ; nkg:speaker ?who ; nkg:about ?what }",
            JSON_RESULTS),
        r -> expect(r, JSON_RESULTS, r.body().contains("\"boolean\" : true")
            || r.body().contains("\"boolean\":true"))))));
    return kinds;
  }

  private HttpRequest get(String query, String accept) {
    return HttpRequest.newBuilder(URI.create(sparql + "?query=" + encode(query)))
        .header("Accept", accept).timeout(requestTimeout).GET().build();
  }

  private static String jsonResults(HttpResponse<String> r) {
    return expect(r, JSON_RESULTS, r.body().contains("\"bindings\""));
  }

  private static String expect(HttpResponse<String> r, String type, boolean bodyLooksRight) {
    if (r.statusCode() != 200) {
      return "HTTP " + r.statusCode() + ": " + abbreviate(r.body());
    }
    String got = r.headers().firstValue("Content-Type").orElse("");
    if (!got.startsWith(type)) {
      return "asked for " + type + ", got " + got;
    }
    return bodyLooksRight ? null : "unexpected answer: " + abbreviate(r.body());
  }

  /** An RDF answer: the type asked for, and it parses into at least one triple. */
  private static String rdf(HttpResponse<String> r, String type) {
    String error = expect(r, type, true);
    if (error != null) {
      return error;
    }
    Lang lang = RDFLanguages.contentTypeToLang(type);
    var graph = GraphFactory.createDefaultGraph();
    RDFParser.fromString(r.body(), lang).parse(graph);
    return graph.isEmpty() ? "empty " + type + " answer" : null;
  }

  private static String abbreviate(String s) {
    String t = s.strip();
    return t.length() > 300 ? t.substring(0, 300) + "…" : t;
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /** A SPARQL string literal of a name read from the store: escaped, never spliced raw. */
  private static String quoted(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n")
        .replace("\r", "\\r") + "\"";
  }

  private static Node lit(String s) {
    return NodeFactory.createLiteralString(s);
  }

  private static Node date(String s) {
    return NodeFactory.createLiteralDT(s, XSDDatatype.XSDdate);
  }

  /** A printable summary, one line per kind. */
  public static String format(Report report) {
    StringBuilder out = new StringBuilder();
    out.append(String.format("%-40s %7s %8s %8s %8s %8s %8s %6s%n", "request kind", "count",
        "req/s", "p50 ms", "p95 ms", "p99 ms", "max ms", "errors"));
    report.kinds().forEach(k -> out.append(k).append('\n'));
    out.append(report.allReads()).append('\n');
    report.overlap().ifPresent(o -> {
      out.append(o.duringPost()).append('\n');
      out.append(o.noPost()).append('\n');
      out.append(o.acrossCommit()).append('\n');
      out.append(String.format("%,d POSTs (longest %.0f ms); %,d reads began and ended inside a "
              + "POST; %d of %d POSTs had reads complete inside them (fewest %,d)%n", o.posts(),
          o.longestPostMillis(), o.readsInsidePosts(), o.postsWithReadsInside(), o.posts(),
          o.fewestInsideAPost()));
      out.append(String.format("posted articles: %d stored, %d of them missing from the "
          + "endpoint afterwards%n", report.storedArticles().size(),
          report.missingArticles().size()));
      report.missingArticles().forEach(m -> out.append("  missing: ").append(m).append('\n'));
    });
    out.append(String.format("%d readers%s, %.1f s, %,d errors%n", report.readers(),
        report.writer() ? " + 1 writer" : "", report.seconds(), report.errors()));
    report.firstErrors().forEach(e -> out.append("  error: ").append(e).append('\n'));
    return out.toString();
  }
}
