package org.newskg.query;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;
import org.newskg.store.KnowledgeStore;

/** Events, filtered by type, participant and date, through {@code queries/events.rq}. */
public final class EventsQuery {
  /**
   * Filters; null means no filter.
   *
   * @param actorCode the start of a participant's CAMEO actor code ("GBR", "GBRGOV")
   * @param undated   with a date bound, let undated events through too
   */
  public record Filters(String type, String actor, LocalDate since, LocalDate until,
                        String actorCode, boolean undated) {
    public Filters(String type, String actor, LocalDate since, LocalDate until) {
      this(type, actor, since, until, null, false);
    }

    public static Filters none() {
      return new Filters(null, null, null, null);
    }
  }

  private final QueryTemplate template = QueryTemplate.load("events");

  /** The query with the filters bound; at most {@code limit} rows when limit > 0. */
  public Query query(Filters filters, int limit) {
    Query q = query(filters);
    if (limit > 0) {
      q.setLimit(limit);
    }
    return q;
  }

  public Query query(Filters filters) {
    Map<String, Node> p = new HashMap<>();
    if (filters.type() != null) {
      // "8" is the CAMEO code "08"
      String type = filters.type().strip();
      p.put("typeCode", NodeFactory.createLiteralString(
          type.matches("\\d") ? "0" + type : type));
    }
    if (filters.actor() != null) {
      p.put("actorName", NodeFactory.createLiteralString(filters.actor()));
    }
    if (filters.actorCode() != null) {
      p.put("actorCode", NodeFactory.createLiteralString(filters.actorCode().strip()));
    }
    QueryTemplate.putDates(p, filters.since(), filters.until(), filters.undated());
    return template.bind(p);
  }

  public List<EventRow> run(KnowledgeStore store, Filters filters) {
    return run(store, filters, 0);
  }

  /** The events, at most {@code limit} of them when limit > 0, oldest first. */
  public List<EventRow> run(KnowledgeStore store, Filters filters, int limit) {
    return run(Sparql.of(store), filters, new Page(limit, 0));
  }

  /** The events of {@code page}, oldest first. */
  public List<EventRow> run(Sparql sparql, Filters filters, Page page) {
    return sparql.select(page.apply(query(filters)), EventsQuery::row);
  }

  private static EventRow row(QuerySolution s) {
    return new EventRow(QueryTemplate.text(s, "event"), QueryTemplate.text(s, "date"),
        QueryTemplate.text(s, "cameo"), QueryTemplate.text(s, "type"),
        QueryTemplate.sortedListOf(QueryTemplate.text(s, "actors")),
        QueryTemplate.sortedListOf(QueryTemplate.text(s, "targets")),
        QueryTemplate.text(s, "place"),
        QueryTemplate.text(s, "trigger"), QueryTemplate.text(s, "sentence"),
        QueryTemplate.text(s, "modality"), QueryTemplate.text(s, "headline"),
        articles(QueryTemplate.text(s, "articles")), codes(QueryTemplate.text(s, "codes")));
  }

  /** "Portugal\tPRTGOV; Spain\tESP" as label to code. */
  private static Map<String, String> codes(String joined) {
    Map<String, String> out = new TreeMap<>();
    if (joined == null || joined.isBlank()) {
      return out;
    }
    for (String pair : joined.split("; ")) {
      int tab = pair.lastIndexOf('\t');
      if (tab > 0 && tab < pair.length() - 1) {
        out.merge(pair.substring(0, tab), pair.substring(tab + 1),
            (a, b) -> Stream.of(a.split(" "), b.split(" "))
                .flatMap(Arrays::stream).distinct().sorted()
                .collect(Collectors.joining(" ")));
      }
    }
    return out;
  }

  private static List<String> articles(String joined) {
    return joined == null || joined.isBlank() ? List.of()
        : Arrays.stream(joined.split(" ")).sorted().toList();
  }
}
