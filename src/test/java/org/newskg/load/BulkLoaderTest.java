package org.newskg.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.ingest.IngestListener;
import org.newskg.rdf.NKG;
import org.newskg.store.KnowledgeStore;

/**
 * {@code newskg load} on a job output we write by hand (the Spark job's own test, in
 * {@code spark/}, checks it against ingest): an article is stored with its name keys and the
 * other headline of its repeated text, a second load skips it, a failure is reported, and an
 * output that is unfinished or damaged leaves the store as it was.
 */
class BulkLoaderTest {
  private static final String IRI = NKG.DEFAULT_BASE + "article/harbour-talks";
  private static final String PERSON = NKG.DEFAULT_BASE + "person/ingrid-solberg";
  private static final String HASH = "0f".repeat(32);
  private static final BulkLoader.Options OPTIONS = new BulkLoader.Options(50, false, 200);

  @TempDir
  Path tmp;

  private Path output(String nquads) throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("job"));
    Files.createDirectories(dir.resolve(JobOutput.NQUADS));
    Files.createDirectories(dir.resolve(JobOutput.MANIFEST));
    Files.createDirectories(dir.resolve(JobOutput.FAILED));
    Files.writeString(dir.resolve(JobOutput.NQUADS).resolve("part-00000.nq"), nquads);
    JobOutput.Entry entry = new JobOutput.Entry(new JobOutput.Position(0, 0), "harbour-talks", IRI, HASH,
        "Harbour talks resume", "wires.jsonl:1", 40, 200, 0, 1,
        List.of(new JobOutput.Sighting("copies.jsonl:3", "Talks on the harbour resume")));
    Files.writeString(dir.resolve(JobOutput.MANIFEST).resolve("part-00000"),
        entry.toJson() + "\n");
    Files.writeString(dir.resolve(JobOutput.FAILED).resolve("part-00001"),
        new JobOutput.Failure("wires.jsonl:2", "not valid JSON", false, 0).toJson() + "\n");
    Files.writeString(dir.resolve(JobOutput.SUCCESS), "");
    return dir;
  }

  private static String graph() {
    String g = " <" + IRI + "> .\n";
    return "<" + IRI + "> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <" + NKG.NS
        + "Article>" + g
        + "<" + IRI + "> <" + NKG.NS + "contentHash> \"" + HASH + "\"" + g
        + "<" + IRI + "> <" + NKG.NS + "headline> \"Harbour talks resume\"" + g
        + "<" + PERSON + "> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <" + NKG.NS
        + "Person>" + g
        + "<" + PERSON + "> <http://www.w3.org/2000/01/rdf-schema#label> \"Ingrid Solberg\"" + g;
  }

  @Test
  void loadsLinksAndSkipsWhatTheStoreHolds() throws IOException {
    Path job = output(graph());
    try (KnowledgeStore store = KnowledgeStore.open(tmp.resolve("store"))) {
      BulkLoader.Report first = new BulkLoader().load(job, store, OPTIONS, IngestListener.NONE);
      assertEquals(1, first.ingest().ingested());
      assertEquals(1, first.ingest().duplicates());
      assertEquals(1, first.ingest().problems().size());
      assertEquals("wires.jsonl:2", first.ingest().problems().get(0).origin());
      assertEquals(5, first.quads());
      assertEquals(Optional.of(HASH), store.contentHashOf(IRI));
      var dsg = store.datasetGraph();
      var article = NodeFactory.createURI(IRI);
      Txn.executeRead(dsg, () -> {
        assertTrue(dsg.contains(article, NodeFactory.createURI(PERSON),
            NKG.skosHiddenLabel.asNode(), NodeFactory.createLiteralString("solberg")),
            "the name's search keys are written");
        assertTrue(dsg.contains(article, article, NKG.alternativeHeadline.asNode(),
            NodeFactory.createLiteralString("Talks on the harbour resume")));
      });

      BulkLoader.Report again = new BulkLoader().load(job, store, OPTIONS, IngestListener.NONE);
      assertEquals(0, again.ingest().ingested());
      assertEquals(1, again.ingest().unchanged());
      assertEquals(0, again.quads(), "nothing is staged for an unchanged article");
    }
    try (var staging = Files.list(tmp)) {
      assertEquals(List.of("job", "store"), staging.map(p -> p.getFileName().toString())
          .sorted().toList(), "the staging database is gone");
    }
  }

  @Test
  void anUnfinishedOrDamagedOutputLeavesTheStoreAsItWas() throws IOException {
    Path job = output(graph() + "<" + IRI + "> <broken\n");
    try (KnowledgeStore store = KnowledgeStore.open(tmp.resolve("store"))) {
      BulkLoader.BadOutputException damaged = assertThrows(
          BulkLoader.BadOutputException.class,
          () -> new BulkLoader().load(job, store, OPTIONS, IngestListener.NONE));
      assertTrue(damaged.getMessage().contains("part-00000.nq: not valid N-Quads"),
          damaged.getMessage());
      assertEquals(Optional.empty(), store.contentHashOf(IRI));

      Files.delete(job.resolve(JobOutput.SUCCESS));
      BulkLoader.BadOutputException unfinished = assertThrows(
          BulkLoader.BadOutputException.class,
          () -> new BulkLoader().load(job, store, OPTIONS, IngestListener.NONE));
      assertTrue(unfinished.getMessage().contains("not the output of a finished spark-ingest "
          + "job"), unfinished.getMessage());
    }
  }
}
