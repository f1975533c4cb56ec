package org.newskg.query;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.apache.jena.system.Txn;
import org.newskg.store.KnowledgeStore;

/**
 * A canned query from {@code queries/}. Its parameters are the variables of an inline VALUES
 * block that holds their defaults, so the file runs as it is in any SPARQL client. Binding a
 * parameter replaces its value in that block with an RDF term: user input is never spliced
 * into the query text, so it cannot change the query.
 */
public final class QueryTemplate {
  private final String name;
  private final String text;

  private QueryTemplate(String name, String text) {
    this.name = name;
    this.text = text;
  }

  /** A result value as text: a literal's lexical form, a resource's IRI, null when unbound. */
  public static String text(QuerySolution solution, String var) {
    RDFNode n = solution.get(var);
    if (n == null) {
      return null;
    }
    return n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString();
  }

  /** The values a {@code GROUP_CONCAT(…; separator="; ")} joined; empty when unbound or "". */
  public static List<String> listOf(String joined) {
    return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split("; "));
  }

  /** Runs a SELECT over the store in a read transaction, one {@code row} per solution. */
  public static <T> List<T> select(KnowledgeStore store, Query query,
                                   Function<QuerySolution, T> row) {
    return Txn.calculateRead(store.dataset(), () -> {
      List<T> rows = new ArrayList<>();
      try (QueryExecution exec = QueryExecution.dataset(store.dataset()).query(query).build()) {
        ResultSet rs = exec.execSelect();
        while (rs.hasNext()) {
          rows.add(row.apply(rs.next()));
        }
      }
      return rows;
    });
  }

  /** Loads {@code queries/<name>.rq} from the classpath. */
  public static QueryTemplate load(String name) {
    String resource = "/queries/" + name + ".rq";
    try (InputStream in = QueryTemplate.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no canned query " + resource);
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      QueryFactory.create(text); // a syntax error shows at load, not at the first use
      return new QueryTemplate(name, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public String name() {
    return name;
  }

  /** The query with the given parameters bound; unknown parameter names are an error. */
  public Query bind(Map<String, Node> parameters) {
    // parsed afresh: the rows are replaced in place, and a clone may share a sub-SELECT's
    Query copy = QueryFactory.create(text);
    Set<String> unused = new HashSet<>(parameters.keySet());
    ElementWalker.walk(copy.getQueryPattern(), new ElementVisitorBase() {
      // the VALUES row may sit in a sub-SELECT, which makes ARQ evaluate that part first
      @Override
      public void visit(ElementSubQuery sub) {
        ElementWalker.walk(sub.getQuery().getQueryPattern(), this);
      }

      @Override
      public void visit(ElementData data) {
        if (data.getVars().stream().noneMatch(v -> parameters.containsKey(v.getVarName()))) {
          return;
        }
        java.util.List<Binding> rows = new java.util.ArrayList<>();
        for (Binding row : data.getRows()) {
          BindingBuilder b = Binding.builder();
          for (Var v : data.getVars()) {
            Node value = parameters.containsKey(v.getVarName())
                ? parameters.get(v.getVarName()) : row.get(v);
            if (value != null) {
              b.add(v, value);
            }
          }
          rows.add(b.build());
        }
        data.getRows().clear();
        rows.forEach(data::add);
        data.getVars().forEach(v -> unused.remove(v.getVarName()));
      }
    });
    if (!unused.isEmpty()) {
      throw new IllegalArgumentException("query " + name + " has no parameter " + unused);
    }
    return copy;
  }
}
