package org.foilens.index;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * One page of search results with facet counts over every match.
 *
 * @param query the query as given
 * @param readAs how the query was read where citations or references in it were read as such
 *     ({@code provision:"FOIA 40(2)"} for {@code s.40(2)}), else null
 * @param filters the filters as given
 * @param sort the order of the hits: relevance, date or date_asc
 * @param total how many documents match
 * @param offset how many matches come before this page
 * @param limit the largest page asked for
 * @param hits this page's documents, in order
 * @param facets per dimension, the top values and their counts
 * @param facetsMore the dimensions that have more values than {@code facets} shows
 */
public record SearchResults(
    @JsonProperty("query") String query,
    @JsonProperty("read_as") String readAs,
    @JsonProperty("filters") List<String> filters,
    @JsonProperty("sort") String sort,
    @JsonProperty("total") long total,
    @JsonProperty("offset") int offset,
    @JsonProperty("limit") int limit,
    @JsonProperty("hits") List<Hit> hits,
    @JsonProperty("facets") Map<String, List<FacetCount>> facets,
    @JsonProperty("facets_more") List<String> facetsMore) {

  /** A search's facet counts, and the dimensions with more values than it shows. */
  public record Facets(Map<String, List<FacetCount>> values, List<String> more) {}

  /** The results with their facets. */
  public static SearchResults of(
      SearchRequest request, long total, int offset, int limit, List<Hit> hits, Facets facets) {
    return new SearchResults(
        request.query(),
        FoiQueryParser.readAs(request.query()),
        request.filters(),
        request.order().label(),
        total,
        offset,
        limit,
        hits,
        facets.values(),
        facets.more());
  }

  /**
   * One matching document (a whole notice, thread or letter: its paragraphs and other parts are not
   * hits of their own) with highlighted snippets (HTML-escaped, matches in mark).
   *
   * @param ingested when the document was written into the index (ISO instant), or null
   */
  public record Hit(
      @JsonProperty("id") String id,
      @JsonProperty("source") String source,
      @JsonProperty("kind") String kind,
      @JsonProperty("title") String title,
      @JsonProperty("date") String date,
      @JsonProperty("authority") String authority,
      @JsonProperty("sector") String sector,
      @JsonProperty("outcome") String outcome,
      @JsonProperty("status") String status,
      @JsonProperty("ingested") String ingested,
      @JsonProperty("score") float score,
      @JsonProperty("snippets") List<String> snippets,
      @JsonProperty("paragraphs") List<ParagraphHit> paragraphs) {}

  /** A numbered paragraph of a notice that matches, with its part and highlighted text. */
  public record ParagraphHit(
      @JsonProperty("part") String part,
      @JsonProperty("number") int number,
      @JsonProperty("snippet") String snippet) {}

  /** A facet value; {@code path} is the value's place in a hierarchical facet. */
  public record FacetCount(
      @JsonProperty("value") String value,
      @JsonProperty("path") List<String> path,
      @JsonProperty("count") int count) {}
}
