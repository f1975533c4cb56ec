package org.newskg.bench;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A load check of a SPARQL endpoint: N clients send the same query back to back for a fixed
 * time; counts answers and errors and measures latency. Loopback addresses only, and every loop
 * is bounded by the deadline: it is a benchmark of our own server, not a load generator.
 */
public final class LoadBenchmark {
  /** The figures of one run. */
  public record Figures(String label, int clients, double seconds, long requests, long errors,
                        double requestsPerSecond, double p50Millis, double p95Millis,
                        double p99Millis, String firstError) {
    @Override
    public String toString() {
      return String.format("%-28s %3d clients %5.1f s  %,8d requests  %,5d errors  "
              + "%8.1f req/s  p50 %7.1f ms  p95 %7.1f ms  p99 %7.1f ms", label, clients, seconds,
          requests, errors, requestsPerSecond, p50Millis, p95Millis, p99Millis);
    }
  }

  private final HttpClient http = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5))
      .build();

  /** Refuses anything but this machine's loopback interface. */
  public static void requireLoopback(URI endpoint) {
    try {
      for (InetAddress a : InetAddress.getAllByName(endpoint.getHost())) {
        if (!a.isLoopbackAddress()) {
          throw new IllegalArgumentException("the benchmark only targets loopback addresses, "
              + "not " + endpoint.getHost());
        }
      }
    } catch (java.net.UnknownHostException e) {
      throw new IllegalArgumentException("unknown host " + endpoint.getHost(), e);
    }
  }

  /**
   * Runs {@code clients} clients for {@code duration} after a short warm-up (not counted),
   * each POSTing {@code query} as {@code application/sparql-query} and asking for JSON results.
   */
  public Figures run(String label, URI endpoint, String query, int clients, Duration duration,
                     Duration warmUp) throws InterruptedException {
    requireLoopback(endpoint);
    HttpRequest request = HttpRequest.newBuilder(endpoint)
        .header("Content-Type", "application/sparql-query")
        .header("Accept", "application/sparql-results+json")
        .timeout(Duration.ofSeconds(60))
        .POST(HttpRequest.BodyPublishers.ofString(query))
        .build();
    if (!warmUp.isZero()) {
      // warm-up: JIT, caches, connections
      drive(request, clients, warmUp);
    }
    return drive(request, clients, duration).figures(label, clients);
  }

  private record Outcome(long[] latencies, long errors, String firstError, double seconds) {
    Figures figures(String label, int clients) {
      long[] sorted = latencies.clone();
      Arrays.sort(sorted);
      long requests = sorted.length + errors;
      return new Figures(label, clients, seconds, requests, errors, requests / seconds,
          percentile(sorted, 0.50), percentile(sorted, 0.95), percentile(sorted, 0.99),
          firstError);
    }
  }

  static double percentile(long[] sortedNanos, double p) {
    if (sortedNanos.length == 0) {
      return Double.NaN;
    }
    int i = (int) Math.min(sortedNanos.length - 1, Math.ceil(p * sortedNanos.length) - 1);
    return sortedNanos[Math.max(0, i)] / 1e6;
  }

  private Outcome drive(HttpRequest request, int clients, Duration duration)
      throws InterruptedException {
    long start = System.nanoTime();
    long deadline = start + duration.toNanos();
    AtomicLong errors = new AtomicLong();
    String[] firstError = {null};
    List<Thread> threads = new ArrayList<>();
    long[][] buffers = new long[clients][];
    int[] filled = new int[clients];
    for (int c = 0; c < clients; c++) {
      int client = c;
      buffers[c] = new long[1 << 16];
      Thread t = new Thread(() -> {
        // bounded: stops at the deadline, or when its buffer of latencies is full
        while (System.nanoTime() < deadline && filled[client] < buffers[client].length) {
          long t0 = System.nanoTime();
          try {
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
            long t1 = System.nanoTime();
            if (r.statusCode() == 200 && r.body().contains("\"bindings\"")) {
              buffers[client][filled[client]++] = t1 - t0;
            } else {
              errors.incrementAndGet();
              synchronized (firstError) {
                if (firstError[0] == null) {
                  firstError[0] = "HTTP " + r.statusCode() + ": " + r.body().strip();
                }
              }
            }
          } catch (IOException e) {
            errors.incrementAndGet();
            synchronized (firstError) {
              if (firstError[0] == null) {
                firstError[0] = e.toString();
              }
            }
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
          }
        }
      }, "bench-client-" + c);
      threads.add(t);
      t.start();
    }
    for (Thread t : threads) {
      t.join();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    int total = Arrays.stream(filled).sum();
    long[] all = new long[total];
    int at = 0;
    for (int c = 0; c < clients; c++) {
      System.arraycopy(buffers[c], 0, all, at, filled[c]);
      at += filled[c];
    }
    return new Outcome(all, errors.get(), firstError[0], seconds);
  }
}
