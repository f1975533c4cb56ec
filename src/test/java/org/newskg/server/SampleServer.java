package org.newskg.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.newskg.CoreNlpFixture;
import org.newskg.ingest.IngestListener;
import org.newskg.ingest.IngestPipeline;
import org.newskg.ingest.IngestReport;
import org.newskg.ingest.ProcessorFactory;
import org.newskg.ingest.StageTimes;
import org.newskg.store.KnowledgeStore;

/**
 * A real server on a free loopback port over a real store of our sample articles, with live
 * ingestion on (token {@link #TOKEN}) and a 3 s query timeout. Built once per test JVM and shared
 * by the test classes that ask for it; stopped when the run ends.
 */
public final class SampleServer implements ParameterResolver {
  public static final String TOKEN = "test-token-0123456789";
  public static final Duration TIMEOUT = Duration.ofSeconds(3);

  /** The running server and what it serves. */
  public record Running(NewskgServer server, KnowledgeStore store, Path directory)
      implements ExtensionContext.Store.CloseableResource, AutoCloseable {
    public String url() {
      return server.url();
    }

    @Override
    public void close() {
      server.close();
      store.close();
      try (var files = Files.walk(directory)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      } catch (IOException e) {
        // a temporary directory; nothing else to do
      }
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == Running.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    ProcessorFactory factory = (ProcessorFactory) new CoreNlpFixture().resolveParameter(
        null, context);
    return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
        .getOrComputeIfAbsent(Running.class, k -> start(factory), Running.class);
  }

  private static Running start(ProcessorFactory factory) {
    try {
      Path dir = Files.createTempDirectory("newskg-server-test");
      KnowledgeStore store = KnowledgeStore.open(dir.resolve("store"));
      IngestReport report = new IngestPipeline(factory, new StageTimes()).ingest(
          List.of(Path.of("samples")), store, IngestPipeline.Options.standard(),
          IngestListener.NONE);
      if (report.failed() || report.ingested() == 0) {
        throw new IllegalStateException("sample ingest failed: " + report.problems());
      }
      NewskgServer server = NewskgServer.start(store,
          new NewskgServer.Settings("127.0.0.1", 0, TIMEOUT, TOKEN),
          Optional.of(new LiveIngestor(store, () -> factory)));
      return new Running(server, store, dir);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
