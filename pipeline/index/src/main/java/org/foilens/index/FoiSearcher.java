package org.foilens.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.QueryTimeoutImpl;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.FSDirectory;

/**
 * Searches a foilens index: parses the query, returns a page of hits with snippets, and counts
 * facets over all matches. A hit is always a whole document: matches in a document's child
 * documents (a notice's paragraphs, or any other kind of child written in its block) count for the
 * document. Every search runs within a time limit, and a wildcard may expand into only so many
 * words. Sees what a running ingest commits (the reader is refreshed before each search when the
 * index changed). Facet counts and trends are kept per query for the next request on the same
 * reader ({@link CountCache}). Thread-safe.
 */
public final class FoiSearcher implements SearchBackend {

  /** The stored fields a hit shows: not the body or the contract JSON, which are large. */
  private static final Set<String> HIT_FIELDS =
      Set.of(
          IndexSchema.ID,
          IndexSchema.SOURCE,
          IndexSchema.KIND,
          IndexSchema.TITLE,
          IndexSchema.DATE,
          IndexSchema.AUTHORITY,
          IndexSchema.SECTOR,
          IndexSchema.OUTCOME,
          IndexSchema.STATUS,
          IndexSchema.INGESTED);

  private static final Set<String> PARAGRAPH_FIELDS =
      Set.of(IndexSchema.PART, IndexSchema.PARAGRAPH);

  private final SearcherManager manager;
  private final SearchRules.Limits limits;
  private final FacetCounter facets = new FacetCounter();
  private final CountCache counts;

  /** What a query within its filters counts to on one reader: its total and its facets. */
  private record Counted(long total, SearchResults.Facets facets) {
    Counted {
      Map<String, List<SearchResults.FacetCount>> values = new LinkedHashMap<>();
      facets.values().forEach((k, v) -> values.put(k, List.copyOf(v)));
      facets =
          new SearchResults.Facets(Collections.unmodifiableMap(values), List.copyOf(facets.more()));
    }
  }

  public FoiSearcher(Path indexFolder) throws IOException {
    this(indexFolder, SearchRules.Limits.DEFAULT);
  }

  public FoiSearcher(Path indexFolder, SearchRules.Limits limits) throws IOException {
    if (!Files.isDirectory(indexFolder)) {
      throw new IOException("no index at " + indexFolder + " (run foilens ingest first)");
    }
    try {
      this.manager = new SearcherManager(FSDirectory.open(indexFolder), null);
    } catch (IndexNotFoundException e) {
      throw new IOException("no index at " + indexFolder + " (run foilens ingest first)", e);
    }
    this.limits = limits;
    this.counts = new CountCache(limits.countCache());
  }

  public Query parse(String query) throws QueryException {
    return FoiQueryParser.parseQuery(query);
  }

  public SearchResults search(String query, int limit, int offset)
      throws QueryException, IOException {
    return search(SearchRequest.of(query, limit, offset));
  }

  @Override
  public SearchResults search(SearchRequest request) throws QueryException, IOException {
    Query parsed = parse(request.query());
    SearchRules.Page pageAsked = SearchRules.Page.of(request);
    int size = pageAsked.size();
    int offset = pageAsked.offset();
    try (SearchSession s = open()) {
      Query documents = s.documents(parsed, request.filters());
      int wanted = Math.max(1, offset + size);
      List<Object> key =
          CountCache.key(
              s.reader(),
              "search",
              request.query(),
              request.filters(),
              request.provisionPath(),
              request.fullFacets());
      Counted counted = counts.get(key, Counted.class);
      TopDocs top;
      if (counted != null) {
        // counted before on this reader: only the page is searched for, which lets Lucene skip
        // what cannot make the page instead of visiting every match to count it
        top =
            run(
                s,
                () ->
                    request.order() == SearchRequest.Order.RELEVANCE
                        ? s.searcher.search(documents, wanted)
                        : s.searcher.search(documents, wanted, byDate(request.order()), true));
      } else {
        FacetsCollectorManager.FacetsResult result =
            run(
                s,
                () ->
                    request.order() == SearchRequest.Order.RELEVANCE
                        ? FacetsCollectorManager.search(
                            s.searcher, documents, wanted, new FacetsCollectorManager())
                        : FacetsCollectorManager.search(
                            s.searcher,
                            documents,
                            wanted,
                            byDate(request.order()),
                            true,
                            new FacetsCollectorManager()));
        top = result.topDocs();
        counted =
            new Counted(
                top.totalHits.value(),
                facets.facets(
                    s.reader(),
                    result.facetsCollector(),
                    request.provisionPath(),
                    request.fullFacets()));
        counts.put(key, counted);
      }
      ScoreDoc[] page =
          Arrays.copyOfRange(
              top.scoreDocs,
              Math.min(offset, top.scoreDocs.length),
              Math.min(offset + size, top.scoreDocs.length));
      Query highlighted = Highlights.forHighlighting(s.searcher, request.query(), parsed);
      String[] snippets = Highlights.snippets(s.searcher, highlighted, page);
      List<List<SearchResults.ParagraphHit>> paragraphs = paragraphs(s, parsed, highlighted, page);
      List<SearchResults.Hit> hits = new ArrayList<>();
      StoredFields stored = s.searcher.storedFields();
      for (int i = 0; i < page.length; i++) {
        Document d = stored.document(page[i].doc, HIT_FIELDS);
        List<String> docSnippets =
            snippets[i] == null ? List.of() : List.of(snippets[i].split("\n"));
        hits.add(hit(d, page[i].score, docSnippets, paragraphs.get(i)));
      }
      return SearchResults.of(request, counted.total(), offset, size, hits, counted.facets());
    }
  }

