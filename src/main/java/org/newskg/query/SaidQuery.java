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
    Query q = query(filters);
    return Txn.calculateRead(store.dataset(), () -> {
      List<SaidRow> rows = new ArrayList<>();
      try (QueryExecution exec = QueryExecution.dataset(store.dataset()).query(q).build()) {
        ResultSet rs = exec.execSelect();
        while (rs.hasNext()) {
          QuerySolution s = rs.next();
          String about = text(s, "about");
          rows.add(new SaidRow(text(s, "date"), text(s, "speaker"), text(s, "quote"),
              about == null || about.isEmpty() ? List.of() : Arrays.asList(about.split("; ")),
              text(s, "kind"), text(s, "headline"), text(s, "publisher"), text(s, "statement"),
              text(s, "article")));
        }
      }
      return rows;
    });
  }

  private static String text(QuerySolution s, String var) {
    RDFNode n = s.get(var);
    if (n == null) {
      return null;
    }
    return n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString();
  }
}
