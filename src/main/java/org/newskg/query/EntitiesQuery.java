package org.newskg.query;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.system.Txn;
import org.newskg.rdf.NKG;
import org.newskg.store.KnowledgeStore;

/** The store's people, organizations and countries with their counts ({@code entities.rq}). */
public final class EntitiesQuery {
  /** One entity: how many articles mention it, statements it made, statements about it. */
  public record EntityRow(String iri, String label, String type, long articles, long said,
                          long about) {}

  /** Which kind of entity to list; null in {@link #run} means all. */
  public enum Type {
    person(NKG.Person), org(NKG.Organization), country(NKG.Country);

    final Resource rdfClass;

    Type(Resource rdfClass) {
      this.rdfClass = rdfClass;
    }
  }

  private final QueryTemplate template = QueryTemplate.load("entities");

  public Query query(Type type) {
    Map<String, Node> p = new HashMap<>();
    if (type != null) {
      p.put("type", type.rdfClass.asNode());
    }
    return template.bind(p);
  }

  /** At most {@code top} rows (0 = all), most present first. */
  public List<EntityRow> run(KnowledgeStore store, Type type, int top) {
    Query q = query(type);
    if (top > 0) {
      q.setLimit(top);
    }
    return Txn.calculateRead(store.dataset(), () -> {
      List<EntityRow> rows = new ArrayList<>();
      try (QueryExecution exec = QueryExecution.dataset(store.dataset()).query(q).build()) {
        ResultSet rs = exec.execSelect();
        while (rs.hasNext()) {
          QuerySolution s = rs.next();
          String kind = s.getResource("kind").getLocalName();
          rows.add(new EntityRow(s.getResource("entity").getURI(),
              s.getLiteral("label").getLexicalForm(), kind.toLowerCase(java.util.Locale.ROOT),
              count(s, "articles"), count(s, "said"), count(s, "about")));
        }
      }
      return rows;
    });
  }

  private static long count(QuerySolution s, String var) {
    return s.contains(var) ? s.getLiteral(var).getLong() : 0;
  }
}