  /**
   * The documents a query finds that were ingested most recently, newest first, without snippets:
   * what a saved search's feed lists.
   */
  @Override
  public List<SearchResults.Hit> newest(String query, int limit)
      throws QueryException, IOException {
    Query parsed = parse(query);
    try (SearchSession s = open()) {
      Query documents = s.documents(parsed, List.of());
      Sort newest = new Sort(ingestedField(), SortField.FIELD_DOC);
      TopDocs top = run(s, () -> s.searcher.search(documents, SearchRules.feedSize(limit), newest));
      List<SearchResults.Hit> out = new ArrayList<>();
      StoredFields stored = s.searcher.storedFields();
      for (ScoreDoc sd : top.scoreDocs) {
        out.add(hit(stored.document(sd.doc, HIT_FIELDS), Float.NaN, List.of(), List.of()));
      }
      return out;
    }
  }

  private static SortField ingestedField() {
    SortField f = new SortField(IndexSchema.INGESTED, SortField.Type.LONG, true);
    f.setMissingValue(Long.MIN_VALUE); // documents indexed before ingest times were kept: last
    return f;
  }

  private static Sort byDate(SearchRequest.Order order) {
    boolean newest = order == SearchRequest.Order.NEWEST;
    SortField date = new SortField(IndexSchema.DATE_DAYS, SortField.Type.INT, newest);
    date.setMissingValue(newest ? Integer.MIN_VALUE : Integer.MAX_VALUE); // undated last either way
    return new Sort(date, SortField.FIELD_SCORE);
  }

  private static SearchResults.Hit hit(
      Document d, float score, List<String> snippets, List<SearchResults.ParagraphHit> paragraphs) {
    var ingested = d.getField(IndexSchema.INGESTED);
    return new SearchResults.Hit(
        d.get(IndexSchema.ID),
        d.get(IndexSchema.SOURCE),
        d.get(IndexSchema.KIND),
        d.get(IndexSchema.TITLE),
        d.get(IndexSchema.DATE),
        d.get(IndexSchema.AUTHORITY),
        d.get(IndexSchema.SECTOR),
        d.get(IndexSchema.OUTCOME),
        d.get(IndexSchema.STATUS),
        ingested == null
            ? null
            : Instant.ofEpochMilli(ingested.numericValue().longValue()).toString(),
        score,
        snippets,
        paragraphs);
  }

  /** Parses a query and checks it against the index's limits without running it. */
  @Override
  public void check(String query) throws QueryException, IOException {
    Query parsed = parse(query);
    try (SearchSession s = open()) {
      s.documents(parsed, List.of());
    }
  }

