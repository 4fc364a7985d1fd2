package org.foilens.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code foilens bench queries}: latency of a mixed query set against a running server, one request
 * at a time over one keep-alive connection, as a researcher clicking through the UI meets it. A
 * warm-up round is not counted. Reports p50, p90, p99 and max per class of request and overall.
 */
public final class QueryLatencyBench {

  /** Latency figures of one group of requests, in milliseconds. */
  public record Figures(
      String group, int requests, int errors, double p50, double p90, double p99, double max) {}

  private final HttpClient http =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(5))
          .version(HttpClient.Version.HTTP_1_1)
          .build();

  /** One request of the set: its class (term, phrase, facet, trends, …) and its path. */
  public record Request(String group, String path) {}

  /**
   * Reads {@code CLASS<tab>PATH} lines ({@code term /api/search?q=…}); a line without a class is
   * grouped by its endpoint. Blank lines and {@code #} comments are skipped.
   */
  public static List<Request> readRequests(Path file) throws IOException {
    return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
        .map(String::strip)
        .filter(l -> !l.isEmpty() && !l.startsWith("#"))
        .map(
            l -> {
              int tab = l.indexOf('\t');
              String path = tab < 0 ? l : l.substring(tab + 1).strip();
              String endpoint = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
              return new Request(tab < 0 ? endpoint : l.substring(0, tab), path);
            })
        .toList();
  }

  public List<Figures> run(URI base, List<Request> requests, int rounds)
      throws IOException, InterruptedException {
    for (Request request : requests) {
      send(base, request.path()); // warm-up
    }
    Map<String, List<Double>> byGroup = new LinkedHashMap<>();
    Map<String, Integer> errors = new LinkedHashMap<>();
    List<Double> all = new ArrayList<>();
    int allErrors = 0;
    for (int r = 0; r < rounds; r++) {
      for (Request request : requests) {
        String group = request.group();
        long start = System.nanoTime();
        int status = send(base, request.path());
        double ms = (System.nanoTime() - start) / 1e6;
        byGroup.computeIfAbsent(group, k -> new ArrayList<>()).add(ms);
        all.add(ms);
        if (status != 200) {
          errors.merge(group, 1, Integer::sum);
          allErrors++;
        }
      }
    }
    List<Figures> out = new ArrayList<>();
    byGroup.forEach((group, ms) -> out.add(figures(group, ms, errors.getOrDefault(group, 0))));
    out.add(figures("overall", all, allErrors));
    return out;
  }

  private int send(URI base, String path) throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30)).GET().build();
    return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  private static Figures figures(String group, List<Double> ms, int errors) {
    double[] sorted = ms.stream().mapToDouble(Double::doubleValue).toArray();
    Arrays.sort(sorted);
    return new Figures(
        group,
        sorted.length,
        errors,
        percentile(sorted, 50),
        percentile(sorted, 90),
        percentile(sorted, 99),
        sorted[sorted.length - 1]);
  }

  /** Nearest-rank percentile. */
  static double percentile(double[] sorted, double p) {
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
  }

  public static String table(List<Figures> figures) {
    StringBuilder s =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                "%-18s %8s %6s %8s %8s %8s %8s%n",
                "requests",
                "count",
                "errors",
                "p50 ms",
                "p90 ms",
                "p99 ms",
                "max ms"));
    for (Figures f : figures) {
      s.append(
          String.format(
              Locale.ROOT,
              "%-18s %8d %6d %8.1f %8.1f %8.1f %8.1f%n",
              f.group(),
              f.requests(),
              f.errors(),
              f.p50(),
              f.p90(),
              f.p99(),
              f.max()));
    }
    return s.toString();
  }
}
