package org.newskg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.ingest.StoreWriter;
import org.newskg.rdf.ArticleFixture;
import org.newskg.rdf.ArticleGraph;
import org.newskg.resolve.Actor;
import org.newskg.store.KnowledgeStore;

/**
 * said lists whom a statement is about in one order, sorted, whatever order the store wrote
 * the names in (GROUP_CONCAT follows the store's node order, which follows what was written
 * first): the same articles written in either order give the same rows.
 */
class SaidAboutOrderTest {
  private static final String HARBOUR = "The harbour deal helps Zora Vance and Anders Berg";
  private static final String FERRY = "The ferry plan is theirs";

  private static List<ArticleGraph> articles() {
    ArticleFixture a = new ArticleFixture("order-a", "2025-06-01",
        "“" + HARBOUR + ",” said Ines Moreau.");
    Actor zora = a.person("Zora Vance");
    Actor anders = a.person("Anders Berg");
    a.quote(HARBOUR, a.person("Ines Moreau"), LocalDate.of(2025, 6, 1), zora, anders);
    ArticleFixture b = new ArticleFixture("order-b", "2025-06-02",
        "“" + FERRY + ",” said Zora Vance.");
    Actor zoraB = b.person("Zora Vance");
    b.quote(FERRY, zoraB, LocalDate.of(2025, 6, 2), b.person("Anders Berg"), zoraB,
        b.person("Carl Adler"));
    return List.of(b.graph(), a.graph());
  }

  private static List<List<String>> about(List<ArticleGraph> writeOrder) {
    try (KnowledgeStore store = KnowledgeStore.temporary()) {
      for (ArticleGraph g : writeOrder) {
        new StoreWriter(store).write(List.of(g));
      }
      List<List<String>> out = new ArrayList<>();
      for (SaidRow r : new SaidQuery().run(store, SaidQuery.Filters.none())) {
        out.add(List.of(r.quote(), String.join("; ", r.about())));
      }
      out.sort((x, y) -> x.get(0).compareTo(y.get(0)));
      return out;
    }
  }

  @Test
  void aboutNamesAreSortedWhateverTheWriteOrder() {
    List<ArticleGraph> graphs = articles();
    List<List<String>> forward = about(graphs);
    assertEquals(List.of(List.of(FERRY, "Anders Berg; Carl Adler; Zora Vance"),
        List.of(HARBOUR, "Anders Berg; Zora Vance")), forward);
    assertEquals(forward, about(List.of(graphs.get(1), graphs.get(0))));
  }
}
