package org.foilens.solr;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.lucene.search.Query;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.request.json.DirectJsonQueryRequest;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrException;
import org.foilens.index.FoiQueryParser;
import org.foilens.index.FoiSearcher;
import org.foilens.index.IndexSchema;
import org.foilens.index.QueryException;
import org.foilens.index.SearchBackend;
import org.foilens.index.SearchRequest;
import org.foilens.index.SearchResults;
import org.foilens.index.SearchRules;
import org.foilens.index.SearchTimeoutException;
import org.foilens.index.TrendPlan;
import org.foilens.index.Trends;

/**
 * Searches a SolrCloud collection written by {@code foilens ingest --solr} and answers as {@link
 * FoiSearcher} does over an embedded index: the same documents, totals, facet counts, trends and
 * date orders for the same query (relevance scores and snippets may differ: Solr scores across
 * shards and highlights with its own settings). Queries are parsed by {@link FoiQueryParser} and
 * translated by {@link SolrQueryTranslator}; each request carries the time limit as {@code
 * timeAllowed}, and a partial answer is a {@link SearchTimeoutException}. Thread-safe.
 */
public final class SolrSearchBackend implements SearchBackend {

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final String HIT_FIELDS =
      "uid,id,source,kind_facet,title,date,authority_facet,sector_facet,outcome_facet,status_facet,ingested";

  private final SolrNodes solr;
  private final String collection;
  private final SearchRules.Limits limits;

  /**
   * @throws IOException when no node answers or the collection does not exist, with a message that
   *     says which
   */
  public SolrSearchBackend(SolrNodes solr, String collection, SearchRules.Limits limits)
      throws IOException {
    this.solr = solr;
    this.collection = collection;
    this.limits = limits;
    documentCount(); // fails now, with a clear message, rather than at the first search
  }

  @Override
  public SearchResults search(SearchRequest request) throws QueryException, IOException {
    Query parsed = FoiQueryParser.parseQuery(request.query());
    SearchRules.Page page = SearchRules.Page.of(request);
    int size = page.size();
    int offset = page.offset();
    ObjectNode body = body(documents(parsed, filters(request.filters())));
    body.put("offset", offset);
    body.put("limit", size);
    body.put("sort", sort(request.order()));
    body.put("fields", HIT_FIELDS + ",score");
    body.set("facet", SolrFacets.request(request.provisionPath(), request.fullFacets()));
    String highlight = SolrQueryTranslator.highlightQuery(parsed);
    highlight((ObjectNode) body.get("params"), highlight == null ? "*:*" : highlight, 3, true);
    QueryResponse r = run(body);
    Map<String, Map<String, List<String>>> snippets = r.getHighlighting();
    List<SearchResults.Hit> hits = new ArrayList<>();
    for (SolrDocument d : r.getResults()) {
      List<String> text =
          snippets == null
              ? null
              : snippets.getOrDefault(text(d, "uid"), Map.of()).get(IndexSchema.BODY);
      List<String> docSnippets =
          text == null || text.isEmpty() ? List.of() : List.of(oneLine(text.get(0)));
      float score = ((Number) d.getFirstValue("score")).floatValue();
      hits.add(
          hit(
              d,
              score,
              docSnippets,
              highlight == null ? List.of() : paragraphs(parsed, highlight, text(d, "id"))));
    }
    return SearchResults.of(
        request,
        r.getResults().getNumFound(),
        offset,
        size,
        hits,
        SolrFacets.facets(
            r.getJsonFacetingResponse(), request.provisionPath(), request.fullFacets()));
  }

  private static List<Query> filters(List<String> filters) throws QueryException {
    List<Query> out = new ArrayList<>();
    for (String f : filters) {
      if (f != null && !f.isBlank()) {
        out.add(FoiQueryParser.parseFilter(f));
      }
    }
    return out;
  }

  /** Undated documents last in either date order, as embedded. */
  private static String sort(SearchRequest.Order order) {
    return switch (order) {
      case RELEVANCE -> "score desc";
      case NEWEST -> "def(" + IndexSchema.DATE_DAYS + "," + Integer.MIN_VALUE + ") desc,score desc";
      case OLDEST -> "def(" + IndexSchema.DATE_DAYS + "," + Integer.MAX_VALUE + ") asc,score desc";
    };
  }

