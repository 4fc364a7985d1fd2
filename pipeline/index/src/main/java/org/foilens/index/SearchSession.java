package org.foilens.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.QueryTimeoutImpl;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
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
  private final List<String> childFields;

  /** A query parsed with its free text on a given field. */
  interface Parse {
    Query on(String textField) throws QueryException, IOException;
  }

  SearchSession(SearcherManager manager, SearchRules.Limits limits) throws IOException {
    this.manager = manager;
    this.limits = limits;
    this.shared = manager.acquire();
    this.searcher = new IndexSearcher(shared.getIndexReader());
    searcher.setTimeout(new QueryTimeoutImpl(limits.timeLimit().toMillis()));
    this.childFields = childFields(searcher.getIndexReader());
  }

  /**
   * The fields the children's text is in: {@link IndexSchema#CHILD_TEXT}; {@link IndexSchema#BODY}
   * in an index written before it; both in an index that holds blocks of either layout (an old
   * index that a newer ingest has added to). A segment holds children's text in the body when more
   * of its documents have a body than are documents.
   */
  static List<String> childFields(IndexReader reader) throws IOException {
    boolean childText = false;
    boolean body = false;
    Term documents = new Term(IndexSchema.DOC_TYPE, IndexSchema.DOCUMENT);
    for (LeafReaderContext leaf : reader.leaves()) {
      childText |= leaf.reader().getFieldInfos().fieldInfo(IndexSchema.CHILD_TEXT) != null;
      Terms bodies = leaf.reader().terms(IndexSchema.BODY);
      body |= bodies != null && bodies.getDocCount() > leaf.reader().docFreq(documents);
    }
    if (childText && body) {
      return List.of(IndexSchema.CHILD_TEXT, IndexSchema.BODY);
    }
    return List.of(body ? IndexSchema.BODY : IndexSchema.CHILD_TEXT);
  }

  /** The fields the children's text is in, in this reader ({@link #childFields(IndexReader)}). */
  List<String> childFields() {
    return childFields;
  }

  /**
   * A query as it runs on children: parsed with its free text on the children's text, or on either
   * field while the index holds both layouts.
   */
  Query onChildren(Parse parse) throws QueryException, IOException {
    if (childFields.size() == 1) {
      return parse.on(childFields.get(0));
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (String field : childFields) {
      b.add(parse.on(field), BooleanClause.Occur.SHOULD);
    }
    return b.build();
  }

  IndexReader reader() {
    return searcher.getIndexReader();
  }

  /**
   * The documents a query finds, within the filters. A query on {@code part:} is about paragraphs:
   * it runs on the paragraphs and finds the documents they belong to. Any other query runs on the
   * documents and on any other kind of child document in their blocks (attachments, say), so that
   * one document is one hit however its block is made up.
   *
   * @param parsed {@code query} parsed ({@link FoiQueryParser#parseQuery(String)})
   */
  Query documents(String query, Query parsed, List<String> filters)
      throws QueryException, IOException {
    BooleanQuery.Builder b =
        new BooleanQuery.Builder()
            .add(
                documentsOf(parsed, field -> FoiQueryParser.parseQuery(query, field)),
                BooleanClause.Occur.MUST);
    for (String filter : filters) {
      if (filter != null && !filter.isBlank()) {
        b.add(
            documentsOf(
                FoiQueryParser.parseFilter(filter),
                field -> FoiQueryParser.parseFilter(filter, field)),
            BooleanClause.Occur.FILTER);
      }
    }
    Query q = b.build();
    ExpansionLimit.check(reader(), q, limits.maxExpansions());
    return q;
  }

  private Query documentsOf(Query parsed, Parse parse) throws QueryException, IOException {
    if (FoiQueryParser.usesField(parsed, IndexSchema.PART)) {
      return new ToParentBlockJoinQuery(
          only(onChildren(parse), IndexSchema.paragraphsOnly()), PARENTS, ScoreMode.Max);
    }
    Query own =
        childFields.equals(List.of(IndexSchema.CHILD_TEXT)) && onBodyOnly(parsed)
            ? parsed // only documents have a body: asking for them too would only cost time
            : only(parsed, IndexSchema.documentsOnly());
    List<BytesRef> others = otherChildTypes();
    if (others.isEmpty()) {
      return own;
    }
    Query children = only(onChildren(parse), new TermInSetQuery(IndexSchema.DOC_TYPE, others));
    return new BooleanQuery.Builder()
        .add(own, BooleanClause.Occur.SHOULD)
        .add(
            new ToParentBlockJoinQuery(children, PARENTS, ScoreMode.Max),
            BooleanClause.Occur.SHOULD)
        .build();
  }

  /**
   * Whether a query can match only where the body has its words: a query on body text, or a
   * conjunction with such a query in it, or a disjunction of such queries. Once the children's text
   * is in a field of its own, only documents have a body, and such a query needs no filter to find
   * only documents; without one, Lucene can skip through the body's postings by their best scores
   * instead of scoring every match.
   */
  static boolean onBodyOnly(Query q) {
    if (q instanceof BoostQuery b) {
      return onBodyOnly(b.getQuery());
    }
    if (q instanceof ConstantScoreQuery c) {
      return onBodyOnly(c.getQuery());
    }
    if (q instanceof BooleanQuery b) {
      boolean required = false;
      boolean anyOptional = false;
      boolean allOptional = true;
      for (BooleanClause c : b.clauses()) {
        switch (c.occur()) {
          case MUST, FILTER -> required |= onBodyOnly(c.query());
          case SHOULD -> {
            anyOptional = true;
            allOptional &= onBodyOnly(c.query());
          }
          case MUST_NOT -> {}
        }
      }
      boolean optionalDecide =
          b.getMinimumNumberShouldMatch() > 0
              || b.clauses().stream().noneMatch(c -> c.isRequired());
      return required || (optionalDecide && anyOptional && allOptional);
    }
    Set<String> fields = new HashSet<>();
    q.visit(
        new QueryVisitor() {
          @Override
          public boolean acceptField(String field) {
            fields.add(field);
            return true;
          }

          @Override
          public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
            return this;
          }
        });
    return fields.equals(Set.of(IndexSchema.BODY));
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
   *
   * @param onChildren the query as it runs on children ({@link #onChildren})
   */
  Weight paragraphWeight(Query onChildren) throws IOException {
    Query q = only(onChildren, IndexSchema.paragraphsOnly());
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
