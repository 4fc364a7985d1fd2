package org.foilens.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.foilens.Analysis;
import org.foilens.FoilensConfig;
import org.foilens.Pipeline;
import org.foilens.index.LuceneIndexWriter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real server over a real index built from the seed documents, asked over real HTTP. */
class SearchServerIT {

  @TempDir static Path work;
  private static SearchServer server;
  private static String base;
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final ObjectMapper JSON = new ObjectMapper();

  @BeforeAll
  static void start() throws Exception {
    Path root = Path.of("").toAbsolutePath().getParent();
    Pipeline pipeline = new Pipeline(FoilensConfig.of(root.resolve("config")));
    Path hostile = work.resolve("hostile.txt");
    Files.writeString(
        hostile,
        "Dear Council,\n<script>alert('qzxprobe')</script> I ask under section 12(1) for the budget.\nYours faithfully,\nA Requester\n");
    Path index = work.resolve("index");
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
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
  }

  private static HttpResponse<String> get(String path) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
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
    assertTrue(body.get("facets").get("provision").toString().contains("\"FOIA 35\""), body.get("facets").toString());
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
  void trendsCountPerYearWithBreakdownAndUpheldRate() throws Exception {
    HttpResponse<String> r = get("/api/trends?by=provision&q=" + java.net.URLEncoder.encode("kind:decision_notice", StandardCharsets.UTF_8));
    assertEquals(200, r.statusCode());
    JsonNode year = JSON.readTree(r.body()).get("series").get(0);
    assertEquals("2023", year.get("year").asText());
    assertEquals(1, year.get("total").asInt());
    assertEquals(1, year.get("breakdown").get("FOIA 35").asInt());
    assertEquals(1, year.get("outcomes").get("upheld").asInt());
    assertEquals(1.0, year.get("upheld_rate").asDouble());
    assertEquals(400, get("/api/trends?by=colour").statusCode());
  }

  @Test
  void exportStreamsEveryMatchWithProvenance() throws Exception {
    int total = JSON.readTree(get(q("kind:foi_thread OR kind:decision_notice")).body()).get("total").asInt();
    String query = URLEncoder.encode("kind:foi_thread OR kind:decision_notice", StandardCharsets.UTF_8);

    HttpResponse<String> json = get("/api/export?format=json&q=" + query);
    assertEquals(200, json.statusCode());
    JsonNode export = JSON.readTree(json.body());
    assertEquals("kind:foi_thread OR kind:decision_notice", export.get("query").asText());
    assertEquals(6, export.get("documents_in_index").asInt());
    assertEquals(total, export.get("documents").size());
    assertEquals(total, export.get("exported").asInt());

    HttpResponse<String> csv = get("/api/export?format=csv&q=" + query);
    assertEquals(200, csv.statusCode());
    String[] lines = csv.body().split("\n");
    assertTrue(lines[0].startsWith("# foilens export; query: kind:foi_thread OR kind:decision_notice"), lines[0]);
    assertEquals(String.join(",", ExportWriter.COLUMNS), lines[1]);
    assertEquals(total + 2, lines.length);

    assertEquals(400, get("/api/export?format=xml").statusCode());
    assertEquals(400, get("/api/export?q=" + URLEncoder.encode("(unclosed", StandardCharsets.UTF_8)).statusCode());
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
  void badQueriesAreA400WithTheParsersMessage() throws Exception {
    HttpResponse<String> r = get(q("section AND (35"));
    assertEquals(400, r.statusCode());
    assertTrue(JSON.readTree(r.body()).get("error").asText().contains("Cannot parse"), r.body());
    assertEquals(400, get(q("*olicy")).statusCode());
    assertEquals(400, get("/api/search?q=x&limit=abc").statusCode());
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
}