  /**
   * The paragraphs of one document that the query's words occur in, best first, with their part,
   * number and highlighted text.
   */
  private List<SearchResults.ParagraphHit> paragraphs(Query parsed, String highlight, String id)
      throws QueryException, IOException {
    ObjectNode body =
        body(
            SolrQueryTranslator.only(
                SolrQueryTranslator.translate(parsed),
                ofTypeAndId(IndexSchema.PARAGRAPH_TYPE, id)));
    body.put("limit", SearchRules.PARAGRAPHS_PER_HIT * 2);
    body.put("sort", "score desc");
    body.put("fields", "uid," + IndexSchema.PART + "," + IndexSchema.PARAGRAPH);
    highlight((ObjectNode) body.get("params"), highlight, 2, false);
    QueryResponse r = run(body);
    List<SearchResults.ParagraphHit> out = new ArrayList<>();
    for (SolrDocument d : r.getResults()) {
      List<String> text =
          r.getHighlighting() == null
              ? null
              : r.getHighlighting().getOrDefault(text(d, "uid"), Map.of()).get(IndexSchema.BODY);
      if (text == null || text.isEmpty()) {
        continue; // it matched on a filter field only, not on its words
      }
      out.add(
          new SearchResults.ParagraphHit(
              text(d, IndexSchema.PART),
              ((Number) d.getFirstValue(IndexSchema.PARAGRAPH)).intValue(),
              oneLine(text.get(0))));
      if (out.size() == SearchRules.PARAGRAPHS_PER_HIT) {
        break;
      }
    }
    return out;
  }

  /** Solr's unified highlighter on the body: matches in mark, all other text HTML-escaped. */
  private static void highlight(
      ObjectNode params, String query, int passages, boolean summaryWithoutMatch) {
    params.put("hl", true);
    params.put("hl.method", "unified");
    params.put("hl.fl", IndexSchema.BODY);
    params.put("hl.q", query);
    params.put("hl.requireFieldMatch", true);
    params.put("hl.snippets", passages);
    params.put("hl.fragsize", 0);
    params.put("hl.tag.pre", "<mark>");
    params.put("hl.tag.post", "</mark>");
    params.put("hl.tag.ellipsis", " … ");
    params.put("hl.encoder", "html");
    params.put("hl.maxAnalyzedChars", 2_000_000);
    params.put("hl.defaultSummary", summaryWithoutMatch);
  }

  @Override
  public List<SearchResults.Hit> newest(String query, int limit)
      throws QueryException, IOException {
    ObjectNode body = body(documents(FoiQueryParser.parseQuery(query), List.of()));
    body.put("limit", SearchRules.feedSize(limit));
    body.put("sort", "def(" + IndexSchema.INGESTED + ",0) desc,uid asc"); // never ingested: last
    body.put("fields", HIT_FIELDS);
    List<SearchResults.Hit> out = new ArrayList<>();
    for (SolrDocument d : run(body).getResults()) {
      out.add(hit(d, Float.NaN, List.of(), List.of()));
    }
    return out;
  }

  private static SearchResults.Hit hit(
      SolrDocument d,
      float score,
      List<String> snippets,
      List<SearchResults.ParagraphHit> paragraphs) {
    Object ingested = d.getFirstValue(IndexSchema.INGESTED);
    return new SearchResults.Hit(
        text(d, IndexSchema.ID),
        text(d, IndexSchema.SOURCE),
        text(d, "kind_facet"),
        text(d, IndexSchema.TITLE),
        text(d, IndexSchema.DATE),
        text(d, "authority_facet"),
        text(d, "sector_facet"),
        text(d, "outcome_facet"),
        text(d, "status_facet"),
        ingested == null ? null : Instant.ofEpochMilli(((Number) ingested).longValue()).toString(),
        score,
        snippets,
        paragraphs);
  }

  @Override
  public void check(String query) throws QueryException, IOException {
    documents(FoiQueryParser.parseQuery(query), List.of());
  }

  /**
   * The documents a query finds within the filters, as Solr's query; refused as embedded when a
   * wildcard, prefix, range or regular expression expands too far.
   */
  private ObjectNode documents(Query parsed, List<Query> filters)
      throws QueryException, IOException {
    ObjectNode documents = SolrQueryTranslator.documents(parsed, filters);
    SolrExpansionLimit.check(solr, collection, parsed, limits.maxExpansions());
    for (Query f : filters) {
      SolrExpansionLimit.check(solr, collection, f, limits.maxExpansions());
    }
    return documents;
  }

  /** Every matching document's contract JSON, a page at a time along a cursor over uid. */
  @Override
  public long forEachMatch(String query, Consumer<String> consumer)
      throws QueryException, IOException {
    ObjectNode documents = documents(FoiQueryParser.parseQuery(query), List.of());
    long n = 0;
    String cursor = "*";
    while (true) {
      ObjectNode body = body(documents);
      body.put("limit", SearchRules.EXPORT_BATCH);
      body.put("sort", "uid asc");
      body.put("fields", IndexSchema.JSON);
      ((ObjectNode) body.get("params")).put("cursorMark", cursor);
      QueryResponse r = run(body);
      for (SolrDocument d : r.getResults()) {
        consumer.accept(text(d, IndexSchema.JSON));
        n++;
      }
      if (r.getNextCursorMark() == null || r.getNextCursorMark().equals(cursor)) {
        return n;
      }
      cursor = r.getNextCursorMark();
    }
  }

