package org.newskg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.Iterator;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.vocabulary.RDFS;
import org.newskg.link.LinkedBatch;
import org.newskg.link.ReadForms;
import org.newskg.rdf.ArticleGraph;
import org.newskg.rdf.NKG;
import org.newskg.rdf.NameKeys;

/**
 * The TDB2 store: one named graph per article (graph name = article IRI), the view of the
 * article the link stage derived from what it read; the links graph ({@link NKG#LINKS_GRAPH})
 * with what the link stage decided across articles; the statistics graph. Queries see the union
 * of the named graphs as the default graph. The stored default graph, which queries do not see,
 * holds the store's own bookkeeping: its layout ({@link #LAYOUT}) and each article's graph as
 * read ({@link NKG#readAs}), from which the link stage derives the views again. One process at
 * a time may open a store directory (TDB2 locks it); within the process, one writer and any
 * number of readers.
 */
public final class KnowledgeStore implements AutoCloseable, ReadForms {
  /**
   * The layout this version writes and reads: 2, article graphs as views with each article's
   * graph as read kept beside them and a links graph. A store without a layout is of layout 1
   * (article graphs that linking rewrote in place), converted when opened.
   */
  public static final int LAYOUT = 2;
  /** Below this much free space a failed write is put down to a full disk. */
  private static final long LOW_SPACE_BYTES = 8L << 20;

  private final Path directory;
  private final DatasetGraph dsg;
  private final boolean temporary;
  private final EntityStatistics statistics;
  /** Linked batches committed since the store was opened (see {@link ReadForms}). */
  private final java.util.concurrent.atomic.AtomicLong generation =
      new java.util.concurrent.atomic.AtomicLong();

  private KnowledgeStore(Path directory, DatasetGraph dsg, boolean temporary) {
    this.directory = directory;
    this.dsg = dsg;
    this.temporary = temporary;
    this.statistics = new EntityStatistics(dsg);
  }

  /** A store in a new temporary directory, deleted on close (for bench and eval). */
  public static KnowledgeStore temporary() {
    try {
      return open(Files.createTempDirectory("newskg-store"), true, notice -> { });
    } catch (IOException e) {
      throw new StoreException("cannot create a temporary store: " + e, e);
    }
  }

  /** Opens (creating if needed) the store in {@code directory}, converting it quietly. */
  public static KnowledgeStore open(Path directory) {
    return open(directory, false, notice -> { });
  }

  /**
   * Opens (creating if needed) the store in {@code directory}; what the caller should tell the
   * user about it (a store of an earlier layout converted) goes to {@code notices}, one line
   * each, without the program's name.
   */
  public static KnowledgeStore open(Path directory, java.util.function.Consumer<String> notices) {
    return open(directory, false, notices);
  }

  private static KnowledgeStore open(Path directory, boolean temporary,
                                     java.util.function.Consumer<String> notices) {
    try {
      Files.createDirectories(directory);
    } catch (IOException e) {
      throw new StoreException("cannot create store directory " + directory + ": " + e, e);
    }
    if (!Files.isWritable(directory)) {
      throw new StoreException("store directory " + directory + " is not writable");
    }
    // a running server holds the store: say which, before TDB2's anonymous lock error
    StoreHolder.of(directory).ifPresent(holder -> {
      throw new StoreException(holder.describe(directory));
    });
    try {
      DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(directory.toString());
      // SPARQL over the store sees every article graph at once
      dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
      KnowledgeStore store = new KnowledgeStore(directory, dsg, temporary);
      try {
        StoreLayout.check(dsg, directory, notices);
      } catch (StoreException e) {
        org.apache.jena.tdb2.sys.TDBInternal.expel(dsg);
        throw e;
      }
      store.addMissingNameKeys();
      store.addMissingStatistics();
      return store;
    } catch (StoreException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new StoreException(describeOpenFailure(directory, e), e);
    }
  }

  private static String describeOpenFailure(Path directory, RuntimeException e) {
    String message = String.valueOf(e.getMessage());
    if (message.contains("lock")) {
      return "store " + directory + " is in use by another process" + lockHolder(directory)
          + "; stop it, or use another --store";
    }
    return "cannot open store " + directory + ": " + message;
  }

