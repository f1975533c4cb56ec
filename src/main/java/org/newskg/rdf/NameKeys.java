package org.newskg.rdf;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.newskg.resolve.Names;

/**
 * The search keys of a person's, organization's or country's names (skos:hiddenLabel): each name
 * and each run of its words, lower-cased, with and without accents and dots. The canned queries
 * look a typed name up among the keys with one index lookup; testing every label of the store
 * for a substring took 20-25 ms on 2,000 articles, which no query that filters by name can
 * afford.
 * "George W. Bush" → "george w. bush", "george w bush", "george", "george w.", "george w",
 * "w.", "w", "w. bush", "w bush", "bush".
 */
public final class NameKeys {
  /** What separates the words of a name; apostrophes and hyphens stay inside ("O'Neill"). */
  private static final Pattern WORD_BREAK = Pattern.compile("[\\s,;:/()\\[\\]\"“”‘]+");
  private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^['’]+|['’]+$");
  private static final Pattern INITIAL_DOT = Pattern.compile("\\.(?=\\p{L})");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Node HIDDEN_LABEL = NKG.skosHiddenLabel.asNode();
  private static final Set<Node> NAMED_TYPES = Set.of(NKG.Person.asNode(),
      NKG.Organization.asNode(), NKG.Country.asNode(), NKG.Place.asNode());

  private NameKeys() {}

  /** The keys of one name, in the order given above; empty for a blank name. */
  public static Set<String> of(String name) {
    String lower = SPACES.matcher(name.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    Set<String> keys = new LinkedHashSet<>();
    if (lower.isEmpty()) {
      return keys;
    }
    addForms(keys, lower);
    List<String> words = new ArrayList<>();
    for (String token : WORD_BREAK.split(lower)) {
      String word = EDGE_PUNCTUATION.matcher(token).replaceAll("");
      if (!word.isEmpty()) {
        words.add(word);
      }
    }
    // every run of whole words: "de graaf" of "Pieter de Graaf", "bank of england" of "Governor
    // of the Bank of England"
    for (int from = 0; from < words.size(); from++) {
      for (int to = from + 1; to <= words.size(); to++) {
        addForms(keys, String.join(" ", words.subList(from, to)));
      }
    }
    for (String word : words) {
      if (word.indexOf('-') > 0) {
        for (String part : word.split("-+")) {
          addForms(keys, part);
        }
      }
    }
    return keys;
  }

  /**
   * The key a name typed into a query is looked up by: lower case, a dot before a letter dropped
   * and any other dot a space ("U.S." → "us", "George W. Bush" → "george w bush"), white space
   * folded and trimmed. The canned queries compute the same in SPARQL ({@code ?speakerKey} and
   * kin); a test holds the two together.
   */
  public static String keyOf(String typed) {
    return SPACES.matcher(undotted(typed.toLowerCase(Locale.ROOT))).replaceAll(" ").strip();
  }

  private static String undotted(String form) {
    return INITIAL_DOT.matcher(form).replaceAll("").replace('.', ' ');
  }

  /** The form itself and without dots ("u.s." → "us", "w. bush" → "w bush"), and no accents. */
  private static void addForms(Set<String> keys, String form) {
    String undotted = undotted(form);
    List<String> forms = new ArrayList<>(List.of(form, undotted));
    for (String f : List.copyOf(forms)) {
      forms.add(Names.withoutAccents(f));
    }
    for (String f : forms) {
      String key = SPACES.matcher(f).replaceAll(" ").strip();
      if (!key.isEmpty()) {
        keys.add(key);
      }
    }
  }

  /**
   * The skos:hiddenLabel triples that {@code graph} lacks for the labels (rdfs:label and
   * skos:altLabel) of its people, organizations, countries and places.
   */
  public static List<Triple> missingFrom(Graph graph) {
    List<Triple> out = new ArrayList<>();
    Set<Node> named = new LinkedHashSet<>();
    graph.find(Node.ANY, RDF.type.asNode(), Node.ANY).forEachRemaining(t -> {
      if (NAMED_TYPES.contains(t.getObject())) {
        named.add(t.getSubject());
      }
    });
    for (Node actor : named) {
      Set<String> keys = new LinkedHashSet<>();
      for (Node property : List.of(RDFS.label.asNode(), NKG.skosAltLabel.asNode())) {
        graph.find(actor, property, Node.ANY).forEachRemaining(t -> {
          if (t.getObject().isLiteral()) {
            keys.addAll(of(t.getObject().getLiteralLexicalForm()));
          }
        });
      }
      for (String key : keys) {
        Triple t = Triple.create(actor, HIDDEN_LABEL, NodeFactory.createLiteralString(key));
        if (!graph.contains(t)) {
          out.add(t);
        }
      }
    }
    return out;
  }
}