  /**
   * The paragraphs of each hit on a page that the query's words occur in, best first, with their
   * part, number and highlighted text; empty for documents without numbered paragraphs. Only each
   * document's own block is scored (its children lie just before it), with the weight built once
   * for the page: the query is not searched again over the whole index for every hit. The
   * paragraphs of the whole page are highlighted together, so the highlighter's set-up (the query's
   * weight, the index's field infos) is paid once a page, not once a hit; only as many as a hit
   * shows, and its next best ones in a second pass only where one of those had no words to mark.
   */
  private static List<List<SearchResults.ParagraphHit>> paragraphs(
      SearchSession s, Query parsed, Query highlighted, ScoreDoc[] page) throws IOException {
    List<List<SearchResults.ParagraphHit>> out = new ArrayList<>();
    if (page.length == 0) {
      return out;
    }
    Weight inParagraphs = s.paragraphWeight(parsed);
    List<ScoreDoc> all = new ArrayList<>();
    int[] ends = new int[page.length];
    for (int i = 0; i < page.length; i++) {
      TopDocs top = s.childrenOf(page[i].doc, inParagraphs, SearchRules.PARAGRAPHS_PER_HIT * 2);
      all.addAll(Arrays.asList(top.scoreDocs));
      ends[i] = all.size();
    }
    String[] texts = new String[all.size()];
    // the best few of each hit first; the hit's others only where some of those matched on a
    // filter field alone and have nothing to show
    List<Integer> first = new ArrayList<>();
    for (int i = 0, from = 0; i < page.length; from = ends[i], i++) {
      for (int k = from; k < Math.min(ends[i], from + SearchRules.PARAGRAPHS_PER_HIT); k++) {
        first.add(k);
      }
    }
    highlight(s.searcher, highlighted, all, first, texts);
    List<Integer> more = new ArrayList<>();
    for (int i = 0, from = 0; i < page.length; from = ends[i], i++) {
      int shown = 0;
      for (int k = from; k < Math.min(ends[i], from + SearchRules.PARAGRAPHS_PER_HIT); k++) {
        shown += texts[k] == null ? 0 : 1;
      }
      for (int k = from + SearchRules.PARAGRAPHS_PER_HIT;
          shown < SearchRules.PARAGRAPHS_PER_HIT && k < ends[i];
          k++) {
        more.add(k);
      }
    }
    highlight(s.searcher, highlighted, all, more, texts);
    StoredFields stored =
        s.searcher.storedFields(); // one reader: a block's paragraphs lie together
    for (int i = 0, from = 0; i < page.length; from = ends[i], i++) {
      List<SearchResults.ParagraphHit> hit = new ArrayList<>();
      for (int k = from; k < ends[i] && hit.size() < SearchRules.PARAGRAPHS_PER_HIT; k++) {
        if (texts[k] == null) {
          continue; // it matched on a filter field only, not on its words
        }
        Document d = stored.document(all.get(k).doc, PARAGRAPH_FIELDS);
        hit.add(
            new SearchResults.ParagraphHit(
                d.get(IndexSchema.PART),
                d.getField(IndexSchema.PARAGRAPH).numericValue().intValue(),
                texts[k].replaceAll("\\s*\\R\\s*", " ")));
      }
      out.add(hit);
    }
    return out;
  }

  /**
   * Highlights the paragraphs at {@code which} of {@code all}, into {@code texts} at the same
   * places.
   */
  private static void highlight(
      IndexSearcher searcher, Query query, List<ScoreDoc> all, List<Integer> which, String[] texts)
      throws IOException {
    if (which.isEmpty()) {
      return;
    }
    String[] found = Highlights.paragraphs(searcher, query, which.stream().map(all::get).toList());
    for (int j = 0; j < found.length; j++) {
      texts[which.get(j)] = found[j];
    }
  }

  /**
   * Hands the stored contract JSON of every document the query finds to a consumer, in index order,
   * a batch at a time: an export of any size without holding it in memory. The time limit applies
   * to each batch.
   *
   * @return how many documents were handed over
   */
  @Override
  public long forEachMatch(String query, Consumer<String> consumer)
      throws QueryException, IOException {
    Query parsed = parse(query);
    try (SearchSession s = open()) {
      Query documents = s.documents(parsed, List.of());
      long n = 0;
      ScoreDoc after = null;
      while (true) {
        ScoreDoc from = after;
        s.searcher.setTimeout(new QueryTimeoutImpl(limits.timeLimit().toMillis()));
        TopDocs batch =
            run(
                s,
                () ->
                    s.searcher.searchAfter(
                        from, documents, SearchRules.EXPORT_BATCH, Sort.INDEXORDER));
        StoredFields stored = s.searcher.storedFields();
        for (ScoreDoc sd : batch.scoreDocs) {
          consumer.accept(stored.document(sd.doc).get(IndexSchema.JSON));
          n++;
        }
        if (batch.scoreDocs.length < SearchRules.EXPORT_BATCH) {
          return n;
        }
        after = batch.scoreDocs[batch.scoreDocs.length - 1];
      }
    }
  }

  /** How many documents the index holds. */
  @Override
  public long documentCount() throws IOException {
    try (SearchSession s = open()) {
      return s.searcher.count(IndexSchema.documentsOnly());
    }
  }

  /**
   * Documents per year of what a query finds and of the series {@link TrendPlan} picks: the query
   * runs once; each series is counted within its matches.
   */
  @Override
  public Trends trends(String query, String by, int top, List<String> provisionPath)
      throws QueryException, IOException {
    if (!TREND_DIMENSIONS.contains(by)) {
      throw new IllegalArgumentException(
          "cannot break down by '" + by + "': use one of " + TREND_DIMENSIONS);
    }
    Query parsed = parse(query);
    try (SearchSession s = open()) {
      Query documents = s.documents(parsed, List.of());
      List<Object> key = CountCache.key(s.reader(), "trends", query, by, top, provisionPath);
      Trends known = counts.get(key, Trends.class);
      if (known != null) {
        return known;
      }
      Trends counted = trends(s, query, parsed, documents, by, top, provisionPath);
      counts.put(key, counted);
      return counted;
    }
  }

