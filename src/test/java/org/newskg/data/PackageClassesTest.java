package org.newskg.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Initializing a package's classes up front, as the pipeline does when it is built. */
class PackageClassesTest {
  @Test
  void listsThePackagesOwnClassesOnly() {
    List<String> names = PackageClasses.classNames(WordList.class);
    assertTrue(names.contains("org.newskg.data.WordList"), names.toString());
    assertTrue(names.contains("org.newskg.data.PackageClasses"), names.toString());
    assertFalse(names.contains("org.newskg.data.package-info"), names.toString());
    // the tests' own classes live elsewhere; sub-packages and other packages are not listed
    assertTrue(names.stream().allMatch(n -> n.startsWith("org.newskg.data.")
        && n.indexOf('.', "org.newskg.data.".length()) < 0), names.toString());
  }

  @Test
  void initializesEveryListedClass() {
    assertEquals(PackageClasses.classNames(WordList.class).size(),
        PackageClasses.initialize(WordList.class));
  }
}
