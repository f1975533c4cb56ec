package org.newskg.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.system.Txn;
import org.newskg.data.JsonFields;
import org.newskg.query.QueryTemplate;
import org.newskg.store.KnowledgeStore;

/**
 * Reads gold event files (the format of {@code ../shared/eval/EVENT_GUIDELINES.md}) and the
 * events of a store as {@link EventScorer} reads them.
 */
public final class GoldEvents {
  private GoldEvents() {}

  /** One gold event per non-blank line. */
  public static List<EventScorer.Gold> load(Path file) throws IOException {
    return GoldLines.read(file, "gold event", o -> {
      List<Integer> lines = new ArrayList<>();
      if (o.get("lines") != null && o.get("lines").isArray()) {
        o.get("lines").getAsArray().forEach(v -> lines.add(v.getAsNumber().value().intValue()));
      }
      // score_events.py needs line, cameo, actors and targets; the rest may be absent
      return new EventScorer.Gold(GoldLines.string(o.get("article")),
          required(o, "line").getAsNumber().value().intValue(), lines,
          GoldLines.string(o.get("trigger")), required(o, "cameo").getAsString().value(),
          strings(o, "actors"), strings(o, "targets"), GoldLines.string(o.get("date")));
    });
  }

  /**
   * The lines of the source text the gold's line numbers count in, as score_events.py reads
   * them: UTF-8, "\r\n" and "\r" read as "\n" (Python's text mode), split on "\n".
   */
  public static List<String> sourceLines(Path file) throws IOException {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (java.nio.charset.CharacterCodingException e) {
      throw new IOException(file + ": not UTF-8 text", e);
    }
    text = text.replace("\r\n", "\n").replace('\r', '\n');
    return List.of(text.split("\n", -1));
  }

  /**
   * Which of {@code texts} the gold's line numbers count in: the one file that has, for every
   * article the gold names, a line starting with that name (its headline, or its first five
   * words when it has none). Empty when the gold names no article or no single file fits.
   */
  public static Optional<Path> sourceFor(List<EventScorer.Gold> gold, List<Path> texts)
      throws IOException {
    Set<String> articles = new LinkedHashSet<>();
    gold.stream().map(EventScorer.Gold::article).filter(a -> a != null && !a.isBlank())
        .map(EventScorer::norm).forEach(articles::add);
    if (articles.isEmpty()) {
      return Optional.empty();
    }
    List<Path> fits = new ArrayList<>();
    for (Path text : texts) {
      List<String> lines = sourceLines(text).stream().map(EventScorer::norm).toList();
      if (articles.stream().allMatch(a -> lines.stream().anyMatch(l -> l.startsWith(a)))) {
        fits.add(text);
      }
    }
    return fits.size() == 1 ? Optional.of(fits.get(0)) : Optional.empty();
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
            ?e a nkg:Event .
            # every event node counts, even one written without a sentence (never found)
            OPTIONAL { ?e nkg:sentence ?sentence }
            OPTIONAL { ?e nkg:trigger ?trigger }
            OPTIONAL { ?e nkg:eventType ?type OPTIONAL { ?type nkg:cameo ?code } }
            # the code from the concept, else from its IRI (evt:18)
            BIND (COALESCE(?code, REPLACE(STR(?type), "^.*/", "")) AS ?cameo)
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
          fields.putIfAbsent(k, new String[] {QueryTemplate.text(s, "sentence"), QueryTemplate.text(s, "trigger"),
              QueryTemplate.text(s, "cameo"), QueryTemplate.text(s, "date"), QueryTemplate.text(s, "place")});
          actors.putIfAbsent(k, new ArrayList<>());
          targets.putIfAbsent(k, new ArrayList<>());
          String who = QueryTemplate.text(s, "who");
          if (who != null) {
            List<String> list = "actor".equals(QueryTemplate.text(s, "role")) ? actors.get(k) : targets.get(k);
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
    JsonFields.putOrNull(o, "sentence", e.sentence());
    JsonFields.putOrNull(o, "trigger", e.trigger());
    JsonFields.putOrNull(o, "cameo", e.cameo());
    o.put("actors", JsonFields.array(e.actors()));
    o.put("targets", JsonFields.array(e.targets()));
    JsonFields.putOrNull(o, "date", e.date());
    JsonFields.putOrNull(o, "place", e.place());
    return o.toString().replace("\n", " ");
  }


  private static JsonValue required(JsonObject o, String key) {
    JsonValue v = o.get(key);
    if (v == null || v.isNull()) {
      throw new IllegalArgumentException("no \"" + key + "\"");
    }
    return v;
  }

  private static List<String> strings(JsonObject o, String key) {
    JsonValue v = required(o, key);
    if (!v.isArray()) {
      throw new IllegalArgumentException("\"" + key + "\" is not a list");
    }
    List<String> out = new ArrayList<>();
    v.getAsArray().forEach(x -> out.add(x.getAsString().value()));
    return out;
  }
}