  private static String lockHolder(Path directory) {
    Path lock = directory.resolve("tdb.lock");
    try {
      String pid = Files.readString(lock, StandardCharsets.US_ASCII).strip();
      return pid.isEmpty() ? "" : " (process " + pid + commandOf(pid) + ")";
    } catch (IOException e) {
      return "";
    }
  }

  /**
   * What the holding process runs, as the user typed it ({@code ": newskg ingest corpus"}),
   * when it is a newskg command this system can see; else nothing.
   */
  static String commandOf(String pid) {
    try {
      List<String> args = argumentsOf(Long.parseLong(pid));
      for (int i = 0; i < args.size(); i++) {
        String a = args.get(i);
        boolean main = a.endsWith(".NewskgCommand");
        boolean jar = a.equals("-jar") && i + 1 < args.size()
            && args.get(i + 1).endsWith("newskg.jar");
        if (main || jar) {
          return ": newskg " + String.join(" ", args.subList(i + (jar ? 2 : 1), args.size()));
        }
      }
    } catch (NumberFormatException e) {
      // not a process id
    }
    return "";
  }

  /**
   * A process's arguments: from /proc where there is one (the JDK's ProcessHandle.Info gives
   * none for a JVM whose command line, with its long class path, exceeds its buffer).
   */
  private static List<String> argumentsOf(long pid) {
    Path cmdline = Path.of("/proc", Long.toString(pid), "cmdline");
    try {
      String all = Files.readString(cmdline, StandardCharsets.UTF_8);
      return List.of(all.split("\0"));
    } catch (IOException | RuntimeException e) {
      return ProcessHandle.of(pid).flatMap(h -> h.info().arguments()).map(List::of)
          .orElse(List.of());
    }
  }

  public Path directory() {
    return directory;
  }

  /** The dataset for SPARQL (union default graph); callers run queries in read transactions. */
  public Dataset dataset() {
    return DatasetFactory.wrap(dsg);
  }

  public DatasetGraph datasetGraph() {
    return dsg;
  }

  /** The content hash stored for an article, if the article is in the store. */
  public Optional<String> contentHashOf(String articleIri) {
    Node graph = NodeFactory.createURI(articleIri);
    Node hash = NKG.contentHash.asNode();
    return Txn.calculateRead(dsg, () -> {
      Iterator<Quad> it = dsg.find(graph, graph, hash, Node.ANY);
      return it.hasNext() ? Optional.of(it.next().getObject().getLiteralLexicalForm())
          : Optional.empty();
    });
  }

  /**
   * Writes what the link stage gave for a batch in one transaction: each article's graph as
   * read, the views that replace article graphs, the change to the links graph. Either the whole
   * batch is committed or none of it: a crash never leaves half an article. The counts of the
   * entities the batch touched are brought up to date in the same transaction ({@link
   * EntityStatistics}).
   */
  public void write(LinkedBatch batch) {
    if (batch.isEmpty()) {
      return;
    }
    Node links = NodeFactory.createURI(NKG.LINKS_GRAPH);
    Node readAs = NKG.readAs.asNode();
    dsg.begin(ReadWrite.WRITE);
    try {
      for (var e : batch.readForms().entrySet()) {
        Node article = NodeFactory.createURI(e.getKey());
        dsg.getDefaultGraph().remove(article, readAs, Node.ANY);
        dsg.getDefaultGraph().add(article, readAs, ReadGraphs.encode(e.getValue()));
      }
      Set<Node> touched = new HashSet<>();
      for (var e : batch.views().entrySet()) {
        Node name = NodeFactory.createURI(e.getKey());
        EntityStatistics.entitiesOf(dsg.getGraph(name), touched);
        dsg.deleteAny(name, Node.ANY, Node.ANY, Node.ANY);
        EntityStatistics.entitiesOf(e.getValue(), touched);
        Iterator<Triple> it = e.getValue().find();
        while (it.hasNext()) {
          Triple t = it.next();
          dsg.add(name, t.getSubject(), t.getPredicate(), t.getObject());
        }
      }
      for (Triple t : batch.linksRemoved()) {
        dsg.delete(links, t.getSubject(), t.getPredicate(), t.getObject());
      }
      for (Triple t : batch.linksAdded()) {
        dsg.add(links, t.getSubject(), t.getPredicate(), t.getObject());
      }
      statistics.update(touched);
      dsg.commit();
      generation.incrementAndGet();
    } catch (RuntimeException | Error e) {
      // Errors too: a full disk under TDB2's memory-mapped files surfaces as an InternalError
      // ("a fault occurred in an unsafe memory access operation"), and without the abort the
      // end() below would replace it with "no commit() or abort() before end()"
      try {
        dsg.abort();
      } catch (RuntimeException | Error abort) {
        e.addSuppressed(abort);
      }
      throw new StoreException(failure("writing to",
          "the batch was not stored, the store holds what was committed before", e), e);
    } finally {
      try {
        dsg.end();
      } catch (RuntimeException end) {
        // the transaction is over either way; the first failure is the one to report
      }
    }
  }

