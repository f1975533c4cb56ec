package org.newskg.load;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.newskg.ingest.IngestListener;
import org.newskg.ingest.IngestProblem;
import org.newskg.ingest.IngestReport;
import org.newskg.rdf.ArticleGraph;
import org.newskg.source.ArticleSources;
import org.newskg.store.KnowledgeStore;

/**
 * Loads what the Spark job wrote ({@link JobOutput}) into a store, with the result a
 * single-machine ingest of the same input gives:
 *
 * <ol>
 *   <li>reads the manifest and puts the articles in input order; an article the store already
 *       holds with the same content hash is skipped (its headlines are kept);</li>
 *   <li>bulk-loads the N-Quads of the others with Jena's TDB2 loader into a staging database
 *       beside the store: every part file is parsed and indexed before the store is touched, so
 *       a damaged output fails with the store as it was;</li>
 *   <li>links them into the store in input order, in batches (the link stage, as an ingest does: {@link org.newskg.ingest.StoreWriter});</li>
 *   <li>adds the other headlines of repeated texts and compacts the store.</li>
 * </ol>
 */
public final class BulkLoader {
  /**
   * @param batchSize    articles per write transaction of the linking step
   * @param force        load articles even when the store has the same content
   * @param compactAfter compact the store when at least this many articles were loaded
   */
  public record Options(int batchSize, boolean force, int compactAfter) {
    public Options {
      if (batchSize < 1) {
        throw new IllegalArgumentException("--batch-size must be at least 1");
      }
      if (compactAfter < 1) {
        throw new IllegalArgumentException("--compact-after must be at least 1");
      }
    }
  }

  /**
   * What a load did: the ingest's counts, and where the time went.
   *
   * @param quads          quads bulk-loaded into the staging database
   * @param stagingSeconds parsing and bulk-loading the N-Quads
   * @param linkingSeconds linking the articles into the store
   * @param compactingSeconds compacting the store
   */
  public record Report(IngestReport ingest, long quads, double stagingSeconds,
                       double linkingSeconds, double compactingSeconds) {}

  /** The output directory is not a finished job's, or cannot be read. */
  public static final class BadOutputException extends IllegalArgumentException {
    public BadOutputException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /**
   * Checks that {@code dir} holds a finished job's output, before a store is opened for it.
   *
   * @throws BadOutputException when it does not
   */
  public static void checkOutput(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new BadOutputException("no such directory: " + dir, null);
    }
    if (!Files.exists(dir.resolve(JobOutput.SUCCESS))) {
      throw new BadOutputException(dir + " is not the output of a finished spark-ingest job (no "
          + JobOutput.SUCCESS + "); run the job again", null);
    }
  }

  public Report load(Path dir, KnowledgeStore store, Options options, IngestListener listener) {
    long start = System.nanoTime();
    checkOutput(dir);
    List<IngestProblem> problems = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    List<JobOutput.Entry> entries = new ArrayList<>();
    for (Path part : JobOutput.parts(dir, JobOutput.MANIFEST)) {
      readLines(part, line -> entries.add(JobOutput.Entry.fromJson(line)));
    }
    long failedArticles = 0;
    long characters = 0;
    for (Path part : JobOutput.parts(dir, JobOutput.FAILED)) {
      List<JobOutput.Failure> failures = new ArrayList<>();
      readLines(part, line -> failures.add(JobOutput.Failure.fromJson(line)));
      for (JobOutput.Failure f : failures) {
        problems.add(new IngestProblem(f.origin(), f.reason()));
        listener.problem(problems.get(problems.size() - 1));
        failedArticles += f.article() ? 1 : 0;
        characters += f.characters();
      }
    }
    entries.sort(Comparator.comparing(JobOutput.Entry::position));
    // two texts under one identity: the later replaces the earlier, as an ingest writes them
    Map<String, JobOutput.Entry> byIri = new LinkedHashMap<>();
    for (JobOutput.Entry e : entries) {
      byIri.remove(e.iri());
      byIri.put(e.iri(), e);
    }
    List<JobOutput.Entry> ordered = new ArrayList<>(byIri.values());
    ordered.sort(Comparator.comparing(JobOutput.Entry::position));

    long total = ordered.size();
    // the failed articles' characters are done already
    long totalCharacters = characters
        + ordered.stream().mapToLong(JobOutput.Entry::characters).sum();
    listener.started(total, totalCharacters);
    List<JobOutput.Entry> toLoad = new ArrayList<>();
    Map<String, Set<String>> otherHeadlines = new LinkedHashMap<>();
    long unchanged = 0;
    long duplicates = 0;
    long done = 0;
    for (JobOutput.Entry e : ordered) {
      boolean stored = !options.force()
          && store.contentHashOf(e.iri()).filter(e.contentHash()::equals).isPresent();
      if (stored) {
        unchanged++;
        done++;
        characters += e.characters();
        if (e.headline() != null) {
          headlines(otherHeadlines, e.iri()).add(e.headline());
        }
        listener.progress(done, total, 0, characters, totalCharacters);
      } else {
        toLoad.add(e);
      }
      for (JobOutput.Sighting s : e.repeats()) {
        duplicates++;
        warnings.add(s.origin() + " repeats the text of " + e.origin()
            + ": analyzed and counted once");
        if (s.headline() != null) {
          headlines(otherHeadlines, e.iri()).add(s.headline());
        }
      }
    }

    long t0 = System.nanoTime();
    Path staging = createStaging(store.directory());
    DatasetGraph stage = DatabaseMgr.connectDatasetGraph(staging.toString());
    long ingested = 0;
    long statements = 0;
    long actors = 0;
    long tokens = 0;
    long triples = 0;
    long quads;
    double stagingSeconds;
    double linkingSeconds;
    try {
      quads = stage(dir, stage, toLoad);
      stagingSeconds = (System.nanoTime() - t0) / 1e9;
      long t1 = System.nanoTime();
      org.newskg.ingest.StoreWriter writer = new org.newskg.ingest.StoreWriter(store);
      for (int from = 0; from < toLoad.size(); from += options.batchSize()) {
        List<JobOutput.Entry> slice =
            toLoad.subList(from, Math.min(toLoad.size(), from + options.batchSize()));
        List<ArticleGraph> batch = new ArrayList<>();
        for (JobOutput.Entry e : slice) {
          Graph graph = staged(stage, e.iri());
          if (graph.isEmpty()) {
            problems.add(new IngestProblem(e.origin(), "its graph <" + e.iri()
                + "> is missing from " + dir.resolve(JobOutput.NQUADS)));
            listener.problem(problems.get(problems.size() - 1));
            continue;
          }
          batch.add(new ArticleGraph(e.iri(), e.contentHash(), graph, (int) e.statements(),
              (int) e.actors()));
        }
        writer.write(batch);
        for (JobOutput.Entry e : slice) {
          done++;
          characters += e.characters();
          tokens += e.tokens();
          listener.progress(done, total, tokens, characters, totalCharacters);
        }
        for (ArticleGraph g : batch) {
          ingested++;
          statements += g.statements();
          actors += g.actors();
          triples += g.graph().size();
        }
      }
      linkingSeconds = (System.nanoTime() - t1) / 1e9;
    } finally {
      TDBInternal.expel(stage);
      deleteTree(staging);
    }
    store.addAlternativeHeadlines(otherHeadlines);
    double compactingSeconds = 0;
    if (ingested >= options.compactAfter()) {
      long t2 = System.nanoTime();
      store.compact();
      compactingSeconds = (System.nanoTime() - t2) / 1e9;
    }
    IngestReport report = new IngestReport(total + failedArticles, ingested, unchanged,
        duplicates, statements, actors, tokens, triples, characters,
        (System.nanoTime() - start) / 1e9, problems, warnings,
        new ArticleSources.Summary(0, (int) total, problems.size(), 0));
    return new Report(report, quads, stagingSeconds, linkingSeconds, compactingSeconds);
  }

