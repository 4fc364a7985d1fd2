package org.foilens.index;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * What a query finds, year by year: how many documents, the top values of one dimension, the
 * decision notices' outcomes, and the share of them upheld in full or in part.
 */
public record Trends(
    @JsonProperty("query") String query,
    @JsonProperty("by") String by,
    @JsonProperty("series") List<Year> series) {

  /** One year of a trend; {@code upheld_rate} is null when no notice of that year was ruled on. */
  public record Year(
      @JsonProperty("year") String year,
      @JsonProperty("total") long total,
      @JsonProperty("breakdown") Map<String, Integer> breakdown,
      @JsonProperty("outcomes") Map<String, Integer> outcomes,
      @JsonProperty("upheld_rate") Double upheldRate) {}
}
