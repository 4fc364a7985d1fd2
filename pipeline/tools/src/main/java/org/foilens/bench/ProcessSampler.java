package org.foilens.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Watches a process and every process it starts, from {@code /proc}: the peak of their summed
 * resident memory and the CPU time they used. Reads every 100 ms; a process that lives less long
 * than that may be missed, and each loses at most its last 100 ms of CPU.
 */
final class ProcessSampler implements AutoCloseable {

  /** Linux's USER_HZ: the unit of utime and stime in /proc/PID/stat. */
  private static final double TICKS_PER_SECOND = 100.0;

  private final ProcessHandle root;
  private final Map<Long, Long> cpuTicks = new HashMap<>();
  private final ScheduledExecutorService timer =
      Executors.newSingleThreadScheduledExecutor(
          Thread.ofPlatform().name("bench-sampler").daemon().factory());
  private long peakRssKb;

  ProcessSampler(ProcessHandle root) {
    this.root = root;
    timer.scheduleAtFixedRate(this::sample, 0, 100, TimeUnit.MILLISECONDS);
  }

  private synchronized void sample() {
    long rss = 0;
    rss += read(root.pid());
    for (ProcessHandle p : root.descendants().toList()) {
      rss += read(p.pid());
    }
    peakRssKb = Math.max(peakRssKb, rss);
  }

  /** Records one process's CPU ticks and returns its resident set in kB (0 when it is gone). */
  private long read(long pid) {
    try {
      String stat =
          Files.readString(Path.of("/proc", Long.toString(pid), "stat"), StandardCharsets.US_ASCII);
      String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      cpuTicks.put(pid, Long.parseLong(f[11]) + Long.parseLong(f[12])); // utime, stime
      for (String line :
          Files.readAllLines(
              Path.of("/proc", Long.toString(pid), "status"), StandardCharsets.US_ASCII)) {
        if (line.startsWith("VmRSS:")) {
          return Long.parseLong(line.replaceAll("\\D", ""));
        }
      }
    } catch (IOException | RuntimeException e) {
      // the process ended between listing and reading: keep what was last seen
    }
    return 0;
  }

  synchronized double peakRssMb() {
    return peakRssKb / 1024.0;
  }

  synchronized double cpuSeconds() {
    return cpuTicks.values().stream().mapToLong(Long::longValue).sum() / TICKS_PER_SECOND;
  }

  @Override
  public void close() {
    sample();
    timer.shutdownNow();
  }
}
