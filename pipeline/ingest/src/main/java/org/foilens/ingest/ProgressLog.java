package org.foilens.ingest;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;

/** Without a terminal: one line every few seconds with files done, rate, time left and failures. */
public final class ProgressLog implements IngestProgress {

  private final PrintWriter log;
  private final long everyNanos;
  private long start;
  private long lastLine;
  private int total;
  private int done;
  private int failures;

  public ProgressLog(PrintWriter log, Duration every) {
    this.log = log;
    this.everyNanos = every.toNanos();
  }

  @Override
  public void started(int total) {
    this.total = total;
    this.start = System.nanoTime();
    this.lastLine = start;
  }

  @Override
  public void advanced(boolean failed) {
    done++;
    if (failed) {
      failures++;
    }
    long now = System.nanoTime();
    if (now - lastLine >= everyNanos) {
      lastLine = now;
      log.println(line(done, total, failures, Duration.ofNanos(now - start)));
      log.flush();
    }
  }

  /** "ingest: 120 of 400 files, 12.3 docs/s, about 0:23 left, 3 failed". */
  static String line(int done, int total, int failures, Duration elapsed) {
    double seconds = Math.max(elapsed.toMillis(), 1) / 1000.0;
    double rate = done / seconds;
    String left = rate > 0 ? clock(Math.round((total - done) / rate)) : "?";
    return String.format(
        Locale.ROOT,
        "ingest: %d of %d files, %.1f docs/s, about %s left, %d failed",
        done,
        total,
        rate,
        left,
        failures);
  }

  private static String clock(long seconds) {
    return seconds >= 3600
        ? String.format(
            Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
        : String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
  }

  @Override
  public void close() {}
}
