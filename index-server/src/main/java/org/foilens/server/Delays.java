package org.foilens.server;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.foilens.index.IndexSchema;
import org.foilens.index.QueryException;
import org.foilens.index.SearchBackend;
import org.foilens.index.SearchRequest;
import org.foilens.index.SearchResults;
import org.foilens.index.SearchResults.FacetCount;

/**
 * How quickly authorities answered and the Commissioner decided, as the documents a query finds
 * record it: threads by their lifecycle, decision notices by their timeline. Counted from the
 * index's facets, so either backend answers alike.
 */
final class Delays {

  /**
   * How quickly documents of one kind record that the authority answered, and that the Commissioner
   * decided.
   */
  record ResponseTimes(
      @JsonProperty("kind") String kind,
      @JsonProperty("answered") int answered,
      @JsonProperty("median_working_days") Double medianWorkingDays,
      @JsonProperty("late") int late,
      @JsonProperty("on_time") int onTime,
      @JsonProperty("late_share") Double lateShare,
      @JsonProperty("median_days_to_decision") Double medianDaysToDecision) {}

  private final SearchBackend backend;

  Delays(SearchBackend backend) {
    this.backend = backend;
  }

  /** The working days and lateness that documents of a kind record; null when none does. */
  ResponseTimes of(String query, String kind) throws QueryException, IOException {
    SearchResults r =
        counts(
            query.isBlank() ? "kind:" + kind : "(" + query + ") AND kind:" + kind,
            Set.of(IndexSchema.WORKING_DAYS, IndexSchema.LATE, IndexSchema.DECISION_DAYS));
    List<FacetCount> toDecision = r.facets().getOrDefault(IndexSchema.DECISION_DAYS, List.of());
    List<FacetCount> days = r.facets().getOrDefault(IndexSchema.WORKING_DAYS, List.of());
    int late = count(r, IndexSchema.LATE, "true");
    int onTime = count(r, IndexSchema.LATE, "false");
    if (days.isEmpty() && late + onTime == 0 && toDecision.isEmpty()) {
      return null;
    }
    int answered = days.stream().mapToInt(FacetCount::count).sum();
    return new ResponseTimes(
        kind,
        answered,
        median(days),
        late,
        onTime,
        late + onTime == 0 ? null : late / (double) (late + onTime),
        median(toDecision));
  }

  private static int count(SearchResults r, String dim, String value) {
    return r.facets().getOrDefault(dim, List.of()).stream()
        .filter(c -> c.value().equals(value))
        .mapToInt(FacetCount::count)
        .sum();
  }

  /** The median of values given with their counts; the mean of the middle two for an even count. */
  static Double median(List<FacetCount> counted) {
    List<int[]> values = new ArrayList<>();
    long n = 0;
    for (FacetCount c : counted) {
      values.add(new int[] {Integer.parseInt(c.value()), c.count()});
      n += c.count();
    }
    if (n == 0) {
      return null;
    }
    values.sort((a, b) -> Integer.compare(a[0], b[0]));
    long lower = (n - 1) / 2;
    long upper = n / 2;
    Integer low = null;
    Integer high = null;
    long seen = 0;
    for (int[] v : values) {
      long next = seen + v[1];
      if (low == null && lower < next) {
        low = v[0];
      }
      if (high == null && upper < next) {
        high = v[0];
      }
      seen = next;
    }
    return (low + high) / 2.0;
  }

  /** The delays of a year. */
  record Year(
      @JsonProperty("year") String year,
      @JsonProperty("notices") ResponseTimes notices,
      @JsonProperty("threads") ResponseTimes threads) {}

  /**
   * The delays of what a query finds, year by year, every year from the first to the last that has
   * documents: notices by their timeline, threads by their lifecycle; null where a year has none of
   * a kind.
   */
  List<Year> byYear(String query) throws QueryException, IOException {
    List<Integer> years = new ArrayList<>();
    for (FacetCount c :
        counts(query, Set.of(IndexSchema.YEAR))
            .facets()
            .getOrDefault(IndexSchema.YEAR, List.of())) {
      years.add(Integer.parseInt(c.value()));
    }
    List<Year> out = new ArrayList<>();
    if (years.isEmpty()) {
      return out;
    }
    int first = years.stream().mapToInt(Integer::intValue).min().orElseThrow();
    int last = years.stream().mapToInt(Integer::intValue).max().orElseThrow();
    for (int y = first; y <= last; y++) {
      String inYear = query.isBlank() ? "year:" + y : "(" + query + ") AND year:" + y;
      out.add(
          new Year(Integer.toString(y), of(inYear, "decision_notice"), of(inYear, "foi_thread")));
    }
    return out;
  }

  private SearchResults counts(String query, Set<String> full) throws QueryException, IOException {
    return backend.search(SearchRequest.counts(query, List.of(), List.of(), full));
  }
}
