package org.foilens.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import javax.xml.parsers.DocumentBuilderFactory;
import org.foilens.Analysis;
import org.foilens.FoilensConfig;
import org.foilens.Pipeline;
import org.foilens.index.LuceneIndexWriter;
import org.foilens.index.SearchRules;
import org.foilens.model.Json;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

/** A real server over a real index built from the seed documents, asked over real HTTP. */
class SearchServerIT {

  @TempDir static Path work;
  private static Path index;
  private static Pipeline pipeline;
  private static SearchServer server;
  private static SearchServer strict;
  private static String base;
  private static String strictBase;
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final ObjectMapper JSON = Json.MAPPER;

  @BeforeAll
  static void start() throws Exception {
    Path root = Path.of("").toAbsolutePath().getParent();
    pipeline = new Pipeline(FoilensConfig.of(root.resolve("config")));
    Path hostile = work.resolve("hostile.txt");
    Files.writeString(
        hostile,
        "Dear Council,\n"
            + "<script>alert('qzxprobe')</script> I ask under section 12(1) for the budget.\n"
            + "Yours faithfully,\n"
            + "A Requester\n");
    index = work.resolve("index");
    try (LuceneIndexWriter writer = new LuceneIndexWriter(index);
        var seeds = Files.list(root.resolveSibling("shared").resolve("data/seeds"))) {
      for (Path file : seeds.sorted().toList()) {
        Analysis a = pipeline.analyze(file);
        writer.write(a.document(), a.body());
      }
      Analysis a = pipeline.analyze(hostile);
      writer.write(a.document(), a.body());
      writer.commit();
    }
    server = new SearchServer(index);
    base = "http://127.0.0.1:" + server.start("127.0.0.1", 0);
    strict = new SearchServer(index, new SearchRules.Limits(Duration.ZERO, 3));
    strictBase = "http://127.0.0.1:" + strict.start("127.0.0.1", 0);
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
    strict.close();
  }

  private static HttpResponse<String> get(String path) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(base + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static String q(String query) {
    return "/api/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
  }

  @Test
  void searchReturnsHitsSnippetsAndFacets() throws Exception {
    HttpResponse<String> r = get(q("\"35(1)(a)\""));
    assertEquals(200, r.statusCode());
    assertTrue(r.headers().firstValue("content-type").orElse("").startsWith("application/json"));
    JsonNode body = JSON.readTree(r.body());
    assertEquals(1, body.get("total").asInt());
    JsonNode hit = body.get("hits").get(0);
    assertEquals("decision_notice", hit.get("kind").asText());
    assertEquals("Department for Work and Pensions", hit.get("authority").asText());
    assertTrue(hit.get("snippets").toString().contains("<mark>35(1)(a)</mark>"));
    for (String facet : List.of("kind", "authority", "year", "provision")) {
      assertTrue(body.get("facets").has(facet), facet);
    }
    assertTrue(
        body.get("facets").get("provision").toString().contains("\"FOIA 35\""),
        body.get("facets").toString());
  }

  @Test
  void searchWithinAPartCitesParagraphNumbers() throws Exception {
    HttpResponse<String> r = get(q("part:reasons AND \"section 8(1)\""));
    assertEquals(200, r.statusCode());
    JsonNode hit = JSON.readTree(r.body()).get("hits").get(0);
    JsonNode paragraph = hit.get("paragraphs").get(0);
    assertEquals("reasons", paragraph.get("part").asText());
    assertEquals(20, paragraph.get("number").asInt());
    assertTrue(paragraph.get("snippet").asText().contains("<mark>"), paragraph.toString());
  }

  @Test
  void trendsCountDocumentsPerYearPerSeriesWithRulings() throws Exception {
    HttpResponse<String> r =
        get(
            "/api/trends?by=provision&q="
                + URLEncoder.encode("kind:decision_notice", StandardCharsets.UTF_8));
    assertEquals(200, r.statusCode());
    JsonNode trend = JSON.readTree(r.body());
    assertEquals("documents", trend.get("counts").asText());
    assertEquals(List.of("2023"), JSON.convertValue(trend.get("years"), List.class));
    assertEquals(1, trend.get("documents").get(0).asInt());
    assertTrue(trend.get("series").size() <= SearchRules.MAX_TREND_SERIES);
    JsonNode s35 = null;
    for (JsonNode s : trend.get("series")) {
      if (s.get("value").asText().equals("FOIA 35")) {
        s35 = s;
      }
    }
    assertTrue(s35 != null, trend.toString());
    assertEquals(1, s35.get("documents").get(0).asInt());
    assertEquals("provision:\"FOIA 35\"", s35.get("filter").asText());
    assertEquals(400, get("/api/trends?by=colour").statusCode());
    assertEquals(400, get("/api/trends?top=11").statusCode());
    HttpResponse<String> csv = get("/api/trends?format=csv&q=kind%3Adecision_notice");
    assertEquals(200, csv.statusCode());
    assertTrue(csv.body().startsWith(String.join(",", TrendCsv.COLUMNS) + "\n"), csv.body());
  }

  @Test
  void exportStreamsEveryMatchWithProvenance() throws Exception {
    int total =
        JSON.readTree(get(q("kind:foi_thread OR kind:decision_notice")).body())
            .get("total")
            .asInt();
    String query =
        URLEncoder.encode("kind:foi_thread OR kind:decision_notice", StandardCharsets.UTF_8);

    HttpResponse<String> json = get("/api/export?format=json&q=" + query);
    assertEquals(200, json.statusCode());
    JsonNode export = JSON.readTree(json.body());
    assertEquals("kind:foi_thread OR kind:decision_notice", export.get("query").asText());
    assertEquals(
        JSON.readTree(get(q("")).body()).get("total").asInt(),
        export.get("documents_in_index").asInt());
    assertEquals(total, export.get("documents").size());
    assertEquals(total, export.get("exported").asInt());

    HttpResponse<String> csv = get("/api/export?format=csv&q=" + query);
    assertEquals(200, csv.statusCode());
    List<org.apache.commons.csv.CSVRecord> rows =
        org.apache.commons.csv.CSVFormat.DEFAULT
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new StringReader(csv.body()))
            .getRecords();
    assertTrue(
        csv.body().startsWith(String.join(",", ExportWriter.COLUMNS) + "\n"), "header first");
    assertEquals(total, rows.size());
    for (org.apache.commons.csv.CSVRecord row : rows) {
      String id = row.get("id");
      assertTrue(row.get("link").endsWith("/doc.html?id=" + id), row.get("link"));
      assertEquals(200, get("/api/doc/" + id).statusCode(), "each id is a document");
    }
    JsonNode provenance = JSON.readTree(get("/api/export?format=provenance&q=" + query).body());
    assertEquals(total, provenance.get("matching").asInt());
    assertEquals(ExportWriter.COLUMNS.size(), provenance.get("columns").size());

    assertEquals(400, get("/api/export?format=xml").statusCode());
    assertEquals(
        400,
        get("/api/export?q=" + URLEncoder.encode("(unclosed", StandardCharsets.UTF_8))
            .statusCode());
  }

