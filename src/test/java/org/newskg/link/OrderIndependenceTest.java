package org.newskg.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.CoreNlpFixture;
import org.newskg.ingest.IngestListener;
import org.newskg.ingest.IngestPipeline;
import org.newskg.ingest.IngestReport;
import org.newskg.ingest.ProcessorFactory;
import org.newskg.ingest.StageTimes;
import org.newskg.source.ArticleDefaults;
import org.newskg.store.KnowledgeStore;

/**
 * What the store holds does not depend on the order articles arrive in: two articles that name
 * one person (by surname in one, in full in the other), ingested one then the other and the
 * other way round, one batch each, give the same N-Quads; ingesting the first again with
 * {@code --force} changes nothing. Through CoreNLP, the link stage and a real TDB2 store.
 */
@ExtendWith(CoreNlpFixture.class)
class OrderIndependenceTest {
  private static final String SURNAME = """
      Harbor Courier 2025-03-03 08:00:00

      Canal Talks Resume in Lima

      Ms. Okafor, the trade minister, arrived in Lima on Monday for talks on the canal.

      “We are close to an agreement,” Ms. Okafor said.
      """;
  private static final String FULL_NAME = """
      Valley Post 2025-03-04 09:00:00

      Canal Deal Within Reach

      Adaeze Okafor, Nigeria's trade minister, said on Tuesday that the canal deal was near.

      “The canal will help both our countries,” said Okafor.
      """;

  private static IngestReport ingest(IngestPipeline pipeline, KnowledgeStore store, Path file,
                                     boolean force) throws Exception {
    IngestPipeline.Options options = new IngestPipeline.Options(1, 1, force, 1000,
        new ArticleDefaults(null, null));
    IngestReport report = pipeline.ingest(List.of(file), store, options, IngestListener.NONE);
    assertFalse(report.failed(), report.problems().toString());
    return report;
  }

  /** Every quad of the store, as sorted N-Quads lines. */
  private static List<String> nquads(KnowledgeStore store) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Txn.executeRead(store.datasetGraph(),
        () -> RDFDataMgr.write(out, store.datasetGraph(), Lang.NQUADS));
    String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
    Arrays.sort(lines);
    return List.of(lines);
  }

  @Test
  void eitherOrderGivesTheSameQuadsAndAForcedReingestChangesNothing(ProcessorFactory factory,
      @TempDir Path dir) throws Exception {
    Path a = Files.writeString(dir.resolve("a-surname.txt"), SURNAME);
    Path b = Files.writeString(dir.resolve("b-full-name.txt"), FULL_NAME);
    IngestPipeline pipeline = new IngestPipeline(factory, new StageTimes());
    List<String> aThenB;
    List<String> reingested;
    try (KnowledgeStore store = KnowledgeStore.open(dir.resolve("ab"))) {
      ingest(pipeline, store, a, false);
      ingest(pipeline, store, b, false);
      aThenB = nquads(store);
      assertEquals(1L, ingest(pipeline, store, a, true).ingested(), "A analysed again");
      reingested = nquads(store);
    }
    List<String> bThenA;
    try (KnowledgeStore store = KnowledgeStore.open(dir.resolve("ba"))) {
      ingest(pipeline, store, b, false);
      ingest(pipeline, store, a, false);
      bThenA = nquads(store);
    }
    // the surname-only speaker of A is the full name of B, whichever came first
    assertTrue(aThenB.stream().anyMatch(q -> q.contains("person/adaeze-okafor>")
        && q.contains("statement/")), String.join("\n", aThenB));
    // in the article graphs; the links graph says whom A's "Okafor" is
    assertTrue(aThenB.stream().noneMatch(q -> q.contains("person/okafor>")
        && !q.endsWith("<urn:x-newskg:links> .")), String.join("\n", aThenB));
    assertTrue(aThenB.stream().anyMatch(q -> q.contains("#person/okafor> <"
        + "http://www.w3.org/2002/07/owl#sameAs> <") && q.contains("person/adaeze-okafor>")
        && q.endsWith("<urn:x-newskg:links> .")), String.join("\n", aThenB));
    assertEquals(String.join("\n", aThenB), String.join("\n", bThenA));
    assertEquals(String.join("\n", aThenB), String.join("\n", reingested));
  }
}
