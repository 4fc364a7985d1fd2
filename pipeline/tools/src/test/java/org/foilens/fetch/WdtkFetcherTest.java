package org.foilens.fetch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.foilens.model.Json;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code fetch wdtk} against a local server answering like an Alaveteli site. */
class WdtkFetcherTest {

  private static final ObjectMapper JSON = Json.MAPPER;

  @TempDir Path out;
  private FixtureServer server;
  private final List<String> notices = Fixtures.lines();

  @BeforeEach
  void start() throws IOException {
    server = new FixtureServer(Fixtures.wdtk());
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private WdtkFetcher fetcher() {
    return new WdtkFetcher(Fixtures.client(1, notices), server.base(), notices::add);
  }

  @Test
  void namedRequestsBecomeThreadsInTheShapeIngestReads() throws IOException {
    List<String> titles =
        List.of(
                "bus_lane_camera_income",
                "https://www.whatdotheyknow.com/request/tree_felling_schedule_2024#incoming-880012",
                "missing_request")
            .stream()
            .map(WdtkFetcher::urlTitle)
            .toList();
    assertEquals("tree_felling_schedule_2024", titles.get(1));
    FetchReport r = fetcher().fetch(titles, out, false);
    assertEquals(2, r.fetched(), notices.toString());
    assertEquals(1, r.failed());
    assertEquals(404, r.failures().get(0).status());

    JsonNode bus = JSON.readTree(out.resolve("bus_lane_camera_income.json").toFile());
    assertEquals("Bus lane camera income", bus.path("title").asText());
    assertEquals("Successful", bus.path("display_status").asText());
    assertEquals("foi", bus.path("law_used").asText());
    assertEquals("Borsetshire Council", bus.path("public_body").path("name").asText());
    JsonNode events = bus.path("events");
    assertEquals(2, events.size(), "the status update carries no message");
    assertEquals("outgoing", events.get(0).path("type").asText());
    assertEquals(770001, events.get(0).path("message_id").asLong());
    String request = events.get(0).path("content").get(0).asText();
    assertTrue(request.startsWith("Dear Borsetshire Council,\nPlease provide the income"), request);
    assertTrue(request.endsWith("Yours faithfully,\nA. Requester"), request);
    assertEquals("incoming", events.get(1).path("type").asText());
    assertEquals(
        "[\"880001-bus-lane-income.csv\"]",
        events.get(1).path("attachments").toString(),
        "the HTML rendering is left out");
    assertArrayEquals(
        FixtureServer.resource("wdtk/attach/bus-lane-income.csv"),
        Files.readAllBytes(
            out.resolve("bus_lane_camera_income.attachments/880001-bus-lane-income.csv")));

    JsonNode trees = JSON.readTree(out.resolve("tree_felling_schedule_2024.json").toFile());
    assertEquals(4, trees.path("events").size());
    assertTrue(
        trees
            .path("events")
            .get(3)
            .path("content")
            .get(0)
            .asText()
            .contains("not held under section 1(1)(a)"));
    assertTrue(
        Files.exists(out.resolve("tree_felling_schedule_2024.attachments/880012-tree policy.txt")));
    assertTrue(server.seen().stream().noneMatch(s -> s.target().contains("/attach/html/")));
  }

  @Test
  void anAuthorityGivesTheRequestsInItsFeedAndList() throws IOException {
    List<String> titles = fetcher().requestsOf("borsetshire_council", 1);
    assertEquals(
        List.of(
            "tree_felling_schedule_2024", "bus_lane_camera_income", "library_opening_hours_review"),
        titles);
    assertEquals(1, server.seen("/body/borsetshire_council").size(), "one list page asked for");
    FetchReport r = fetcher().fetch(titles, out, false);
    assertEquals(2, r.fetched());
    assertEquals("library_opening_hours_review", r.failures().get(0).item());
  }

  @Test
  void anUnknownAuthorityIsSaidPlainly() {
    IOException e = assertThrows(IOException.class, () -> fetcher().requestsOf("no_such_body", 0));
    assertTrue(e.getMessage().startsWith("no authority 'no_such_body' at "), e.getMessage());
  }

  @Test
  void aSecondRunSkipsThreadsAndRefreshKeepsAttachments() throws IOException {
    List<String> titles = List.of("bus_lane_camera_income", "tree_felling_schedule_2024");
    fetcher().fetch(titles, out, false);
    server.forget();
    FetchReport again = fetcher().fetch(titles, out, false);
    assertEquals(0, again.fetched());
    assertEquals(2, again.alreadyHere());
    assertTrue(server.seen().isEmpty(), server.seen().toString());

    FetchReport refreshed = fetcher().fetch(titles, out, true);
    assertEquals(2, refreshed.fetched());
    assertTrue(
        server.seen().stream().noneMatch(s -> s.target().contains("/attach/")),
        "attachments already here");
  }

  @Test
  void aFailedAttachmentIsRecordedAndTheThreadKept() throws IOException {
    server.failNext("/request/990001/response/880001/attach/2/bus-lane-income.csv", 5, 500, null);
    FetchReport r = fetcher().fetch(List.of("bus_lane_camera_income"), out, false);
    assertEquals(1, r.fetched());
    assertEquals(1, r.failed());
    assertEquals("bus_lane_camera_income/880001-bus-lane-income.csv", r.failures().get(0).item());
    assertTrue(Files.exists(out.resolve("bus_lane_camera_income.json")));
  }

  @Test
  void unsafeNamesStayInsideTheFolder() {
    assertEquals("_._etc_passwd", WdtkFetcher.safe("../etc/passwd"));
    assertEquals("a_b", WdtkFetcher.safe("a/b"));
  }
}
