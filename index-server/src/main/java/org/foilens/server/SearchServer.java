package org.foilens.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.staticfiles.Location;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.foilens.PipelineVersion;
import org.foilens.index.FoiSearcher;
import org.foilens.index.QueryException;
import org.foilens.index.SearchBackend;
import org.foilens.index.SearchRequest;
import org.foilens.index.SearchRules;
import org.foilens.index.SearchTimeoutException;
import org.foilens.model.Json;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP server over one index, embedded Lucene or a SolrCloud collection behind a {@link
 * SearchBackend}: the JSON API described by {@code /api/openapi.json} (search, document, trends,
 * export, saved searches), an Atom feed per saved search, and the web pages. A query that does not
 * parse, or that expands too far, is a 400 with the reason; a search past its time limit is a 503;
 * other failures are a 500 with a short message, never a stack trace. Nothing but the index, the
 * saved searches and the pages in the jar can be read.
 */
public final class SearchServer implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(SearchServer.class);
  private static final ObjectMapper JSON = Json.MAPPER;
  static final int DEFAULT_LIMIT = 10;
  static final int FEED_ENTRIES = 50;

  private final SearchBackend searcher;
  private final SavedSearches saved;
  private final Javalin app;

  public SearchServer(Path index) throws IOException {
    this(index, SearchRules.Limits.DEFAULT);
  }

  public SearchServer(Path index, SearchRules.Limits limits) throws IOException {
    this(new FoiSearcher(index, limits), index);
  }

  /**
   * @param backend the index to search; closed with the server
   * @param data the folder of the saved searches ({@value SavedSearches#FILE})
   */
  private final List<String> routes = new CopyOnWriteArrayList<>();

  public SearchServer(SearchBackend backend, Path data) throws IOException {
    this.searcher = backend;
    this.saved = SavedSearches.load(data);
    this.app =
        Javalin.create(
            config -> {
              config.startup.showJavalinBanner = false;
              config.events.handlerAdded(
                  h -> {
                    if (h.getHttpMethod() != HandlerType.HEAD) {
                      routes.add(h.getHttpMethod().name() + " " + h.getPath());
                    }
                  });
              config.staticFiles.add("/web", Location.CLASSPATH);
              config.staticFiles.enableWebjars();
              config.routes.get("/api/search", this::search);
              config.routes.get("/api/doc/{id}", this::document);
              config.routes.get("/api/trends", this::trends);
              config.routes.get("/api/export", this::export);
              config.routes.get("/api/saved", this::listSaved);
              config.routes.post("/api/saved", this::save);
              config.routes.get("/api/openapi.json", this::openApi);
              config.routes.get("/feeds/{id}.atom", this::feed);
              config.routes.exception(
                  Exception.class,
                  (e, ctx) -> {
                    LOG.error(
                        "{} {} failed: {}",
                        ctx.method(),
                        ctx.path(),
                        e.toString(),
                        e); // the log pattern leaves out stack traces
                    error(ctx, 500, "the server failed: " + e.getClass().getSimpleName());
                  });
            });
  }

  /** Starts listening; returns the port (useful when asked for port 0). */
  public int start(String host, int port) {
    app.start(host, port);
    return app.port();
  }

  /** Method and path of every route the server answers, as Javalin reported adding them. */
  List<String> routes() {
    return List.copyOf(routes);
  }

  private void search(Context ctx) throws IOException {
    Page page = Page.of(ctx);
    if (page.error() != null) {
      error(ctx, 400, page.error());
      return;
    }
    String sort = ctx.queryParam("sort") == null ? "relevance" : ctx.queryParam("sort");
    SearchRequest.Order order = SearchRequest.Order.of(sort);
    if (order == null) {
      error(ctx, 400, "sort must be relevance, date (newest first) or date_asc");
      return;
    }
    String path = ctx.queryParam("provision_path");
    List<String> provisionPath =
        path == null || path.isBlank()
            ? List.of()
            : Arrays.stream(path.split("/")).map(String::strip).toList();
    SearchRequest request =
        new SearchRequest(
            ctx.queryParam("q"),
            ctx.queryParams("fq"),
            order,
            page.offset(),
            page.limit(),
            provisionPath);
    try {
      json(ctx, 200, searcher.search(request));
    } catch (QueryException e) {
      queryError(ctx, e);
    }
  }

  private void trends(Context ctx) throws IOException {
    String q = ctx.queryParam("q");
    String by = ctx.queryParam("by") == null ? "provision" : ctx.queryParam("by");
    int top = intParam(ctx, "top", 10);
    if (top < 1 || top > 50) {
      error(ctx, 400, "top must be between 1 and 50");
      return;
    }
    if (!SearchBackend.TREND_DIMENSIONS.contains(by)) {
      error(
          ctx,
          400,
          "cannot break down by '" + by + "': use one of " + SearchBackend.TREND_DIMENSIONS);
      return;
    }
    try {
      json(ctx, 200, searcher.trends(q == null ? "" : q, by, top));
    } catch (QueryException e) {
      queryError(ctx, e);
    }
  }

  /** Every matching document, streamed as CSV or JSON with the query and index as provenance. */
  private void export(Context ctx) throws IOException {
    String q = ctx.queryParam("q") == null ? "" : ctx.queryParam("q");
    String format = ctx.queryParam("format") == null ? "json" : ctx.queryParam("format");
    if (!format.equals("csv") && !format.equals("json")) {
      error(ctx, 400, "format must be csv or json");
      return;
    }
    try {
      searcher.check(q); // a bad query is a 400 before anything is streamed
    } catch (QueryException e) {
      queryError(ctx, e);
      return;
    }
    boolean csv = format.equals("csv");
    ctx.contentType(csv ? "text/csv; charset=utf-8" : "application/json");
    ctx.header("Content-Disposition", "attachment; filename=\"foilens-export." + format + "\"");
    try (Writer out =
        new BufferedWriter(new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8))) {
      ExportWriter writer = new ExportWriter(out, csv);
      writer.begin(q, searcher.documentCount(), PipelineVersion.CURRENT);
      long n = searcher.forEachMatch(q, writer::document);
      writer.end(n);
    } catch (QueryException | IOException | RuntimeException e) {
      LOG.error(
          "export failed for q={}",
          q,
          e); // the response has begun: it ends short, and the log says why
    }
  }

  private void document(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    String json = id.matches("[0-9a-f]{1,64}") ? searcher.documentJson(id) : null;
    if (json == null) {
      error(ctx, 404, "no document with id " + id);
      return;
    }
    ctx.contentType("application/json").result(json);
  }

  private void listSaved(Context ctx) {
    json(ctx, 200, Map.of("saved", saved.all()));
  }

  /** Saves a search given as JSON {@code {"name": …, "q": …}} or as form fields. */
  private void save(Context ctx) throws IOException {
    String name;
    String q;
    if (ctx.contentType() != null && ctx.contentType().startsWith("application/json")) {
      JsonNode body;
      try {
        body = JSON.readTree(ctx.body());
      } catch (JsonProcessingException e) {
        error(ctx, 400, "the body is not JSON: " + e.getOriginalMessage());
        return;
      }
      name = body == null ? null : body.path("name").asText(null);
      q = body == null ? null : body.path("q").asText(null);
    } else {
      name = ctx.formParam("name");
      q = ctx.formParam("q");
    }
    if (q == null || q.isBlank()) {
      error(ctx, 400, "a saved search needs a query (q)");
      return;
    }
    name = name == null || name.isBlank() ? q.strip() : name.strip();
    if (name.length() > SavedSearches.MAX_NAME_CHARS) {
      error(ctx, 400, "the name is longer than " + SavedSearches.MAX_NAME_CHARS + " characters");
      return;
    }
    try {
      searcher.check(q);
    } catch (QueryException e) {
      queryError(ctx, e);
      return;
    }
    try {
      SavedSearches.Saved s = saved.add(name, q.strip());
      Map<String, String> created = new LinkedHashMap<>();
      created.put("id", s.id());
      created.put("name", s.name());
      created.put("query", s.query());
      created.put("created", s.created());
      created.put("feed", "/feeds/" + s.id() + ".atom");
      json(ctx, 201, created);
    } catch (IllegalStateException e) {
      error(ctx, 409, e.getMessage());
    }
  }

  /** The Atom feed of a saved search: the newest ingested documents it finds. */
  private void feed(Context ctx) throws Exception {
    SavedSearches.Saved s = saved.get(ctx.pathParam("id"));
    if (s == null) {
      error(ctx, 404, "no saved search with id " + ctx.pathParam("id"));
      return;
    }
    try {
      var hits = searcher.newest(s.query(), FEED_ENTRIES);
      StringWriter out = new StringWriter();
      AtomFeed.write(out, s, hits, ctx.scheme() + "://" + ctx.host());
      ctx.contentType("application/atom+xml; charset=utf-8").result(out.toString());
    } catch (QueryException e) {
      queryError(ctx, e);
    }
  }

  private void openApi(Context ctx) throws IOException {
    try (InputStream in = SearchServer.class.getResourceAsStream("/openapi.json")) {
      if (in == null) {
        throw new IOException("openapi.json is missing from the server's jar");
      }
      ctx.contentType("application/json").result(in.readAllBytes());
    }
  }

  /** A page given as offset and limit, or as page (from 1) and size. */
  record Page(int offset, int limit, String error) {
    static Page of(Context ctx) {
      boolean paged = ctx.queryParam("page") != null || ctx.queryParam("size") != null;
      boolean offsets = ctx.queryParam("offset") != null || ctx.queryParam("limit") != null;
      if (paged && offsets) {
        return new Page(0, 0, "give either page and size or offset and limit, not both");
      }
      int limit =
          Math.min(intParam(ctx, paged ? "size" : "limit", DEFAULT_LIMIT), SearchRules.MAX_PAGE);
      if (limit < 0) {
        return new Page(
            0,
            0,
            (paged ? "size" : "limit") + " must be a number from 0 to " + SearchRules.MAX_PAGE);
      }
      long offset;
      if (paged) {
        int page = intParam(ctx, "page", 1);
        if (page < 1) {
          return new Page(0, 0, "page must be a number from 1");
        }
        offset = (long) (page - 1) * limit;
      } else {
        offset = intParam(ctx, "offset", 0);
      }
      if (offset < 0 || offset > SearchRules.MAX_OFFSET) {
        return new Page(
            0,
            0,
            "results can be paged up to the " + SearchRules.MAX_OFFSET + "th; narrow the query");
      }
      return new Page((int) offset, limit, null);
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

  private static void queryError(Context ctx, QueryException e) {
    if (e instanceof SearchTimeoutException) {
      error(ctx, 503, e.getMessage());
    } else {
      error(ctx, 400, "cannot parse the query: " + e.getMessage());
    }
  }

  private static void error(Context ctx, int status, String message) {
    json(ctx, status, Map.of("error", message));
  }

  private static void json(Context ctx, int status, Object value) {
    try {
      ctx.status(status).contentType("application/json").result(JSON.writeValueAsString(value));
    } catch (JsonProcessingException e) {
      ctx.status(500).result("{\"error\":\"cannot write JSON\"}");
    }
  }

  @Override
  public void close() throws IOException {
    app.stop();
    searcher.close();
  }
}
