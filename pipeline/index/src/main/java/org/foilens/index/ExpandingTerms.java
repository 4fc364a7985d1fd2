package org.foilens.index;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.automaton.ByteRunAutomaton;

/**
 * The parts of a query that expand into the index's words when they run: wildcards, prefixes,
 * ranges, regular expressions and fuzzy terms.
 *
 * @param query the expanding part
 * @param automaton the words it matches; null for a part that matches every word of its field
 */
public record ExpandingTerms(MultiTermQuery query, ByteRunAutomaton automaton) {

  /** The expanding parts of a query, in the order the query holds them. */
  public static List<ExpandingTerms> in(Query query) {
    List<ExpandingTerms> out = new ArrayList<>();
    query.visit(
        new QueryVisitor() {
          @Override
          public void consumeTermsMatching(
              Query q, String field, Supplier<ByteRunAutomaton> automaton) {
            if (q instanceof MultiTermQuery m) {
              out.add(new ExpandingTerms(m, automaton.get()));
            }
          }

          @Override
          public void visitLeaf(Query q) {
            if (q instanceof MultiTermQuery m) {
              out.add(new ExpandingTerms(m, null));
            }
          }

          @Override
          public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
            return this;
          }
        });
    return out;
  }
}