  /** Bulk-loads the quads of the articles to load; the rest of the output is left out. */
  private static long stage(Path dir, DatasetGraph stage, List<JobOutput.Entry> toLoad) {
    Set<Node> wanted = new HashSet<>();
    for (JobOutput.Entry e : toLoad) {
      wanted.add(NodeFactory.createURI(e.iri()));
    }
    DataLoader loader = LoaderFactory.phasedLoader(stage, (fmt, args) -> { });
    loader.startBulk();
    StreamRDF into = new StreamRDFWrapper(loader.stream()) {
      @Override
      public void quad(Quad quad) {
        if (wanted.contains(quad.getGraph())) {
          super.quad(quad);
        }
      }

      @Override
      public void triple(org.apache.jena.graph.Triple triple) {
        // N-Quads without a graph name are none of ours
      }
    };
    Path current = null;
    try {
      for (Path part : JobOutput.parts(dir, JobOutput.NQUADS)) {
        current = part;
        RDFParser.source(part).lang(Lang.NQUADS).parse(into);
      }
      loader.finishBulk();
    } catch (RiotException e) {
      loader.finishException(e);
      throw new BadOutputException(current + ": not valid N-Quads (" + e.getMessage()
          + "); the store was not changed", e);
    }
    return loader.countQuads();
  }

  private static Graph staged(DatasetGraph stage, String iri) {
    return Txn.calculateRead(stage, () -> {
      Graph copy = GraphFactory.createDefaultGraph();
      stage.getGraph(NodeFactory.createURI(iri)).find().forEachRemaining(copy::add);
      return copy;
    });
  }

  private static Set<String> headlines(Map<String, Set<String>> byIri, String iri) {
    return byIri.computeIfAbsent(iri, k -> new LinkedHashSet<>());
  }

  private static void readLines(Path file, java.util.function.Consumer<String> handler) {
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int n = 0;
      while ((line = in.readLine()) != null) {
        n++;
        if (line.isBlank()) {
          continue;
        }
        try {
          handler.accept(line);
        } catch (RuntimeException e) {
          throw new BadOutputException(file + ":" + n + ": not a line spark-ingest writes ("
              + e.getMessage() + ")", e);
        }
      }
    } catch (IOException e) {
      throw new BadOutputException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /** The staging database, beside the store (the same disk, so no other disk fills up). */
  private static Path createStaging(Path storeDir) {
    Path parent = storeDir.toAbsolutePath().getParent();
    try {
      return Files.createTempDirectory(parent, ".newskg-load-");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a staging directory in " + parent + ": "
          + e.getMessage(), e);
    }
  }

  private static void deleteTree(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a leftover staging directory is only disk space
    }
  }
}