  /**
   * A graph with its literals as the store gives them back ("0.90"^^xsd:decimal is 0.9): what
   * the link stage reads of a stored article and what it is given of a new one are then the
   * same triples.
   */
  public static Graph asStored(Graph graph) {
    Graph out = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
    graph.find().forEachRemaining(t -> out.add(Triple.create(t.getSubject(), t.getPredicate(),
        ReadGraphs.asStored(t.getObject()))));
    return out;
  }

  @Override
  public void forEachReadForm(java.util.function.BiConsumer<String, Graph> action) {
    Txn.executeRead(dsg, () -> dsg.getDefaultGraph()
        .find(Node.ANY, NKG.readAs.asNode(), Node.ANY).forEachRemaining(t -> {
          if (t.getSubject().isURI()) {
            action.accept(t.getSubject().getURI(), ReadGraphs.decode(t.getObject()));
          }
        }));
  }

  @Override
  public Graph readForm(String articleIri) {
    Node article = NodeFactory.createURI(articleIri);
    return Txn.calculateRead(dsg, () -> {
      Iterator<Triple> it = dsg.getDefaultGraph().find(article, NKG.readAs.asNode(), Node.ANY);
      return it.hasNext() ? ReadGraphs.decode(it.next().getObject()) : null;
    });
  }

  @Override
  public long generation() {
    return generation.get();
  }

  /**
   * Records other headlines the stored articles were also published under (the same text read
   * again under another headline), in each article's own graph, in one transaction. A headline
   * the article already has, as its headline or as another, is not added again; an article not
   * in the store is passed over.
   *
   * @return how many headlines were added
   */
  public int addAlternativeHeadlines(java.util.Map<String, ? extends Collection<String>> byArticle) {
    if (byArticle.isEmpty()) {
      return 0;
    }
    Node headline = NKG.headline.asNode();
    Node alternative = NKG.alternativeHeadline.asNode();
    return Txn.calculateWrite(dsg, () -> {
      int added = 0;
      for (var e : byArticle.entrySet()) {
        Node article = NodeFactory.createURI(e.getKey());
        if (!dsg.contains(article, article, NKG.contentHash.asNode(), Node.ANY)) {
          continue;
        }
        for (String title : e.getValue()) {
          Node literal = NodeFactory.createLiteralString(title);
          if (!dsg.contains(article, article, headline, literal)
              && !dsg.contains(article, article, alternative, literal)) {
            dsg.add(article, article, alternative, literal);
            added++;
            // and in the graph as read, which the view is derived from again
            Iterator<Triple> read = dsg.getDefaultGraph()
                .find(article, NKG.readAs.asNode(), Node.ANY);
            if (read.hasNext()) {
              Triple t = read.next();
              Graph graph = ReadGraphs.decode(t.getObject());
              graph.add(article, alternative, literal);
              dsg.getDefaultGraph().delete(t);
              dsg.getDefaultGraph().add(article, NKG.readAs.asNode(), ReadGraphs.encode(graph));
            }
          }
        }
      }
      return added;
    });
  }

  /**
   * A store written before names had search keys (skos:hiddenLabel) gets them when opened,
   * once: without them the canned queries find no one by name.
   */
  private void addMissingNameKeys() {
    Node hiddenLabel = NKG.skosHiddenLabel.asNode();
    Node label = RDFS.label.asNode();
    boolean missing = Txn.calculateRead(dsg, () ->
        !dsg.find(Node.ANY, Node.ANY, hiddenLabel, Node.ANY).hasNext()
            && dsg.find(Node.ANY, Node.ANY, label, Node.ANY).hasNext());
    if (missing) {
      addNameKeys();
    }
  }

