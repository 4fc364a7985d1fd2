package org.foilens.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CheckpointsTest {

  @Test
  void commitsEveryNChanges() throws Exception {
    AtomicInteger commits = new AtomicInteger();
    try (Checkpoints c = new Checkpoints(commits::incrementAndGet, 3, Duration.ofHours(1))) {
      for (int i = 0; i < 7; i++) {
        c.changed(1);
      }
      assertEquals(2, commits.get());
    }
  }

  @Test
  void commitsPendingWorkWhenTheIntervalPassesEvenIfNothingElseHappens() throws Exception {
    AtomicInteger commits = new AtomicInteger();
    try (Checkpoints c = new Checkpoints(commits::incrementAndGet, 1000, Duration.ofMillis(200))) {
      c.changed(1);
      long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
      while (commits.get() == 0 && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      assertEquals(1, commits.get(), "the timer should have committed the pending change");
      Thread.sleep(500);
      assertEquals(1, commits.get(), "nothing pending, nothing to commit");
    }
  }

  @Test
  void aFailedBackgroundCommitIsThrownOnTheRunsThread() throws Exception {
    AtomicInteger attempts = new AtomicInteger();
    Checkpoints.Commit failing =
        () -> {
          attempts.incrementAndGet();
          throw new IOException("disk full");
        };
    try (Checkpoints c = new Checkpoints(failing, 1000, Duration.ofMillis(100))) {
      c.changed(1);
      long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
      while (attempts.get() == 0 && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      IOException e = assertThrows(IOException.class, () -> c.changed(1));
      assertTrue(e.getMessage().contains("disk full"), e.getMessage());
    }
  }
}
