package org.newskg.query;

import java.util.List;
import java.util.Map;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.apache.jena.query.QuerySolution;
import org.newskg.store.KnowledgeStore;

/** The entities of the store with their counts, through {@code queries/entities.rq}. */
public final class EntitiesQuery {
  /** The entity types a user can ask for, as the ontology names them. */
  public enum Type {
    person("Person"), org("Organization"), country("Country");

    private final String className;

    Type(String className) {
      this.className = className;
    }

    /**
     * The type a user typed: its name here ({@code org}), or the class name the output prints
     * ({@code Organization}, {@code organization}), any case.
     */
    public static Type parse(String text) {
      String t = text.strip();
      for (Type type : values()) {
        if (type.name().equalsIgnoreCase(t) || type.className.equalsIgnoreCase(t)) {
          return type;
        }
      }
      throw new IllegalArgumentException("unknown type '" + text + "' (expected person, "
          + "org or organization, country)");
    }
  }

  private final QueryTemplate template = QueryTemplate.load("entities");

  /** The query for {@code type} (null: every type), at most {@code top} rows (0: no limit). */
  public Query query(Type type, long top) {
    Query q = template.bind(type == null ? Map.of()
        : Map.of("typeName", NodeFactory.createLiteralString(type.className)));
    // the file lists the page's 100; the command all of them unless told
    q.setLimit(top > 0 ? top : Query.NOLIMIT);
    rankFloorAt(q, top);
    return q;
  }

  /**
   * The file first finds the page's hundredth article count (a sub-SELECT with OFFSET 99 LIMIT
   * 1) and looks further only at the entities at or above it; for {@code rows} rows (0: all)
   * the count to find is the one at that rank (none for all).
   */
  private static void rankFloorAt(Query query, long rows) {
    ElementWalker.walk(query.getQueryPattern(), new ElementVisitorBase() {
      @Override
      public void visit(ElementSubQuery sub) {
        Query floor = sub.getQuery();
        if (floor.getLimit() == 1 && floor.getOffset() == 99) {
          floor.setOffset(rows > 0 ? rows - 1 : Long.MAX_VALUE / 2);
        }
      }
    });
  }

  public List<EntityRow> run(KnowledgeStore store, Type type, int top) {
    return QueryTemplate.select(store, query(type, top), EntitiesQuery::row);
  }

  /** The entities of {@code type} (null: every type) on {@code page}. */
  public List<EntityRow> run(Sparql sparql, Type type, Page page) {
    long rows = page.limit() > 0 ? page.offset() + page.limit() : 0;
    return sparql.select(page.apply(query(type, rows)), EntitiesQuery::row);
  }

  private static EntityRow row(QuerySolution s) {
    return new EntityRow(s.getResource("entity").getURI(),
        s.contains("label") ? s.getLiteral("label").getLexicalForm() : null,
        s.getLiteral("type").getLexicalForm(), s.getLiteral("articles").getLong(),
        s.getLiteral("said").getLong(), s.getLiteral("about").getLong(),
        s.contains("codes") ? java.util.Arrays.stream(s.getLiteral("codes").getLexicalForm()
            .split(" ")).filter(c -> !c.isEmpty()).sorted().toList() : java.util.List.of());
  }
}