  @Test
  void documentViewGivesTheContractRecord() throws Exception {
    JsonNode hit = JSON.readTree(get(q("\"35(1)(a)\"")).body()).get("hits").get(0);
    HttpResponse<String> r = get("/api/doc/" + hit.get("id").asText());
    assertEquals(200, r.statusCode());
    JsonNode doc = JSON.readTree(r.body());
    assertEquals("2023-03-20", doc.get("date").asText());
    assertTrue(doc.get("provisions").size() >= 7);
    assertEquals(404, get("/api/doc/nosuchid").statusCode());
  }

  @Test
  void badQueriesAreA400SayingWhatAndWhere() throws Exception {
    HttpResponse<String> r = get(q("section AND (35"));
    assertEquals(400, r.statusCode());
    assertEquals(
        "cannot parse the query: a bracket opened at column 13 is not closed",
        JSON.readTree(r.body()).get("error").asText());
    HttpResponse<String> quote = get(q("cost limit \"section 12"));
    assertEquals(
        "cannot parse the query: a quote opened at column 12 is not closed: add a \" after the"
            + " words",
        JSON.readTree(quote.body()).get("error").asText());
    assertEquals(400, get(q("*olicy")).statusCode());
    assertEquals(400, get("/api/search?q=x&limit=abc").statusCode());
    assertEquals(400, get("/api/search?q=x&more=colour").statusCode());
  }

  @Test
  void userTextIsEscapedInSnippets() throws Exception {
    JsonNode body = JSON.readTree(get(q("qzxprobe")).body());
    assertEquals(1, body.get("total").asInt());
    String snippet = body.get("hits").get(0).get("snippets").get(0).asText();
    assertFalse(snippet.contains("<script>"), snippet);
    assertTrue(snippet.contains("&lt;script&gt;"), snippet);
  }

  @Test
  void servesTheSearchPage() throws Exception {
    HttpResponse<String> r = get("/");
    assertEquals(200, r.statusCode());
    assertTrue(r.body().contains("<title>foilens search</title>"));
  }

