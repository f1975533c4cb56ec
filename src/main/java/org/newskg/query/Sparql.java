package org.newskg.query;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.system.Txn;
import org.newskg.store.KnowledgeStore;

/**
 * Where queries run: the store opened in this process, or the SPARQL endpoint of the
 * {@code newskg serve} that holds it. The reading commands and the canned queries ask through
 * this, so they answer the same whichever holds the store.
 */
public interface Sparql {
  /**
   * Runs {@code query} and hands its execution to {@code body} (within a read transaction for
   * a local store); {@code timeout} zero or null for none.
   */
  <R> R execute(Query query, Duration timeout, Function<QueryExecution, R> body);

  /** Where the answers come from, for messages. */
  String describe();

  /** Runs a SELECT, one {@code row} per solution. */
  default <T> List<T> select(Query query, Function<QuerySolution, T> row) {
    return execute(query, null, exec -> {
      List<T> rows = new ArrayList<>();
      ResultSet rs = exec.execSelect();
      while (rs.hasNext()) {
        rows.add(row.apply(rs.next()));
      }
      return rows;
    });
  }

  /** Queries over a store this process has opened. */
  static Sparql of(KnowledgeStore store) {
    return new Sparql() {
      @Override
      public <R> R execute(Query query, Duration timeout, Function<QueryExecution, R> body) {
        return Txn.calculateRead(store.dataset(), () -> {
          var builder = QueryExecution.dataset(store.dataset()).query(query);
          if (timeout != null && !timeout.isZero()) {
            builder.timeout(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
          }
          try (QueryExecution exec = builder.build()) {
            return body.apply(exec);
          }
        });
      }

      @Override
      public String describe() {
        return "store " + store.directory();
      }
    };
  }

  /** Queries sent to a SPARQL endpoint ({@code http://host:port/newskg/sparql}). */
  static Sparql remote(String endpoint) {
    return new Sparql() {
      @Override
      public <R> R execute(Query query, Duration timeout, Function<QueryExecution, R> body) {
        try (QueryExecution exec = QueryExecutionHTTP.service(endpoint).query(query).build()) {
          if (timeout == null || timeout.isZero()) {
            return body.apply(exec);
          }
          // the answer streams in: past the time limit the execution is aborted, whatever part
          // of it has arrived, as a local query is cancelled
          AtomicBoolean stopped = new AtomicBoolean();
          ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "newskg-query-timeout");
            t.setDaemon(true);
            return t;
          });
          try {
            timer.schedule(() -> {
              stopped.set(true);
              exec.abort();
            }, timeout.toMillis(), TimeUnit.MILLISECONDS);
            return body.apply(exec);
          } catch (RuntimeException e) {
            if (stopped.get()) {
              throw new QueryCancelledException();
            }
            throw e;
          } finally {
            timer.shutdownNow();
          }
        }
      }

      @Override
      public String describe() {
        return "server " + endpoint;
      }
    };
  }
}
