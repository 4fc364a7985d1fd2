package org.foilens.ingest;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Commits a run's work at bounded intervals: after every N changes, and at least every few seconds
 * while there is anything uncommitted, even when the run is waiting on one slow file (a timer
 * thread checks once a second). A failed background commit is thrown on the run's own thread.
 */
final class Checkpoints implements AutoCloseable {

  /** Makes everything written so far durable. */
  interface Commit {
    void run() throws IOException;
  }

  private final Commit commit;
  private final int everyChanges;
  private final long intervalNanos;
  private final ScheduledExecutorService timer;
  private int pending;
  private long lastCommit = System.nanoTime();
  private Exception backgroundFailure;

  Checkpoints(Commit commit, int everyChanges, Duration interval) {
    this.commit = commit;
    this.everyChanges = Math.max(1, everyChanges);
    this.intervalNanos = interval.toNanos();
    this.timer =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "foilens-checkpoint");
              t.setDaemon(true);
              return t;
            });
    long tick = Math.max(100, Math.min(1000, interval.toMillis()));
    timer.scheduleWithFixedDelay(this::onTimer, tick, tick, TimeUnit.MILLISECONDS);
  }

  /** Counts {@code n} changes and commits when N are pending or the interval has passed. */
  synchronized void changed(int n) throws IOException {
    throwBackgroundFailure();
    pending += n;
    if (pending >= everyChanges
        || (pending > 0 && System.nanoTime() - lastCommit >= intervalNanos)) {
      commitNow();
    }
  }

  /** Commits whatever is pending now. */
  synchronized void commitNow() throws IOException {
    throwBackgroundFailure();
    commit.run();
    pending = 0;
    lastCommit = System.nanoTime();
  }

  private synchronized void onTimer() {
    if (backgroundFailure != null
        || pending == 0
        || System.nanoTime() - lastCommit < intervalNanos) {
      return;
    }
    try {
      commitNow();
    } catch (IOException | RuntimeException e) {
      backgroundFailure = e; // thrown on the run's thread at its next change or commit
    }
  }

  private void throwBackgroundFailure() throws IOException {
    if (backgroundFailure != null) {
      throw new IOException(
          "a periodic commit failed: " + backgroundFailure.getMessage(), backgroundFailure);
    }
  }

  /** Stops the timer, waiting for a commit it is making to end. */
  @Override
  public void close() throws InterruptedException {
    timer.shutdown(); // not shutdownNow: interrupting a commit in progress would break the writer
    if (!timer.awaitTermination(60, TimeUnit.SECONDS)) {
      throw new IllegalStateException("a periodic commit did not end within 60 s");
    }
  }
}
