package org.newskg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;

class NameKeysTest {
  @Test
  void aNameGivesItselfAndEachRunOfItsWordsLowerCased() {
    assertEquals(List.of("george w. bush", "george w bush", "george", "george w.", "george w",
        "w.", "w", "w. bush", "w bush", "bush"), List.copyOf(NameKeys.of("George  W. Bush")));
    assertTrue(NameKeys.of("Pieter de Graaf").contains("de graaf"));
  }

  @Test
  void accentsHyphensAndInitialsCanBeTypedEitherWay() {
    Set<String> keys = NameKeys.of("José Álvarez-Pérez");
    assertTrue(keys.containsAll(Set.of("josé álvarez-pérez", "jose alvarez-perez", "josé", "jose",
        "álvarez-pérez", "alvarez-perez", "pérez", "perez", "álvarez", "alvarez")), keys.toString());
    assertTrue(NameKeys.of("U.S. Senate").containsAll(Set.of("u.s. senate", "us senate", "u.s.",
        "us", "senate")));
    assertTrue(NameKeys.of("Jonas Gahr Støre").contains("store"));
  }

  @Test
  void apostrophesStayInsideAWordButNotAroundIt() {
    Set<String> keys = NameKeys.of("Sinéad O'Connor");
    assertTrue(keys.contains("o'connor"), keys.toString());
    assertTrue(NameKeys.of("'Ndrangheta'").contains("ndrangheta"));
  }

  @Test
  void aBlankNameHasNoKeys() {
    assertEquals(Set.of(), NameKeys.of("  "));
  }

  @Test
  void keysAreMissingForNamedThingsOnlyAndNotTwice() {
    Model m = ModelFactory.createDefaultModel();
    m.createResource(NKG.DEFAULT_BASE + "person/tony-blair", NKG.Person)
        .addProperty(RDFS.label, "Tony Blair")
        .addProperty(NKG.skosAltLabel, "Blair")
        .addProperty(NKG.skosHiddenLabel, "tony");
    m.createResource(NKG.DEFAULT_BASE + "place/downing-street", NKG.Place)
        .addProperty(RDFS.label, "Downing Street");
    m.createResource(NKG.DEFAULT_BASE + "event/a-1", NKG.Event)
        .addProperty(RDFS.label, "Talks in Oslo");
    Set<String> added = NameKeys.missingFrom(m.getGraph()).stream()
        .map(Triple::getObject).map(o -> o.getLiteralLexicalForm()).collect(Collectors.toSet());
    // people, organizations and countries, and places (the events view filters by them)
    assertEquals(Set.of("tony blair", "blair", "downing street", "downing", "street"), added);
  }
}
