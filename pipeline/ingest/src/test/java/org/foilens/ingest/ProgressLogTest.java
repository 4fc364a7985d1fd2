package org.foilens.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ProgressLogTest {

  @Test
  void saysDoneTotalRateTimeLeftAndFailures() {
    assertEquals(
        "ingest: 120 of 400 files, 12.0 docs/s, about 0:23 left, 3 failed",
        ProgressLog.line(120, 400, 3, Duration.ofSeconds(10)));
    assertEquals(
        "ingest: 1 of 100000 files, 0.1 docs/s, about 277:46:30 left, 0 failed",
        ProgressLog.line(1, 100_000, 0, Duration.ofSeconds(10)));
  }
}
