package org.foilens.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PoliteHttpClientTest {

  @Test
  void retryAfterIsReadAsSecondsOrAsADate() {
    assertEquals(Optional.of(Duration.ofSeconds(120)), PoliteHttpClient.retryAfter("120"));
    assertEquals(Optional.empty(), PoliteHttpClient.retryAfter("soon"));
    String inAMinute =
        ZonedDateTime.now(ZoneOffset.UTC)
            .plusSeconds(60)
            .format(DateTimeFormatter.RFC_1123_DATE_TIME);
    long s = PoliteHttpClient.retryAfter(inAMinute).orElseThrow().toSeconds();
    assertTrue(s >= 57 && s <= 60, s + " s");
  }

  @Test
  void backoffDoublesUpToItsCap() {
    Politeness p = new Politeness(1, 5, Duration.ofSeconds(2), Duration.ofSeconds(10), "x");
    assertEquals(
        List.of(2L, 4L, 8L, 10L),
        List.of(p.backoff(1), p.backoff(2), p.backoff(3), p.backoff(4)).stream()
            .map(Duration::toSeconds)
            .toList());
  }

  @Test
  void aDownloadTakesItsNameOnlyAfterTheWorkBeforeIt(@org.junit.jupiter.api.io.TempDir Path dir)
      throws IOException {
    try (FixtureServer server =
        new FixtureServer(
            (m, uri, body) ->
                FixtureServer.Answer.ok(
                    "application/pdf", "%PDF-1.7 x".getBytes(StandardCharsets.UTF_8)))) {
      PoliteHttpClient client =
          new PoliteHttpClient(
              new Politeness(100, 0, Duration.ofMillis(10), Duration.ofMillis(10), "foilens-test"),
              n -> {});
      java.nio.file.Path target = dir.resolve("a.pdf");
      List<Boolean> existedBefore = new ArrayList<>();
      client.download(
          server.base().resolve("/a.pdf"),
          target,
          "%PDF-",
          () -> existedBefore.add(Files.exists(target)));
      assertEquals(List.of(false), existedBefore);
      assertEquals("%PDF-1.7 x", java.nio.file.Files.readString(target));
    }
  }

  @Test
  void requestsKeepToTheRate() throws IOException {
    try (FixtureServer server =
        new FixtureServer(
            (m, uri, body) ->
                FixtureServer.Answer.ok("text/plain", "ok".getBytes(StandardCharsets.UTF_8)))) {
      PoliteHttpClient client =
          new PoliteHttpClient(
              new Politeness(10, 0, Duration.ofMillis(10), Duration.ofMillis(10), "foilens-test"),
              n -> {});
      long start = System.nanoTime();
      for (int i = 0; i < 4; i++) {
        client.get(server.base().resolve("/x"), "text/plain");
      }
      long ms = (System.nanoTime() - start) / 1_000_000;
      assertTrue(ms >= 290, "4 requests at 10 a second took " + ms + " ms");
    }
  }
}
