package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.rdf.NKG;

/** A command that opens a store of layout 1 says, on its err, once, that it converted it. */
class LayoutConversionNoticeTest {
  private static final String ID = "https://example.org/id/";

  @Test
  void theFirstCommandSaysItConvertedTheStoreTheNextSaysNothing(@TempDir Path dir) {
    Path storeDir = dir.resolve("old-store");
    Model m = ModelFactory.createDefaultModel();
    Resource a = m.createResource(ID + "article/a", NKG.Article);
    a.addProperty(NKG.contentHash, "a");
    m.createResource(ID + "person/ngozi-eze", NKG.Person).addProperty(RDFS.label, "Ngozi Eze")
        .addProperty(NKG.mentionedIn, a);
    Node graph = NodeFactory.createURI(a.getURI());
    DatasetGraph old = DatabaseMgr.connectDatasetGraph(storeDir.toString());
    Txn.executeWrite(old, () -> m.getGraph().find().forEachRemaining(
        t -> old.add(graph, t.getSubject(), t.getPredicate(), t.getObject())));
    TDBInternal.expel(old);

    CliRunner.Run first = CliRunner.run("stats", "--store", storeDir.toString());
    assertEquals(0, first.exit(), first.err());
    String[] lines = first.err().strip().split("\n");
    assertEquals(1, lines.length, first.err());
    assertTrue(lines[0].startsWith("newskg: store " + storeDir + " ")
        && lines[0].contains("layout 1") && lines[0].contains("converted to layout 2, once"),
        lines[0]);

    CliRunner.Run second = CliRunner.run("stats", "--store", storeDir.toString());
    assertEquals(0, second.exit(), second.err());
    assertFalse(second.err().contains("layout"), second.err());
    assertEquals(first.out(), second.out());
  }
}
