package org.foilens.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

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
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.foilens.Analysis;
import org.foilens.FoilensConfig;
import org.foilens.Pipeline;
import org.foilens.index.LuceneIndexWriter;
import org.foilens.model.Json;
import org.foilens.source.SourceWalker;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web pages in a real browser: Debian's chromium, headless, driven through its chromedriver,
 * against the real server over an index of {@code corpus/}. Each page is saved as a screenshot in
 * {@code target/screenshots/}. Without chromium the tests are skipped with a message, unless {@code
 * FOILENS_BROWSER_TESTS=required} (as CI sets it), when they fail.
 */
class WebUiIT {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");

  /** The screenshots the documentation shows. */
  private static final Set<String> DOC_PAGES =
      Set.of(
          "search",
          "search-rulings",
          "document-notice",
          "document-thread",
          "trends",
          "authority",
          "saved-searches");

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final ObjectMapper JSON = Json.MAPPER;

  @TempDir static Path work;
  private static SearchServer server;
  private static String base;
  private static WebDriver browser;
  private static WebDriverWait wait;

  @BeforeAll
  static void start() throws Exception {
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
      String message =
          "browser tests need Debian's chromium and chromium-driver ("
              + CHROMIUM
              + ", "
              + CHROMEDRIVER
              + "): apt-get install -y chromium chromium-driver";
      if ("required".equals(System.getenv("FOILENS_BROWSER_TESTS"))) {
        fail(message);
      }
      System.err.println("WebUiIT skipped: " + message);
      Assumptions.abort(message);
    }
    Path root = Path.of("").toAbsolutePath().getParent();
    Path hostile = work.resolve("qzxprobe-hostile.txt");
    Files.writeString(
        hostile,
        "<script>window.__xss=1</script> qzxprobe <img src=x onerror=\"window.__xss=2\">\n"
            + "Dear Council,\n"
            + "I ask under section 12(1) for the qzxprobe budget <b>now</b>.\n"
            + "Yours faithfully,\n"
            + "A Requester\n");
    Path index = work.resolve("index");
    Pipeline pipeline = new Pipeline(FoilensConfig.of(root.resolve("config")));
    // the corpus by its path from here, as a user's ingest would write it: the pages show it
    List<Path> files = new ArrayList<>(new SourceWalker().list(List.of(Path.of("..", "corpus"))));
    files.add(hostile);
    try (LuceneIndexWriter writer = new LuceneIndexWriter(index)) {
      for (Path file : files) {
        Analysis a = pipeline.analyze(file);
        writer.write(a.document(), a.body());
      }
      writer.commit();
    }
    server = new SearchServer(index);
    base = "http://127.0.0.1:" + server.start("127.0.0.1", 0);

    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-dev-shm-usage",
        "--disable-gpu",
        "--window-size=1400,1000",
        "--hide-scrollbars");
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .build();
    browser = new ChromeDriver(service, options);
    wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    Files.createDirectories(SCREENSHOTS);
  }

  @AfterAll
  static void stop() throws Exception {
    if (browser != null) {
      browser.quit();
    }
    if (server != null) {
      server.close();
    }
  }

  /**
   * Saves the whole page as {@code target/screenshots/NAME.png}, and, when {@code
   * FOILENS_DOC_SCREENSHOTS} names a folder (as {@code docs/screenshots} for the README's tour), in
   * that folder too.
   */
  private static void screenshot(String name) throws Exception {
    Dimension window = browser.manage().window().getSize();
    Number height = (Number) js("return document.documentElement.scrollHeight");
    browser
        .manage()
        .window()
        .setSize(
            new Dimension(window.getWidth(), Math.min(Math.max(height.intValue(), 600), 3000)));
    byte[] png = ((ChromeDriver) browser).getScreenshotAs(OutputType.BYTES);
    browser.manage().window().setSize(window);
    Files.write(SCREENSHOTS.resolve(name + ".png"), png);
    String docs = System.getenv("FOILENS_DOC_SCREENSHOTS");
    if (docs != null && !docs.isBlank() && DOC_PAGES.contains(name)) {
      Path folder = Path.of("").toAbsolutePath().getParent().resolve(docs);
      Files.createDirectories(folder);
      Files.write(folder.resolve(name + ".png"), png);
    }
  }

  private static void awaitDone(String selector) {
    wait.until(
        ExpectedConditions.presenceOfElementLocated(By.cssSelector(selector + "[data-state]")));
    String state = browser.findElement(By.cssSelector(selector)).getAttribute("data-state");
    assertEquals("done", state, browser.findElement(By.tagName("body")).getText());
  }

  private static Object js(String script) {
    return ((JavascriptExecutor) browser).executeScript(script);
  }

  private static JsonNode api(String path) throws Exception {
    HttpResponse<String> r =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(base + path)).build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode(), r.body());
    return JSON.readTree(r.body());
  }

  /** Types a query into the search box and waits for its results. */
  private static void search(String query) {
    browser.get(base + "/");
    awaitDone("#results");
    WebElement box = browser.findElement(By.id("q"));
    box.clear();
    box.sendKeys(query);
    js("document.getElementById('results').removeAttribute('data-state')");
    browser.findElement(By.id("go")).click();
    awaitDone("#results");
  }

  @Test
  void aCitationAsTypedFindsTheProvisionWithItsParagraphs() throws Exception {
    search("section 35(1)(a)");
    int provision =
        api("/api/search?q="
                + URLEncoder.encode("provision:\"FOIA 35(1)(a)\"", StandardCharsets.UTF_8))
            .get("total")
            .asInt();
    assertTrue(provision >= 2, "the corpus cites 35(1)(a) in several notices");
    assertEquals(
        provision + " documents", browser.findElement(By.cssSelector(".toolbar .total")).getText());
    assertEquals(
        "Searched as provision:\"FOIA 35(1)(a)\"", browser.findElement(By.id("read-as")).getText());
    List<WebElement> cites = browser.findElements(By.cssSelector(".hit .snippet .para"));
    assertFalse(cites.isEmpty(), "paragraph hits are cited");
    assertTrue(cites.get(0).getText().matches("¶\\d+ \\(.+\\)"), cites.get(0).getText());
    assertEquals("35(1)(a)", browser.findElement(By.cssSelector(".hit .snippet mark")).getText());
    assertTrue(browser.findElement(By.id("syntax")).getText().contains("Query syntax"));
    screenshot("search");

    // the cited paragraph, highlighted and scrolled to, in a notice whose findings read plainly
    String cited = cites.get(0).getText().replaceAll("\\s.*", "").substring(1);
    cites.get(0).click();
    awaitDone("#doc");
    WebElement paragraph = browser.findElement(By.id("p-" + cited));
    assertTrue(paragraph.getAttribute("class").contains("cited"), paragraph.getAttribute("class"));
    assertTrue(paragraph.getAttribute("class").contains("target"));
    assertFalse(paragraph.findElements(By.tagName("mark")).isEmpty(), "the query's words marked");
    Number top =
        (Number)
            js("return document.getElementById('p-" + cited + "').getBoundingClientRect().top");
    Number height = (Number) js("return window.innerHeight");
    assertTrue(top.doubleValue() >= 0 && top.doubleValue() < height.doubleValue(), "scrolled to");
    String findings = browser.findElement(By.id("provisions")).getText();
    assertTrue(
        findings.contains("exemption upheld — the authority was entitled to withhold"), findings);
    assertTrue(findings.contains("complaint not upheld"), "the ICO's term beside it");
    String original = browser.findElement(By.id("original")).getAttribute("href");
    HttpResponse<byte[]> file =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(original)).build(),
            HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, file.statusCode());
    assertEquals("application/pdf", file.headers().firstValue("content-type").orElse(""));
    js("window.scrollTo(0, 0)");
    screenshot("document-notice");
  }

  @Test
  void facetsDrillIntoProvisionsAndRulingsAndShowMore() throws Exception {
    search("kind:decision_notice");
    WebElement section = browser.findElement(By.cssSelector("#facet-provision a"));
    String sectionFilter = section.getAttribute("data-filter");
    js("document.getElementById('results').removeAttribute('data-state')");
    section.click();
    awaitDone("#results");
    assertTrue(browser.getCurrentUrl().contains("ppath="), browser.getCurrentUrl());
    for (WebElement sub : browser.findElements(By.cssSelector("#facet-provision li > .row a"))) {
      String filter = sub.getAttribute("data-filter");
      assertTrue(
          filter.startsWith(sectionFilter.substring(0, sectionFilter.length() - 1) + "("),
          sectionFilter + " -> " + filter);
    }

    // "where was section 12 rejected?" is one click
    search("s12");
    WebElement rejected =
        browser.findElement(
            By.cssSelector("a.ruling.upheld[data-filter='ruling:\"FOIA 12 upheld\"']"));
    String count = rejected.getText().replaceAll("\\D+", "");
    assertTrue(rejected.getText().startsWith("for the complainant"), rejected.getText());
    js("document.getElementById('results').removeAttribute('data-state')");
    rejected.click();
    awaitDone("#results");
    assertEquals(
        count + (count.equals("1") ? " document" : " documents"),
        browser.findElement(By.cssSelector(".toolbar .total")).getText());
    screenshot("search-rulings");

    // a long facet has "more", and a date range narrows
    search("");
    int authorities =
        api("/api/search?q=&limit=0&more=authority").get("facets").get("authority").size();
    assertTrue(authorities > 20, "the corpus names more than 20 authorities: " + authorities);
    assertEquals(20, browser.findElements(By.cssSelector("#facet-authority li")).size());
    js("document.getElementById('results').removeAttribute('data-state')");
    browser.findElement(By.id("more-authority")).click();
    awaitDone("#results");
    assertEquals(authorities, browser.findElements(By.cssSelector("#facet-authority li")).size());
    js(
        "document.getElementById('from').value = '2023-01-01';"
            + "document.getElementById('to').value = '2023-12-31';"
            + "document.getElementById('results').removeAttribute('data-state')");
    browser.findElement(By.id("go")).click();
    awaitDone("#results");
    int in2023 = api("/api/search?q=year:2023&limit=0").get("total").asInt();
    assertEquals(
        in2023 + " documents", browser.findElement(By.cssSelector(".toolbar .total")).getText());
    assertTrue(browser.findElement(By.id("date-chip")).getText().contains("2023-01-01"));
  }

  @Test
  void aBrokenQuerySaysWhatIsWrong() throws Exception {
    browser.get(base + "/");
    awaitDone("#results");
    WebElement box = browser.findElement(By.id("q"));
    box.clear();
    box.sendKeys("cost limit \"section 12");
    js("document.getElementById('results').removeAttribute('data-state')");
    browser.findElement(By.id("go")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#results[data-state]")));
    assertEquals(
        "cannot parse the query: a quote opened at column 12 is not closed: add a \" after the"
            + " words",
        browser.findElement(By.id("query-error")).getText());
  }

  @Test
  void anAuthorityHasItsPageLinkedFromItsName() throws Exception {
    search("FS50276543");
    browser.findElement(By.cssSelector(".hit .meta a.authority")).click();
    awaitDone("#authority");
    assertEquals("Cabinet Office", browser.findElement(By.cssSelector("#authority h1")).getText());
    JsonNode page =
        api("/api/authority?name=" + URLEncoder.encode("Cabinet Office", StandardCharsets.UTF_8));
    List<WebElement> rows = browser.findElements(By.cssSelector("#provision-table tr"));
    assertEquals(page.get("provisions").size() + 1, rows.size());
    assertTrue(
        browser.findElement(By.id("provision-table")).getText().contains("FOIA 35"),
        "the provisions it relies on");
    Number bars = (Number) js("return window.authorityChart.data.labels.length");
    assertEquals(page.get("years").size(), bars.intValue());

    browser.get(base + "/authority.html?name=" + URLEncoder.encode("DfT", StandardCharsets.UTF_8));
    awaitDone("#authority");
    assertEquals(
        "Department for Transport", browser.findElement(By.cssSelector("#authority h1")).getText());
    String times = browser.findElement(By.id("response-times")).getText();
    assertTrue(times.contains("foi thread") && times.contains("20"), times);
    screenshot("authority");
  }

  @Test
  void openAThreadWithItsMessages() throws Exception {
    search("kind:foi_thread");
    browser.findElement(By.cssSelector(".hit a.title")).click();
    awaitDone("#doc");
    List<WebElement> messages = browser.findElements(By.cssSelector("#doc .message"));
    assertTrue(messages.size() >= 2, "a thread's messages: " + messages.size());
    assertTrue(
        messages.get(0).findElement(By.className("from")).getText().contains("requester"),
        messages.get(0).getText());
    String lifecycle = browser.findElement(By.id("lifecycle")).getText();
    assertTrue(lifecycle.contains("status"), lifecycle);
    screenshot("document-thread");
  }

  @Test
  void trendsDrawTheProvisionsAskedForInEveryYear() throws Exception {
    String query = "provision:\"FOIA 40\" OR provision:\"FOIA 12\"";
    browser.get(
        base + "/trends.html?by=provision&q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
    awaitDone("body");
    JsonNode trend =
        api("/api/trends?by=provision&q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
    @SuppressWarnings("unchecked")
    List<Object> labels = (List<Object>) js("return window.trendChart.data.labels");
    List<String> years = new ArrayList<>();
    trend.get("years").forEach(y -> years.add(y.asText()));
    assertEquals(years, labels.stream().map(String::valueOf).toList());
    assertEquals(
        Integer.parseInt(years.get(years.size() - 1)) - Integer.parseInt(years.get(0)) + 1,
        years.size(),
        "every year between the first and the last");
    @SuppressWarnings("unchecked")
    List<Object> series =
        (List<Object>) js("return window.trendChart.data.datasets.map(d => d.label)");
    assertEquals(2, series.size(), series.toString());
    assertTrue(series.get(0).toString().startsWith("FOIA 40"), series.toString());
    assertTrue(series.get(1).toString().startsWith("FOIA 12"), series.toString());
    Number drawn =
        (Number)
            js(
                "return window.trendChart.data.datasets"
                    + ".reduce((n, d) => n + d.data.reduce((a, b) => a + b, 0), 0)");
    int documents = 0;
    for (JsonNode s : trend.get("series")) {
      for (JsonNode n : s.get("documents")) {
        documents += n.asInt();
      }
    }
    assertEquals(documents, drawn.intValue(), "the lines add up to the API's documents");
    assertEquals(
        "documents citing the provision",
        js("return window.trendChart.options.scales.y.title.text"));
    assertEquals(
        years.size() + 3,
        browser.findElements(By.cssSelector("#trend-grid tr")).size(),
        "a row per year, the totals and the rulings");
    String csv = browser.findElement(By.id("trend-csv")).getAttribute("href");
    HttpResponse<String> download =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(csv)).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(200, download.statusCode());
    assertTrue(download.body().startsWith("series,filter,year,documents"), download.body());
    screenshot("trends");
  }

  @Test
  void userTextStaysTextInEveryPage() throws Exception {
    search("qzxprobe");
    assertEquals("1 document", browser.findElement(By.cssSelector(".toolbar .total")).getText());
    String text = browser.findElement(By.id("results")).getText();
    assertTrue(text.contains("<script>window.__xss=1</script>"), text);
    assertNull(js("return window.__xss"), "no script from a document ran");
    assertTrue(
        browser
            .findElements(By.cssSelector("#results script, #results img, #results b"))
            .isEmpty());
    browser.findElement(By.cssSelector(".hit a.title")).click();
    awaitDone("#doc");
    assertNull(js("return window.__xss"));
    assertTrue(browser.findElements(By.cssSelector("#doc script, #doc img, #doc b")).isEmpty());
    screenshot("escaped");
  }

  @Test
  void exportsAndASavedSearchWithItsFeed() throws Exception {
    search("\"section 12\"");
    String csv = browser.findElement(By.id("export-csv")).getAttribute("href");
    HttpResponse<String> export =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(csv)).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(200, export.statusCode());
    assertTrue(
        export.body().startsWith("id,link,file,source,"), "the header first: " + export.body());
    assertNotNull(browser.findElement(By.id("export-json")).getAttribute("href"));
    assertNotNull(browser.findElement(By.id("export-provenance")).getAttribute("href"));

    browser.findElement(By.id("saved-name")).sendKeys("Cost limit");
    browser.findElement(By.id("save-search")).click();
    WebElement feed = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("feed-link")));
    screenshot("saved-search");
    HttpResponse<String> atom =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(feed.getAttribute("href"))).build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(200, atom.statusCode());
    assertTrue(atom.body().contains("<title>foilens: Cost limit</title>"), atom.body());
    int entries = atom.body().split("<entry>", -1).length - 1;
    int matching =
        api("/api/search?q=" + URLEncoder.encode("\"section 12\"", StandardCharsets.UTF_8))
            .get("total")
            .asInt();
    assertEquals(Math.min(matching, SearchServer.FEED_ENTRIES), entries);

    browser.get(base + "/saved.html");
    awaitDone("#saved");
    String saved = browser.findElement(By.id("saved-table")).getText();
    assertTrue(saved.contains("Cost limit") && saved.contains(".atom"), saved);
    screenshot("saved-searches");
  }

  @Test
  void sortsTheCorpusByDate() throws Exception {
    JsonNode hits = api("/api/search?q=&sort=date&limit=100").get("hits");
    List<String> dates = new ArrayList<>();
    hits.forEach(h -> dates.add(h.get("date").isNull() ? "" : h.get("date").asText()));
    List<String> dated = dates.stream().filter(d -> !d.isEmpty()).toList();
    assertTrue(dated.size() >= 15, dates.toString());
    List<String> sorted = new ArrayList<>(dated);
    sorted.sort(Comparator.reverseOrder());
    assertEquals(sorted, dated);
    assertEquals(dated, dates.subList(0, dated.size()), "undated last");
  }
}
