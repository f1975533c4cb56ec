package org.newskg.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The space a directory takes. TDB2's files are sparse (index files are created at their full
 * mapped size and filled as they grow), so their lengths overstate the disk they use; the blocks
 * allocated to them, as {@code du} counts, are what a full disk runs out of.
 */
public final class DiskUsage {
  private DiskUsage() {}

  /** Bytes allocated to the files under {@code directory}, as {@code du} says, if it can. */
  public static OptionalLong allocated(Path directory) {
    // the JDK gives no file's allocated blocks; du does, on every system newskg runs on
    for (String[] command : new String[][] {
        {"du", "-s", "-B1", directory.toString()}, {"du", "-sk", directory.toString()}}) {
      try {
        Process p = new ProcessBuilder(command).redirectErrorStream(false).start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.getErrorStream().transferTo(java.io.OutputStream.nullOutputStream());
        if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
          continue;
        }
        long n = Long.parseLong(out.strip().split("\\s+")[0]);
        return OptionalLong.of(command[2].equals("-B1") ? n : n * 1024);
      } catch (IOException | RuntimeException e) {
        // no du here: try the next form, else say nothing
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return OptionalLong.empty();
      }
    }
    return OptionalLong.empty();
  }

  /** The sum of the lengths of the files under {@code directory} (sparse files at full size). */
  public static long apparent(Path directory) {
    try (Stream<Path> files = Files.walk(directory)) {
      return files.filter(Files::isRegularFile).mapToLong(f -> {
        try {
          return Files.size(f);
        } catch (IOException e) {
          return 0;
        }
      }).sum();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
