package org.newskg;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.newskg.store.KnowledgeStore;

/**
 * Loads {@code events/two-articles.trig}, two article graphs with events written by hand in the
 * shape of the events spec, into a real store.
 */
public final class EventsFixture {
  private EventsFixture() {}

  public static final String BASE = "https://w3id.org/newskg/id/";
  public static final String LISBON = BASE + "article/ledger-lisbon";
  public static final String FRONT = BASE + "article/ledger-front";

  public static void load(KnowledgeStore store) {
    Txn.executeWrite(store.datasetGraph(), () -> {
      try (InputStream in = EventsFixture.class.getResourceAsStream(
          "/events/two-articles.trig")) {
        RDFDataMgr.read(store.datasetGraph(), in, Lang.TRIG);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    store.addNameKeys();
  }
}
