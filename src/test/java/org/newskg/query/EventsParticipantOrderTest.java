package org.newskg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.collect.Lists;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.ingest.StoreWriter;
import org.newskg.rdf.ArticleFixture;
import org.newskg.resolve.Actor;
import org.newskg.store.KnowledgeStore;

/**
 * events lists an event's actors and targets sorted, whatever order the store wrote their
 * names in (GROUP_CONCAT follows the store's node order, which follows what was written first).
 */
class EventsParticipantOrderTest {
  private static final String TEXT = "Zora Vance, Anders Berg and Carl Adler met Ines Moreau "
      + "and Lena Holt in Oslo.";

  private static List<List<String>> participants(boolean reversed) {
    ArticleFixture a = new ArticleFixture("order-events", "2025-06-01", TEXT);
    List<String> names = List.of("Zora Vance", "Anders Berg", "Carl Adler", "Ines Moreau",
        "Lena Holt");
    List<Actor> people = (reversed ? Lists.reverse(names) : names).stream().map(a::person)
        .toList();
    Actor[] actors = people.stream().filter(p -> !p.label().contains("Moreau")
        && !p.label().contains("Holt")).toArray(Actor[]::new);
    Actor[] targets = people.stream().filter(p -> p.label().contains("Moreau")
        || p.label().contains("Holt")).toArray(Actor[]::new);
    a.event("04", "met").actors(actors).targets(targets).on("2025-06-01").add();
    try (KnowledgeStore store = KnowledgeStore.temporary()) {
      new StoreWriter(store).write(List.of(a.graph()));
      EventRow row = new EventsQuery().run(store, EventsQuery.Filters.none()).get(0);
      return List.of(row.actors(), row.targets());
    }
  }

  @Test
  void actorsAndTargetsAreSortedWhateverTheWriteOrder() {
    List<List<String>> forward = participants(false);
    assertEquals(List.of(List.of("Anders Berg", "Carl Adler", "Zora Vance"),
        List.of("Ines Moreau", "Lena Holt")), forward);
    assertEquals(forward, participants(true));
  }
}
