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
  /**
   * Filters; null means no filter.
   *
   * @param undated   with a date bound, let undated statements through too
   * @param kind      only statements of this quote kind ("direct", "partial", "indirect",
   *                  "nominal", "term"), or null for all
   * @param withParts also the quotes that are part of an indirect or nominal statement, which
   *                  otherwise show once, inside it
   */
  public record Filters(String speaker, String about, LocalDate since, LocalDate until,
                        boolean undated, String kind, boolean withParts) {
    public Filters(String speaker, String about, LocalDate since, LocalDate until,
                   boolean undated) {
      this(speaker, about, since, until, undated, null, false);
    }

    public Filters(String speaker, String about, LocalDate since, LocalDate until) {
      this(speaker, about, since, until, false);
    }

    public static Filters none() {
      return new Filters(null, null, null, null);
    }

    /** Every statement, the quotes inside indirect and nominal statements included. */
    public static Filters everyStatement() {
      return new Filters(null, null, null, null, false, null, true);
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
    QueryTemplate.putDates(p, filters.since(), filters.until(), filters.undated());
    if (filters.kind() != null) {
      p.put("kindName", NodeFactory.createLiteralString(filters.kind()));
    }
    if (filters.withParts()) {
      p.put("withParts", NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean));
    }
    return template.bind(p);
  }

  /** The query with the filters bound, the rows from {@code offset} on, at most {@code limit}. */
  public Query query(Filters filters, Page page) {
    return page.apply(query(filters));
  }

  public List<SaidRow> run(KnowledgeStore store, Filters filters) {
    return run(Sparql.of(store), filters, Page.ALL);
  }

  public List<SaidRow> run(Sparql sparql, Filters filters, Page page) {
    return sparql.select(query(filters, page), SaidQuery::row);
  }

  private static SaidRow row(QuerySolution s) {
    return new SaidRow(QueryTemplate.text(s, "date"), QueryTemplate.text(s, "speaker"),
        QueryTemplate.text(s, "quote"), QueryTemplate.sortedListOf(QueryTemplate.text(s, "about")),
        QueryTemplate.text(s, "kind"), QueryTemplate.text(s, "headline"),
        QueryTemplate.text(s, "publisher"), QueryTemplate.text(s, "statement"),
        QueryTemplate.text(s, "article"), QueryTemplate.text(s, "speakerNode"),
        QueryTemplate.text(s, "speakerType"), QueryTemplate.text(s, "confidence"),
        QueryTemplate.text(s, "rule"), QueryTemplate.text(s, "url"), integer(s, "begin"),
        integer(s, "end"), QueryTemplate.text(s, "cue"));
  }

  private static Integer integer(QuerySolution s, String var) {
    return s.contains(var) && s.get(var).isLiteral() ? s.getLiteral(var).getInt() : null;
  }
}
