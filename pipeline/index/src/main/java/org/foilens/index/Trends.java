package org.foilens.index;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * What a query finds, year by year, and broken down into at most {@value
 * SearchRules#MAX_TREND_SERIES} series of one dimension: documents per year (every year from the
 * first to the last, zero where none), and for each series how the Commissioner ruled.
 *
 * @param query the query as given
 * @param readAs how the query was read, where citations or references in it were read as such
 * @param by the dimension of the series: provision, authority, sector, kind or outcome
 * @param counts what the numbers count: documents
 * @param years every year from the first dated match to the last
 * @param documents per year, the documents the query finds
 * @param undated the documents the query finds that have no date
 * @param total the documents the query finds
 * @param rulingsAre what the series' rulings count: the Commissioner's rulings on each provision
 *     (by provision), or the decision notices' outcomes (by anything else)
 * @param series the series, in the order of the query's provisions or most documents first
 */
public record Trends(
    @JsonProperty("query") String query,
    @JsonProperty("read_as") String readAs,
    @JsonProperty("by") String by,
    @JsonProperty("counts") String counts,
    @JsonProperty("years") List<String> years,
    @JsonProperty("documents") List<Long> documents,
    @JsonProperty("undated") long undated,
    @JsonProperty("total") long total,
    @JsonProperty("rulings_are") String rulingsAre,
    @JsonProperty("series") List<Series> series) {

  public static final String COUNTS = "documents";
  public static final String PROVISION_RULINGS = "the Commissioner's rulings on the provision";
  public static final String NOTICE_OUTCOMES = "the decision notices' outcomes";

  /**
   * One value of the dimension.
   *
   * @param value as the facets name it: {@code FOIA 40}, {@code Home Office}
   * @param path its place in the provision tree ({@code [FOIA, 40]}), or the value alone
   * @param filter the filter that finds its documents, in the query syntax
   * @param documents per year of {@link Trends#years}, the documents it counts
   * @param total all of its documents, dated or not
   * @param rulings how the Commissioner ruled on it
   */
  public record Series(
      @JsonProperty("value") String value,
      @JsonProperty("path") List<String> path,
      @JsonProperty("filter") String filter,
      @JsonProperty("documents") List<Long> documents,
      @JsonProperty("total") long total,
      @JsonProperty("rulings") Rulings rulings) {}

  /**
   * How the Commissioner ruled: for the authority (a provision's ruling, or a notice's outcome, of
   * {@code not_upheld}), for the complainant ({@code upheld}) or partly for each ({@code
   * partly_upheld}).
   *
   * @param authorityShare the share of the rulings that went wholly the authority's way; null when
   *     there are none
   */
  public record Rulings(
      @JsonProperty("for_authority") long forAuthority,
      @JsonProperty("for_complainant") long forComplainant,
      @JsonProperty("partly") long partly,
      @JsonProperty("authority_share") Double authorityShare) {

    public static Rulings of(long forAuthority, long forComplainant, long partly) {
      long ruled = forAuthority + forComplainant + partly;
      return new Rulings(
          forAuthority, forComplainant, partly, ruled == 0 ? null : forAuthority / (double) ruled);
    }
  }
}
