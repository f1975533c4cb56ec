package org.newskg.rdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.graph.GraphFactory;

/** Validates graphs against {@code ontology/shapes.ttl} (shipped in the jar). */
public final class ShapesValidator {
  private final Shapes shapes;

  private ShapesValidator(Shapes shapes) {
    this.shapes = shapes;
  }

  public static ShapesValidator load() {
    try (InputStream in = ShapesValidator.class.getResourceAsStream("/ontology/shapes.ttl")) {
      if (in == null) {
        throw new IllegalStateException("ontology/shapes.ttl missing from the classpath");
      }
      Graph g = GraphFactory.createDefaultGraph();
      RDFParser.source(in).lang(Lang.TURTLE).parse(g);
      return new ShapesValidator(Shapes.parse(g));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public ValidationReport validate(Graph data) {
    return ShaclValidator.get().validate(shapes, data);
  }
}
