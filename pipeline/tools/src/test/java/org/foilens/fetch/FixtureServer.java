package org.foilens.fetch;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import org.foilens.SuppressForbidden;

/**
 * An in-process HTTP server on 127.0.0.1 that answers from fixture files the tests wrote, logs
 * every request, and can be told to misbehave on a path: answer with an error status (and
 * Retry-After) a few times, or cut a body short once.
 */
@SuppressForbidden(
    reason =
        "the JDK's own HTTP server (module jdk.httpserver) is a supported API, and enough for a"
            + " fixture")
final class FixtureServer implements AutoCloseable {

  /** An answer: status, content type, body, and an optional Retry-After. */
  record Answer(int status, String contentType, byte[] body, String retryAfter) {
    static Answer ok(String contentType, byte[] body) {
      return new Answer(200, contentType, body, null);
    }
  }

  /** A request as the server saw it. */
  record Seen(String method, String target, String body, String userAgent, long nanos) {}

  /** Finds the answer to a request; null means 404. */
  @FunctionalInterface
  interface Routes {
    Answer answer(String method, URI uri, String body) throws IOException;
  }

  private final HttpServer server;
  private final Routes routes;
  private final List<Seen> seen = new ArrayList<>();
  private final Map<String, Deque<Answer>> faults = new ConcurrentHashMap<>();
  private final Map<String, Integer> truncations = new ConcurrentHashMap<>();

  FixtureServer(Routes routes) throws IOException {
    this.routes = routes;
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.setExecutor(Executors.newSingleThreadExecutor(r -> new Thread(r, "fixture-server")));
    server.start();
  }

  URI base() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  /**
   * The next {@code times} requests for {@code path} get {@code status} (with Retry-After if
   * given).
   */
  void failNext(String path, int times, int status, String retryAfter) {
    Deque<Answer> q = faults.computeIfAbsent(path, p -> new ArrayDeque<>());
    for (int i = 0; i < times; i++) {
      q.add(
          new Answer(
              status,
              "text/plain",
              ("fixture fault " + status).getBytes(StandardCharsets.UTF_8),
              retryAfter));
    }
  }

  /**
   * The next request for {@code path} gets its headers and half its body, then the connection
   * closes.
   */
  void truncateNext(String path) {
    truncations.merge(path, 1, Integer::sum);
  }

  synchronized List<Seen> seen() {
    return List.copyOf(seen);
  }

  /** The requests whose path (without query) is {@code path}. */
  List<Seen> seen(String path) {
    return seen().stream().filter(s -> s.target().replaceAll("\\?.*$", "").equals(path)).toList();
  }

  synchronized void forget() {
    seen.clear();
  }

  private void handle(HttpExchange ex) throws IOException {
    try (ex) {
      String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      URI uri = ex.getRequestURI();
      String path = uri.getPath();
      synchronized (this) {
        seen.add(
            new Seen(
                ex.getRequestMethod(),
                uri.toString(),
                body,
                ex.getRequestHeaders().getFirst("User-Agent"),
                System.nanoTime()));
      }
      Deque<Answer> q = faults.get(path);
      Answer a = q == null ? null : q.poll();
      if (a == null) {
        a = routes.answer(ex.getRequestMethod(), uri, body);
      }
      if (a == null) {
        a = new Answer(404, "text/plain", "not found".getBytes(StandardCharsets.UTF_8), null);
      }
      ex.getResponseHeaders().set("Content-Type", a.contentType());
      if (a.retryAfter() != null) {
        ex.getResponseHeaders().set("Retry-After", a.retryAfter());
      }
      boolean cut = false;
      Integer cuts = truncations.get(path);
      if (a.status() == 200 && cuts != null) {
        cut = true;
        if (cuts > 1) {
          truncations.put(path, cuts - 1);
        } else {
          truncations.remove(path);
        }
      }
      ex.sendResponseHeaders(a.status(), a.body().length == 0 ? -1 : a.body().length);
      OutputStream out = ex.getResponseBody();
      if (cut) {
        out.write(a.body(), 0, a.body().length / 2);
        out.flush();
        throw new IOException("fixture: body cut short on purpose");
      }
      out.write(a.body());
    } catch (IOException e) {
      if (!String.valueOf(e.getMessage()).startsWith("fixture:")) {
        throw e;
      }
    }
  }

  /** A test resource's bytes. */
  static byte[] resource(String name) {
    try (InputStream in = FixtureServer.class.getResourceAsStream("/fetch/" + name)) {
      return in == null ? null : in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] file(Path p) {
    try {
      return Files.exists(p) ? Files.readAllBytes(p) : null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
