package org.foilens.fetch;

import java.time.Duration;

/**
 * How gently an importer treats a server: at most {@code ratePerSecond} requests a second, and up
 * to {@code retries} retries of a request that met a 429, a 5xx or a broken connection, waiting
 * {@code backoff}, then twice that, and so on up to {@code maxBackoff} (or what the server's {@code
 * Retry-After} asks, if longer, up to {@link #MAX_RETRY_AFTER}).
 */
public record Politeness(
    double ratePerSecond, int retries, Duration backoff, Duration maxBackoff, String userAgent) {

  /** A server asking for a longer pause than this gets the request given up instead. */
  public static final Duration MAX_RETRY_AFTER = Duration.ofMinutes(10);

  public Politeness {
    if (!(ratePerSecond > 0)) {
      throw new IllegalArgumentException(
          "the rate must be above 0 requests a second: " + ratePerSecond);
    }
    if (retries < 0) {
      throw new IllegalArgumentException("retries cannot be negative: " + retries);
    }
  }

  /** The pause between the start of one request and the next. */
  public Duration interval() {
    return Duration.ofNanos((long) (1_000_000_000L / ratePerSecond));
  }

  /** The wait before retry number {@code attempt} (1 for the first retry), without Retry-After. */
  public Duration backoff(int attempt) {
    Duration d = backoff.multipliedBy(1L << Math.min(attempt - 1, 20));
    return d.compareTo(maxBackoff) > 0 ? maxBackoff : d;
  }
}