  private static HttpResponse<String> get(String server, String path) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(server + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> post(String path, String contentType, String body)
      throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** Sends a request line exactly as written, past any client-side normalisation of the path. */
  private static String raw(String target) throws Exception {
    URI uri = URI.create(base);
    try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
      socket
          .getOutputStream()
          .write(
              ("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                  .getBytes(StandardCharsets.ISO_8859_1));
      return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void openApiDocumentsEveryRouteAndNoOther() throws Exception {
    HttpResponse<String> r = get("/api/openapi.json");
    assertEquals(200, r.statusCode());
    JsonNode api = JSON.readTree(r.body());
    assertTrue(api.get("openapi").asText().startsWith("3.1"), api.get("openapi").asText());
    Set<String> documented = new HashSet<>();
    api.get("paths")
        .fields()
        .forEachRemaining(
            path ->
                path.getValue()
                    .fieldNames()
                    .forEachRemaining(
                        method ->
                            documented.add(
                                method.toUpperCase(java.util.Locale.ROOT) + " " + path.getKey())));
    Set<String> registered = new HashSet<>(server.routes());
    assertEquals(registered, documented);
    assertTrue(
        registered.contains("POST /api/saved") && registered.contains("GET /feeds/{id}.atom"),
        registered.toString());
  }

  @Test
  void pagesByOffsetOrByPageWithTheSizeCapped() throws Exception {
    JsonNode all = JSON.readTree(get("/api/search?q=&limit=100").body());
    int total = all.get("total").asInt();
    assertTrue(total >= 6, all.toString());
    JsonNode second = JSON.readTree(get("/api/search?q=&page=2&size=2").body());
    JsonNode same = JSON.readTree(get("/api/search?q=&offset=2&limit=2").body());
    assertEquals(2, second.get("hits").size());
    assertEquals(same.get("hits").get(0).get("id"), second.get("hits").get(0).get("id"));
    assertEquals(all.get("hits").get(2).get("id"), second.get("hits").get(0).get("id"));
    assertEquals(2, second.get("offset").asInt());
    JsonNode capped = JSON.readTree(get("/api/search?q=&size=100000").body());
    assertEquals(SearchRules.MAX_PAGE, capped.get("limit").asInt());
    assertEquals(400, get("/api/search?q=&page=1&offset=3").statusCode());
    assertEquals(400, get("/api/search?q=&page=0").statusCode());
    assertEquals(400, get("/api/search?q=&offset=20000").statusCode());
  }

  @Test
  void sortsByRelevanceOrDateWithUndatedLast() throws Exception {
    List<String> newest = dates(JSON.readTree(get("/api/search?q=&sort=date&limit=50").body()));
    List<String> oldest = dates(JSON.readTree(get("/api/search?q=&sort=date_asc&limit=50").body()));
    List<String> dated = newest.stream().filter(d -> !d.isEmpty()).toList();
    assertTrue(
        dated.size() >= 1 && dated.size() < newest.size(),
        newest.toString()); // the corpus test checks the order of many dates
    List<String> sorted = new ArrayList<>(dated);
    sorted.sort(Comparator.reverseOrder());
    assertEquals(sorted, dated);
    assertEquals(dated, newest.subList(0, dated.size()), "undated last: " + newest);
    List<String> ascending = new ArrayList<>(dated);
    Collections.reverse(ascending);
    assertEquals(ascending, oldest.subList(0, dated.size()), "undated last: " + oldest);
    assertEquals(400, get("/api/search?q=&sort=colour").statusCode());
  }

  private static List<String> dates(JsonNode results) {
    List<String> out = new ArrayList<>();
    results.get("hits").forEach(h -> out.add(h.get("date").isNull() ? "" : h.get("date").asText()));
    return out;
  }

  @Test
  void facetsCoverSectorFindingStatusAndDrillIntoProvisions() throws Exception {
    JsonNode body = JSON.readTree(get(q("\"35(1)(a)\"")).body());
    JsonNode facets = body.get("facets");
    for (String facet :
        List.of(
            "kind", "authority", "sector", "year", "provision", "finding", "outcome", "status")) {
      assertTrue(facets.has(facet), facet);
    }
    assertEquals(
        "central government", facets.get("sector").get(0).get("value").asText(), facets.toString());
    assertEquals("central government", body.get("hits").get(0).get("sector").asText());
    assertFalse(facets.get("finding").isEmpty(), facets.toString());
    JsonNode threads = JSON.readTree(get(q("kind:foi_thread")).body()).get("facets");
    assertTrue(threads.get("status").size() >= 1, threads.toString());

    JsonNode drilled =
        JSON.readTree(get(q("\"35(1)(a)\"") + "&provision_path=FOIA/35").body())
            .get("facets")
            .get("provision");
    assertEquals("FOIA 35(1)", drilled.get(0).get("value").asText(), drilled.toString());
    assertEquals(
        List.of("FOIA", "35", "35(1)"), JSON.convertValue(drilled.get(0).get("path"), List.class));
    JsonNode deeper =
        JSON.readTree(get(q("\"35(1)(a)\"") + "&provision_path=FOIA/35/35(1)").body())
            .get("facets")
            .get("provision");
    assertEquals("FOIA 35(1)(a)", deeper.get(0).get("value").asText(), deeper.toString());

    String finding = facets.get("finding").get(0).get("value").asText();
    assertEquals(
        1,
        JSON.readTree(get(q("finding:" + finding + " AND \"35(1)(a)\"")).body())
            .get("total")
            .asInt());
    assertEquals(
        1,
        JSON.readTree(get(q("sector:\"central government\" AND kind:decision_notice")).body())
            .get("total")
            .asInt());
  }

  @Test
  void filtersNarrowWithoutChangingTheQuery() throws Exception {
    int all = JSON.readTree(get(q("")).body()).get("total").asInt();
    JsonNode filtered = JSON.readTree(get(q("") + "&fq=kind:decision_notice").body());
    assertEquals(1, filtered.get("total").asInt());
    assertEquals(
        List.of("kind:decision_notice"), JSON.convertValue(filtered.get("filters"), List.class));
    assertTrue(all > 1);
    JsonNode two = JSON.readTree(get(q("") + "&fq=kind:decision_notice&fq=year:2019").body());
    assertEquals(0, two.get("total").asInt());
    assertEquals(
        400,
        get(q("") + "&fq=" + URLEncoder.encode("(broken", StandardCharsets.UTF_8)).statusCode());
  }

  @Test
  void refusesQueriesThatExpandTooFarOrRunTooLong() throws Exception {
    assertEquals(400, get(q("*olicy")).statusCode(), "leading wildcard");
    assertEquals(400, get(q("?olicy")).statusCode(), "leading wildcard");
    HttpResponse<String> regex = get(q("/" + "a".repeat(150) + "/"));
    assertEquals(400, regex.statusCode());
    assertTrue(regex.body().contains("regular expression"), regex.body());
    assertEquals(
        400,
        get(q("/.*olicy/")).statusCode(),
        "a regular expression with no literal start scans every word");
    assertEquals(400, get(q("x".repeat(SearchRules.MAX_QUERY_CHARS + 1))).statusCode());

    assertEquals(200, get(q("s*")).statusCode(), "within the default limit of words");
    HttpResponse<String> wide = get(strictBase, q("s*"));
    assertEquals(400, wide.statusCode(), wide.body());
    assertTrue(wide.body().contains("more than 3 different words"), wide.body());

    HttpResponse<String> slow = get(strictBase, q("section"));
    assertEquals(503, slow.statusCode(), slow.body());
    assertTrue(slow.body().contains("time limit"), slow.body());
    assertEquals(503, get(strictBase, "/api/trends?q=section").statusCode());
  }

  @Test
  void noRequestReadsFilesOutsideTheIndex() throws Exception {
    Files.writeString(work.resolve("secret.txt"), "qzxsecret");
    for (String target :
        List.of(
            "/../../../../../../etc/passwd",
            "/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
            "/..%2f..%2f..%2f..%2fetc%2fpasswd",
            "/webjars/../../../../../../etc/passwd",
            "/webjars/chart.js/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
            "/api/doc/..%2f..%2f..%2f..%2fetc%2fpasswd",
            "/api/doc/..%2fsecret.txt",
            "/feeds/..%2f..%2fsecret.txt.atom",
            "/feeds/..%2fsaved.json.atom",
            "/saved.json",
            "/index/saved.json",
            "/../secret.txt",
            "/%2e%2e/secret.txt",
            "/openapi.json/../../secret.txt")) {
      String response = raw(target);
      String status = response.substring(0, response.indexOf("\r\n"));
      assertFalse(status.contains(" 200 "), target + " -> " + status);
      assertFalse(
          response.contains("root:x:0:0") || response.contains("qzxsecret"),
          target + " -> " + response);
    }
    Matcher chart =
        java.util.regex.Pattern.compile("src=\"(/webjars/chart\\.js/[^\"]+)\"")
            .matcher(get("/trends.html").body());
    assertTrue(chart.find(), "the trends page loads Chart.js from its webjar");
    assertTrue(
        raw(chart.group(1)).contains(" 200 "), "the chart library is served: " + chart.group(1));
  }

  @Test
  void savedSearchesPersistAndFeedNewDocumentsNewestFirst() throws Exception {
    HttpResponse<String> created =
        post(
            "/api/saved",
            "application/json",
            "{\"name\":\"<script>Budget</script> & co\",\"q\":\"section\"}");
    assertEquals(201, created.statusCode(), created.body());
    String id = JSON.readTree(created.body()).get("id").asText();
    assertTrue(
        Files.readString(index.resolve("saved.json")).contains(id), "kept in the index folder");
    assertFalse(Files.exists(index.resolve("saved.json.tmp")));
    HttpResponse<String> form =
        post("/api/saved", "application/x-www-form-urlencoded", "name=threads&q=kind%3Afoi_thread");
    assertEquals(201, form.statusCode(), form.body());
    JsonNode list = JSON.readTree(get("/api/saved").body()).get("saved");
    assertTrue(
        list.toString().contains(id) && list.toString().contains("kind:foi_thread"),
        list.toString());
    assertEquals(
        400,
        post("/api/saved", "application/json", "{\"name\":\"x\",\"q\":\"(broken\"}").statusCode());
    assertEquals(400, post("/api/saved", "application/json", "{\"name\":\"x\"}").statusCode());
    assertEquals(400, post("/api/saved", "application/json", "not json").statusCode());
    assertEquals(404, get("/feeds/nosuchfeed.atom").statusCode());

    // a document ingested while the server runs comes first in the feed
    Path fresh = work.resolve("fresh-section-notice.txt");
    Files.writeString(
        fresh,
        "Dear Council,\n"
            + "Under section 12 I ask for the qzxfresh figures.\n"
            + "Yours faithfully,\n"
            + "A Requester\n");
    Instant before = Instant.now();
    try (LuceneIndexWriter writer = new LuceneIndexWriter(index)) {
      Analysis a = pipeline.analyze(fresh);
      writer.write(a.document(), a.body());
      writer.commit();
    }
    HttpResponse<String> feed = get("/feeds/" + id + ".atom");
    assertEquals(200, feed.statusCode(), feed.body());
    assertTrue(
        feed.headers().firstValue("content-type").orElse("").startsWith("application/atom+xml"));
    Document xml = atom(feed.body());
    Element root = xml.getDocumentElement();
    assertEquals("feed", root.getLocalName());
    assertEquals("http://www.w3.org/2005/Atom", root.getNamespaceURI());
    for (String required : List.of("id", "title", "updated", "author")) {
      assertEquals(1, children(root, required).size(), required);
    }
    assertTrue(
        children(root, "title").get(0).getTextContent().contains("<script>Budget</script> & co"),
        "escaped, and read back as text");
    assertFalse(feed.body().contains("<script>"), "no raw markup from a name");
    List<org.w3c.dom.Element> entries = children(root, "entry");
    int matching = JSON.readTree(get(q("section")).body()).get("total").asInt();
    assertEquals(matching, entries.size());
    List<Instant> updated = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (Element e : entries) {
      for (String required : List.of("id", "title", "updated", "link")) {
        assertFalse(children(e, required).isEmpty(), required);
      }
      assertTrue(ids.add(children(e, "id").get(0).getTextContent()), "entry ids are unique");
      updated.add(Instant.parse(children(e, "updated").get(0).getTextContent()));
      assertTrue(children(e, "link").get(0).getAttribute("href").startsWith("http://"));
    }
    List<Instant> newestFirst = new ArrayList<>(updated);
    newestFirst.sort(Comparator.reverseOrder());
    assertEquals(newestFirst, updated);
    assertFalse(updated.get(0).isBefore(before.minusSeconds(1)));
    assertTrue(
        children(entries.get(0), "summary")
            .get(0)
            .getTextContent()
            .contains("fresh-section-notice.txt"));
  }

  @Test
  void everyBenchmarkRequestIsAnswered() throws Exception {
    List<String> lines = Files.readAllLines(Path.of("../bench/queries.txt"));
    int requests = 0;
    for (String line : lines) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String path = line.substring(line.indexOf('\t') + 1);
      HttpResponse<String> r = get(path);
      assertEquals(200, r.statusCode(), path + " -> " + r.body());
      requests++;
    }
    assertTrue(requests >= 30, "a mixed set: " + requests);
  }

  private static Document atom(String xml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return f.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
  }

  private static List<Element> children(Element parent, String name) {
    List<Element> out = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e
          && name.equals(e.getLocalName())
          && "http://www.w3.org/2005/Atom".equals(e.getNamespaceURI())) {
        out.add(e);
      }
    }
    return out;
  }
}
