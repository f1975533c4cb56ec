package org.newskg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.rdf.ArticleGraph;
import org.newskg.rdf.NKG;
import org.newskg.store.KnowledgeStore;

/**
 * entities.rq finds the page's hundredth article count before it looks at the entities; the
 * command lists more than a page (all, a longer --limit, an --offset past the first hundred)
 * and gets the same rows as the whole ranking, on a real TDB2 store of 150 people.
 */
class EntitiesQueryTest {
  private static final int PEOPLE = 150;
  private static KnowledgeStore store;

  @BeforeAll
  static void write() {
    store = KnowledgeStore.temporary();
    List<ArticleGraph> articles = new ArrayList<>();
    for (int a = 0; a < 9; a++) {
      Model m = ModelFactory.createDefaultModel();
      Resource article = m.createResource(NKG.DEFAULT_BASE + "article/ranked-" + a, NKG.Article);
      for (int p = 0; p < PEOPLE; p++) {
        // person p is in (p % 9) + 1 articles: many ties at every count
        if (a <= p % 9) {
          m.createResource(NKG.DEFAULT_BASE + "person/p" + p, NKG.Person)
              .addProperty(RDFS.label, "Person " + p).addProperty(NKG.mentionedIn, article);
        }
      }
      articles.add(new ArticleGraph(article.getURI(), "ranked-" + a, m.getGraph(), 0, PEOPLE));
    }
    new org.newskg.ingest.StoreWriter(store).write(articles);
  }

  @AfterAll
  static void close() {
    store.close();
  }

  private static List<String> labels(List<EntityRow> rows) {
    return rows.stream().map(EntityRow::label).toList();
  }

  @Test
  void morePeopleThanAPageAreAllListed() {
    List<String> all = labels(new EntitiesQuery().run(store, null, 0));
    assertEquals(PEOPLE, all.size());
    assertEquals(all.subList(0, 100), labels(new EntitiesQuery().run(store, null, 100)));
    assertEquals(all.subList(0, 120), labels(new EntitiesQuery().run(store,
        EntitiesQuery.Type.person, 120)));
    Sparql sparql = Sparql.of(store);
    assertEquals(all.subList(100, 130), labels(new EntitiesQuery().run(sparql, null,
        new Page(30, 100))));
    assertEquals(all.subList(140, PEOPLE), labels(new EntitiesQuery().run(sparql, null,
        new Page(0, 140))));
  }
}
