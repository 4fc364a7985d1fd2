package org.foilens.index;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.BytesRef;

/**
 * Refuses a query whose wildcards, prefixes, ranges or regular expressions expand into more
 * distinct terms of the index than a limit, before it runs. Fuzzy queries are left alone: they keep
 * only their best few expansions by themselves.
 */
final class ExpansionLimit {

  private ExpansionLimit() {}

  /**
   * @throws QueryException naming the part of the query that expands too far
   */
  static void check(IndexReader reader, Query query, int maxTerms)
      throws QueryException, IOException {
    List<MultiTermQuery> expanding =
        ExpandingTerms.in(query).stream()
            .map(ExpandingTerms::query)
            .filter(m -> !(m instanceof FuzzyQuery))
            .toList();
    for (MultiTermQuery m : expanding) {
      if (countUpTo(reader, m, maxTerms + 1) > maxTerms) {
        throw new QueryException(
            "'"
                + m.toString()
                + "' matches more than "
                + maxTerms
                + " different words: make it more specific",
            null);
      }
    }
  }

  private static int countUpTo(IndexReader reader, MultiTermQuery m, int stop) throws IOException {
    Set<BytesRef> seen = new HashSet<>();
    for (LeafReaderContext leaf : reader.leaves()) {
      Terms terms = leaf.reader().terms(m.getField());
      if (terms == null) {
        continue;
      }
      TermsEnum te = m.getTermsEnum(terms);
      for (BytesRef t = te.next(); t != null; t = te.next()) {
        seen.add(BytesRef.deepCopyOf(t));
        if (seen.size() >= stop) {
          return seen.size();
        }
      }
    }
    return seen.size();
  }
}
