package org.foilens.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.join.BitSetProducer;
import org.apache.lucene.search.join.QueryBitSetProducer;
import org.apache.lucene.search.join.ScoreMode;
import org.apache.lucene.search.join.ToParentBlockJoinQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.FSDirectory;

/**
 * Searches a foilens index: parses the query, returns a page of hits with snippets, and counts
 * facets over all matches. Sees what a running ingest commits (the reader is refreshed before
 * each search when the index changed). Thread-safe.
 */
public final class FoiSearcher implements AutoCloseable {

  public static final int MAX_PAGE = 100;
  private static final int FACET_VALUES = 20;
  private static final int PARAGRAPHS_PER_HIT = 3;
  private static final int EXPORT_BATCH = 500;

  /** What {@link #trends} can break counts down by. */
  public static final List<String> TREND_DIMENSIONS =
      List.of(IndexSchema.PROVISION, IndexSchema.AUTHORITY, IndexSchema.KIND, IndexSchema.OUTCOME);

  private final SearcherManager manager;
  private DirectoryReader stateReader;
  private SortedSetDocValuesReaderState facetState;

  public FoiSearcher(Path indexFolder) throws IOException {
    if (!Files.isDirectory(indexFolder)) {
      throw new IOException("no index at " + indexFolder + " (run foilens ingest first)");
    }
    try {
      this.manager = new SearcherManager(FSDirectory.open(indexFolder), null);
    } catch (IndexNotFoundException e) {
      throw new IOException("no index at " + indexFolder + " (run foilens ingest first)", e);
    }
  }

  public Query parse(String query) throws QueryException {
    if (query == null || query.isBlank() || query.strip().equals("*") || query.strip().equals("*:*")) {
      return MatchAllDocsQuery.INSTANCE;
    }
    try {
      return new FoiQueryParser().parse(query);
    } catch (ParseException e) {
      throw new QueryException(firstLine(e.getMessage()), e);
    }
  }

  public SearchResults search(String query, int limit, int offset) throws QueryException, IOException {
    Query parsed = parse(query);
    Query documents = documentsMatching(parsed);
    int size = Math.max(0, Math.min(limit, MAX_PAGE));
    manager.maybeRefresh();
    IndexSearcher searcher = manager.acquire();
    try {
      FacetsCollectorManager.FacetsResult result =
          FacetsCollectorManager.search(searcher, documents, Math.max(1, offset + size), new FacetsCollectorManager());
      TopDocs top = result.topDocs();
      ScoreDoc[] page =
          Arrays.copyOfRange(top.scoreDocs, Math.min(offset, top.scoreDocs.length), Math.min(offset + size, top.scoreDocs.length));
      String[] snippets = snippets(searcher, parsed, page);
      UnifiedHighlighter paragraphHighlighter = highlighter(searcher).withMaxNoHighlightPassages(0).build();
      List<SearchResults.Hit> hits = new ArrayList<>();
      for (int i = 0; i < page.length; i++) {
        Document d = searcher.storedFields().document(page[i].doc);
        hits.add(
            new SearchResults.Hit(
                d.get(IndexSchema.ID),
                d.get(IndexSchema.SOURCE),
                d.get(IndexSchema.KIND),
                d.get(IndexSchema.TITLE),
                d.get(IndexSchema.DATE),
                d.get(IndexSchema.AUTHORITY),
                page[i].score,
                snippets[i] == null ? List.of() : List.of(snippets[i].split("\n")),
                paragraphs(searcher, paragraphHighlighter, parsed, d.get(IndexSchema.ID))));
      }
      Map<String, List<SearchResults.FacetCount>> facets =
          facets(searcher, new SortedSetDocValuesFacetCounts(state(searcher), result.facetsCollector()));
      return new SearchResults(query, top.totalHits.value(), hits, facets);
    } finally {
      manager.release(searcher);
    }
  }

  /**
   * The documents a query finds. A query on {@code part:} is about paragraphs: it runs on the
   * paragraphs and finds the documents they belong to. Any other query runs on the documents.
   */
  static Query documentsMatching(Query parsed) {
    if (usesField(parsed, IndexSchema.PART)) {
      Query paragraphs =
          new BooleanQuery.Builder()
              .add(parsed, BooleanClause.Occur.MUST)
              .add(IndexSchema.paragraphsOnly(), BooleanClause.Occur.FILTER)
              .build();
      return new ToParentBlockJoinQuery(paragraphs, PARENTS, ScoreMode.Max);
    }
    return new BooleanQuery.Builder()
        .add(parsed, BooleanClause.Occur.MUST)
        .add(IndexSchema.documentsOnly(), BooleanClause.Occur.FILTER)
        .build();
  }

  private static final BitSetProducer PARENTS = new QueryBitSetProducer(IndexSchema.documentsOnly());

