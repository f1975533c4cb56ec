package org.newskg.query;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;
import org.newskg.store.KnowledgeStore;

/** "Who said what about whom", filtered, through the canned query {@code queries/said.rq}. */
public final class SaidQuery {
  /** Filters; null means no filter. */
  public record Filters(String speaker, String about, LocalDate since, LocalDate until) {
    public static Filters none() {
      return new Filters(null, null, null, null);
    }
  }

  private final QueryTemplate template = QueryTemplate.load("said");

  public Query query(Filters filters) {
    Map<String, Node> p = new HashMap<>();
    if (filters.speaker() != null) {
      p.put("speakerName", NodeFactory.createLiteralString(filters.speaker()));
    }
    if (filters.about() != null) {
      p.put("aboutName", NodeFactory.createLiteralString(filters.about()));
    }
    if (filters.since() != null) {
      p.put("since", NodeFactory.createLiteralDT(filters.since().toString(),
          XSDDatatype.XSDdate));
    }
    if (filters.until() != null) {
      p.put("until", NodeFactory.createLiteralDT(filters.until().toString(),
          XSDDatatype.XSDdate));
    }
    return template.bind(p);
  }

  public List<SaidRow> run(KnowledgeStore store, Filters filters) {
    return QueryTemplate.select(store, query(filters), SaidQuery::row);
  }

  private static SaidRow row(QuerySolution s) {
    return new SaidRow(QueryTemplate.text(s, "date"), QueryTemplate.text(s, "speaker"),
        QueryTemplate.text(s, "quote"), QueryTemplate.listOf(QueryTemplate.text(s, "about")),
        QueryTemplate.text(s, "kind"), QueryTemplate.text(s, "headline"),
        QueryTemplate.text(s, "publisher"), QueryTemplate.text(s, "statement"),
        QueryTemplate.text(s, "article"));
  }
}
