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
    List<Path> files = new ArrayList<>(new SourceWalker().list(List.of(root.resolve("corpus"))));
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
        "--window-size=1400,1000");
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

  private static void screenshot(String name) throws Exception {
    Files.write(
        SCREENSHOTS.resolve(name + ".png"),
        ((ChromeDriver) browser).getScreenshotAs(OutputType.BYTES));
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
  void searchClickAFacetAndOpenANotice() throws Exception {
    search("\"public interest\"");
    String total = browser.findElement(By.cssSelector(".toolbar .total")).getText();
    int expected =
        api("/api/search?q=" + URLEncoder.encode("\"public interest\"", StandardCharsets.UTF_8))
            .get("total")
            .asInt();
    assertTrue(expected > 3, "the corpus has notices about the public interest");
    assertEquals(expected + " documents", total);
    List<WebElement> cites = browser.findElements(By.cssSelector(".hit .snippet .para"));
    assertFalse(cites.isEmpty(), "paragraph hits are cited");
    assertTrue(cites.get(0).getText().matches("¶\\d+ \\(.+\\)"), cites.get(0).getText());
    assertFalse(
        browser.findElements(By.cssSelector(".hit .snippet mark")).isEmpty(),
        "matches are highlighted");
    assertTrue(browser.findElement(By.id("syntax")).getText().contains("Query syntax"));
    screenshot("search");

    WebElement notices =
        browser.findElement(By.cssSelector("#facet-kind a[data-filter='kind:decision_notice']"));
    String facetCount = notices.findElement(By.xpath("following-sibling::span")).getText();
    js("document.getElementById('results').removeAttribute('data-state')");
    notices.click();
    awaitDone("#results");
    assertTrue(
        browser.getCurrentUrl().contains("fq=kind%3Adecision_notice"), browser.getCurrentUrl());
    assertEquals(
        facetCount + " documents",
        browser.findElement(By.cssSelector(".toolbar .total")).getText());
    assertEquals(
        "kind:decision_notice×", browser.findElement(By.cssSelector(".toolbar .chip")).getText());

    // drill into the provision hierarchy: section, then subsection
    WebElement section = browser.findElement(By.cssSelector("#facet-provision a"));
    String sectionFilter = section.getAttribute("data-filter");
    js("document.getElementById('results').removeAttribute('data-state')");
    section.click();
    awaitDone("#results");
    assertTrue(browser.getCurrentUrl().contains("ppath="), browser.getCurrentUrl());
    for (WebElement sub : browser.findElements(By.cssSelector("#facet-provision a"))) {
      String filter = sub.getAttribute("data-filter");
      assertTrue(
          filter.startsWith(sectionFilter.substring(0, sectionFilter.length() - 1) + "("),
          sectionFilter + " -> " + filter);
    }
    screenshot("search-facets");

    WebElement first = browser.findElement(By.cssSelector(".hit a.title"));
    String title = first.getText();
    first.click();
    awaitDone("#doc");
    assertEquals(title, browser.findElement(By.cssSelector("#doc h1")).getText());
    assertFalse(browser.findElements(By.cssSelector("#provisions tr")).isEmpty());
    List<WebElement> paragraphs = browser.findElements(By.cssSelector("#doc p.paragraph"));
    assertTrue(paragraphs.size() > 10, "the notice's numbered paragraphs: " + paragraphs.size());
    assertTrue(paragraphs.get(0).getText().startsWith("¶1"), paragraphs.get(0).getText());
    screenshot("document-notice");
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
    screenshot("document-thread");
  }

  @Test
  void trendsChartDrawsTheApisFigures() throws Exception {
    String query = "kind:decision_notice";
    browser.get(
        base + "/trends.html?by=provision&q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
    awaitDone("body");
    JsonNode series =
        api("/api/trends?by=provision&q=" + URLEncoder.encode(query, StandardCharsets.UTF_8))
            .get("series");
    assertTrue(series.size() >= 3, "notices from several years: " + series);
    @SuppressWarnings("unchecked")
    List<Object> labels = (List<Object>) js("return window.trendChart.data.labels");
    List<String> years = new ArrayList<>();
    series.forEach(y -> years.add(y.get("year").asText()));
    assertEquals(years, labels.stream().map(String::valueOf).toList());
    Number drawn =
        (Number)
            js(
                "return window.trendChart.data.datasets.filter(d => d.type === 'bar')"
                    + ".reduce((n, d) => n + d.data.reduce((a, b) => a + b, 0), 0)");
    int breakdown = 0;
    for (JsonNode y : series) {
      for (JsonNode n : y.get("breakdown")) {
        breakdown += n.asInt();
      }
    }
    assertTrue(breakdown > 0);
    assertEquals(breakdown, drawn.intValue(), "the bars add up to the API's breakdown");
    Number bars = (Number) js("return window.trendChart.getDatasetMeta(0).data.length");
    assertEquals(years.size(), bars.intValue(), "Chart.js laid out one bar per year");
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
    assertTrue(export.body().startsWith("# foilens export; query: \"section 12\""), export.body());
    assertNotNull(browser.findElement(By.id("export-json")).getAttribute("href"));

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
