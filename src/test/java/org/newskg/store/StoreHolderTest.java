package org.newskg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreHolderTest {
  @Test
  void aLiveOtherProcessHoldsTheStoreAndIsNamed(@TempDir Path store) throws Exception {
    Process other = new ProcessBuilder("sleep", "30").start();
    try {
      Files.writeString(store.resolve(StoreHolder.FILE),
          "pid=" + other.pid() + "\nurl=http\\://127.0.0.1\\:3030\n");
      Optional<StoreHolder> holder = StoreHolder.of(store);
      assertTrue(holder.isPresent());
      assertEquals(other.pid(), holder.get().pid());
      assertEquals("http://127.0.0.1:3030", holder.get().url());
      String message = holder.get().describe(store);
      assertTrue(message.contains("newskg serve") && message.contains("--server http://127.0.0.1:3030")
          && message.contains(Long.toString(other.pid())), message);
      StoreException refused = org.junit.jupiter.api.Assertions.assertThrows(
          StoreException.class, () -> KnowledgeStore.open(store));
      assertEquals(message, refused.getMessage());
    } finally {
      other.destroy();
      other.waitFor();
    }
    // the holder is gone: its file no longer blocks anyone
    assertFalse(StoreHolder.of(store).isPresent());
    KnowledgeStore.open(store).close();
  }

  @Test
  void thisProcessClaimsAndReleasesOnlyItsOwnFile(@TempDir Path store) throws Exception {
    StoreHolder.claim(store, "http://127.0.0.1:1234");
    // this process's own claim does not block it (the server itself keeps the store open)
    assertFalse(StoreHolder.of(store).isPresent());
    StoreHolder.release(store);
    assertFalse(Files.exists(store.resolve(StoreHolder.FILE)));
    Files.writeString(store.resolve(StoreHolder.FILE), "pid=1\nurl=http\\://x\n");
    StoreHolder.release(store);
    assertTrue(Files.exists(store.resolve(StoreHolder.FILE)), "another process's file stays");
  }

  @Test
  void aGarbledFileIsIgnored(@TempDir Path store) throws Exception {
    Files.writeString(store.resolve(StoreHolder.FILE), "pid=not-a-number\n");
    assertFalse(StoreHolder.of(store).isPresent());
  }
}
