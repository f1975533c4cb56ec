package org.newskg.store;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;

/**
 * A small file in the store directory that says which server holds the store: its process id
 * and URL. TDB2's own lock only says "locked"; this lets a second writer (an {@code ingest}
 * while {@code serve} runs) fail at once with a message naming the server to send articles to.
 * A file left by a process that died is ignored (the process id no longer runs).
 */
public record StoreHolder(long pid, String url) {
  static final String FILE = "newskg-server.properties";

  /** The live server holding {@code storeDirectory}, if any (not this process). */
  public static Optional<StoreHolder> of(Path storeDirectory) {
    Path file = storeDirectory.resolve(FILE);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      Properties p = new Properties();
      p.load(new StringReader(Files.readString(file, StandardCharsets.UTF_8)));
      long pid = Long.parseLong(p.getProperty("pid", "-1").strip());
      String url = p.getProperty("url", "").strip();
      boolean alive = pid != ProcessHandle.current().pid()
          && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
      return alive ? Optional.of(new StoreHolder(pid, url)) : Optional.empty();
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** Records this process as the holder of {@code storeDirectory}, serving at {@code url}. */
  public static StoreHolder claim(Path storeDirectory, String url) {
    StoreHolder holder = new StoreHolder(ProcessHandle.current().pid(), url);
    Properties p = new Properties();
    p.setProperty("pid", Long.toString(holder.pid()));
    p.setProperty("url", url);
    try {
      StringWriter text = new StringWriter();
      p.store(text, "newskg serve holds this store; delete only if that process is gone");
      Path tmp = storeDirectory.resolve(FILE + ".tmp");
      Files.writeString(tmp, text.toString(), StandardCharsets.UTF_8);
      Files.move(tmp, storeDirectory.resolve(FILE), StandardCopyOption.REPLACE_EXISTING,
          StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new StoreException("cannot write " + storeDirectory.resolve(FILE) + ": " + e, e);
    }
    return holder;
  }

  /** Removes the holder file if it is this process's. */
  public static void release(Path storeDirectory) {
    Path file = storeDirectory.resolve(FILE);
    try {
      Properties p = new Properties();
      p.load(new StringReader(Files.readString(file, StandardCharsets.UTF_8)));
      if (Long.toString(ProcessHandle.current().pid()).equals(p.getProperty("pid"))) {
        Files.deleteIfExists(file);
      }
    } catch (IOException | RuntimeException e) {
      // nothing to release
    }
  }

  /** The message for a command that wanted the store while this server holds it. */
  public String describe(Path storeDirectory) {
    return "store " + storeDirectory + " is held by 'newskg serve' (process " + pid + ") at "
        + url + "; send articles to it with 'newskg ingest --server " + url
        + " --token SECRET PATH…', query it at " + url + "/newskg/sparql, or stop it";
  }
}
