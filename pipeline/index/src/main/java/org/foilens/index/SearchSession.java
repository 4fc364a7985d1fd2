package org.foilens.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.QueryTimeoutImpl;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.join.BitSetProducer;
import org.apache.lucene.search.join.QueryBitSetProducer;
import org.apache.lucene.search.join.ScoreMode;
import org.apache.lucene.search.join.ToParentBlockJoinQuery;
import org.apache.lucene.util.BitSet;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * One request's view of the index: the newest reader, and a searcher of its own with the time limit
 * set (the shared searcher must not carry one request's deadline).
 */
final class SearchSession implements AutoCloseable {

  private static final BitSetProducer PARENTS =
      new QueryBitSetProducer(IndexSchema.documentsOnly());

  private final SearcherManager manager;
  private final IndexSearcher shared;
  final IndexSearcher searcher;
  private final SearchRules.Limits limits;

  SearchSession(SearcherManager manager, SearchRules.Limits limits) throws IOException {
    this.manager = manager;
    this.limits = limits;
    this.shared = manager.acquire();
    this.searcher = new IndexSearcher(shared.getIndexReader());
    searcher.setTimeout(new QueryTimeoutImpl(limits.timeLimit().toMillis()));
  }

  IndexReader reader() {
    return searcher.getIndexReader();
  }

  /**
   * The documents a query finds, within the filters. A query on {@code part:} is about paragraphs:
   * it runs on the paragraphs and finds the documents they belong to. Any other query runs on the
   * documents and on any other kind of child document in their blocks (attachments, say), so that
   * one document is one hit however its block is made up.
   */
  Query documents(Query parsed, List<String> filters) throws QueryException, IOException {
    BooleanQuery.Builder b =
        new BooleanQuery.Builder().add(documentsOf(parsed), BooleanClause.Occur.MUST);
    for (String filter : filters) {
      if (filter != null && !filter.isBlank()) {
        b.add(documentsOf(FoiQueryParser.parseFilter(filter)), BooleanClause.Occur.FILTER);
      }
    }
    Query q = b.build();
    ExpansionLimit.check(reader(), q, limits.maxExpansions());
    return q;
  }

  private Query documentsOf(Query parsed) throws IOException {
    if (FoiQueryParser.usesField(parsed, IndexSchema.PART)) {
      return new ToParentBlockJoinQuery(
          only(parsed, IndexSchema.paragraphsOnly()), PARENTS, ScoreMode.Max);
    }
    Query own = only(parsed, IndexSchema.documentsOnly());
    List<BytesRef> others = otherChildTypes();
    if (others.isEmpty()) {
      return own;
    }
    Query children = only(parsed, new TermInSetQuery(IndexSchema.DOC_TYPE, others));
    return new BooleanQuery.Builder()
        .add(own, BooleanClause.Occur.SHOULD)
        .add(
            new ToParentBlockJoinQuery(children, PARENTS, ScoreMode.Max),
            BooleanClause.Occur.SHOULD)
        .build();
  }

  /** Kinds of child documents other than paragraphs that the index holds. */
  private List<BytesRef> otherChildTypes() throws IOException {
    List<BytesRef> out = new ArrayList<>();
    Terms terms = MultiTerms.getTerms(reader(), IndexSchema.DOC_TYPE);
    if (terms == null) {
      return out;
    }
    TermsEnum te = terms.iterator();
    for (BytesRef t = te.next(); t != null; t = te.next()) {
      String type = t.utf8ToString();
      if (!type.equals(IndexSchema.DOCUMENT) && !type.equals(IndexSchema.PARAGRAPH_TYPE)) {
        out.add(BytesRef.deepCopyOf(t));
      }
    }
    return out;
  }

  private static Query only(Query q, Query docType) {
    return new BooleanQuery.Builder()
        .add(q, BooleanClause.Occur.MUST)
        .add(docType, BooleanClause.Occur.FILTER)
        .build();
  }

  /**
   * The weight of a query on paragraphs, built once for a page of hits: its words' statistics and
   * any pattern's expansion are looked up once, not again for every hit.
   */
  Weight paragraphWeight(Query parsed) throws IOException {
    Query q = only(parsed, IndexSchema.paragraphsOnly());
    return searcher.createWeight(
        searcher.rewrite(q), org.apache.lucene.search.ScoreMode.COMPLETE, 1f);
  }

  /**
   * The best {@code n} children of one document that a weight matches, best first (ties in index
   * order): only the document's own block is read, the children indexed just before it.
   */
  TopDocs childrenOf(int parent, Weight weight, int n) throws IOException {
    List<LeafReaderContext> leaves = reader().leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(parent, leaves));
    int last = parent - leaf.docBase;
    BitSet parents = PARENTS.getBitSet(leaf);
    int first = last == 0 || parents == null ? 0 : parents.prevSetBit(last - 1) + 1;
    Scorer scorer = weight.scorer(leaf);
    if (scorer == null || first >= last) {
      return EMPTY;
    }
    TwoPhaseIterator twoPhase = scorer.twoPhaseIterator();
    DocIdSetIterator it = twoPhase == null ? scorer.iterator() : twoPhase.approximation();
    Bits live = leaf.reader().getLiveDocs();
    List<ScoreDoc> found = new ArrayList<>();
    for (int d = it.advance(first); d < last; d = it.nextDoc()) {
      if ((live == null || live.get(d)) && (twoPhase == null || twoPhase.matches())) {
        found.add(new ScoreDoc(leaf.docBase + d, scorer.score()));
      }
    }
    found.sort(
        Comparator.comparingDouble((ScoreDoc sd) -> sd.score)
            .reversed()
            .thenComparingInt(sd -> sd.doc));
    ScoreDoc[] best = found.subList(0, Math.min(n, found.size())).toArray(ScoreDoc[]::new);
    return new TopDocs(new TotalHits(found.size(), TotalHits.Relation.EQUAL_TO), best);
  }

  private static final TopDocs EMPTY =
      new TopDocs(new TotalHits(0, TotalHits.Relation.EQUAL_TO), new ScoreDoc[0]);

  @Override
  public void close() throws IOException {
    manager.release(shared);
  }
}
