package org.foilens.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.foilens.Analysis;
import org.foilens.FoilensConfig;
import org.foilens.Pipeline;
import org.foilens.index.LuceneIndexWriter;
import org.foilens.model.Json;
import org.foilens.source.SourceWalker;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The questions researchers come with, asked over HTTP of a real server over an index of {@code
 * corpus/}: citations typed as people type them find what the provision query finds, references
 * find their documents, an authority is found by any of its names, a broken query says what and
 * where, trends draw what was asked, findings read the right way round, an authority has its page,
 * a case's documents find each other, and the original file is served, and nothing else.
 */
class ResearchQueriesIT {

  @TempDir static Path work;
  private static SearchServer server;
  private static String base;
  private static Path changing;
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final ObjectMapper JSON = Json.MAPPER;

  @BeforeAll
  static void start() throws Exception {
    Path root = Path.of("").toAbsolutePath().getParent();
    Pipeline pipeline = new Pipeline(FoilensConfig.of(root.resolve("config")));
    List<Path> files = new ArrayList<>(new SourceWalker().list(List.of(root.resolve("corpus"))));
    changing = work.resolve("changing-letter.txt");
    Files.writeString(
        changing,
        "Dear Council,\nI ask under section 12 for the qzxchanging figures.\nA Requester\n");
    files.add(changing);
    Path index = work.resolve("index");
    try (LuceneIndexWriter writer = new LuceneIndexWriter(index)) {
      for (Path file : files) {
        Analysis a = pipeline.analyze(file);
        writer.write(a.document(), a.body());
      }
      writer.commit();
    }
    server = new SearchServer(index);
    base = "http://127.0.0.1:" + server.start("127.0.0.1", 0);
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
  }