  private static boolean usesField(Query query, String field) {
    boolean[] found = {false};
    query.visit(
        new QueryVisitor() {
          @Override
          public boolean acceptField(String f) {
            found[0] |= field.equals(f);
            return true;
          }

          @Override
          public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
            return this;
          }
        });
    return found[0];
  }

  /**
   * The paragraphs of one document that the query's words occur in, best first, with their part,
   * number and highlighted text; empty for documents without numbered paragraphs.
   */
  private static List<SearchResults.ParagraphHit> paragraphs(
      IndexSearcher searcher, UnifiedHighlighter highlighter, Query parsed, String id) throws IOException {
    Query query =
        new BooleanQuery.Builder()
            .add(parsed, BooleanClause.Occur.MUST)
            .add(IndexSchema.paragraphsOnly(), BooleanClause.Occur.FILTER)
            .add(new TermQuery(new Term(IndexSchema.ID, id)), BooleanClause.Occur.FILTER)
            .build();
    TopDocs top = searcher.search(query, PARAGRAPHS_PER_HIT * 2);
    if (top.scoreDocs.length == 0) {
      return List.of();
    }
    String[] texts = highlighter.highlight(IndexSchema.BODY, parsed, top, 2);
    List<SearchResults.ParagraphHit> out = new ArrayList<>();
    for (int i = 0; i < texts.length && out.size() < PARAGRAPHS_PER_HIT; i++) {
      if (texts[i] == null) {
        continue; // it matched on a filter field only, not on its words
      }
      Document d = searcher.storedFields().document(top.scoreDocs[i].doc);
      out.add(
          new SearchResults.ParagraphHit(
              d.get(IndexSchema.PART),
              d.getField(IndexSchema.PARAGRAPH).numericValue().intValue(),
              texts[i].replaceAll("\\s*\\R\\s*", " ")));
    }
    return out;
  }

  /**
   * Hands the stored contract JSON of every document the query finds to a consumer, in index
   * order, a batch at a time: an export of any size without holding it in memory.
   *
   * @return how many documents were handed over
   */
  public long forEachMatch(String query, java.util.function.Consumer<String> consumer)
      throws QueryException, IOException {
    Query documents = documentsMatching(parse(query));
    manager.maybeRefresh();
    IndexSearcher searcher = manager.acquire();
    try {
      long n = 0;
      ScoreDoc after = null;
      org.apache.lucene.search.Sort byIndexOrder = org.apache.lucene.search.Sort.INDEXORDER;
      while (true) {
        TopDocs batch = searcher.searchAfter(after, documents, EXPORT_BATCH, byIndexOrder);
        for (ScoreDoc sd : batch.scoreDocs) {
          consumer.accept(searcher.storedFields().document(sd.doc).get(IndexSchema.JSON));
          n++;
        }
        if (batch.scoreDocs.length < EXPORT_BATCH) {
          return n;
        }
        after = batch.scoreDocs[batch.scoreDocs.length - 1];
      }
    } finally {
      manager.release(searcher);
    }
  }

  /** How many documents the index holds. */
  public long documentCount() throws IOException {
    manager.maybeRefresh();
    IndexSearcher searcher = manager.acquire();
    try {
      return searcher.count(IndexSchema.documentsOnly());
    } finally {
      manager.release(searcher);
    }
  }

  /**
   * Counts per year of what a query finds, broken down by one facet dimension (provision,
   * authority or kind), with the decision notices' outcomes and upheld rate per year.
   */
  public Trends trends(String query, String by, int top) throws QueryException, IOException {
    if (!TREND_DIMENSIONS.contains(by)) {
      throw new IllegalArgumentException("cannot break down by '" + by + "': use one of " + TREND_DIMENSIONS);
    }
    Query documents = documentsMatching(parse(query));
    manager.maybeRefresh();
    IndexSearcher searcher = manager.acquire();
    try {
      FacetsCollectorManager.FacetsResult all =
          FacetsCollectorManager.search(searcher, documents, 1, new FacetsCollectorManager());
      FacetResult years = topChildren(new SortedSetDocValuesFacetCounts(state(searcher), all.facetsCollector()), IndexSchema.YEAR);
      List<Trends.Year> series = new ArrayList<>();
      if (years != null) {
        List<String> labels = new ArrayList<>();
        for (LabelAndValue lv : years.labelValues) {
          labels.add(lv.label);
        }
        labels.sort(null);
        for (String year : labels) {
          int y = Integer.parseInt(year);
          Query inYear =
              new BooleanQuery.Builder()
                  .add(documents, BooleanClause.Occur.MUST)
                  .add(org.apache.lucene.document.IntPoint.newRangeQuery(IndexSchema.DATE_DAYS,
                      (int) java.time.LocalDate.of(y, 1, 1).toEpochDay(), (int) java.time.LocalDate.of(y, 12, 31).toEpochDay()),
                      BooleanClause.Occur.FILTER)
                  .build();
          FacetsCollectorManager.FacetsResult r =
              FacetsCollectorManager.search(searcher, inYear, 1, new FacetsCollectorManager());
          Map<String, List<SearchResults.FacetCount>> f =
              facets(searcher, new SortedSetDocValuesFacetCounts(state(searcher), r.facetsCollector()));
          Map<String, Integer> breakdown = new java.util.LinkedHashMap<>();
          f.getOrDefault(by, List.of()).stream().limit(top).forEach(c -> breakdown.put(c.value(), c.count()));
          Map<String, Integer> outcomes = new java.util.LinkedHashMap<>();
          f.getOrDefault(IndexSchema.OUTCOME, List.of()).forEach(c -> outcomes.put(c.value(), c.count()));
          int ruled = outcomes.values().stream().mapToInt(Integer::intValue).sum();
          int upheld = outcomes.getOrDefault("upheld", 0) + outcomes.getOrDefault("partly_upheld", 0);
          series.add(new Trends.Year(year, r.topDocs().totalHits.value(), breakdown, outcomes,
              ruled == 0 ? null : upheld / (double) ruled));
        }
      }
      return new Trends(query, by, series);
    } finally {
      manager.release(searcher);
    }
  }

  /** The stored contract JSON of a document, or null when there is no such id. */
  public String documentJson(String id) throws IOException {
    manager.maybeRefresh();
    IndexSearcher searcher = manager.acquire();
    try {
      Query byId =
          new BooleanQuery.Builder()
              .add(new TermQuery(new Term(IndexSchema.ID, id)), BooleanClause.Occur.MUST)
              .add(IndexSchema.documentsOnly(), BooleanClause.Occur.FILTER)
              .build();
      TopDocs top = searcher.search(byId, 1);
      if (top.scoreDocs.length == 0) {
        return null;
      }
      return searcher.storedFields().document(top.scoreDocs[0].doc).get(IndexSchema.JSON);
    } finally {
      manager.release(searcher);
    }
  }

  private static String[] snippets(IndexSearcher searcher, Query query, ScoreDoc[] page) throws IOException {
    if (page.length == 0) {
      return new String[0];
    }
    UnifiedHighlighter highlighter = highlighter(searcher).withMaxLength(2_000_000).build();
    int[] docs = new int[page.length];
    for (int i = 0; i < page.length; i++) {
      docs[i] = page[i].doc;
    }
    TopDocs pageDocs = new TopDocs(new org.apache.lucene.search.TotalHits(page.length,
        org.apache.lucene.search.TotalHits.Relation.EQUAL_TO), page);
    String[] out = highlighter.highlight(IndexSchema.BODY, query, pageDocs, 3);
    for (int i = 0; i < out.length; i++) {
      if (out[i] != null) {
        out[i] = out[i].replaceAll("\\s*\\R\\s*", " ");
      }
    }
    return out;
  }

  /** Highlights matches in {@code <mark>}, with all other text HTML-escaped. */
  private static UnifiedHighlighter.Builder highlighter(IndexSearcher searcher) {
    return UnifiedHighlighter.builder(searcher, IndexSchema.queryAnalyzer())
        .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true));
  }

  private synchronized SortedSetDocValuesReaderState state(IndexSearcher searcher) throws IOException {
    DirectoryReader reader = (DirectoryReader) searcher.getIndexReader();
    if (facetState == null || stateReader != reader) {
      facetState = new DefaultSortedSetDocValuesReaderState(reader, IndexSchema.facetsConfig());
      stateReader = reader;
    }
    return facetState;
  }

  private static Map<String, List<SearchResults.FacetCount>> facets(IndexSearcher searcher, Facets counts)
      throws IOException {
    Map<String, List<SearchResults.FacetCount>> out = new LinkedHashMap<>();
    for (String dim : IndexSchema.FACETS) {
      List<SearchResults.FacetCount> values = new ArrayList<>();
      FacetResult top = topChildren(counts, dim);
      if (top != null) {
        for (LabelAndValue lv : top.labelValues) {
          if (dim.equals(IndexSchema.PROVISION)) {
            FacetResult sections = topChildren(counts, dim, lv.label);
            if (sections != null) {
              for (LabelAndValue s : sections.labelValues) {
                values.add(new SearchResults.FacetCount(lv.label + " " + s.label, List.of(lv.label, s.label), s.value.intValue()));
              }
            }
          } else {
            values.add(new SearchResults.FacetCount(lv.label, List.of(lv.label), lv.value.intValue()));
          }
        }
      }
      if (dim.equals(IndexSchema.YEAR)) {
        values.sort((a, b) -> b.value().compareTo(a.value()));
      } else if (dim.equals(IndexSchema.PROVISION)) {
        values.sort((a, b) -> Integer.compare(b.count(), a.count()));
        if (values.size() > FACET_VALUES) {
          values = new ArrayList<>(values.subList(0, FACET_VALUES));
        }
      }
      out.put(dim, values);
    }
    return out;
  }

  private static FacetResult topChildren(Facets counts, String dim, String... path) throws IOException {
    try {
      return counts.getTopChildren(FACET_VALUES, dim, path);
    } catch (IllegalArgumentException e) {
      return null; // no document has this dimension yet
    }
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "cannot parse the query";
    }
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }

  @Override
  public void close() throws IOException {
    manager.close();
  }
}
