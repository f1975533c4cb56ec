package org.newskg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The packages read like the data flow: no package depends, through any chain, on one that
 * depends on it, and each says in a package-info.java what it takes and gives. Read from the
 * sources (the names of org.newskg classes each file uses).
 */
class PackageDependenciesTest {
  private static final Path ROOT = Path.of("src/main/java/org/newskg");
  private static final Pattern USE = Pattern.compile("org\\.newskg\\.(\\w+)\\.[A-Z]");

  private static Map<String, Set<String>> dependencies() throws IOException {
    Map<String, Set<String>> deps = new TreeMap<>();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(ROOT)) {
      files = walk.filter(p -> p.toString().endsWith(".java")).toList();
    }
    for (Path f : files) {
      Path rel = ROOT.relativize(f);
      if (rel.getNameCount() < 2) {
        continue; // a class at the root, if any, is no stage
      }
      String pkg = rel.getName(0).toString();
      Set<String> uses = deps.computeIfAbsent(pkg, k -> new TreeSet<>());
      Matcher m = USE.matcher(Files.readString(f));
      while (m.find()) {
        if (!m.group(1).equals(pkg)) {
          uses.add(m.group(1));
        }
      }
    }
    return deps;
  }

  @Test
  void noPackageCycle() throws IOException {
    Map<String, Set<String>> deps = dependencies();
    List<String> cycles = new ArrayList<>();
    for (String a : deps.keySet()) {
      for (String b : deps.get(a)) {
        if (reaches(deps, b, a)) {
          cycles.add(a + " -> " + b + " -> ... -> " + a);
        }
      }
    }
    assertEquals(List.of(), cycles);
  }

  @Test
  void theAnalysisStagesDependOnlyOnEarlierOnes() throws IOException {
    List<String> chain = List.of("source", "extract", "resolve", "attribute", "event", "rdf",
        "link", "store");
    Map<String, Set<String>> deps = dependencies();
    for (int i = 0; i < chain.size(); i++) {
      for (String used : deps.getOrDefault(chain.get(i), Set.of())) {
        int at = chain.indexOf(used);
        assertTrue(at < i, chain.get(i) + " uses " + used + ", a later stage or none of them");
      }
    }
  }

  @Test
  void everyPackageSaysWhatItTakesAndGives() throws IOException {
    for (String pkg : dependencies().keySet()) {
      assertTrue(Files.exists(ROOT.resolve(pkg).resolve("package-info.java")), pkg);
    }
  }

  private static boolean reaches(Map<String, Set<String>> deps, String from, String to) {
    Set<String> seen = new TreeSet<>();
    List<String> todo = new ArrayList<>(List.of(from));
    while (!todo.isEmpty()) {
      String p = todo.remove(todo.size() - 1);
      if (p.equals(to)) {
        return true;
      }
      if (seen.add(p)) {
        todo.addAll(deps.getOrDefault(p, Set.of()));
      }
    }
    return false;
  }
}
