package org.newskg.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.system.Txn;
import org.newskg.store.KnowledgeStore;

/**
 * Reads gold event files (the format of {@code ../shared/eval/EVENT_GUIDELINES.md}) and the
 * events of a store as {@link EventScorer} reads them.
 */
public final class GoldEvents {
  private GoldEvents() {}

  /** One gold event per non-blank line. */
  public static List<EventScorer.Gold> load(Path file) throws IOException {
    List<EventScorer.Gold> gold = new ArrayList<>();
    int n = 0;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      n++;
      if (line.isBlank()) {
        continue;
      }
      try {
        JsonObject o = JSON.parse(line);
        List<Integer> lines = new ArrayList<>();
        if (o.get("lines") != null && o.get("lines").isArray()) {
          o.get("lines").getAsArray().forEach(v -> lines.add(v.getAsNumber().value().intValue()));
        }
        gold.add(new EventScorer.Gold(o.get("line").getAsNumber().value().intValue(), lines,
            string(o.get("trigger")), o.get("cameo").getAsString().value(),
            strings(o.get("actors")), strings(o.get("targets")), string(o.get("date"))));
      } catch (RuntimeException e) {
        throw new IllegalArgumentException(file + ":" + n + ": not a gold event line: "
            + e.getMessage(), e);
      }
    }
    return gold;
  }

  /**
   * The events of a store, one per event and article graph (an event several articles report
   * counts once per article, with that article's sentence), in the format of score_events.py.
   */
  public static List<EventScorer.SystemEvent> events(KnowledgeStore store) {
    String query = """
        PREFIX nkg: <https://w3id.org/newskg/ns#>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        SELECT ?g ?e ?sentence ?trigger ?cameo ?date ?place ?role ?who WHERE {
          GRAPH ?g {
            ?e a nkg:Event ; nkg:sentence ?sentence ; nkg:trigger ?trigger ;
               nkg:eventType/nkg:cameo ?cameo .
            OPTIONAL { ?e nkg:date ?date }
            OPTIONAL { ?e nkg:place/rdfs:label ?place }
            OPTIONAL {
              { ?e nkg:actor ?p BIND ("actor" AS ?role) }
              UNION { ?e nkg:target ?p BIND ("target" AS ?role) }
              ?p rdfs:label ?who
            }
          }
        } ORDER BY ?g ?e""";
    record Key(String graph, String event) {}
    Map<Key, String[]> fields = new LinkedHashMap<>();
    Map<Key, List<String>> actors = new LinkedHashMap<>();
    Map<Key, List<String>> targets = new LinkedHashMap<>();
    Txn.executeRead(store.dataset(), () -> {
      try (QueryExecution exec = QueryExecution.dataset(store.dataset()).query(query).build()) {
        ResultSet rs = exec.execSelect();
        while (rs.hasNext()) {
          QuerySolution s = rs.next();
          Key k = new Key(s.getResource("g").getURI(), s.getResource("e").getURI());
          fields.putIfAbsent(k, new String[] {text(s, "sentence"), text(s, "trigger"),
              text(s, "cameo"), text(s, "date"), text(s, "place")});
          actors.putIfAbsent(k, new ArrayList<>());
          targets.putIfAbsent(k, new ArrayList<>());
          String who = text(s, "who");
          if (who != null) {
            List<String> list = "actor".equals(text(s, "role")) ? actors.get(k) : targets.get(k);
            if (!list.contains(who)) {
              list.add(who);
            }
          }
        }
      }
    });
    List<EventScorer.SystemEvent> out = new ArrayList<>();
    fields.forEach((k, f) -> out.add(new EventScorer.SystemEvent(f[0], f[1], f[2],
        actors.get(k), targets.get(k), f[3], f[4])));
    return out;
  }

  /** One system event as a score_events.py input line. */
  public static String toJsonLine(EventScorer.SystemEvent e) {
    JsonObject o = new JsonObject();
    o.put("sentence", e.sentence());
    o.put("trigger", e.trigger());
    o.put("cameo", e.cameo());
    org.apache.jena.atlas.json.JsonArray a = new org.apache.jena.atlas.json.JsonArray();
    e.actors().forEach(a::add);
    o.put("actors", a);
    org.apache.jena.atlas.json.JsonArray t = new org.apache.jena.atlas.json.JsonArray();
    e.targets().forEach(t::add);
    o.put("targets", t);
    putOrNull(o, "date", e.date());
    putOrNull(o, "place", e.place());
    return o.toString().replace("\n", " ");
  }

  private static void putOrNull(JsonObject o, String key, String value) {
    if (value == null) {
      o.put(key, org.apache.jena.atlas.json.JsonNull.instance);
    } else {
      o.put(key, value);
    }
  }

  private static String text(QuerySolution s, String var) {
    return s.get(var) == null ? null : s.get(var).isLiteral()
        ? s.getLiteral(var).getLexicalForm() : s.get(var).toString();
  }

  private static String string(JsonValue v) {
    return v == null || v.isNull() ? null : v.getAsString().value();
  }

  private static List<String> strings(JsonValue v) {
    List<String> out = new ArrayList<>();
    if (v != null && v.isArray()) {
      v.getAsArray().forEach(x -> out.add(x.getAsString().value()));
    }
    return out;
  }
}
