package org.foilens.index;

import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;

/**
 * What the server asks of an index: a page of hits with facets, the newest matches, trends, an
 * export of every match, one document by id. Two implementations answer alike: {@link FoiSearcher}
 * over an embedded Lucene index, and {@code SolrSearchBackend} over a SolrCloud collection. Queries
 * are in foilens's query syntax ({@link FoiQueryParser}) for both; a query that cannot be run is a
 * {@link QueryException}, a search past its time limit a {@link SearchTimeoutException}.
 */
public interface SearchBackend extends AutoCloseable {

  /** What {@link #trends} can break counts down by. */
  List<String> TREND_DIMENSIONS =
      List.of(
          IndexSchema.PROVISION,
          IndexSchema.AUTHORITY,
          IndexSchema.SECTOR,
          IndexSchema.KIND,
          IndexSchema.OUTCOME);

  SearchResults search(SearchRequest request) throws QueryException, IOException;

  /**
   * The documents a query finds that were ingested most recently, newest first, without snippets:
   * what a saved search's feed lists.
   */
  List<SearchResults.Hit> newest(String query, int limit) throws QueryException, IOException;

  /** Parses a query and checks it against the index's limits without running it. */
  void check(String query) throws QueryException, IOException;

  /**
   * Hands the stored contract JSON of every document the query finds to a consumer, a batch at a
   * time: an export of any size without holding it in memory.
   *
   * @return how many documents were handed over
   */
  long forEachMatch(String query, Consumer<String> consumer) throws QueryException, IOException;

  /** How many documents the index holds. */
  long documentCount() throws IOException;

  /**
   * Documents per year of what a query finds, and of at most {@code top} series of one of {@link
   * #TREND_DIMENSIONS} ({@link TrendPlan}), each with how the Commissioner ruled.
   *
   * @param provisionPath by provision, a level of the provision tree whose top provisions to draw
   *     instead of those the query names (empty for none)
   */
  Trends trends(String query, String by, int top, List<String> provisionPath)
      throws QueryException, IOException;

  /** {@link #trends(String, String, int, List)} without a level of the provision tree. */
  default Trends trends(String query, String by, int top) throws QueryException, IOException {
    return trends(query, by, top, List.of());
  }

  /** The stored contract JSON of a document, or null when there is no such id. */
  String documentJson(String id) throws IOException;

  @Override
  void close() throws IOException;
}
