package org.foilens.index;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.FixedBitSet;

/**
 * The documents one search has matched, as a query, for further searches within them that should
 * not match the first query again: the trends search runs a query once, then once a year within its
 * matches. Valid only on the searcher that collected the matches (segments are known by their place
 * in its reader).
 */
final class MatchedDocsQuery extends Query {

  /** One segment's matches, and how many there are (the iterator's cost, counted once). */
  private record Matched(FixedBitSet docs, int count) {}

  private final Map<Integer, Matched> bySegment;

  private MatchedDocsQuery(Map<Integer, Matched> bySegment) {
    this.bySegment = bySegment;
  }

  /** The matches a collector has collected. */
  static MatchedDocsQuery of(FacetsCollector collector) throws IOException {
    Map<Integer, FixedBitSet> docs = new HashMap<>();
    for (FacetsCollector.MatchingDocs m : collector.getMatchingDocs()) {
      if (m.totalHits() == 0 || m.bits() == null) {
        continue;
      }
      LeafReaderContext segment = m.context();
      docs.computeIfAbsent(segment.ord, ord -> new FixedBitSet(segment.reader().maxDoc()))
          .or(m.bits().iterator()); // a segment searched in several slices has several entries
    }
    Map<Integer, Matched> bySegment = new HashMap<>();
    docs.forEach((ord, set) -> bySegment.put(ord, new Matched(set, set.cardinality())));
    return new MatchedDocsQuery(bySegment);
  }

  @Override
  public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
    return new ConstantScoreWeight(this, boost) {
      @Override
      public ScorerSupplier scorerSupplier(LeafReaderContext segment) {
        Matched matched = bySegment.get(segment.ord);
        if (matched == null) {
          return null;
        }
        return new DefaultScorerSupplier(
            new ConstantScoreScorer(
                score(), scoreMode, new BitSetIterator(matched.docs(), matched.count())));
      }

      @Override
      public boolean isCacheable(LeafReaderContext segment) {
        return false; // one search's matches: nothing another search could reuse
      }
    };
  }

  @Override
  public void visit(QueryVisitor visitor) {
    visitor.visitLeaf(this);
  }

  @Override
  public String toString(String field) {
    return "matched(" + bySegment.size() + " segments)";
  }

  @Override
  public boolean equals(Object other) {
    return this == other;
  }

  @Override
  public int hashCode() {
    return System.identityHashCode(this);
  }
}
