package org.newskg.query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.system.Txn;
import org.newskg.store.KnowledgeStore;

/** Events, filtered by type, participant and date, through {@code queries/events.rq}. */
public final class EventsQuery {
  /** Filters; null means no filter. */
  public record Filters(String type, String actor, LocalDate since, LocalDate until) {
    public static Filters none() {
      return new Filters(null, null, null, null);
    }
  }

  private final QueryTemplate template = QueryTemplate.load("events");

  public Query query(Filters filters) {
    Map<String, Node> p = new HashMap<>();
    if (filters.type() != null) {
      p.put("typeCode", NodeFactory.createLiteralString(filters.type()));
    }
    if (filters.actor() != null) {
      p.put("actorName", NodeFactory.createLiteralString(filters.actor()));
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

  public List<EventRow> run(KnowledgeStore store, Filters filters) {
    Query q = query(filters);
    return Txn.calculateRead(store.dataset(), () -> {
      List<EventRow> rows = new ArrayList<>();
      try (QueryExecution exec = QueryExecution.dataset(store.dataset()).query(q).build()) {
        ResultSet rs = exec.execSelect();
        while (rs.hasNext()) {
          QuerySolution s = rs.next();
          rows.add(new EventRow(text(s, "event"), text(s, "date"), text(s, "cameo"),
              text(s, "type"), list(text(s, "actors")), list(text(s, "targets")),
              text(s, "place"), text(s, "trigger"), text(s, "sentence"), text(s, "modality"),
              s.getLiteral("articles").getInt()));
        }
      }
      return rows;
    });
  }

  private static List<String> list(String joined) {
    return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split("; "));
  }

  private static String text(QuerySolution s, String var) {
    RDFNode n = s.get(var);
    if (n == null) {
      return null;
    }
    return n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString();
  }
}
