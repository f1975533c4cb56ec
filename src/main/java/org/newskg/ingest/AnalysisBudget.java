package org.newskg.ingest;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The time one article's analysis may take. Past it, the thread analyzing is interrupted:
 * CoreNLP checks {@code Thread.interrupted()} between annotators and inside its long loops
 * (tagger, NER, dependency parser, statistical coreference) and throws
 * {@code RuntimeInterruptedException}; {@link ArticleProcessor} checks between newskg's own
 * stages. One interrupt is not enough: SUTime (inside NER) checks through TokensRegex, which
 * clears the flag and throws, and SUTime catches every exception and goes on, so an interrupt
 * that lands there is lost and the article would run to its end (measured: 30 s more on a
 * 45,000-character article). Hence the thread is interrupted again every 100 ms until it stops.
 * CoreNLP's quote annotator and tokenizer never check, so an overrun is at most one of those
 * (both linear in the text). One timer thread serves all workers.
 */
public final class AnalysisBudget implements AutoCloseable {
  /**
   * The default budget: about 1.5 times the slowest article the default size limit admits
   * (100,000 characters took 629 s on a loaded machine; README, Reliability).
   */
  public static final int DEFAULT_SECONDS = 900;

  /** Analysis ran past the budget and was abandoned; the message says when it stopped. */
  public static final class Exceeded extends RuntimeException {
    Exceeded(Duration budget, Duration stoppedAfter) {
      super(String.format("analysis took longer than %d s (--article-timeout), abandoned "
          + "(stopped after %.1f s)", budget.toSeconds(), stoppedAfter.toMillis() / 1000.0));
    }
  }

  /** One analysis under watch: the timer interrupts its thread only while it is not done. */
  private static final class Watch {
    private final Thread thread;
    private boolean done;
    private boolean fired;

    Watch(Thread thread) {
      this.thread = thread;
    }

    synchronized void fire() {
      if (!done) {
        fired = true;
        thread.interrupt();
      }
    }

    /** Ends the watch; true when the timer fired while it ran. */
    synchronized boolean finish() {
      done = true;
      return fired;
    }
  }

  /** How often an analysis past its budget is interrupted again (see the class comment). */
  private static final Duration REPEAT = Duration.ofMillis(100);

  private final Duration budget;
  private final ScheduledExecutorService timer;

  /** @param budget zero for none */
  public AnalysisBudget(Duration budget) {
    if (budget.isNegative()) {
      throw new IllegalArgumentException("--article-timeout must be 0 (none) or more");
    }
    this.budget = budget;
    this.timer = budget.isZero() ? null : Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "newskg-article-timer");
      t.setDaemon(true);
      return t;
    });
  }

  /**
   * Runs {@code analysis} on this thread within the budget.
   *
   * @throws Exceeded when the budget ran out before it finished
   */
  public <T> T run(Supplier<T> analysis) {
    if (timer == null) {
      return analysis.get();
    }
    long start = System.nanoTime();
    Watch watch = new Watch(Thread.currentThread());
    ScheduledFuture<?> alarm = timer.scheduleAtFixedRate(watch::fire, budget.toNanos(),
        REPEAT.toNanos(), TimeUnit.NANOSECONDS);
    T result = null;
    RuntimeException failure = null;
    boolean fired;
    try {
      result = analysis.get();
    } catch (RuntimeException e) {
      failure = e;
    } finally {
      // whatever happened (errors too), no interrupt reaches the thread after this
      fired = watch.finish();
      alarm.cancel(false);
      if (fired) {
        Thread.interrupted(); // ours: the thread goes on with the next article
      }
    }
    if (fired) {
      // also when the work finished as the budget ran out, or a stage swallowed the
      // interrupt: a result past the budget is not kept, so the same input fails alike
      throw new Exceeded(budget, Duration.ofNanos(System.nanoTime() - start));
    }
    if (failure != null) {
      throw failure;
    }
    return result;
  }

  @Override
  public void close() {
    if (timer != null) {
      timer.shutdownNow();
    }
  }
}