  private Trends trends(
      SearchSession s,
      String query,
      Query parsed,
      Query documents,
      String by,
      int top,
      List<String> provisionPath)
      throws QueryException, IOException {
    FacetsCollectorManager.FacetsResult all = collect(s, documents);
    SearchResults.Facets overall =
        facets.facets(
            s.reader(),
            all.facetsCollector(),
            provisionPath,
            Set.of(IndexSchema.YEAR, by),
            Set.of(IndexSchema.YEAR));
    List<TrendPlan.Spec> specs =
        TrendPlan.series(
            parsed, by, top, provisionPath, overall.values().getOrDefault(by, List.of()));
    Query matches = MatchedDocsQuery.of(all.facetsCollector()); // not the query again
    List<TrendPlan.Counted> counted = new ArrayList<>();
    for (TrendPlan.Spec spec : specs) {
      counted.add(countSeries(s, matches, spec));
    }
    return TrendPlan.trend(
        query,
        by,
        yearCounts(overall.values().get(IndexSchema.YEAR)),
        all.topDocs().totalHits.value(),
        specs,
        counted);
  }

  private TrendPlan.Counted countSeries(SearchSession s, Query matches, TrendPlan.Spec spec)
      throws QueryException, IOException {
    Query inSeries = within(matches, new TermQuery(new Term(spec.field(), spec.term())));
    FacetsCollectorManager.FacetsResult r = collect(s, inSeries);
    SearchResults.Facets years =
        facets.facets(
            s.reader(),
            r.facetsCollector(),
            List.of(),
            Set.of(IndexSchema.YEAR),
            Set.of(IndexSchema.YEAR));
    List<Long> rulings = new ArrayList<>();
    for (String term : spec.rulingTerms()) {
      Query ruled = within(inSeries, new TermQuery(new Term(spec.rulingField(), term)));
      rulings.add((long) run(s, () -> s.searcher.count(ruled)));
    }
    return new TrendPlan.Counted(
        yearCounts(years.values().get(IndexSchema.YEAR)), r.topDocs().totalHits.value(), rulings);
  }

  /** Every match of a query collected for counting (and the best one). */
  private FacetsCollectorManager.FacetsResult collect(SearchSession s, Query query)
      throws QueryException, IOException {
    return run(
        s, () -> FacetsCollectorManager.search(s.searcher, query, 1, new FacetsCollectorManager()));
  }

  private static Query within(Query matches, Query filter) {
    return new BooleanQuery.Builder()
        .add(matches, BooleanClause.Occur.FILTER)
        .add(filter, BooleanClause.Occur.FILTER)
        .build();
  }

  private static Map<String, Long> yearCounts(List<SearchResults.FacetCount> years) {
    Map<String, Long> out = new LinkedHashMap<>();
    if (years != null) {
      years.forEach(y -> out.put(y.value(), (long) y.count()));
    }
    return out;
  }

  /** The stored contract JSON of a document, or null when there is no such id. */
  @Override
  public String documentJson(String id) throws IOException {
    try (SearchSession s = open()) {
      Query byId = IndexSchema.documentsOnly(new TermQuery(new Term(IndexSchema.ID, id)));
      TopDocs top = s.searcher.search(byId, 1);
      if (top.scoreDocs.length == 0) {
        return null;
      }
      return s.searcher.storedFields().document(top.scoreDocs[0].doc).get(IndexSchema.JSON);
    }
  }

  /** A search step that may run out of time or find a query too broad. */
  private interface Step<T> {
    T run() throws IOException;
  }

  private <T> T run(SearchSession s, Step<T> step) throws QueryException, IOException {
    T result;
    try {
      result = step.run();
    } catch (IndexSearcher.TooManyClauses e) {
      throw new QueryException(
          "the query expands to more than " + IndexSearcher.getMaxClauseCount() + " parts", e);
    }
    if (s.searcher.timedOut()) {
      throw new SearchTimeoutException(
          "the search ran past its time limit of "
              + limits.timeLimit().toMillis()
              + " ms: narrow the query");
    }
    return result;
  }

  private SearchSession open() throws IOException {
    manager.maybeRefresh();
    return new SearchSession(manager, limits);
  }

  @Override
  public void close() throws IOException {
    manager.close();
  }
}
