package org.foilens.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;
import org.foilens.index.FoiSearcher;
import org.foilens.index.QueryException;
import org.foilens.index.SearchResults;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP server over one index: {@code GET /api/search} (JSON hits, snippets and facets),
 * {@code GET /api/doc/{id}} (a document's contract record), {@code GET /api/trends} (counts per
 * year), {@code GET /api/export} (every match, streamed as CSV or JSON) and the search page.
 * A query that does not parse is a 400 with the parser's message; other failures are a 500 with
 * a short message, never a stack trace.
 */
public final class SearchServer implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(SearchServer.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int DEFAULT_LIMIT = 10;

  private final FoiSearcher searcher;
  private final Javalin app;

  public SearchServer(Path index) throws IOException {
    this.searcher = new FoiSearcher(index);
    this.app =
        Javalin.create(
            config -> {
              config.startup.showJavalinBanner = false;
              config.routes.get("/", this::page);
              config.routes.get("/api/search", this::search);
              config.routes.get("/api/doc/{id}", this::document);
              config.routes.get("/api/trends", this::trends);
              config.routes.get("/api/export", this::export);
            });
  }

  /** Starts listening; returns the port (useful when asked for port 0). */
  public int start(String host, int port) {
    app.start(host, port);
    return app.port();
  }

  private void page(Context ctx) throws IOException {
    try (InputStream in = SearchServer.class.getResourceAsStream("/web/index.html")) {
      if (in == null) {
        throw new IOException("the search page is missing from the server's jar");
      }
      ctx.contentType("text/html; charset=utf-8").result(in.readAllBytes());
    }
  }

  private void search(Context ctx) {
    String q = ctx.queryParam("q");
    int limit = intParam(ctx, "limit", DEFAULT_LIMIT);
    int offset = intParam(ctx, "offset", 0);
    if (limit < 0 || offset < 0 || offset > 10_000) {
      error(ctx, 400, "limit and offset must be between 0 and " + FoiSearcher.MAX_PAGE + " and 0 and 10000");
      return;
    }
    try {
      SearchResults results = searcher.search(q == null ? "" : q, limit, offset);
      json(ctx, 200, results);
    } catch (QueryException e) {
      error(ctx, 400, "cannot parse the query: " + e.getMessage());
    } catch (IOException | RuntimeException e) {
      LOG.error("search failed for q={}", q, e);
      error(ctx, 500, "search failed: " + e.getClass().getSimpleName());
    }
  }

  private void trends(Context ctx) {
    String q = ctx.queryParam("q");
    String by = ctx.queryParam("by") == null ? "provision" : ctx.queryParam("by");
    int top = intParam(ctx, "top", 10);
    if (top < 1 || top > 50) {
      error(ctx, 400, "top must be between 1 and 50");
      return;
    }
    if (!FoiSearcher.TREND_DIMENSIONS.contains(by)) {
      error(ctx, 400, "cannot break down by '" + by + "': use one of " + FoiSearcher.TREND_DIMENSIONS);
      return;
    }
    try {
      json(ctx, 200, searcher.trends(q == null ? "" : q, by, top));
    } catch (QueryException e) {
      error(ctx, 400, "cannot parse the query: " + e.getMessage());
    } catch (IOException | RuntimeException e) {
      LOG.error("trends failed for q={}", q, e);
      error(ctx, 500, "trends failed: " + e.getClass().getSimpleName());
    }
  }

  /** Every matching document, streamed as CSV or JSON with the query and index as provenance. */
  private void export(Context ctx) {
    String q = ctx.queryParam("q") == null ? "" : ctx.queryParam("q");
    String format = ctx.queryParam("format") == null ? "json" : ctx.queryParam("format");
    if (!format.equals("csv") && !format.equals("json")) {
      error(ctx, 400, "format must be csv or json");
      return;
    }
    try {
      searcher.parse(q); // a bad query is a 400 before anything is streamed
    } catch (QueryException e) {
      error(ctx, 400, "cannot parse the query: " + e.getMessage());
      return;
    }
    boolean csv = format.equals("csv");
    ctx.contentType(csv ? "text/csv; charset=utf-8" : "application/json");
    ctx.header("Content-Disposition", "attachment; filename=\"foilens-export." + format + "\"");
    try (java.io.Writer out =
        new java.io.BufferedWriter(new java.io.OutputStreamWriter(ctx.outputStream(), java.nio.charset.StandardCharsets.UTF_8))) {
      ExportWriter writer = new ExportWriter(out, csv);
      writer.begin(q, searcher.documentCount(), org.foilens.Pipeline.VERSION);
      long n = searcher.forEachMatch(q, writer::document);
      writer.end(n);
    } catch (QueryException | IOException | RuntimeException e) {
      LOG.error("export failed for q={}", q, e); // the response has begun: it ends short, and the log says why
    }
  }

  private void document(Context ctx) {
    try {
      String json = searcher.documentJson(ctx.pathParam("id"));
      if (json == null) {
        error(ctx, 404, "no document with id " + ctx.pathParam("id"));
        return;
      }
      ctx.contentType("application/json").result(json);
    } catch (IOException | RuntimeException e) {
      LOG.error("document lookup failed", e);
      error(ctx, 500, "document lookup failed: " + e.getClass().getSimpleName());
    }
  }

  private static int intParam(Context ctx, String name, int fallback) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) {
      return fallback;
    }
    try {
      return Integer.parseInt(v.strip());
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static void error(Context ctx, int status, String message) {
    json(ctx, status, Map.of("error", message));
  }

  private static void json(Context ctx, int status, Object value) {
    try {
      ctx.status(status).contentType("application/json").result(JSON.writeValueAsString(value));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      ctx.status(500).result("{\"error\":\"cannot write JSON\"}");
    }
  }

  @Override
  public void close() throws IOException {
    app.stop();
    searcher.close();
  }
}
