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
 * not match the first query again: the trends search runs a query once, then once a year within
 * its matches. Valid only on the searcher that collected the matches (segments are known by
 * their place in its reader).
 */
final class MatchedDocsQuery extends Query {

  private final Map<Integer, FixedBitSet> bySegment;

  private MatchedDocsQuery(Map<Integer, FixedBitSet> bySegment) {
    this.bySegment = bySegment;
  }

  /** The matches a collector has collected. */
  static MatchedDocsQuery of(FacetsCollector collector) throws IOException {
    Map<Integer, FixedBitSet> bySegment = new HashMap<>();
    for (FacetsCollector.MatchingDocs m : collector.getMatchingDocs()) {
      if (m.totalHits() == 0 || m.bits() == null) {
        continue;
      }
      LeafReaderContext segment = m.context();
      bySegment
          .computeIfAbsent(segment.ord, ord -> new FixedBitSet(segment.reader().maxDoc()))
          .or(m.bits().iterator()); // a segment searched in several slices has several entries
    }
    return new MatchedDocsQuery(bySegment);
  }

  @Override
  public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
    return new ConstantScoreWeight(this, boost) {
      @Override
      public ScorerSupplier scorerSupplier(LeafReaderContext segment) {
        FixedBitSet matched = bySegment.get(segment.ord);
        if (matched == null) {
          return null;
        }
        return new DefaultScorerSupplier(
            new ConstantScoreScorer(score(), scoreMode, new BitSetIterator(matched, matched.cardinality())));
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
