package org.foilens.index;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BitDocIdSet;
import org.apache.lucene.util.SparseFixedBitSet;

/**
 * The matches of one search split by the year of their document date ({@link
 * IndexSchema#DATE_DAYS}), segment by segment, for counting facets year by year without running
 * the query once a year. Undated documents belong to no year.
 */
final class YearSplit {

  private YearSplit() {}

  /** Per year, the matches of each segment that fall in it. */
  static Map<Integer, List<FacetsCollector.MatchingDocs>> of(FacetsCollector all) throws IOException {
    Map<Integer, List<FacetsCollector.MatchingDocs>> out = new HashMap<>();
    for (FacetsCollector.MatchingDocs segment : all.getMatchingDocs()) {
      if (segment.bits() == null || segment.totalHits() == 0) {
        continue;
      }
      NumericDocValues days = DocValues.getNumeric(segment.context().reader(), IndexSchema.DATE_DAYS);
      Map<Integer, SparseFixedBitSet> years = new HashMap<>();
      Map<Integer, Integer> counts = new HashMap<>();
      int maxDoc = segment.context().reader().maxDoc();
      DocIdSetIterator docs = segment.bits().iterator();
      for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
        if (!days.advanceExact(doc)) {
          continue;
        }
        int year = LocalDate.ofEpochDay(days.longValue()).getYear();
        years.computeIfAbsent(year, y -> new SparseFixedBitSet(maxDoc)).set(doc);
        counts.merge(year, 1, Integer::sum);
      }
      for (Map.Entry<Integer, SparseFixedBitSet> e : years.entrySet()) {
        int n = counts.get(e.getKey());
        out.computeIfAbsent(e.getKey(), y -> new ArrayList<>())
            .add(new FacetsCollector.MatchingDocs(segment.context(), new BitDocIdSet(e.getValue(), n), n, null));
      }
    }
    return out;
  }

  /** A collector that has collected exactly these matches, for the facet counters. */
  static FacetsCollector collector(List<FacetsCollector.MatchingDocs> matches) {
    List<FacetsCollector.MatchingDocs> copy = List.copyOf(matches);
    return new FacetsCollector() {
      @Override
      public List<MatchingDocs> getMatchingDocs() {
        return copy;
      }
    };
  }
}
