package org.newskg.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Initializes every class of a package up front. The rules of attribution and resolution keep
 * their word lists, tables and compiled patterns in static finals, which Java reads on a class's
 * first use: that would be the first article, inside its stage time, and the cost would be
 * charged to attribution (half of it on a 20-article run). The pipeline calls this when it is
 * built, where the load is timed and reported as such; a rule added later is covered without
 * being listed.
 */
public final class PackageClasses {
  private PackageClasses() {}

  /**
   * Initializes the classes of {@code anchor}'s package (not its sub-packages) found where
   * {@code anchor} was loaded from, a jar or a directory.
   *
   * Where the classes cannot be listed (a class loader that reads neither), nothing is
   * initialized: each class then loads on first use, as Java does anyway.
   *
   * @return how many classes were initialized
   */
  public static int initialize(Class<?> anchor) {
    List<String> names;
    try {
      names = classNames(anchor);
    } catch (IllegalStateException | UncheckedIOException e) {
      return 0;
    }
    int n = 0;
    for (String name : names) {
      try {
        Class.forName(name, true, anchor.getClassLoader());
        n++;
      } catch (ClassNotFoundException e) {
        // listed beside the package but not visible to its loader: it loads on first use
      }
    }
    return n;
  }

  /** The binary names of the classes in {@code anchor}'s package, where it was loaded from. */
  static List<String> classNames(Class<?> anchor) {
    String pkg = anchor.getPackageName();
    String dir = pkg.replace('.', '/') + "/";
    List<String> out = new ArrayList<>();
    try {
      java.security.CodeSource code = anchor.getProtectionDomain().getCodeSource();
      if (code == null || code.getLocation() == null) {
        return out;
      }
      Path source = Path.of(code.getLocation().toURI());
      if (Files.isDirectory(source)) {
        try (Stream<Path> files = Files.list(source.resolve(dir))) {
          files.map(f -> f.getFileName().toString()).filter(PackageClasses::isClassFile)
              .sorted().forEach(f -> out.add(pkg + "." + f.substring(0, f.length() - 6)));
        }
      } else {
        try (JarFile jar = new JarFile(source.toFile())) {
          for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
            String name = e.nextElement().getName();
            if (name.startsWith(dir) && name.indexOf('/', dir.length()) < 0
                && isClassFile(name.substring(dir.length()))) {
              out.add(name.substring(0, name.length() - 6).replace('/', '.'));
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException | RuntimeException e) {
      throw new IllegalStateException("cannot list the classes of " + pkg, e);
    }
    return out;
  }

  private static boolean isClassFile(String file) {
    return file.endsWith(".class") && !file.equals("package-info.class");
  }
}
