package org.foilens.index;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The rules every search backend keeps alike, embedded Lucene and SolrCloud: how large a page may
 * be and how far it may start, how long a query may be, how many facet values and paragraphs a
 * search shows, how an export is read in batches, and the limits a server sets on each search.
 */
public final class SearchRules {

  /** The most hits one page holds. */
  public static final int MAX_PAGE = 100;

  /** How far into the matches a page may start. */
  public static final int MAX_OFFSET = 10_000;

  /** The longest query accepted, in characters. */
  public static final int MAX_QUERY_CHARS = 2_000;

  /** How many values of each facet dimension a search counts. */
  public static final int FACET_VALUES = 20;

  /** How many values of a facet dimension a search counts when asked for all of them. */
  public static final int MAX_FACET_VALUES = 500;

  /** How many values of a dimension a trend draws at most. */
  public static final int MAX_TREND_SERIES = 10;

  /** How many matching paragraphs a hit shows. */
  public static final int PARAGRAPHS_PER_HIT = 3;

  /** How many documents an export reads at a time. */
  public static final int EXPORT_BATCH = 500;

  private SearchRules() {}

  /**
   * How long one search may run and how far its patterns may expand.
   *
   * @param timeLimit how long one search may run; past it, it fails with {@link
   *     SearchTimeoutException}
   * @param maxExpansions how many different words a wildcard, prefix, range or regular expression
   *     may match
   * @param countCache how many queries' facet counts and trends a Lucene searcher keeps for the
   *     next request that asks for them (0: none)
   */
  public record Limits(Duration timeLimit, int maxExpansions, int countCache) {
    /** The counts kept by default: small records of counts, a few KB each. */
    public static final int COUNT_CACHE = 512;

    public static final Limits DEFAULT = new Limits(Duration.ofSeconds(5), 1024);

    public Limits(Duration timeLimit, int maxExpansions) {
      this(timeLimit, maxExpansions, COUNT_CACHE);
    }
  }

  /** A page of matches: where it starts and how many hits it holds. */
  public record Page(int offset, int size) {

    /** The page a request asks for, kept within {@link #MAX_OFFSET} and {@link #MAX_PAGE}. */
    public static Page of(SearchRequest request) {
      return new Page(
          Math.max(0, Math.min(request.offset(), MAX_OFFSET)),
          Math.max(0, Math.min(request.limit(), MAX_PAGE)));
    }
  }

  /** How many of the newest documents a feed lists: at least one, at most a page. */
  public static int feedSize(int limit) {
    return Math.max(1, Math.min(limit, MAX_PAGE));
  }

  /**
   * How many values of a facet dimension a request gets: its top {@link #FACET_VALUES}, or up to
   * {@link #MAX_FACET_VALUES} when it asks for the dimension in full.
   */
  public static int facetValues(String dimension, Set<String> full) {
    return full.contains(dimension) ? MAX_FACET_VALUES : FACET_VALUES;
  }

  /**
   * A dimension's counted values as a response shows them: no more than {@code limit} (the
   * dimension is then added to {@code more}; rulings are never cut), years newest first.
   */
  public static List<SearchResults.FacetCount> shown(
      String dimension, List<SearchResults.FacetCount> values, int limit, List<String> more) {
    List<SearchResults.FacetCount> out = values;
    if (out.size() > limit && !dimension.equals(IndexSchema.RULING)) {
      out = new ArrayList<>(out.subList(0, limit));
      more.add(dimension);
    }
    if (dimension.equals(IndexSchema.YEAR)) {
      out.sort((a, b) -> b.value().compareTo(a.value()));
    }
    return out;
  }
}
