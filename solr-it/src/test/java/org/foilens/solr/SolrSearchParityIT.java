package org.foilens.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The same corpus ingested into an embedded index and into a two-node SolrCloud, served by two
 * foilens servers ({@code serve --index} and {@code serve --solr}), asked the same questions over
 * HTTP: the same totals, documents, facet counts, trends, date orders, exports, documents and
 * errors. Then one Solr node stops, and the Solr-backed server still answers.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SolrSearchParityIT extends SolrCloudTestBase {

  private static final String COLLECTION = "parity";

  /** Low enough that a broad range or wildcard of the corpus is refused, narrow ones not. */
  private static final String MAX_EXPANSIONS = "20";

  private static final Pattern SERVING =
      Pattern.compile("at http://127\\.0\\.0\\.1:(\\d+)/ \\(Ctrl-C");

  /** Free text, phrases, fields, parts, dates, wildcards, fuzzy terms, boosts, exclusions. */
  static final List<String> QUERIES =
      List.of(
          "",
          "information",
          "\"public interest\"",
          "\"section 35\"",
          "provision:35",
          "provision:\"foia 12\"",
          "provision:\"eir 12(4)(b)\"",
          "finding:upheld",
          "outcome:not_upheld",
          "part:reasons",
          "part:decision AND disclose",
          "year:2023",
          "date:[2020-01-01 TO 2022-12-31]",
          "year:[* TO 2015]",
          "refus*",
          "disclos?d",
          "comissioner~1",
          "/exempt[a-z]*/",
          "kind:foi_thread AND request",
          "authority:council",
          "request -kind:decision_notice",
          "-information",
          "\"cost limit\"^2 OR vexatious",
          "title:[a TO m]",
          "attachment:pdf",
          "nosuchfield:x",
          "\"commissioner decided\"~3",
          "sector:\"central government\"",
          // citations as typed, references as written, authorities by any name, rulings
          "section 35(1)(a)",
          "s.40(2)",
          "s12",
          "reg 12(4)(b)",
          "EIR 12(5)(e)",
          "sections 21 to 23",
          "FOISA s.33(1)(b)",
          "s.40(2) personal",
          "FOI 1147/23",
          "FOI2024/01987",
          "ic-199827-h2t4",
          "EA/2023/0288",
          "[2024] UKFTT 412 (GRC)",
          "authority:\"HM Treasury\"",
          "authority:DfT",
          "authority_name:\"Cabinet Office\"",
          "ruling:\"FOIA 12 upheld\"",
          "ruling:\"foia 35 not_upheld\"",
          "late:false",
          "ruling_source:text",
          "working_days:[15 TO 20]",
          "organisation:\"Information Commissioner's Office\"");

  private static Process embedded;
  private static Process cloud;
  private static String embeddedBase;
  private static String cloudBase;

  @BeforeAll
  static void ingestAndServe() throws Exception {
    foilens("solr", "init", "--solr", nodeUrls(), "--collection", COLLECTION).ok();
    Path index = work.resolve("index");
    foilens(
            "ingest",
            "--index",
            index.toString(),
            "--solr",
            nodeUrls(),
            "--collection",
            COLLECTION,
            "corpus")
        .ok();
    embedded = serve("embedded", "--index", index.toString());
    embeddedBase = base(embedded, "embedded");
    cloud =
        serve(
            "cloud",
            "--solr",
            allNodeUrls(),
            "--collection",
            COLLECTION,
            "--data",
            work.resolve("saved").toString());
    cloudBase = base(cloud, "cloud");
  }

  @AfterAll
  static void stopServers() throws Exception {
    for (Process p : new Process[] {embedded, cloud}) {
      if (p != null) {
        p.destroy();
        p.waitFor();
      }
    }
  }

  @Test
  @Order(1)
  void searchesFindTheSameDocumentsWithTheSameFacets() throws Exception {
    int found = 0;
    int refused = 0;
    for (String q : QUERIES) {
      String path = "/api/search?limit=100&q=" + enc(q);
      HttpResponse<String> ourAnswer = send(embeddedBase + path);
      HttpResponse<String> theirAnswer = send(cloudBase + path);
      assertEquals(ourAnswer.statusCode(), theirAnswer.statusCode(), q + ": " + theirAnswer.body());
      if (ourAnswer.statusCode() != 200) {
        assertEquals(ourAnswer.body(), theirAnswer.body(), q);
        refused++;
        continue;
      }
      JsonNode ours = JSON.readTree(ourAnswer.body());
      JsonNode theirs = JSON.readTree(theirAnswer.body());
      assertEquals(ours.get("total"), theirs.get("total"), q);
      assertEquals(ids(ours), ids(theirs), q);
      assertEquals(ours.get("facets"), theirs.get("facets"), q);
      assertEquals(ours.get("facets_more"), theirs.get("facets_more"), q);
      assertEquals(ours.get("read_as"), theirs.get("read_as"), q);
      assertEquals(fields(ours), fields(theirs), q);
      found += ours.get("total").asInt() > 0 ? 1 : 0;
    }
    assertTrue(found >= QUERIES.size() - 6, "most queries find something: " + found);
    assertTrue(
        refused >= 1, "some wildcard or range expands past --max-expansions " + MAX_EXPANSIONS);
  }

  @Test
  @Order(1)
  void filtersSortsAndPagesAgree() throws Exception {
    List<String> asks =
        List.of(
            "q=information&fq=kind:decision_notice&limit=100",
            "q=&fq=year:[2020 TO *]&fq=provision:40&limit=100",
            "q=request&fq=part:request&limit=100",
            "q=&sort=date&limit=100",
            "q=&sort=date_asc&limit=100",
            "q=information&sort=date&limit=100",
            "q=provision:12&sort=date_asc&limit=100",
            "q=&more=authority&limit=0",
            "q=&more=organisation&more=person&limit=0",
            "q=kind:foi_thread&more=working_days&limit=0",
            "q=s12&fq=ruling:\"FOIA 12 not_upheld\"&limit=100",
            "q=&fq=date:[2020-01-01 TO 2023-12-31]&limit=100");
    for (String ask : asks) {
      String path = "/api/search?" + encodeValues(ask);
      JsonNode ours = get(embeddedBase + path);
      JsonNode theirs = get(cloudBase + path);
      assertEquals(ours.get("total"), theirs.get("total"), ask);
      assertEquals(ours.get("facets"), theirs.get("facets"), ask);
      assertEquals(ours.get("facets_more"), theirs.get("facets_more"), ask);
      assertEquals(ids(ours), ids(theirs), ask);
      if (ask.contains("sort=date")) {
        assertEquals(byDate(ours), byDate(theirs), ask + ": the order of dates");
      }
    }
    for (String sort : List.of("date", "date_asc")) {
      JsonNode all = get(embeddedBase + "/api/search?limit=100&sort=" + sort);
      JsonNode page = get(cloudBase + "/api/search?offset=5&limit=7&sort=" + sort);
      assertEquals(7, page.get("hits").size());
      for (int i = 0; i < 7; i++) {
        assertEquals(
            all.get("hits").get(5 + i).get("date"),
            page.get("hits").get(i).get("date"),
            sort + " page, hit " + i);
      }
    }
  }

  @Test
  @Order(1)
  void provisionDrillDownAgrees() throws Exception {
    JsonNode top = get(embeddedBase + "/api/search?q=").get("facets").get("provision");
    assertFalse(top.isEmpty(), "the corpus cites provisions");
    List<String> paths = new ArrayList<>();
    for (JsonNode v : top) {
      paths.add(String.join("/", strings(v.get("path"))));
    }
    int deeper = 0;
    for (String path : paths.subList(0, Math.min(5, paths.size()))) {
      JsonNode ours =
          get(embeddedBase + "/api/search?q=&provision_path=" + enc(path))
              .get("facets")
              .get("provision");
      JsonNode theirs =
          get(cloudBase + "/api/search?q=&provision_path=" + enc(path))
              .get("facets")
              .get("provision");
      assertEquals(ours, theirs, path);
      for (JsonNode child : ours) {
        String childPath = String.join("/", strings(child.get("path")));
        assertEquals(
            get(embeddedBase + "/api/search?q=&provision_path=" + enc(childPath)).get("facets"),
            get(cloudBase + "/api/search?q=&provision_path=" + enc(childPath)).get("facets"),
            childPath);
        deeper++;
      }
    }
    assertTrue(deeper > 0, "some section has subsections");
  }

  @Test
  @Order(1)
  void trendsAgreeByEveryDimension() throws Exception {
    for (String by : List.of("provision", "authority", "sector", "kind", "outcome")) {
      for (String q :
          List.of(
              "",
              "information",
              "provision:12",
              "provision:\"FOIA 40\" OR provision:\"FOIA 12\"",
              "s12 OR reg 12(4)(b)")) {
        String path = "/api/trends?by=" + by + "&top=10&q=" + enc(q);
        JsonNode ours = get(embeddedBase + path);
        assertEquals(ours, get(cloudBase + path), by + " " + q);
        assertFalse(q.isEmpty() && ours.get("series").isEmpty(), "the corpus has dated documents");
        assertEquals(
            send(embeddedBase + path + "&format=csv").body(),
            send(cloudBase + path + "&format=csv").body(),
            "CSV " + by + " " + q);
      }
    }
    JsonNode asked =
        get(
            embeddedBase
                + "/api/trends?by=provision&q="
                + enc("provision:\"FOIA 40\" OR provision:\"FOIA 12\""));
    List<String> series = new ArrayList<>();
    asked.get("series").forEach(x -> series.add(x.get("value").asText()));
    assertEquals(List.of("FOIA 40", "FOIA 12"), series, "only the provisions asked for");
    for (String path : List.of("FOIA", "FOIA/35", "EIR/12")) {
      String ask = "/api/trends?by=provision&top=5&provision_path=" + enc(path);
      assertEquals(get(embeddedBase + ask), get(cloudBase + ask), path);
    }
  }

  @Test
  @Order(1)
  void authorityPagesAgree() throws Exception {
    JsonNode names =
        get(embeddedBase + "/api/search?q=&limit=0&more=authority").get("facets").get("authority");
    assertTrue(names.size() > 20, "the corpus names many authorities");
    for (JsonNode name : names) {
      String path = "/api/authority?name=" + enc(name.get("value").asText());
      assertEquals(get(embeddedBase + path), get(cloudBase + path), path);
    }
    for (String alias : List.of("HM Treasury", "DfT", "MoJ", "Leeds")) {
      String path = "/api/authority?name=" + enc(alias);
      JsonNode ours = get(embeddedBase + path);
      assertEquals(ours, get(cloudBase + path), alias);
    }
    assertEquals(404, status(cloudBase + "/api/authority?name=" + enc("Ministry of Silly Walks")));
  }

  @Test
  @Order(1)
  void exportsAndDocumentsAgree() throws Exception {
    for (String q : List.of("", "provision:35", "part:reasons")) {
      JsonNode ours = get(embeddedBase + "/api/export?format=json&q=" + enc(q));
      JsonNode theirs = get(cloudBase + "/api/export?format=json&q=" + enc(q));
      assertEquals(ours.get("exported"), theirs.get("exported"), q);
      assertEquals(ours.get("documents_in_index"), theirs.get("documents_in_index"), q);
      assertEquals(set(ours.get("documents")), set(theirs.get("documents")), q);
    }
    for (String q : List.of("", "s12", "kind:foi_thread")) {
      String csv = "/api/export?format=csv&q=" + enc(q);
      assertEquals(
          rows(send(embeddedBase + csv).body().replace(embeddedBase, "BASE")),
          rows(send(cloudBase + csv).body().replace(cloudBase, "BASE")),
          "CSV " + q);
    }
    JsonNode hits = get(embeddedBase + "/api/search?limit=100&q=").get("hits");
    for (JsonNode hit : hits) {
      String id = hit.get("id").asText();
      assertEquals(get(embeddedBase + "/api/doc/" + id), get(cloudBase + "/api/doc/" + id), id);
      assertEquals(
          get(embeddedBase + "/api/doc/" + id + "/related"),
          get(cloudBase + "/api/doc/" + id + "/related"),
          id + " related");
    }
    assertEquals(404, status(cloudBase + "/api/doc/0123456789abcdef"));
  }

  @Test
  @Order(1)
  void badQueriesAreTheSame400() throws Exception {
    for (String q :
        List.of(
            "title:(",
            "/[a-/",
            "year:nineteen",
            "date:[2020-13-01 TO *]",
            "\"unclosed",
            "d*",
            "title:[a TO z]",
            "cost limit \"section 12",
            "section AND (35",
            "cost AND",
            "title: cost",
            "year:[2019]",
            "cost^x limit")) {
      for (String api : List.of("/api/search?q=", "/api/trends?q=", "/api/export?q=")) {
        HttpResponse<String> ours = send(embeddedBase + api + enc(q));
        HttpResponse<String> theirs = send(cloudBase + api + enc(q));
        assertEquals(400, ours.statusCode(), api + q);
        assertEquals(ours.statusCode(), theirs.statusCode(), api + q);
        assertEquals(ours.body(), theirs.body(), api + q);
      }
    }
  }

  @Test
  @Order(1)
  void aBadFilterIsTheSame400() throws Exception {
    String path = "/api/search?q=information&fq=" + enc("title:(");
    HttpResponse<String> ours = send(embeddedBase + path);
    HttpResponse<String> theirs = send(cloudBase + path);
    assertEquals(400, ours.statusCode());
    assertEquals(ours.body(), theirs.body());
  }

  @Test
  @Order(1)
  void serveSaysInOneLineWhenTheCollectionIsMissingOrSolrIsDown() throws Exception {
    Run missing = foilens("serve", "--port", "0", "--solr", nodeUrls(), "--collection", "nosuch");
    assertEquals(1, missing.exit(), missing.out());
    assertTrue(
        missing.err().contains("foilens: Solr has no collection nosuch (run foilens solr init)"),
        missing.err());
    Run down =
        foilens(
            "serve",
            "--port",
            "0",
            "--solr",
            "http://127.0.0.1:9/solr",
            "--collection",
            COLLECTION);
    assertEquals(1, down.exit(), down.out());
    assertTrue(
        down.err().contains("foilens: cannot reach Solr at http://127.0.0.1:9/solr"), down.err());
  }

  @Test
  @Order(2)
  void readsGoOnWithOneNodeDown() throws Exception {
    long total = get(embeddedBase + "/api/search?q=information").get("total").asLong();
    cluster.stopJettySolrRunner(0);
    Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
    JsonNode answer = null;
    String failure = null;
    while (Instant.now().isBefore(deadline)) {
      HttpResponse<String> r = send(cloudBase + "/api/search?q=information");
      if (r.statusCode() == 200) {
        answer = JSON.readTree(r.body());
        break;
      }
      failure = r.statusCode() + " " + r.body();
      Thread.sleep(500);
    }
    assertTrue(answer != null, "the Solr-backed server answers with a node down: " + failure);
    assertEquals(total, answer.get("total").asLong());
    JsonNode trends = get(cloudBase + "/api/trends?by=kind");
    assertEquals(get(embeddedBase + "/api/trends?by=kind"), trends);
  }

  /** Starts {@code foilens serve} on a free port; its output goes to a file in the work folder. */
  private static Process serve(String name, String... args) throws IOException {
    List<String> command =
        new ArrayList<>(List.of("serve", "--port", "0", "--max-expansions", MAX_EXPANSIONS));
    command.addAll(List.of(args));
    return new ProcessBuilder(foilensCommand(command.toArray(String[]::new)))
        .directory(ROOT.toFile())
        .redirectOutput(work.resolve(name + ".out").toFile())
        .redirectError(work.resolve(name + ".err").toFile())
        .start();
  }

  /** The server's base URL, once it says where it listens. */
  private static String base(Process p, String name) throws Exception {
    Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
    while (Instant.now().isBefore(deadline)) {
      Matcher m = SERVING.matcher(Files.readString(work.resolve(name + ".out")));
      if (m.find()) {
        return "http://127.0.0.1:" + m.group(1);
      }
      if (!p.isAlive()) {
        throw new AssertionError(
            "foilens serve (" + name + ") ended: " + Files.readString(work.resolve(name + ".err")));
      }
      Thread.sleep(200);
    }
    throw new AssertionError("foilens serve (" + name + ") did not start in 2 minutes");
  }

  private static JsonNode get(String url) throws Exception {
    return getJson(url);
  }

  private static HttpResponse<String> send(String url) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static int status(String url) throws Exception {
    return send(url).statusCode();
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /** {@code a=x y&b=z} with each value URL-encoded. */
  private static String encodeValues(String query) {
    List<String> out = new ArrayList<>();
    for (String pair : query.split("&")) {
      int eq = pair.indexOf('=');
      out.add(pair.substring(0, eq + 1) + enc(pair.substring(eq + 1)));
    }
    return String.join("&", out);
  }

  private static Set<String> ids(JsonNode results) {
    Set<String> ids = new TreeSet<>();
    results.get("hits").forEach(h -> ids.add(h.get("id").asText()));
    return ids;
  }

  /** What a hit says of its document, beyond score, snippets and paragraphs, by id. */
  private static Map<String, List<String>> fields(JsonNode results) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (JsonNode h : results.get("hits")) {
      List<String> values = new ArrayList<>();
      for (String f :
          List.of("source", "kind", "title", "date", "authority", "sector", "outcome", "status")) {
        values.add(h.get(f).isNull() ? null : h.get(f).asText());
      }
      out.put(h.get("id").asText(), values);
    }
    return new TreeMap<>(out);
  }

  /** The hits grouped by date in the order given: documents of one date may come in any order. */
  private static List<Set<String>> byDate(JsonNode results) {
    List<Set<String>> groups = new ArrayList<>();
    String last = "\u0000";
    for (JsonNode h : results.get("hits")) {
      String date = h.get("date").isNull() ? null : h.get("date").asText();
      if (groups.isEmpty() || !Objects.equals(date, last)) {
        groups.add(new TreeSet<>());
        last = date;
      }
      groups.get(groups.size() - 1).add(date + " " + h.get("id").asText());
    }
    return groups;
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(v -> out.add(v.asText()));
    return out;
  }

  /** A CSV's lines, header first, the rest in order of their text: exports stream in any order. */
  private static List<String> rows(String csv) {
    List<String> lines = new ArrayList<>(List.of(csv.split("\n")));
    List<String> body = new ArrayList<>(lines.subList(1, lines.size()));
    body.sort(null);
    List<String> out = new ArrayList<>(List.of(lines.get(0)));
    out.addAll(body);
    return out;
  }

  private static Set<JsonNode> set(JsonNode array) {
    Set<JsonNode> out = new HashSet<>();
    array.forEach(out::add);
    return out;
  }
}
