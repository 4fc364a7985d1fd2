package org.foilens;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Time spent in each stage of the process, summed over all worker threads: what {@code foilens
 * bench ingest} reports per stage. Recording costs two {@link System#nanoTime()} calls and an
 * uncontended add, so it is always on.
 */
public final class StageClock {

  private static final Map<String, LongAdder> NANOS = new ConcurrentHashMap<>();
  private static final Map<String, LongAdder> CALLS = new ConcurrentHashMap<>();

  private StageClock() {}

  /** Adds the time since {@code startNanos} (from {@link System#nanoTime()}) to {@code stage}. */
  public static void record(String stage, long startNanos) {
    NANOS.computeIfAbsent(stage, k -> new LongAdder()).add(System.nanoTime() - startNanos);
    CALLS.computeIfAbsent(stage, k -> new LongAdder()).increment();
  }

  /** Seconds per stage so far, in the order the stages were first seen. */
  public static Map<String, Double> seconds() {
    Map<String, Double> out = new LinkedHashMap<>();
    for (String stage : new String[] {"extract", "structure", "tag", "index", "commit"}) {
      LongAdder n = NANOS.get(stage);
      if (n != null) {
        out.put(stage, n.sum() / 1e9);
      }
    }
    NANOS.forEach((stage, n) -> out.putIfAbsent(stage, n.sum() / 1e9));
    return out;
  }

  public static void reset() {
    NANOS.clear();
    CALLS.clear();
  }
}
