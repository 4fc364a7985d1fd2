package org.foilens.fetch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.foilens.TestData;
import org.foilens.corpus.NoticePdfWriter;
import org.foilens.corpus.NoticeSource;
import org.foilens.model.Json;

/**
 * Routes that answer like the ICO's site and an Alaveteli site, from the fixtures under {@code
 * src/test/resources/fetch/} (written for these tests in those services' shapes) and PDFs rendered
 * from the corpus's own notice sources.
 */
final class Fixtures {

  /**
   * The notices the ICO fixtures list, newest first, that have a PDF (one more has none: a 404).
   */
  static final List<String> ICO_SLUGS =
      List.of(
          "ic-341288-f5w7",
          "ic-287903-r9c2",
          "ic-229516-y4h1",
          "ic-158342-m2d5",
          "ic-101874-t6q8",
          "fer0801536",
          "fs50674411",
          "fs50612047",
          "fs50528314",
          "fer0287412");

  private static final ObjectMapper JSON = Json.MAPPER;
  private static final Pattern NOTICE_PAGE =
      Pattern.compile("^/action-weve-taken/decision-notices/\\d{4}/\\d{2}/([a-z0-9-]+)/$");
  private static final Pattern NOTICE_PDF =
      Pattern.compile("^/media/action-weve-taken/decision-notices/\\d{4}/\\d+/([a-z0-9-]+)\\.pdf$");
  private static final Pattern ATTACHMENT =
      Pattern.compile("^/request/\\d+/response/\\d+/attach/\\d+/([^/]+)$");

  private Fixtures() {}

  /** Renders the listed notices from {@code corpus/notices/src} into {@code dir}. */
  static void renderNotices(Path dir) throws IOException {
    NoticePdfWriter writer = new NoticePdfWriter();
    Path src = TestData.root().resolve("corpus/notices/src");
    for (String slug : ICO_SLUGS) {
      String text = Files.readString(src.resolve(slug + ".notice.txt"), StandardCharsets.UTF_8);
      writer.write(NoticeSource.parse(slug, text), dir.resolve(slug + ".pdf"));
    }
  }

  /** The path a notice's PDF has in the fixtures, for faults. */
  static String pdfPath(String slug) throws IOException {
    for (int page = 1; page <= 4; page++) {
      for (JsonNode r :
          JSON.readTree(FixtureServer.resource("ico/search-" + page + ".json")).path("results")) {
        if (r.path("url").asText().contains("/" + slug + "/")) {
          String html =
              new String(
                  FixtureServer.resource("ico/pages/" + slug + ".html"), StandardCharsets.UTF_8);
          Matcher m = Pattern.compile("x-href=\"(/media/[^\"]+)\"").matcher(html);
          if (m.find()) {
            return m.group(1);
          }
        }
      }
    }
    throw new IllegalArgumentException("no fixture PDF for " + slug);
  }

  /** The ICO: its search API, notice pages and PDFs. */
  static FixtureServer.Routes ico(Path pdfs) {
    return (method, uri, body) -> {
      String path = uri.getPath();
      if (path.equals("/api/search")) {
        if (!method.equals("POST")) {
          return new FixtureServer.Answer(405, "text/plain", new byte[0], null);
        }
        JsonNode q = JSON.readTree(body);
        if (q.path("rootPageId").asInt() != IcoFetcher.DEFAULT_ROOT_PAGE_ID
            || !"newest".equals(q.path("order").asText())
            || !q.path("filters").isArray()) {
          return new FixtureServer.Answer(
              400, "text/plain", "bad search".getBytes(StandardCharsets.UTF_8), null);
        }
        byte[] page =
            FixtureServer.resource("ico/search-" + q.path("pageNumber").asInt() + ".json");
        return FixtureServer.Answer.ok(
            "application/json",
            page != null
                ? page
                : "{\"results\":[],\"pagination\":{\"totalResults\":11,\"totalPages\":4}}"
                    .getBytes(StandardCharsets.UTF_8));
      }
      Matcher m = NOTICE_PAGE.matcher(path);
      if (m.matches()) {
        byte[] html = FixtureServer.resource("ico/pages/" + m.group(1) + ".html");
        return html == null ? null : FixtureServer.Answer.ok("text/html; charset=utf-8", html);
      }
      m = NOTICE_PDF.matcher(path);
      if (m.matches()) {
        byte[] pdf = FixtureServer.file(pdfs.resolve(m.group(1) + ".pdf"));
        return pdf == null ? null : FixtureServer.Answer.ok("application/pdf", pdf);
      }
      return null;
    };
  }

  /**
   * An Alaveteli site: request JSON and pages, attachments, an authority, its feed and its list.
   */
  static FixtureServer.Routes wdtk() {
    return (method, uri, body) -> {
      String path = uri.getPath();
      byte[] found = null;
      String type = "application/json";
      Matcher m = ATTACHMENT.matcher(path);
      if (m.matches()) {
        found =
            FixtureServer.resource(
                "wdtk/attach/" + URLDecoder.decode(m.group(1), StandardCharsets.UTF_8));
        type = "application/octet-stream";
      } else if (path.startsWith("/request/") && path.endsWith(".json")) {
        found = FixtureServer.resource("wdtk" + path);
      } else if (path.startsWith("/request/")) {
        found = FixtureServer.resource("wdtk" + path + ".html");
        type = "text/html; charset=utf-8";
      } else if (path.startsWith("/body/") && path.endsWith(".json")
          || path.startsWith("/feed/body/")) {
        found = FixtureServer.resource("wdtk" + path);
      } else if (path.startsWith("/body/")
          && uri.getQuery() != null
          && uri.getQuery().startsWith("page=")) {
        found =
            FixtureServer.resource(
                "wdtk" + path + ".page-" + uri.getQuery().substring(5) + ".html");
        type = "text/html; charset=utf-8";
      }
      return found == null ? null : FixtureServer.Answer.ok(type, found);
    };
  }

  /** A polite client that does not slow the tests: 200 requests a second, short backoffs. */
  static PoliteHttpClient client(int retries, List<String> notices) {
    return new PoliteHttpClient(
        new Politeness(
            200,
            retries,
            Duration.ofMillis(20),
            Duration.ofMillis(200),
            "foilens-test/1 (fixtures)"),
        notices::add);
  }

  static List<String> lines() {
    return new ArrayList<>();
  }
}
