package org.foilens.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;

/**
 * Counts the facets of {@link IndexSchema#FACETS} over a search's matches. The hierarchical
 * provision facet is counted one level at a time: Act and section first ({@code FOIA 35}), then the
 * children of a chosen path ({@code FOIA 35(1)}, then {@code FOIA 35(1)(a)}). Keeps the facet state
 * of the newest reader. Thread-safe.
 */
final class FacetCounter {

  static final int VALUES = SearchRules.FACET_VALUES;
  private static final Set<String> ALL_DIMENSIONS = Set.copyOf(IndexSchema.FACETS);

  private DirectoryReader stateReader;
  private SortedSetDocValuesReaderState state;

  private Facets counts(IndexReader reader, FacetsCollector collector) throws IOException {
    return new SortedSetDocValuesFacetCounts(state(reader), collector);
  }

  /** The top values of every dimension; {@code provisionPath} picks the provision level. */
  Map<String, List<SearchResults.FacetCount>> facets(
      IndexReader reader, FacetsCollector collector, List<String> provisionPath)
      throws IOException {
    return facets(reader, collector, provisionPath, ALL_DIMENSIONS);
  }

  /** The top values of the given dimensions only. */
  Map<String, List<SearchResults.FacetCount>> facets(
      IndexReader reader, FacetsCollector collector, List<String> provisionPath, Set<String> dims)
      throws IOException {
    Facets counts = counts(reader, collector);
    boolean anyProvision =
        state(reader).getDimTree(IndexSchema.PROVISION) != null; // Lucene fails on an absent tree
    Map<String, List<SearchResults.FacetCount>> out = new LinkedHashMap<>();
    for (String dim : IndexSchema.FACETS) {
      if (!dims.contains(dim)) {
        continue;
      }
      List<SearchResults.FacetCount> values = new ArrayList<>();
      if (dim.equals(IndexSchema.PROVISION)) {
        values = anyProvision ? provisions(counts, provisionPath) : values;
      } else {
        FacetResult top = topChildren(counts, dim);
        if (top != null) {
          for (LabelAndValue lv : top.labelValues) {
            values.add(
                new SearchResults.FacetCount(lv.label, List.of(lv.label), lv.value.intValue()));
          }
        }
        if (dim.equals(IndexSchema.YEAR)) {
          values.sort((a, b) -> b.value().compareTo(a.value()));
        }
      }
      out.put(dim, values);
    }
    return out;
  }

  /**
   * Provision values at one level. With no path: every Act's sections ({@code FOIA 35}), most
   * frequent first. With a path such as {@code [FOIA, 35]}: its children ({@code FOIA 35(1)}).
   */
  private static List<SearchResults.FacetCount> provisions(Facets counts, List<String> path)
      throws IOException {
    List<SearchResults.FacetCount> values = new ArrayList<>();
    if (path.isEmpty()) {
      FacetResult acts = topChildren(counts, IndexSchema.PROVISION);
      if (acts != null) {
        for (LabelAndValue act : acts.labelValues) {
          FacetResult sections = topChildren(counts, IndexSchema.PROVISION, act.label);
          if (sections != null) {
            for (LabelAndValue s : sections.labelValues) {
              values.add(
                  new SearchResults.FacetCount(
                      act.label + " " + s.label, List.of(act.label, s.label), s.value.intValue()));
            }
          }
        }
      }
      values.sort((a, b) -> Integer.compare(b.count(), a.count()));
      return values.size() > VALUES ? new ArrayList<>(values.subList(0, VALUES)) : values;
    }
    FacetResult children = topChildren(counts, IndexSchema.PROVISION, path.toArray(String[]::new));
    if (children != null) {
      for (LabelAndValue c : children.labelValues) {
        List<String> childPath = new ArrayList<>(path);
        childPath.add(c.label);
        values.add(
            new SearchResults.FacetCount(
                path.get(0) + " " + c.label, childPath, c.value.intValue()));
      }
    }
    return values;
  }

  static FacetResult topChildren(Facets counts, String dim, String... path) throws IOException {
    try {
      return counts.getTopChildren(VALUES, dim, path);
    } catch (IllegalArgumentException e) {
      return null; // no document has this dimension, or this path, yet
    }
  }

  private synchronized SortedSetDocValuesReaderState state(IndexReader reader) throws IOException {
    if (state == null || stateReader != reader) {
      state =
          new DefaultSortedSetDocValuesReaderState(
              (DirectoryReader) reader, LuceneDocuments.facetsConfig());
      stateReader = (DirectoryReader) reader;
    }
    return state;
  }
}
