package org.foilens.fetch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Consumer;
import org.foilens.model.IcoListing;
import org.foilens.model.Json;
import org.foilens.source.IcoSidecar;

/**
 * {@code foilens fetch ico}: pages through the ICO's decision-notice search newest first, and for
 * each notice on or after {@code since} downloads its PDF ({@code CASE-REF.pdf}) and writes its
 * listing beside it ({@code CASE-REF.ico.json}).
 *
 * <p>The search is {@code POST BASE/api/search} with {@code {"filters": [], "pageNumber": N,
 * "order": "newest", "rootPageId": 13635, "term": ""}}, answered with {@code {"results": [...],
 * "pagination": {"totalResults": T, "totalPages": P}}} (see {@link IcoListingReader} for a result).
 * That is how the public listing at /action-weve-taken/decision-notices/ loads its pages; it is not
 * a documented API, so the base URL and the root page id are options.
 *
 * <p>Paging stops at the last page, or after the first page on which no notice is on or after
 * {@code since}: the order is by publication, which may differ from the notice's own date by a
 * little, so one page past the boundary is read before stopping. The sidecar is written before the
 * downloaded PDF takes its name, so a PDF is never there without its listing. A notice whose PDF
 * and sidecar are both here is skipped; a PDF without its sidecar gets the sidecar only.
 */
public final class IcoFetcher {

  /** The CMS node of the decision-notice listing, as the public site's search sends it. */
  public static final int DEFAULT_ROOT_PAGE_ID = 13635;

  private static final ObjectMapper JSON = Json.MAPPER;

  private final PoliteHttpClient http;
  private final URI base;
  private final int rootPageId;
  private final Consumer<String> progress;

  public IcoFetcher(PoliteHttpClient http, URI base, int rootPageId, Consumer<String> progress) {
    this.http = http;
    this.base = base.toString().endsWith("/") ? base : URI.create(base + "/");
    this.rootPageId = rootPageId;
    this.progress = progress;
  }

  /**
   * Fetches into {@code out} every notice listed on or after {@code since} (all when null), at most
   * {@code limit} new ones (no limit when 0).
   */
  public FetchReport fetch(LocalDate since, Path out, int limit) throws IOException {
    Files.createDirectories(out);
    FetchLedger ledger = new FetchLedger(out);
    int fetched = 0;
    int here = 0;
    int pages = 0;
    String stoppedBy = "end";
    try {
      for (int page = 1; ; page++) {
        JsonNode answer = searchPage(page);
        pages++;
        JsonNode results = answer.path("results");
        int totalPages = answer.path("pagination").path("totalPages").asInt(0);
        if (!results.isArray() || results.isEmpty()) {
          break;
        }
        progress.accept(
            "ico: page "
                + page
                + (totalPages > 0 ? " of " + totalPages : "")
                + ", "
                + results.size()
                + " notices");
        int inRange = 0;
        for (JsonNode item : results) {
          IcoListing listing = IcoListingReader.read(item, base);
          if (since != null && listing.date() != null && listing.date().isBefore(since)) {
            continue;
          }
          inRange++;
          if (limit > 0 && fetched >= limit) {
            stoppedBy = "limit";
            break;
          }
          switch (one(item, listing, out, ledger)) {
            case FETCHED -> fetched++;
            case ALREADY_HERE -> here++;
            case FAILED -> {}
          }
        }
        if ("limit".equals(stoppedBy)) {
          break;
        }
        if (since != null && inRange == 0) {
          stoppedBy = "since";
          break;
        }
        if (totalPages > 0 && page >= totalPages) {
          break;
        }
      }
    } finally {
      ledger.write();
    }
    return new FetchReport(
        fetched,
        here,
        ledger.entries().size(),
        pages,
        http.requests(),
        http.retries(),
        stoppedBy,
        ledger.file(),
        ledger.entries());
  }

  private enum Result {
    FETCHED,
    ALREADY_HERE,
    FAILED
  }

  private JsonNode searchPage(int page) throws IOException {
    ObjectNode body = JSON.createObjectNode();
    body.putArray("filters");
    body.put("pageNumber", page);
    body.put("order", "newest");
    body.put("rootPageId", rootPageId);
    body.put("term", "");
    URI uri = base.resolve("api/search");
    String answer;
    try {
      answer = http.postJson(uri, JSON.writeValueAsString(body));
    } catch (IOException e) {
      throw new IOException(
          "cannot read page " + page + " of the ICO's listing: " + e.getMessage(), e);
    }
    try {
      return JSON.readTree(answer);
    } catch (IOException e) {
      throw new IOException(
          "page "
              + page
              + " of the ICO's listing is not JSON ("
              + uri
              + "); has the site changed? "
              + e.getMessage(),
          e);
    }
  }

  private Result one(JsonNode item, IcoListing listing, Path out, FetchLedger ledger) {
    String name =
        listing.caseRef() != null ? listing.caseRef() : "ico-" + item.path("id").asText("unknown");
    Path pdf = out.resolve(name + ".pdf");
    Path sidecar = IcoSidecar.of(pdf);
    if (Files.exists(pdf) && Files.exists(sidecar)) {
      progress.accept("  " + name + ": already here");
      return Result.ALREADY_HERE;
    }
    if (listing.url() == null) {
      ledger.add(name, null, new IOException("the listing gives no address for the notice"));
      progress.accept("  " + name + ": FAILED, the listing gives no address for the notice");
      return Result.FAILED;
    }
    URI page = URI.create(listing.url());
    URI current = page;
    try {
      URI pdfUri = IcoNoticePage.pdfLink(http.get(page, "text/html"), page);
      if (pdfUri == null) {
        throw new IOException("no PDF linked from " + page);
      }
      current = pdfUri;
      IcoListing complete =
          new IcoListing(
              listing.caseRef(),
              listing.authority(),
              listing.date(),
              listing.sector(),
              listing.decisions(),
              listing.url(),
              pdfUri.toString());
      String json = sidecarJson(complete, item);
      long size;
      if (Files.exists(pdf)) {
        size = Files.size(pdf);
        AtomicFiles.writeString(sidecar, json);
      } else {
        // the sidecar first: a PDF is never there without its listing for ingest to read
        size = http.download(pdfUri, pdf, "%PDF-", () -> AtomicFiles.writeString(sidecar, json));
      }
      progress.accept(
          String.format(
              Locale.ROOT,
              "  %s: %s, %s, %d KB",
              name,
              listing.date(),
              listing.authority(),
              (size + 1023) / 1024));
      return Result.FETCHED;
    } catch (IOException e) {
      ledger.add(name, current.toString(), e);
      progress.accept("  " + name + ": FAILED, " + e.getMessage());
      return Result.FAILED;
    }
  }

  /** The sidecar: the listing as read, when it was fetched, and the search result as published. */
  private static String sidecarJson(IcoListing listing, JsonNode item) throws IOException {
    ObjectNode node = JSON.valueToTree(listing);
    node.put("summary", item.path("description").asText(null));
    node.put("fetched_at", Instant.now().toString());
    node.set("listing_item", item);
    return Json.PRETTY.writeValueAsString(node) + "\n";
  }
}
