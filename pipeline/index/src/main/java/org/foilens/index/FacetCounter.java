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
 * children of a chosen path ({@code FOIA 35(1)}, then {@code FOIA 35(1)(a)}); the ruling facet
 * gives the rulings on the chosen provision and on the provisions of the level shown. Each
 * dimension gives its top {@value SearchRules#FACET_VALUES} values, or up to {@value
 * SearchRules#MAX_FACET_VALUES} when asked for in full, and says when it has more. Keeps the facet
 * state of the newest reader. Thread-safe.
 */
final class FacetCounter {

  private DirectoryReader stateReader;
  private SortedSetDocValuesReaderState state;

  private Facets counts(IndexReader reader, FacetsCollector collector) throws IOException {
    return new SortedSetDocValuesFacetCounts(state(reader), collector);
  }

  /**
   * The counts of the dimensions counted on every search; {@code provisionPath} picks the provision
   * level, and the dimensions in {@code full} (which may name those counted on request) are counted
   * in full.
   */
  SearchResults.Facets facets(
      IndexReader reader, FacetsCollector collector, List<String> provisionPath, Set<String> full)
      throws IOException {
    List<String> dims = new ArrayList<>();
    for (FacetDimension d : IndexFields.FACETS) {
      if (!d.onRequest() || full.contains(d.name())) {
        dims.add(d.name());
      }
    }
    return facets(reader, collector, provisionPath, Set.copyOf(dims), full);
  }

  /** The counts of the given dimensions only. */
  SearchResults.Facets facets(
      IndexReader reader,
      FacetsCollector collector,
      List<String> provisionPath,
      Set<String> dims,
      Set<String> full)
      throws IOException {
    Facets counts = counts(reader, collector);
    boolean anyProvision =
        state(reader).getDimTree(IndexSchema.PROVISION) != null; // Lucene fails on an absent tree
    Map<String, List<SearchResults.FacetCount>> out = new LinkedHashMap<>();
    List<String> more = new ArrayList<>();
    for (String dim : IndexSchema.FACETS) {
      if (!dims.contains(dim)) {
        continue;
      }
      int limit = SearchRules.facetValues(dim, full);
      List<SearchResults.FacetCount> values;
      if (dim.equals(IndexSchema.PROVISION)) {
        values = anyProvision ? provisions(counts, provisionPath, limit) : new ArrayList<>();
      } else if (dim.equals(IndexSchema.RULING)) {
        values = rulings(counts, provisionPath);
      } else {
        values = new ArrayList<>();
        FacetResult top = topChildren(counts, limit + 1, dim);
        if (top != null) {
          for (LabelAndValue lv : top.labelValues) {
            values.add(
                new SearchResults.FacetCount(lv.label, List.of(lv.label), lv.value.intValue()));
          }
        }
      }
      out.put(dim, SearchRules.shown(dim, values, limit, more));
    }
    return new SearchResults.Facets(out, more);
  }

  /**
   * Provision values at one level, one more than {@code limit} when there are more. With no path:
   * every Act's sections ({@code FOIA 35}), most frequent first. With a path such as {@code [FOIA,
   * 35]}: its children ({@code FOIA 35(1)}).
   */
  private static List<SearchResults.FacetCount> provisions(
      Facets counts, List<String> path, int limit) throws IOException {
    List<SearchResults.FacetCount> values = new ArrayList<>();
    if (path.isEmpty()) {
      FacetResult acts = topChildren(counts, SearchRules.FACET_VALUES, IndexSchema.PROVISION);
      if (acts != null) {
        for (LabelAndValue act : acts.labelValues) {
          FacetResult sections = topChildren(counts, limit + 1, IndexSchema.PROVISION, act.label);
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
      return values.size() > limit + 1 ? new ArrayList<>(values.subList(0, limit + 1)) : values;
    }
    FacetResult children =
        topChildren(counts, limit + 1, IndexSchema.PROVISION, path.toArray(String[]::new));
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

  /**
   * The rulings on the chosen provision and on the provisions of the level shown, every one of them
   * (a level has at most three rulings per provision), most frequent first, ties in the order of
   * their labels.
   */
  private static List<SearchResults.FacetCount> rulings(Facets counts, List<String> path)
      throws IOException {
    List<String> prefixes = RulingLabels.prefixes(path);
    FacetResult all;
    try {
      all = counts.getAllChildren(IndexSchema.RULING);
    } catch (IllegalArgumentException e) {
      return new ArrayList<>(); // no document has a ruling yet
    }
    List<RulingLabels.Count> found = new ArrayList<>();
    if (all != null) {
      for (LabelAndValue lv : all.labelValues) {
        if (prefixes.stream().anyMatch(lv.label::startsWith)) {
          found.add(new RulingLabels.Count(lv.label, lv.value.intValue()));
        }
      }
    }
    return RulingLabels.values(found);
  }

  /**
   * The counts of given values of flat dimensions and of given provision paths, 0 for those no
   * match has: {@code dim → label → count}.
   */
  Map<String, Map<String, Integer>> specific(
      IndexReader reader, FacetsCollector collector, Map<String, List<List<String>>> wanted)
      throws IOException {
    Facets counts = counts(reader, collector);
    Map<String, Map<String, Integer>> out = new LinkedHashMap<>();
    for (Map.Entry<String, List<List<String>>> e : wanted.entrySet()) {
      Map<String, Integer> values = new LinkedHashMap<>();
      for (List<String> path : e.getValue()) {
        values.put(String.join("/", path), specific(counts, e.getKey(), path));
      }
      out.put(e.getKey(), values);
    }
    return out;
  }

  private static int specific(Facets counts, String dim, List<String> path) throws IOException {
    try {
      Number n = counts.getSpecificValue(dim, path.toArray(String[]::new));
      return n == null || n.intValue() < 0 ? 0 : n.intValue();
    } catch (IllegalArgumentException e) {
      return 0; // no document has this dimension, or this path, yet
    }
  }

  static FacetResult topChildren(Facets counts, int limit, String dim, String... path)
      throws IOException {
    try {
      return counts.getTopChildren(limit, dim, path);
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
