package org.newskg.query;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;
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

  /**
   * {@link #listOf}, sorted: GROUP_CONCAT joins the values in the store's node order, which
   * depends on what was written first, so the same statement would list them in another order
   * in another store.
   */
  public static List<String> sortedListOf(String joined) {
    return listOf(joined).stream().sorted().toList();
  }

  /** Runs a SELECT over the store in a read transaction, one {@code row} per solution. */
  public static <T> List<T> select(KnowledgeStore store, Query query,
                                   Function<QuerySolution, T> row) {
    return Sparql.of(store).select(query, row);
  }

  /**
   * Binds the date parameters the canned queries share: {@code ?since} and {@code ?until}
   * (xsd:date) when given, {@code ?undated} when true.
   */
  static void putDates(Map<String, Node> p, java.time.LocalDate since, java.time.LocalDate until,
                       boolean undated) {
    if (since != null) {
      p.put("since", org.apache.jena.graph.NodeFactory.createLiteralDT(since.toString(),
          org.apache.jena.datatypes.xsd.XSDDatatype.XSDdate));
    }
    if (until != null) {
      p.put("until", org.apache.jena.graph.NodeFactory.createLiteralDT(until.toString(),
          org.apache.jena.datatypes.xsd.XSDDatatype.XSDdate));
    }
    if (undated) {
      p.put("undated", org.apache.jena.graph.NodeFactory.createLiteralDT("true",
          org.apache.jena.datatypes.xsd.XSDDatatype.XSDboolean));
    }
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

  /**
   * The names of the canned queries ({@code queries/*.rq}, inside the jar or on the class
   * path's directory), sorted: what a tool that runs "every canned query" runs.
   */
  public static List<String> names() {
    java.net.URL dir = QueryTemplate.class.getResource("/queries/");
    if (dir == null) {
      throw new IllegalStateException("no queries/ on the class path");
    }
    try {
      java.net.URI uri = dir.toURI();
      if (uri.getScheme().equals("jar")) {
        try (java.nio.file.FileSystem jar = java.nio.file.FileSystems.newFileSystem(uri,
            Map.of())) {
          return namesIn(jar.getPath("/queries"));
        } catch (java.nio.file.FileSystemAlreadyExistsException e) {
          return namesIn(java.nio.file.FileSystems.getFileSystem(uri).getPath("/queries"));
        }
      }
      return namesIn(java.nio.file.Path.of(uri));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<String> namesIn(java.nio.file.Path dir) throws IOException {
    try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.list(dir)) {
      return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".rq"))
          .map(n -> n.substring(0, n.length() - ".rq".length())).sorted().toList();
    }
  }

  public String name() {
    return name;
  }

  /** A query given as text ({@code newskg query --file}), its VALUES row its parameters. */
  public static QueryTemplate of(String name, String text) {
    QueryFactory.create(text);
    return new QueryTemplate(name, text);
  }

  /**
   * The query with parameters given as text, each read as the kind of term its default in the
   * VALUES row is: a date where the default is an xsd:date, an IRI where it is an IRI (or
   * UNDEF, for {@code <…>} or {@code http…}), else a string. A value that is not of its kind
   * ("last week" for a date) is an error naming the parameter.
   */
  public Query bindText(Map<String, String> values) {
    Map<String, Node> defaults = new java.util.HashMap<>();
    Query parsed = QueryFactory.create(text);
    ElementWalker.walk(parsed.getQueryPattern(), new ElementVisitorBase() {
      @Override
      public void visit(ElementSubQuery sub) {
        ElementWalker.walk(sub.getQuery().getQueryPattern(), this);
      }

      @Override
      public void visit(ElementData data) {
        for (Var v : data.getVars()) {
          Node d = data.getRows().isEmpty() ? null : data.getRows().get(0).get(v);
          defaults.put(v.getVarName(), d);
        }
      }
    });
    Map<String, Node> nodes = new java.util.HashMap<>();
    for (Map.Entry<String, String> e : values.entrySet()) {
      if (!defaults.containsKey(e.getKey())) {
        throw new IllegalArgumentException("query " + name + " has no parameter ?" + e.getKey()
            + (defaults.isEmpty() ? " (it has no VALUES row)"
                : " (its parameters: ?" + String.join(" ?", new java.util.TreeSet<>(
                    defaults.keySet())) + ")"));
      }
      nodes.put(e.getKey(), term(e.getKey(), e.getValue(), defaults.get(e.getKey())));
    }
    return bind(nodes);
  }

  private static Node term(String name, String value, Node kind) {
    boolean iriLike = value.startsWith("<") && value.endsWith(">") || value.matches("https?://\\S+");
    if ((kind == null || kind.isURI()) && iriLike) {
      return org.apache.jena.graph.NodeFactory.createURI(value.replaceAll("^<|>$", ""));
    }
    if (kind != null && kind.isURI()) {
      throw new IllegalArgumentException("?" + name + " is an IRI, not '" + value + "'");
    }
    if (kind != null && kind.isLiteral() && kind.getLiteralDatatype() != null
        && !kind.getLiteralDatatypeURI().equals(
            org.apache.jena.datatypes.xsd.XSDDatatype.XSDstring.getURI())
        && kind.getLiteralLanguage().isEmpty()) {
      var type = kind.getLiteralDatatype();
      if (!type.isValid(value)) {
        throw new IllegalArgumentException("?" + name + " is a " + type.getURI()
            .replace("http://www.w3.org/2001/XMLSchema#", "xsd:") + ", not '" + value + "'");
      }
      return org.apache.jena.graph.NodeFactory.createLiteralDT(value, type);
    }
    return org.apache.jena.graph.NodeFactory.createLiteralString(value);
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