  private static HttpResponse<String> get(String path) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(base + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static JsonNode api(String path) throws Exception {
    HttpResponse<String> r = get(path);
    assertEquals(200, r.statusCode(), path + " -> " + r.body());
    return JSON.readTree(r.body());
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static JsonNode search(String q) throws Exception {
    return api("/api/search?limit=100&q=" + enc(q));
  }

  private static Set<String> sources(String q) throws Exception {
    Set<String> out = new TreeSet<>();
    search(q).get("hits").forEach(h -> out.add(h.get("source").asText()));
    return out;
  }

  @Test
  void citationsAsTypedFindWhatTheProvisionFinds() throws Exception {
    String[][] pairs = {
      {"section 35(1)(a)", "provision:\"FOIA 35(1)(a)\""},
      {"s.40(2)", "provision:\"FOIA 40(2)\""},
      {"s 40(2)", "provision:\"FOIA 40(2)\""},
      {"s40(2)", "provision:\"FOIA 40(2)\""},
      {"s12", "provision:\"FOIA 12\""},
      {"reg 12(4)(b)", "provision:\"EIR 12(4)(b)\""},
      {"regulation 12(5)(e)", "provision:\"EIR 12(5)(e)\""},
      {"EIR 12(5)(e)", "provision:\"EIR 12(5)(e)\""},
      {"FOISA s.33(1)(b)", "provision:\"FOISA 33(1)(b)\""},
      {
        "sections 21 to 23",
        "provision:\"FOIA 21\" OR provision:\"FOIA 22\" OR provision:\"FOIA 23\""
      },
    };
    for (String[] pair : pairs) {
      Set<String> typed = sources(pair[0]);
      assertFalse(typed.isEmpty(), pair[0]);
      assertEquals(sources(pair[1]), typed, pair[0] + " finds what " + pair[1] + " finds");
    }
    JsonNode read = search("s.40(2)");
    assertEquals("provision:\"FOIA 40(2)\"", read.get("read_as").asText());
    int all = search("").get("total").asInt();
    assertTrue(sources("section 35(1)(a)").size() < all / 4, "not every document");
    // mixed with other words, the citation narrows and the words must occur too
    Set<String> withWords = sources("s.40(2) personal");
    assertTrue(sources("s.40(2)").containsAll(withWords));
  }

  @Test
  void citationsCiteTheirParagraphs() throws Exception {
    JsonNode hit = search("section 35(1)(a)").get("hits").get(0);
    assertFalse(hit.get("paragraphs").isEmpty(), hit.toString());
    assertTrue(
        hit.get("paragraphs").get(0).get("snippet").asText().contains("<mark>35(1)(a)</mark>"));
  }

  @Test
  void referencesAsWrittenFindTheirDocuments() throws Exception {
    String[][] refs = {
      {"FOI 1147/23", "wyp-body-worn-video.eml"},
      {"FOI2024/01987", "hmrc-umbrella-company-checks.eml"},
      {"FOI 4471", "royal-free-agency-nursing.eml"},
      {"IC-199827-H2T4", "ic-199827-h2t4.pdf"},
      {"ic-199827-h2t4", "ic-199827-h2t4.pdf"},
      {"FS50276543", "fs50276543.pdf"},
      {"EA/2023/0288", "ftt-ea-2023-0288.txt"},
      {"UA-2023-001762-GIA", "ut-ua-2023-001762-gia.txt"},
      {"[2024] UKFTT 412 (GRC)", "ftt-ea-2023-0288.txt"},
      {"Decision 112/2023", "decision-112-2023.txt"},
    };
    for (String[] ref : refs) {
      JsonNode hits = search(ref[0]).get("hits");
      assertFalse(hits.isEmpty(), ref[0]);
      assertTrue(hits.get(0).get("source").asText().endsWith(ref[1]), ref[0] + ": " + hits);
    }
  }

  @Test
  void anAuthorityIsFoundByAnyOfItsNames() throws Exception {
    Set<String> full = sources("authority:\"Her Majesty's Treasury\"");
    assertEquals(1, full.size());
    assertEquals(full, sources("authority:\"HM Treasury\""));
    assertEquals(full, sources("authority:HMT"));
    assertEquals(sources("authority:\"Ministry of Justice\""), sources("authority:MoJ"));
    assertEquals(sources("authority:\"Leeds City Council\""), sources("authority:Leeds"));
    assertEquals(
        sources("authority:\"Metropolitan Police Service (MPS)\""), sources("authority:Met"));
  }

  @Test
  void aBrokenQuerySaysWhatIsWrongAndWhere() throws Exception {
    String[][] broken = {
      {"cost limit \"section 12", "a quote opened at column 12 is not closed"},
      {"section AND (35", "a bracket opened at column 13 is not closed"},
      {"cost AND", "AND at column 6 has nothing after it"},
      {"title: cost", "title: at column 1 has nothing after it"},
      {"year:[2019]", "the [ at column 6 starts a range"},
      {"cost^x limit", "column 6"},
    };
    for (String[] b : broken) {
      HttpResponse<String> r = get("/api/search?q=" + enc(b[0]));
      assertEquals(400, r.statusCode(), b[0]);
      String error = JSON.readTree(r.body()).get("error").asText();
      assertTrue(error.contains(b[1]), b[0] + " -> " + error);
      for (String internal : List.of("Lexical", "lexical state", "Encountered", "expecting")) {
        assertFalse(error.contains(internal), b[0] + " -> " + error);
      }
    }
  }

  @Test
  void trendsByProvisionDrawOnlyTheProvisionsAskedForEveryYear() throws Exception {
    String q = "provision:\"FOIA 40\" OR provision:\"FOIA 12\"";
    JsonNode trend = api("/api/trends?by=provision&q=" + enc(q));
    List<String> series = new ArrayList<>();
    trend.get("series").forEach(s -> series.add(s.get("value").asText()));
    assertEquals(List.of("FOIA 40", "FOIA 12"), series);
    List<Integer> years = new ArrayList<>();
    trend.get("years").forEach(y -> years.add(y.asInt()));
    for (int i = 1; i < years.size(); i++) {
      assertEquals(years.get(i - 1) + 1, years.get(i), "every year between: " + years);
    }
    assertTrue(years.size() > 10, "the corpus spans 2006 to 2024: " + years);
    for (JsonNode s : trend.get("series")) {
      int perYear = 0;
      for (JsonNode n : s.get("documents")) {
        perYear += n.asInt();
      }
      int documents = search(s.get("filter").asText()).get("total").asInt();
      assertEquals(documents, s.get("total").asInt(), "documents, not mentions");
      int dated =
          search("(" + s.get("filter").asText() + ") AND year:[* TO *]").get("total").asInt();
      assertEquals(dated, perYear, "every dated document in its year");
      JsonNode r = s.get("rulings");
      int ruled =
          r.get("for_authority").asInt()
              + r.get("for_complainant").asInt()
              + r.get("partly").asInt();
      assertTrue(ruled <= documents);
    }
    JsonNode top = api("/api/trends?by=provision&top=3&provision_path=FOIA");
    assertEquals(3, top.get("series").size(), "the top sections of FOIA");
    JsonNode sectors = api("/api/trends?by=sector");
    assertTrue(sectors.get("series").size() <= 10);
    assertEquals("the decision notices' outcomes", sectors.get("rulings_are").asText());
  }

  @Test
  void findingsReadTheRightWayRoundAndFilterByProvision() throws Exception {
    HttpResponse<String> csv = get("/api/export?format=csv&q=" + enc("FS50276543"));
    List<CSVRecord> rows =
        CSVFormat.DEFAULT
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new StringReader(csv.body()))
            .getRecords();
    assertEquals(1, rows.size());
    assertTrue(
        rows.get(0)
            .get("findings")
            .contains(
                "FOIA 35(1)(a): exemption upheld — the authority was entitled to withhold (ICO:"
                    + " complaint not upheld)"),
        rows.get(0).get("findings"));
    // "where was section 12 rejected?": the facet's count and the filter's hits agree
    JsonNode facets = search("s12").get("facets");
    int rejected = 0;
    for (JsonNode r : facets.get("ruling")) {
      if (r.get("value").asText().equals("FOIA 12 upheld")) {
        rejected = r.get("count").asInt();
      }
    }
    assertTrue(rejected > 0, facets.get("ruling").toString());
    assertEquals(rejected, search("ruling:\"FOIA 12 upheld\"").get("total").asInt());
    JsonNode words = api("/api/vocabulary");
    assertEquals(
        "exemption upheld — the authority was entitled to withhold",
        words.at("/findings/exemption/not_upheld/words").asText());
  }

  @Test
  void theIcosPublishedDecisionCountsWhereItExistsAndDisagreementsShow() throws Exception {
    Path root = Path.of("").toAbsolutePath().getParent();
    Path listed = Files.createDirectories(work.resolve("listed"));
    Path pdf =
        Files.copy(root.resolve("corpus/notices/fs50276543.pdf"), listed.resolve("FS50276543.pdf"));
    // a listing in the shape fetch ico writes: the ICO says section 35 went the complainant's way,
    // where the pipeline reads the notice as upholding both 35(1)(a) and 35(1)(b)
    Files.writeString(
        listed.resolve("FS50276543.ico.json"),
        "{\"case_ref\":\"FS50276543\",\"authority\":\"Cabinet"
            + " Office\",\"date\":\"2010-02-23\",\"decisions\":[{\"section\":\"FOI"
            + " 35\",\"status\":\"Upheld\",\"act\":\"FOIA\",\"ref\":\"35\",\"finding\":\"upheld\"},{\"section\":\"FOI"
            + " 10\",\"status\":\"Not upheld\","
            + "\"act\":\"FOIA\",\"ref\":\"10\",\"finding\":\"not_upheld\"}]}");
    Path index = work.resolve("listed-index");
    try (LuceneIndexWriter writer = new LuceneIndexWriter(index)) {
      Analysis a = new Pipeline(FoilensConfig.of(root.resolve("config"))).analyze(pdf);
      writer.write(a.document(), a.body());
      writer.commit();
    }
    try (SearchServer listedServer = new SearchServer(index)) {
      String at = "http://127.0.0.1:" + listedServer.start("127.0.0.1", 0);
      JsonNode facets =
          JSON.readTree(
                  HTTP.send(
                          HttpRequest.newBuilder(URI.create(at + "/api/search?q=")).build(),
                          HttpResponse.BodyHandlers.ofString())
                      .body())
              .get("facets");
      List<String> rulings = new ArrayList<>();
      facets.get("ruling").forEach(r -> rulings.add(r.get("value").asText()));
      assertTrue(rulings.contains("FOIA 35 upheld"), "the ICO's decision: " + rulings);
      assertFalse(rulings.contains("FOIA 35 not_upheld"), "in place of the reading: " + rulings);
      List<String> sources = new ArrayList<>();
      facets.get("ruling_source").forEach(r -> sources.add(r.get("value").asText()));
      assertEquals(List.of("disagree", "ico_listing", "text"), sources.stream().sorted().toList());
      String csv =
          HTTP.send(
                  HttpRequest.newBuilder(URI.create(at + "/api/export?format=csv&q=")).build(),
                  HttpResponse.BodyHandlers.ofString())
              .body();
      assertTrue(
          csv.contains(
              "FOI 35: complaint upheld — the authority was wrong to withhold (ICO: Upheld)"),
          csv);
    }
  }

  @Test
  void anAuthorityHasItsPage() throws Exception {
    JsonNode dft = api("/api/authority?name=" + enc("DfT"));
    assertEquals("Department for Transport", dft.get("name").asText());
    assertEquals(2, dft.get("documents").asInt());
    assertEquals(1, dft.get("notices").get("total").asInt());
    assertEquals(1, dft.get("threads").get("total").asInt());
    boolean ruledOn35 = false;
    for (JsonNode p : dft.get("provisions")) {
      if (p.get("value").asText().equals("FOIA 35")) {
        ruledOn35 = p.get("rulings").get("for_authority").asInt() == 1;
      }
    }
    assertTrue(ruledOn35, dft.get("provisions").toString());
    JsonNode times = null;
    for (JsonNode t : dft.get("response_times")) {
      if (t.get("kind").asText().equals("foi_thread")) {
        times = t;
      }
    }
    assertNotNull(times, dft.get("response_times").toString());
    assertEquals(20.0, times.get("median_working_days").asDouble());
    assertEquals(0.0, times.get("late_share").asDouble());
    assertEquals(
        "Her Majesty's Treasury",
        api("/api/authority?name=" + enc("HM Treasury")).get("name").asText());
    JsonNode home = api("/api/authority?name=" + enc("Home Office"));
    assertFalse(home.get("appeals").isEmpty(), "the Upper Tribunal's appeal of the Home Office");
    assertEquals(404, get("/api/authority?name=" + enc("Ministry of Silly Walks")).statusCode());
    assertEquals(400, get("/api/authority").statusCode());
  }

  @Test
  void noticesCountTheirTimelinesYearByYear() throws Exception {
    JsonNode years = api("/api/delays?q=" + enc("kind:decision_notice")).get("years");
    int first = years.get(0).get("year").asInt();
    for (int i = 0; i < years.size(); i++) {
      assertEquals(first + i, years.get(i).get("year").asInt(), "every year, none skipped");
    }
    boolean timed = false;
    for (JsonNode y : years) {
      JsonNode n = y.get("notices");
      if (n.isObject() && n.get("median_working_days").isNumber()) {
        timed = true;
        assertTrue(n.get("median_days_to_decision").isNumber(), y.toString());
      }
      assertTrue(y.get("threads").isNull(), "no thread is a decision notice");
    }
    assertTrue(timed, "the corpus's notices tell when their requests were answered: " + years);
    assertEquals(400, get("/api/delays?q=" + enc("section AND (35")).statusCode());
  }

  @Test
  void aMedianOfCountedValues() {
    assertEquals(
        19.0,
        Delays.median(
            List.of(
                new org.foilens.index.SearchResults.FacetCount("20", List.of("20"), 1),
                new org.foilens.index.SearchResults.FacetCount("18", List.of("18"), 1))));
    assertEquals(
        18.0,
        Delays.median(
            List.of(
                new org.foilens.index.SearchResults.FacetCount("20", List.of("20"), 1),
                new org.foilens.index.SearchResults.FacetCount("18", List.of("18"), 2))));
  }

  @Test
  void documentsOfOneCaseFindEachOther() throws Exception {
    String notice = search("IC-287903-R9C2").get("hits").get(0).get("id").asText();
    String appeal = search("UA-2023-001762-GIA").get("hits").get(0).get("id").asText();
    JsonNode fromNotice = api("/api/doc/" + notice + "/related").get("related");
    JsonNode fromAppeal = api("/api/doc/" + appeal + "/related").get("related");
    assertTrue(fromNotice.toString().contains(appeal), fromNotice.toString());
    assertTrue(fromAppeal.toString().contains(notice), fromAppeal.toString());
    assertTrue(fromNotice.toString().contains("GIA/3037/2011"), "says what they share");
    assertEquals(404, get("/api/doc/0123456789abcdef/related").statusCode());
  }

  @Test
  void theOriginalFileIsServedAndNothingElse() throws Exception {
    JsonNode hit = search("FS50276543").get("hits").get(0);
    HttpResponse<byte[]> pdf =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(base + "/api/file/" + hit.get("id").asText()))
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, pdf.statusCode());
    assertEquals("application/pdf", pdf.headers().firstValue("content-type").orElse(""));
    Path root = Path.of("").toAbsolutePath().getParent();
    assertArrayEquals(
        Files.readAllBytes(root.resolve("corpus/notices/fs50276543.pdf")), pdf.body());

    HttpResponse<String> text =
        get("/api/file/" + search("FOI 1147/23").get("hits").get(0).get("id").asText());
    assertEquals(200, text.statusCode());
    assertTrue(text.headers().firstValue("content-type").orElse("").startsWith("text/plain"));
    assertTrue(text.headers().firstValue("content-security-policy").orElse("").contains("sandbox"));

    String id = search("qzxchanging").get("hits").get(0).get("id").asText();
    assertEquals(200, get("/api/file/" + id).statusCode());
    Files.writeString(changing, "changed since it was ingested: root:x:0:0\n");
    HttpResponse<String> changed = get("/api/file/" + id);
    assertEquals(404, changed.statusCode(), "a file changed since it was indexed is not served");
    assertFalse(changed.body().contains("root:x"));
    for (String bad :
        List.of("..%2f..%2fetc%2fpasswd", "0123456789abcdef", "%2e%2e", "..%5c..%5cwin.ini")) {
      HttpResponse<String> r = get("/api/file/" + bad);
      assertTrue(r.statusCode() == 404 || r.statusCode() == 400, bad + " -> " + r.statusCode());
      assertFalse(r.body().contains("root:x"), bad);
    }
  }
}