  /** A store written before the statistics graph gets it when opened, once. */
  private void addMissingStatistics() {
    if (Txn.calculateRead(dsg, statistics::missing)) {
      Txn.executeWrite(dsg, statistics::rebuild);
    }
  }

  /**
   * Adds the search keys of every name in every article graph that lacks them, in one
   * transaction: for graphs that reached the store other than by {@link #write} (loaded as RDF).
   */
  public void addNameKeys() {
    Txn.executeWrite(dsg, () -> {
      List<Node> graphs = new ArrayList<>();
      dsg.listGraphNodes().forEachRemaining(graphs::add);
      for (Node name : graphs) {
        for (Triple t : NameKeys.missingFrom(dsg.getGraph(name))) {
          dsg.add(name, t.getSubject(), t.getPredicate(), t.getObject());
        }
      }
      statistics.rebuild();
    });
  }

  /** What went wrong in a write, in words: a full disk says so, whatever the exception. */
  private String failure(String doing, String outcome, Throwable e) {
    boolean full = false;
    for (Throwable c = e; c != null; c = c.getCause()) {
      full |= String.valueOf(c.getMessage()).contains("No space left on device");
    }
    try {
      // a fault in a memory-mapped file carries no reason: ask the file system
      full |= Files.getFileStore(directory).getUsableSpace() < LOW_SPACE_BYTES;
    } catch (IOException | RuntimeException ignored) {
      // no answer: judge by the message alone
    }
    return full ? doing + " store " + directory + " failed: no space left on its device ("
        + e + "); " + outcome + "; free some space and run the same ingest again"
        : doing + " store " + directory + " failed: " + e.getMessage();
  }

  /** Counts of what the store holds. */
  public StoreStats stats() {
    return Txn.calculateRead(dsg, () -> {
      long quads = 0;
      // the named graphs: the default graph is the store's bookkeeping
      Iterator<Quad> it = dsg.findNG(Node.ANY, Node.ANY, Node.ANY, Node.ANY);
      while (it.hasNext()) {
        it.next();
        quads++;
      }
      return new StoreStats(
          count("?a a nkg:Article"),
          count("?s a nkg:Statement"),
          count("?s a nkg:Statement ; nkg:speaker ?x"),
          count("?p a nkg:Person"),
          count("?o a nkg:Organization"),
          count("?c a nkg:Country"),
          quads,
          dsg.getUnionGraph().size(),
          bytesOnDisk());
    });
  }

  private long count(String pattern) {
    String q = "PREFIX nkg: <" + NKG.NS + "> SELECT (COUNT(DISTINCT *) AS ?n) WHERE { "
        + pattern + " }";
    try (var exec = org.apache.jena.sparql.exec.QueryExec.dataset(dsg).query(q).build()) {
      return Long.parseLong(exec.select().next().get("n").getLiteralLexicalForm());
    }
  }

  /** Size of the store's files on disk (their lengths; {@link DiskUsage} has the blocks). */
  public long bytesOnDisk() {
    try (Stream<Path> files = Files.walk(directory)) {
      return files.filter(Files::isRegularFile).mapToLong(p -> {
        try {
          return Files.size(p);
        } catch (IOException e) {
          return 0;
        }
      }).sum();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Rewrites the store without the space old transactions left behind (TDB2 keeps every
   * version until compacted) and deletes the old generation.
   */
  public void compact() {
    try {
      DatabaseMgr.compact(dsg, true);
    } catch (RuntimeException | Error e) {
      // TDB2 builds the new generation in Data-NNNN-tmp and switches only when it is complete:
      // a failed compaction leaves the store as it was (the tmp directory goes at next open)
      throw new StoreException(failure("compacting", "the store is as it was", e), e);
    }
  }

  @Override
  public void close() {
    // expel, not just close: frees the directory's lock so the store can be opened again
    org.apache.jena.tdb2.sys.TDBInternal.expel(dsg);
    if (temporary) {
      try (Stream<Path> files = Files.walk(directory)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
