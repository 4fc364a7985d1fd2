package org.foilens.fetch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.foilens.model.Act;
import org.foilens.model.Finding;
import org.foilens.model.IcoListing;
import org.foilens.model.Json;
import org.foilens.source.IcoSidecar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code fetch ico} against a local server answering like the ICO's site. */
class IcoFetcherTest {

  private static final ObjectMapper JSON = Json.MAPPER;
  private static final LocalDate SINCE = LocalDate.parse("2021-01-01");

  @TempDir static Path pdfs;
  @TempDir Path out;

  private FixtureServer server;
  private final List<String> notices = Fixtures.lines();

  @BeforeAll
  static void render() throws IOException {
    Fixtures.renderNotices(pdfs);
  }

  @BeforeEach
  void start() throws IOException {
    server = new FixtureServer(Fixtures.ico(pdfs));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private FetchReport fetch(int retries, LocalDate since) throws IOException {
    return new IcoFetcher(
            Fixtures.client(retries, notices),
            server.base(),
            IcoFetcher.DEFAULT_ROOT_PAGE_ID,
            notices::add)
        .fetch(since, out, 0);
  }

  private List<String> searchedPages() {
    return server.seen("/api/search").stream()
        .map(
            s -> {
              try {
                return JSON.readTree(s.body()).path("pageNumber").asText();
              } catch (IOException e) {
                throw new IllegalStateException(e);
              }
            })
        .toList();
  }

  @Test
  void pagesNewestFirstAndStopsAfterThePageOlderThanSince() throws IOException {
    FetchReport r = fetch(2, SINCE);
    assertEquals(5, r.fetched(), notices.toString());
    assertEquals(1, r.failed());
    assertEquals("since", r.stoppedBy());
    assertEquals(
        List.of("1", "2", "3"),
        searchedPages(),
        "page 3 is all older than --since; page 4 is never asked for");
    for (String ref :
        List.of(
            "IC-341288-F5W7",
            "IC-287903-R9C2",
            "IC-229516-Y4H1",
            "IC-158342-M2D5",
            "IC-101874-T6Q8")) {
      assertTrue(Files.size(out.resolve(ref + ".pdf")) > 1000, ref);
      assertTrue(Files.exists(out.resolve(ref + ".ico.json")), ref);
    }
    assertFalse(Files.exists(out.resolve("FER0801536.pdf")), "older than --since");
    assertTrue(
        server.seen().stream().noneMatch(s -> s.target().contains("fer0801536")),
        "nothing from page 3 fetched");
    assertArrayEquals(
        Files.readAllBytes(pdfs.resolve("ic-229516-y4h1.pdf")),
        Files.readAllBytes(out.resolve("IC-229516-Y4H1.pdf")));
    assertTrue(
        server.seen().stream().allMatch(s -> "foilens-test/1 (fixtures)".equals(s.userAgent())));
    try (Stream<Path> files = Files.list(out)) {
      assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".part")));
    }
  }

  @Test
  void theSidecarKeepsTheListingAsPublishedAndAsRead() throws IOException {
    fetch(0, SINCE);
    IcoListing l = IcoSidecar.read(out.resolve("IC-341288-F5W7.pdf"));
    assertEquals("IC-341288-F5W7", l.caseRef());
    assertEquals("Cornwall Council", l.authority());
    assertEquals(LocalDate.parse("2025-02-11"), l.date());
    assertEquals("Local government", l.sector());
    assertEquals(
        new IcoListing.Decision(
            "EIR 12(4)(e)", "Partially upheld", Act.EIR, "12(4)(e)", Finding.PARTLY_UPHELD),
        l.decisions().get(0));
    assertTrue(l.pdfUrl().endsWith("/ic-341288-f5w7.pdf"), l.pdfUrl());
    JsonNode raw = JSON.readTree(IcoSidecar.of(out.resolve("IC-341288-F5W7.pdf")).toFile());
    assertEquals(
        "11 February 2025, Local government",
        raw.path("listing_item").path("filterItemMetaData").asText());
    assertTrue(raw.path("fetched_at").asText().startsWith("20"));
  }

  @Test
  void aMissingNoticeIsRecordedAndTheRunGoesOn() throws IOException {
    FetchReport r = fetch(2, SINCE);
    List<FetchLedger.Entry> ledger = FetchLedger.read(out);
    assertEquals(1, ledger.size());
    assertEquals("IC-200001-Z9Z9", ledger.get(0).item());
    assertEquals(404, ledger.get(0).status());
    assertEquals(
        1,
        server.seen("/action-weve-taken/decision-notices/2022/01/ic-200001-z9z9/").size(),
        "a 404 is not retried");
    assertTrue(
        Files.exists(out.resolve("IC-101874-T6Q8.pdf")), "the notice after it was still fetched");
    assertEquals(r.ledger(), out.resolve(".foilens-fetch/failures.jsonl"));
  }

  @Test
  void withoutSinceItReadsToTheLastPage() throws IOException {
    FetchReport r = fetch(0, null);
    assertEquals(10, r.fetched());
    assertEquals(4, r.pages());
    assertEquals("end", r.stoppedBy());
    assertEquals(List.of("1", "2", "3", "4"), searchedPages());
    assertTrue(Files.exists(out.resolve("FER0287412.pdf")));
    assertEquals(Act.EIR, IcoSidecar.read(out.resolve("FER0287412.pdf")).decisions().get(0).act());
    assertEquals(
        "12(4)(d)",
        IcoSidecar.read(out.resolve("FER0287412.pdf")).decisions().get(0).ref(),
        "dotted 12.4.d read");
  }

  @Test
  void retriesHonourRetryAfterAndBackOffOn429() throws IOException {
    String pdf = Fixtures.pdfPath("ic-229516-y4h1");
    server.failNext("/api/search", 1, 503, "1");
    server.failNext(pdf, 2, 429, null);
    FetchReport r = fetch(3, SINCE);
    assertEquals(5, r.fetched(), notices.toString());
    assertEquals(3, r.retries());
    List<FixtureServer.Seen> searches = server.seen("/api/search");
    long gapMs = (searches.get(1).nanos() - searches.get(0).nanos()) / 1_000_000;
    assertTrue(gapMs >= 950, "waited " + gapMs + " ms although the server asked for 1 s");
    List<FixtureServer.Seen> tries = server.seen(pdf);
    assertEquals(3, tries.size());
    long first = (tries.get(1).nanos() - tries.get(0).nanos()) / 1_000_000;
    long second = (tries.get(2).nanos() - tries.get(1).nanos()) / 1_000_000;
    assertTrue(
        first >= 18 && second >= 38, "backoff doubles: " + first + " ms, then " + second + " ms");
    assertTrue(notices.stream().anyMatch(n -> n.contains("after HTTP 503")), notices.toString());
  }

  @Test
  void aServerThatKeepsFailingGivesUpOnTheItemOnly() throws IOException {
    String pdf = Fixtures.pdfPath("ic-287903-r9c2");
    server.failNext(pdf, 10, 503, null);
    FetchReport r = fetch(2, SINCE);
    assertEquals(4, r.fetched());
    assertEquals(2, r.failed());
    assertEquals(3, server.seen(pdf).size(), "one try and two retries");
    assertEquals(
        503,
        FetchLedger.read(out).stream()
            .filter(e -> e.item().equals("IC-287903-R9C2"))
            .findFirst()
            .orElseThrow()
            .status());
    assertFalse(Files.exists(out.resolve("IC-287903-R9C2.pdf")));
  }

  @Test
  void aBodyCutShortIsNeverKeptAndIsFetchedAgain() throws IOException {
    String pdf = Fixtures.pdfPath("ic-158342-m2d5");
    server.truncateNext(pdf);
    FetchReport r = fetch(2, SINCE);
    assertEquals(5, r.fetched(), notices.toString());
    assertEquals(2, server.seen(pdf).size());
    assertArrayEquals(
        Files.readAllBytes(pdfs.resolve("ic-158342-m2d5.pdf")),
        Files.readAllBytes(out.resolve("IC-158342-M2D5.pdf")));
  }

  @Test
  void aRunAgainAfterAnInterruptionFetchesOnlyWhatIsMissing() throws IOException {
    // first run: one download is cut short and not retried, as when a run is killed mid-download
    String cut = Fixtures.pdfPath("ic-287903-r9c2");
    server.truncateNext(cut);
    FetchReport first = fetch(0, SINCE);
    assertEquals(4, first.fetched());
    assertFalse(
        Files.exists(out.resolve("IC-287903-R9C2.pdf")),
        "a partial download never takes the real name");
    // a kill can also leave a temporary file, or a PDF whose sidecar was not yet written
    Files.writeString(
        out.resolve(".IC-287903-R9C2.pdf.part"),
        "%PDF-1.7 a longer stale file " + "x".repeat(200_000));
    Files.delete(out.resolve("IC-229516-Y4H1.ico.json"));
    server.forget();

    FetchReport second = fetch(0, SINCE);
    assertEquals(2, second.fetched(), notices.toString());
    assertEquals(3, second.alreadyHere());
    assertEquals(1, second.failed(), "the notice without a page is still missing");
    assertEquals(1, server.seen(cut).size());
    assertEquals(
        0,
        server.seen(Fixtures.pdfPath("ic-229516-y4h1")).size(),
        "the PDF that was here is not fetched again");
    assertTrue(Files.exists(out.resolve("IC-229516-Y4H1.ico.json")));
    assertEquals(0, server.seen(Fixtures.pdfPath("ic-341288-f5w7")).size());
    assertFalse(Files.exists(out.resolve(".IC-287903-R9C2.pdf.part")));
    assertArrayEquals(
        Files.readAllBytes(pdfs.resolve("ic-287903-r9c2.pdf")),
        Files.readAllBytes(out.resolve("IC-287903-R9C2.pdf")));
  }

  @Test
  void aPageThatIsNotAPdfIsRefused() throws IOException {
    FixtureServer html =
        new FixtureServer(
            (m, uri, body) -> {
              FixtureServer.Answer a = Fixtures.ico(pdfs).answer(m, uri, body);
              return uri.getPath().endsWith(".pdf")
                  ? FixtureServer.Answer.ok(
                      "text/html", "<html>maintenance</html>".getBytes(StandardCharsets.UTF_8))
                  : a;
            });
    try (html) {
      FetchReport r =
          new IcoFetcher(
                  Fixtures.client(0, notices),
                  html.base(),
                  IcoFetcher.DEFAULT_ROOT_PAGE_ID,
                  notices::add)
              .fetch(LocalDate.parse("2025-01-01"), out, 0);
      assertEquals(0, r.fetched());
      assertTrue(
          r.failures().get(0).reason().startsWith("not a PDF file"), r.failures().toString());
      assertFalse(Files.exists(out.resolve("IC-341288-F5W7.pdf")));
    }
  }

  @Test
  void listingFieldsAreReadIntoTheContractsVocabulary() {
    assertEquals(
        new IcoListing.Decision("FOI 14", "Not upheld", Act.FOIA, "14", Finding.NOT_UPHELD),
        IcoListingReader.decision("FOI 14", "Not upheld"));
    assertEquals("12(5)(e)", IcoListingReader.decision("EIR 12.5.e", "Upheld").ref());
    assertEquals(
        Finding.PARTLY_UPHELD, IcoListingReader.decision("FOI 43", "Partially upheld").finding());
    assertNull(IcoListingReader.decision("Section 77 offence", "Other").act());
    assertEquals(
        "IC-229516-Y4H1",
        IcoListingReader.caseRef("/action-weve-taken/decision-notices/2023/07/ic-229516-y4h1/"));
    assertEquals("FS50674411", IcoListingReader.caseRef("https://ico.org.uk/x/fs50674411"));
    assertNull(IcoListingReader.caseRef("/action-weve-taken/decision-notices/2023/07/some-title/"));
    assertEquals(LocalDate.parse("2023-07-18"), IcoListingReader.isoDate("18 July 2023"));
  }
}
