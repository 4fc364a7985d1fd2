package org.foilens.index;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * One page of search results with facet counts over every match.
 *
 * @param query the query as given
 * @param total how many documents match
 * @param hits this page's documents, best first
 * @param facets per dimension, the top values and their counts
 */
public record SearchResults(
    @JsonProperty("query") String query,
    @JsonProperty("total") long total,
    @JsonProperty("hits") List<Hit> hits,
    @JsonProperty("facets") Map<String, List<FacetCount>> facets) {

  /** One matching document with its highlighted snippets (HTML-escaped, matches in mark). */
  public record Hit(
      @JsonProperty("id") String id,
      @JsonProperty("source") String source,
      @JsonProperty("kind") String kind,
      @JsonProperty("title") String title,
      @JsonProperty("date") String date,
      @JsonProperty("authority") String authority,
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
