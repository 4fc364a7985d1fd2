package org.foilens.index;

import java.util.List;
import java.util.Set;

/**
 * One page of a search: the query, filters that narrow it without changing the order (facet
 * choices, in the same syntax), the order, the page, and the provision facet's level.
 *
 * @param provisionPath the provision facet values to count: empty for Act and section ({@code FOIA
 *     35}), {@code [FOIA, 35]} for the subsections of section 35, and so on
 * @param fullFacets the facet dimensions to count in full (up to {@value
 *     SearchRules#MAX_FACET_VALUES} values), which may name those counted only on request
 */
public record SearchRequest(
    String query,
    List<String> filters,
    Order order,
    int offset,
    int limit,
    List<String> provisionPath,
    Set<String> fullFacets) {

  /** Best match first, or by document date. Undated documents come last in either date order. */
  public enum Order {
    RELEVANCE("relevance"),
    NEWEST("date"),
    OLDEST("date_asc");

    private final String label;

    Order(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }

    /** The order a label names, or null. */
    public static Order of(String label) {
      for (Order o : values()) {
        if (o.label.equals(label)) {
          return o;
        }
      }
      return null;
    }
  }

  public SearchRequest {
    query = query == null ? "" : query;
    filters = filters == null ? List.of() : List.copyOf(filters);
    order = order == null ? Order.RELEVANCE : order;
    provisionPath = provisionPath == null ? List.of() : List.copyOf(provisionPath);
    fullFacets = fullFacets == null ? Set.of() : Set.copyOf(fullFacets);
  }

  public SearchRequest(
      String query,
      List<String> filters,
      Order order,
      int offset,
      int limit,
      List<String> provisionPath) {
    this(query, filters, order, offset, limit, provisionPath, Set.of());
  }

  /** The first page of a query, best first. */
  public static SearchRequest of(String query, int limit, int offset) {
    return new SearchRequest(query, List.of(), Order.RELEVANCE, offset, limit, List.of());
  }

  /** The facet counts of what a query finds within filters, without hits. */
  public static SearchRequest counts(
      String query, List<String> filters, List<String> provisionPath, Set<String> fullFacets) {
    return new SearchRequest(query, filters, Order.RELEVANCE, 0, 0, provisionPath, fullFacets);
  }
}
