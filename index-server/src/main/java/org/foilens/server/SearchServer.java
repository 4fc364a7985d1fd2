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
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.foilens.PipelineVersion;
import org.foilens.index.FoiQueryParser;
import org.foilens.index.FoiSearcher;
import org.foilens.index.IndexSchema;
import org.foilens.index.QueryException;
import org.foilens.index.SearchBackend;
import org.foilens.index.SearchRequest;
import org.foilens.index.SearchRules;
import org.foilens.index.SearchTimeoutException;
import org.foilens.index.Trends;
import org.foilens.index.query.QueryVocabulary;
import org.foilens.model.Json;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP server over one index, embedded Lucene or a SolrCloud collection behind a {@link
 * SearchBackend}: the JSON API described by {@code /api/openapi.json} (search, document, related
 * documents, original file, authority, trends, export, saved searches), an Atom feed per saved
 * search, and the web pages. A query that does not parse, or that expands too far, is a 400 with
 * the reason; a search past its time limit is a 503; other failures are a 500 with a short message,
 * never a stack trace. Nothing but the index, the saved searches, the pages in the jar and the
 * indexed documents' own files (unchanged since they were indexed) can be read.
 */
public final class SearchServer implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(SearchServer.class);
  private static final ObjectMapper JSON = Json.MAPPER;
  static final int DEFAULT_LIMIT = 10;
  static final int FEED_ENTRIES = 50;

  private final SearchBackend searcher;
  private final Delays delays;
  private final SavedSearches saved;
  private final OriginalFiles originals;
  private final AuthorityProfile authorities;
  private final RelatedDocuments related;
  private final Javalin app;
  private final List<String> routes = new CopyOnWriteArrayList<>();

  /** A server over an index folder whose sources are relative to the working folder. */
  public SearchServer(Path index) throws IOException {
    this(index, SearchRules.Limits.DEFAULT);
  }

  public SearchServer(Path index, SearchRules.Limits limits) throws IOException {
    this(new FoiSearcher(index, limits), index, Path.of(""));
  }

  /**
   * @param backend the index to search; closed with the server
   * @param data the folder of the saved searches ({@value SavedSearches#FILE})
   * @param files the folder the index's relative source paths are resolved against, to serve the
   *     original files
   */
  public SearchServer(SearchBackend backend, Path data, Path files) throws IOException {
    QueryVocabulary vocabulary = QueryVocabulary.standard(); // loaded now, not at the first search
    this.searcher = backend;
    this.saved = SavedSearches.load(data);
    this.originals = new OriginalFiles(files);
    this.authorities = new AuthorityProfile(backend, vocabulary.authorities());
    this.delays = new Delays(backend);
    this.related = new RelatedDocuments(backend);
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
              config.routes.get("/api/doc/{id}/related", this::related);
              config.routes.get("/api/file/{id}", this::original);
              config.routes.get("/api/authority", this::authority);
              config.routes.get("/api/vocabulary", ctx -> json(ctx, 200, FindingWords.table()));
              config.routes.get("/api/trends", this::trends);
              config.routes.get("/api/delays", this::delays);
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
    List<String> provisionPath = provisionPath(ctx);
    Set<String> more = new LinkedHashSet<>(ctx.queryParams("more"));
    for (String dim : more) {
      if (!IndexSchema.FACETS.contains(dim)) {
        error(ctx, 400, "more names a facet: one of " + IndexSchema.FACETS);
        return;
      }
    }
    SearchRequest request =
        new SearchRequest(
            ctx.queryParam("q"),
            ctx.queryParams("fq"),
            order,
            page.offset(),
            page.limit(),
            provisionPath,
            more);
    try {
      json(ctx, 200, searcher.search(request));
    } catch (QueryException e) {
      queryError(ctx, e);
    }
  }

  private static List<String> provisionPath(Context ctx) {
    String path = ctx.queryParam("provision_path");
    return path == null || path.isBlank()
        ? List.of()
        : Arrays.stream(path.split("/")).map(String::strip).toList();
  }

  private void trends(Context ctx) throws IOException {
    String q = ctx.queryParam("q");
    String by = ctx.queryParam("by") == null ? "provision" : ctx.queryParam("by");
    String format = ctx.queryParam("format") == null ? "json" : ctx.queryParam("format");
    int top = intParam(ctx, "top", SearchRules.MAX_TREND_SERIES);
    if (top < 1 || top > SearchRules.MAX_TREND_SERIES) {
      error(ctx, 400, "top must be between 1 and " + SearchRules.MAX_TREND_SERIES);
      return;
    }
    if (!format.equals("json") && !format.equals("csv")) {
      error(ctx, 400, "format must be json or csv");
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
      Trends trend = searcher.trends(q == null ? "" : q, by, top, provisionPath(ctx));
      if (format.equals("json")) {
        json(ctx, 200, trend);
        return;
      }
      StringWriter out = new StringWriter();
      TrendCsv.write(out, trend);
      ctx.contentType("text/csv; charset=utf-8");
      ctx.header("Content-Disposition", "attachment; filename=\"foilens-trend.csv\"");
      ctx.result(out.toString());
    } catch (QueryException e) {
      queryError(ctx, e);
    }
  }

  /**
   * Every matching document, streamed as CSV (header first) or JSON (provenance first); or the
   * provenance of the CSV export as a file of its own.
   */
  private void export(Context ctx) throws IOException {
    String q = ctx.queryParam("q") == null ? "" : ctx.queryParam("q");
    String format = ctx.queryParam("format") == null ? "json" : ctx.queryParam("format");
    if (!format.equals("csv") && !format.equals("json") && !format.equals("provenance")) {
      error(ctx, 400, "format must be csv, json or provenance");
      return;
    }
    try {
      searcher.check(q); // a bad query is a 400 before anything is streamed
    } catch (QueryException e) {
      queryError(ctx, e);
      return;
    }
    if (format.equals("provenance")) {
      provenance(ctx, q);
      return;
    }
    boolean csv = format.equals("csv");
    ctx.contentType(csv ? "text/csv; charset=utf-8" : "application/json");
    ctx.header("Content-Disposition", "attachment; filename=\"foilens-export." + format + "\"");
    try (Writer out =
        new BufferedWriter(new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8))) {
      ExportWriter writer = new ExportWriter(out, csv, base(ctx));
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

  /** What the CSV export of a query holds: the query, the index, and each column's meaning. */
  private void provenance(Context ctx, String q) throws IOException {
    try {
      long matching =
          searcher.search(SearchRequest.counts(q, List.of(), List.of(), Set.of())).total();
      Map<String, Object> p = new LinkedHashMap<>();
      p.put("query", q);
      p.put("read_as", FoiQueryParser.readAs(q));
      p.put("documents_in_index", searcher.documentCount());
      p.put("matching", matching);
      p.put("pipeline_version", PipelineVersion.CURRENT);
      p.put("exported", Instant.now().toString());
      p.put(
          "csv",
          base(ctx) + "/api/export?format=csv&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
      List<Map<String, String>> columns = new ArrayList<>();
      for (ExportColumns.Column c : ExportColumns.ALL) {
        Map<String, String> column = new LinkedHashMap<>();
        column.put("name", c.name());
        column.put("description", c.description());
        columns.add(column);
      }
      p.put("columns", columns);
      ctx.header("Content-Disposition", "attachment; filename=\"foilens-export-provenance.json\"");
      json(ctx, 200, p);
    } catch (QueryException e) {
      queryError(ctx, e);
    }
  }

  private static String base(Context ctx) {
    return ctx.scheme() + "://" + ctx.host();
  }

  /** The contract record of the document an id names, or null after answering 404. */
  private String documentOr404(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    String json = id.matches("[0-9a-f]{1,64}") ? searcher.documentJson(id) : null;
    if (json == null) {
      error(ctx, 404, "no document with id " + id);
    }
    return json;
  }

  private void document(Context ctx) throws IOException {
    String json = documentOr404(ctx);
    if (json != null) {
      ctx.contentType("application/json").result(json);
    }
  }

  /** The documents that share a case reference with a document. */
  private void related(Context ctx) throws IOException {
    String json = documentOr404(ctx);
    if (json == null) {
      return;
    }
    try {
      json(ctx, 200, Map.of("related", related.of(ctx.pathParam("id"), json)));
    } catch (QueryException e) {
      queryError(ctx, e);
    }
  }

  /** The original file of a document, read-only, as {@link OriginalFiles} finds it. */
  private void original(Context ctx) throws IOException {
    String json = documentOr404(ctx);
    if (json == null) {
      return;
    }
    OriginalFiles.Found f = originals.find(json);
    if (f.problem() != null) {
      error(ctx, 404, f.problem());
      return;
    }
    ctx.header("X-Content-Type-Options", "nosniff");
    if (!f.contentType().equals("application/pdf")) {
      ctx.header("Content-Security-Policy", "sandbox; default-src 'none'");
    }
    String name = f.name().replaceAll("[^A-Za-z0-9._-]", "_");
    ctx.header(
        "Content-Disposition",
        (f.inline() ? "inline" : "attachment") + "; filename=\"" + name + "\"");
    ctx.contentType(f.contentType()).result(f.bytes());
  }

  /** One authority's page: its documents, provisions, rulings, threads, times and appeals. */
  private void authority(Context ctx) throws IOException {
    String name = ctx.queryParam("name");
    if (name == null || name.isBlank()) {
      error(ctx, 400, "name the authority: /api/authority?name=Home%20Office");
      return;
    }
    try {
      AuthorityProfile.Profile p = authorities.of(name);
      if (p == null) {
        error(ctx, 404, "no document names an authority called " + name.strip());
        return;
      }
      json(ctx, 200, p);
    } catch (QueryException e) {
      queryError(ctx, e);
    }
  }

  /** Delays by year: median working days to a response, share late, days to a decision. */
  private void delays(Context ctx) throws IOException {
    String q = ctx.queryParam("q");
    String query = q == null ? "" : q.strip();
    try {
      json(ctx, 200, Map.of("query", query, "years", delays.byYear(query)));
    } catch (QueryException e) {
      queryError(ctx, e);
    }
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