  @Override
  public long documentCount() throws IOException {
    ObjectNode body = body(SolrQueryTranslator.term(IndexSchema.DOC_TYPE, IndexSchema.DOCUMENT));
    body.put("limit", 0);
    try {
      return run(body).getResults().getNumFound();
    } catch (QueryException e) {
      throw new IOException(
          "Solr refused to count the documents of " + collection + ": " + e.getMessage(), e);
    }
  }

  /**
   * A trend in two requests: the matches' years and the dimension's top values, then each series'
   * years and rulings as query facets on its term ({@link TrendPlan}).
   */
  @Override
  public Trends trends(String query, String by, int top, List<String> provisionPath)
      throws QueryException, IOException {
    if (!TREND_DIMENSIONS.contains(by)) {
      throw new IllegalArgumentException(
          "cannot break down by '" + by + "': use one of " + TREND_DIMENSIONS);
    }
    Query parsed = FoiQueryParser.parseQuery(query);
    ObjectNode documents = documents(parsed, List.of());
    ObjectNode body = body(documents);
    body.put("limit", 0);
    body.set("facet", SolrFacets.trendRequest(by, provisionPath));
    QueryResponse first = run(body);
    List<TrendPlan.Spec> specs =
        TrendPlan.series(
            parsed,
            by,
            top,
            provisionPath,
            SolrFacets.trendValues(first.getJsonFacetingResponse(), by, provisionPath));
    List<TrendPlan.Counted> counted = List.of();
    if (!specs.isEmpty()) {
      ObjectNode second = body(documents);
      second.put("limit", 0);
      second.set("facet", SolrFacets.seriesRequest(specs));
      counted = SolrFacets.series(run(second).getJsonFacetingResponse(), specs);
    }
    return TrendPlan.trend(
        query,
        by,
        SolrFacets.trendYears(first.getJsonFacetingResponse()),
        first.getResults().getNumFound(),
        specs,
        counted);
  }

  /** The Solr documents of one type (document, paragraph, …) that carry one of our ids. */
  private static ObjectNode ofTypeAndId(String docType, String id) {
    ObjectNode filter = JSON.objectNode();
    filter
        .putArray("filter")
        .add(SolrQueryTranslator.term(IndexSchema.DOC_TYPE, docType))
        .add(SolrQueryTranslator.term(IndexSchema.ID, id));
    ObjectNode query = JSON.objectNode();
    query.set("bool", filter);
    return query;
  }

  @Override
  public String documentJson(String id) throws IOException {
    ObjectNode body = body(ofTypeAndId(IndexSchema.DOCUMENT, id));
    body.put("limit", 1);
    body.put("fields", IndexSchema.JSON);
    try {
      var results = run(body).getResults();
      return results.isEmpty() ? null : text(results.get(0), IndexSchema.JSON);
    } catch (QueryException e) {
      throw new IOException("Solr refused to look up document " + id + ": " + e.getMessage(), e);
    }
  }

  /** A JSON request with its query and the time limit. */
  private ObjectNode body(ObjectNode query) {
    ObjectNode body = JSON.objectNode();
    body.set("query", query);
    body.putObject("params").put("timeAllowed", Math.max(1, limits.timeLimit().toMillis()));
    return body;
  }

  private QueryResponse run(ObjectNode body) throws QueryException, IOException {
    QueryResponse r;
    try {
      r = solr.process(new DirectJsonQueryRequest(body.toString()), collection);
    } catch (SolrServerException e) {
      throw new IOException(e.getMessage(), e);
    } catch (SolrException e) {
      if (e.code() == 404) {
        throw new IOException(
            "Solr has no collection " + collection + " (run foilens solr init)", e);
      }
      if (e.code() == 400) {
        throw new QueryException("Solr refused the query: " + firstLine(e.getMessage()), e);
      }
      throw new IOException("Solr failed: " + firstLine(e.getMessage()), e);
    }
    if (Boolean.TRUE.equals(r.getResponseHeader().get("partialResults"))) {
      throw new SearchTimeoutException(
          "the search ran past its time limit of "
              + limits.timeLimit().toMillis()
              + " ms: narrow the query");
    }
    return r;
  }

  private static String text(SolrDocument d, String field) {
    Object v = d.getFirstValue(field);
    return v == null ? null : v.toString();
  }

  private static String oneLine(String snippet) {
    return snippet.replaceAll("\\s*\\R\\s*", " ");
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "no reason given";
    }
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }

  @Override
  public void close() throws IOException {
    solr.close();
  }
}
