package org.foilens.fetch;

import dev.failsafe.Failsafe;
import dev.failsafe.FailsafeException;
import dev.failsafe.RetryPolicy;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * An HTTP client that keeps to a rate limit, names itself in {@code User-Agent}, retries 429s, 5xx
 * answers and broken connections with exponential backoff (honouring {@code Retry-After}), and
 * writes downloads to a hidden temporary file renamed into place only when complete.
 */
public final class PoliteHttpClient {

  private static final Duration TIMEOUT = Duration.ofSeconds(60);

  private final HttpClient http;
  private final Politeness politeness;
  private final Consumer<String> notices;
  private long nextRequestNanos;
  private int requests;
  private int retries;

  /**
   * @param notices where to say that a request is being retried, and why
   */
  public PoliteHttpClient(Politeness politeness, Consumer<String> notices) {
    this.politeness = politeness;
    this.notices = notices;
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(20))
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
  }

  /** GETs a text resource (HTML or JSON) as UTF-8. */
  public String get(URI uri, String accept) throws IOException {
    HttpRequest request = base(uri).header("Accept", accept).GET().build();
    return new String(
        send(request, HttpResponse.BodyHandlers.ofByteArray()).body(), StandardCharsets.UTF_8);
  }

  /** POSTs a JSON body and returns the answer's text. */
  public String postJson(URI uri, String json) throws IOException {
    HttpRequest request =
        base(uri)
            .header("Accept", "application/json")
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
            .build();
    return new String(
        send(request, HttpResponse.BodyHandlers.ofByteArray()).body(), StandardCharsets.UTF_8);
  }

  /**
   * Downloads to {@code target} through {@code .NAME.part} beside it, renamed into place only once
   * the whole body arrived (the JDK client checks it against {@code Content-Length}).
   *
   * @param magic the bytes the file must start with (such as {@code %PDF-}), or null for any
   * @return the size in bytes
   */
  public long download(URI uri, Path target, String magic) throws IOException {
    return download(uri, target, magic, () -> {});
  }

  /** Work to finish once a download is complete and before it takes its name. */
  @FunctionalInterface
  public interface BeforeRename {
    void run() throws IOException;
  }

  /**
   * As {@link #download(URI, Path, String)}, running {@code beforeRename} between the download's
   * completion and its rename, so that whatever it writes exists whenever the file does.
   */
  public long download(URI uri, Path target, String magic, BeforeRename beforeRename)
      throws IOException {
    Path part = target.resolveSibling("." + target.getFileName() + ".part");
    HttpRequest request = base(uri).GET().build();
    try {
      // TRUNCATE_EXISTING: a longer file left by a killed run must not trail after a shorter body
      send(
          request,
          HttpResponse.BodyHandlers.ofFile(
              part,
              StandardOpenOption.CREATE,
              StandardOpenOption.WRITE,
              StandardOpenOption.TRUNCATE_EXISTING));
      if (magic != null && !startsWith(part, magic)) {
        throw new IOException("not a " + magic.replaceAll("[^A-Za-z]", "") + " file: " + uri);
      }
      beforeRename.run();
      Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      return Files.size(target);
    } finally {
      Files.deleteIfExists(part);
    }
  }

  /** Requests sent so far, retries included. */
  public int requests() {
    return requests;
  }

  /** Retries so far. */
  public int retries() {
    return retries;
  }

  private HttpRequest.Builder base(URI uri) {
    return HttpRequest.newBuilder(uri)
        .timeout(TIMEOUT)
        .header("User-Agent", politeness.userAgent());
  }

  /**
   * Sends a request at the pace allowed, retrying a 429, a 5xx or a broken connection as {@link
   * Politeness} says: with growing pauses, or the server's {@code Retry-After} where longer.
   */
  private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler)
      throws IOException {
    RetryPolicy<HttpResponse<T>> policy =
        RetryPolicy.<HttpResponse<T>>builder()
            .handleIf(e -> e instanceof IOException && !(e instanceof HttpStatusException))
            .handleResultIf(r -> r.statusCode() == 429 || r.statusCode() >= 500)
            .withMaxRetries(politeness.retries())
            .withDelayFn(ctx -> wait(ctx.getLastResult(), ctx.getAttemptCount()))
            .onRetry(
                e -> {
                  retries++;
                  notices.accept(
                      String.format(
                          Locale.ROOT,
                          "retry %d of %d in %.1f s after %s: %s",
                          e.getAttemptCount(),
                          politeness.retries(),
                          wait(e.getLastResult(), e.getAttemptCount()).toMillis() / 1000.0,
                          e.getLastException() instanceof IOException io
                              ? describe(io)
                              : "HTTP " + e.getLastResult().statusCode(),
                          request.uri()));
                })
            .build();
    HttpResponse<T> response;
    try {
      response =
          Failsafe.with(policy)
              .get(
                  () -> {
                    pace();
                    return refuseLongWaits(http.send(request, handler), request);
                  });
    } catch (FailsafeException e) {
      Throwable cause = e.getCause();
      if (cause instanceof InterruptedException) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while fetching " + request.uri(), cause);
      }
      if (cause instanceof HttpStatusException status) {
        throw status;
      }
      if (cause instanceof IOException io) {
        throw new IOException(describe(io) + ": " + request.uri(), io);
      }
      throw e;
    }
    if (response.statusCode() < 200 || response.statusCode() >= 300) {
      throw new HttpStatusException(response.statusCode(), request.uri());
    }
    return response;
  }

  /** The pause before the retry after attempt {@code attempts}: backoff or Retry-After. */
  private Duration wait(HttpResponse<?> last, int attempts) {
    Duration backoff = politeness.backoff(attempts);
    if (last == null) {
      return backoff;
    }
    return retryAfter(last.headers().firstValue("Retry-After").orElse(null))
        .filter(a -> a.compareTo(backoff) > 0)
        .orElse(backoff);
  }

  /**
   * A response asking for a longer pause than {@link Politeness#MAX_RETRY_AFTER} is given up at
   * once, with the reason.
   */
  private static <T> HttpResponse<T> refuseLongWaits(HttpResponse<T> response, HttpRequest request)
      throws HttpStatusException {
    int status = response.statusCode();
    Optional<Duration> asked =
        retryAfter(response.headers().firstValue("Retry-After").orElse(null));
    if ((status == 429 || status >= 500)
        && asked.isPresent()
        && asked.get().compareTo(Politeness.MAX_RETRY_AFTER) > 0) {
      throw new HttpStatusException(
          status,
          request.uri(),
          "HTTP "
              + status
              + " for "
              + request.uri()
              + ": the server asks to wait "
              + asked.get().toMinutes()
              + " minutes; giving up for now, run again later");
    }
    return response;
  }

  /** Waits until the rate limit allows the next request. */
  private synchronized void pace() throws IOException {
    long now = System.nanoTime();
    if (requests > 0 && now < nextRequestNanos) {
      sleep(Duration.ofNanos(nextRequestNanos - now));
      now = System.nanoTime();
    }
    nextRequestNanos = now + politeness.interval().toNanos();
    requests++;
  }

  /** {@code Retry-After} as seconds or an HTTP date; empty when absent or unreadable. */
  static Optional<Duration> retryAfter(String value) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    String v = value.strip();
    try {
      return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(v))));
    } catch (NumberFormatException notSeconds) {
      try {
        ZonedDateTime at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME);
        Duration d = Duration.between(ZonedDateTime.now(at.getZone()), at);
        return Optional.of(d.isNegative() ? Duration.ZERO : d);
      } catch (DateTimeParseException notADate) {
        return Optional.empty();
      }
    }
  }

  /** A broken connection in words: the JDK's exceptions often have no message at all. */
  static String describe(IOException e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    if (root instanceof UnresolvedAddressException || root instanceof UnknownHostException) {
      return "unknown host";
    }
    if (e instanceof HttpTimeoutException) {
      return "timed out";
    }
    if (e instanceof ConnectException) {
      return "cannot connect"
          + (e.getMessage() == null ? " (connection refused)" : ": " + e.getMessage());
    }
    String message = e.getMessage() != null ? e.getMessage() : root.getMessage();
    return message == null
        ? "connection failed (" + e.getClass().getSimpleName() + ")"
        : "connection failed: " + message;
  }

  private static boolean startsWith(Path file, String magic) throws IOException {
    byte[] expected = magic.getBytes(StandardCharsets.US_ASCII);
    try (InputStream in = Files.newInputStream(file)) {
      byte[] head = in.readNBytes(expected.length);
      return Arrays.equals(head, expected);
    }
  }

  private static void sleep(Duration d) throws IOException {
    try {
      Thread.sleep(d.toMillis(), (int) (d.toNanos() % 1_000_000));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }
}
