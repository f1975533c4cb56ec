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
          String about = QueryTemplate.text(s, "about");
          rows.add(new SaidRow(QueryTemplate.text(s, "date"), QueryTemplate.text(s, "speaker"), QueryTemplate.text(s, "quote"),
              about == null || about.isEmpty() ? List.of() : Arrays.asList(about.split("; ")),
              QueryTemplate.text(s, "kind"), QueryTemplate.text(s, "headline"), QueryTemplate.text(s, "publisher"), QueryTemplate.text(s, "statement"),
              QueryTemplate.text(s, "article")));
        }
      }
      return rows;
    });
  }
}
