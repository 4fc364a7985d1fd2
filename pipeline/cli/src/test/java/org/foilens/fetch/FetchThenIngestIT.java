package org.foilens.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.foilens.CliRun;
import org.foilens.TestData;
import org.foilens.model.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The importers as a user runs them, against local servers: fetch ICO notices and WhatDoTheyKnow
 * threads, ingest the folder, and compare the pipeline with the ICO's listings.
 */
class FetchThenIngestIT {

  private static final ObjectMapper JSON = Json.MAPPER;

  @TempDir Path pdfs;
  @TempDir Path work;

  private static CliRun.Result run(String... args) {
    return CliRun.run(args);
  }

  @Test
  void fetchedNoticesAndThreadsIngestWithTheirListings() throws Exception {
    Fixtures.renderNotices(pdfs);
    Path out = work.resolve("fetched");
    String config = TestData.root().resolve("config").toString();
    try (FixtureServer ico = new FixtureServer(Fixtures.ico(pdfs));
        FixtureServer wdtk = new FixtureServer(Fixtures.wdtk())) {
      List<String> polite = List.of("--rate", "100", "--backoff-ms", "10");
      CliRun.Result first =
          run(
              concat(
                  List.of(
                      "fetch",
                      "ico",
                      "--since",
                      "2021-01-01",
                      "--out",
                      out.resolve("ico").toString(),
                      "--base-url",
                      ico.base().toString()),
                  polite));
      assertEquals(0, first.exit(), first.err());
      assertTrue(
          first.out().startsWith("fetched 5 notices, already here 0, failed 1,"), first.out());
      assertTrue(first.out().contains("stopped: reached notices older than --since"), first.out());
      assertTrue(first.out().contains("IC-200001-Z9Z9: HTTP 404"), first.out());
      assertTrue(first.err().contains("ico: page 2 of 4, 3 notices"), first.err());
      assertTrue(
          ico.seen().get(0).userAgent().startsWith("foilens/"), ico.seen().get(0).userAgent());

      CliRun.Result again =
          run(
              concat(
                  List.of(
                      "fetch",
                      "ico",
                      "--since",
                      "2021-01-01",
                      "--out",
                      out.resolve("ico").toString(),
                      "--base-url",
                      ico.base().toString()),
                  polite));
      assertTrue(
          again.out().startsWith("fetched 0 notices, already here 5, failed 1,"), again.out());

      CliRun.Result threads =
          run(
              concat(
                  List.of(
                      "fetch",
                      "wdtk",
                      "--request",
                      "bus_lane_camera_income",
                      "tree_felling_schedule_2024",
                      "--out",
                      out.resolve("wdtk").toString(),
                      "--base-url",
                      wdtk.base().toString()),
                  polite));
      assertEquals(0, threads.exit(), threads.err());
      assertTrue(
          threads.out().startsWith("fetched 2 requests, already here 0, failed 0,"), threads.out());
    }

    Path index = work.resolve("index");
    CliRun.Result ingest =
        run("ingest", "--config", config, "--index", index.toString(), out.toString());
    assertEquals(0, ingest.exit(), ingest.err());
    JsonNode status = JSON.readTree(run("status", "--index", index.toString(), "--json").out());
    assertEquals(
        9,
        status.path("documents").asInt(),
        "5 notices, 2 threads, 2 attachments; no sidecar, no ledger: " + status);
    assertEquals(0, status.path("failures").asInt(), status.toString());
    assertEquals(5, status.path("by_kind").path("decision_notice").asInt(), status.toString());
    assertEquals(2, status.path("by_kind").path("foi_thread").asInt(), status.toString());

    CliRun.Result analyzed =
        run(
            "analyze",
            "--config",
            config,
            "--json",
            out.resolve("ico/IC-229516-Y4H1.pdf").toString());
    JsonNode doc = JSON.readTree(analyzed.out().lines().findFirst().orElseThrow());
    assertEquals("Department for Education", doc.path("listing").path("authority").asText());
    assertEquals("Education", doc.path("listing").path("sector").asText());
    assertEquals("FOIA", doc.path("listing").path("decisions").get(0).path("act").asText());
    assertEquals("upheld", doc.path("listing").path("decisions").get(0).path("finding").asText());
    assertEquals(doc.path("authority").asText(), doc.path("listing").path("authority").asText());

    CliRun.Result eval =
        run("eval", "--config", config, "--sidecars", out.resolve("ico").toString(), "--verbose");
    assertEquals(0, eval.exit(), eval.err());
    assertTrue(eval.out().startsWith("documents with an ICO listing: 5"), eval.out());
    assertTrue(eval.out().contains("authority        1.000     5/5"), eval.out());
    assertTrue(eval.out().contains("date             1.000     5/5"), eval.out());
    assertTrue(eval.out().contains("case_ref         1.000     5/5"), eval.out());
  }

  private static String[] concat(List<String> a, List<String> b) {
    return Stream.concat(a.stream(), b.stream()).toArray(String[]::new);
  }
}
