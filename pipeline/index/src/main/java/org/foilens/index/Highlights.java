package org.foilens.index;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * The highlighted text of a search page: each hit's snippets from its body, and its paragraphs'
 * passages, the query's words in {@code <mark>}.
 */
final class Highlights {

  private Highlights() {}

  /**
   * The highlighted text of paragraphs, two passages each, null for one that matched on a filter
   * field only.
   */
  static String[] paragraphs(IndexSearcher searcher, Query query, List<ScoreDoc> paragraphs)
      throws IOException {
    return highlighter(searcher)
        .withMaxNoHighlightPassages(0)
        .build()
        .highlight(
            IndexSchema.BODY,
            query,
            new TopDocs(
                new TotalHits(paragraphs.size(), TotalHits.Relation.EQUAL_TO),
                paragraphs.toArray(new ScoreDoc[0])),
            2);
  }

  /**
   * Each hit's three best passages of its body, run onto one line; null for a hit whose body does
   * not hold the query's words.
   */
  static String[] snippets(IndexSearcher searcher, Query query, ScoreDoc[] page)
      throws IOException {
    if (page.length == 0) {
      return new String[0];
    }
    UnifiedHighlighter highlighter = highlighter(searcher).withMaxLength(2_000_000).build();
    TopDocs pageDocs = new TopDocs(new TotalHits(page.length, TotalHits.Relation.EQUAL_TO), page);
    String[] out = highlighter.highlight(IndexSchema.BODY, query, pageDocs, 3);
    for (int i = 0; i < out.length; i++) {
      if (out[i] != null) {
        out[i] = out[i].replaceAll("\\s*\\R\\s*", " ");
      }
    }
    return out;
  }

  /**
   * The query to highlight with: the same query with every wildcard, prefix, regular expression and
   * fuzzy term expanded into the index's words it matches. The highlighter reads plain words'
   * offsets from the postings; given a pattern instead, it analyses each hit's whole text again
   * and, for a fuzzy term, builds its automaton once per hit and paragraph (most of a fuzzy
   * search's time). The expansion is bounded as the search's is ({@link ExpansionLimit}).
   */
  static Query forHighlighting(IndexSearcher searcher, String query, Query parsed)
      throws IOException {
    if (ExpandingTerms.in(parsed).isEmpty()) {
      return parsed;
    }
    FoiQueryParser parser = new FoiQueryParser();
    parser.setMultiTermRewriteMethod(MultiTermQuery.SCORING_BOOLEAN_REWRITE);
    try {
      return searcher.rewrite(parser.parseUserQuery(query));
    } catch (QueryException | IndexSearcher.TooManyClauses e) {
      return parsed; // highlighted the slow way, as it parsed for the search
    }
  }

  /**
   * Highlights matches in {@code <mark>}, with all other text HTML-escaped, in passages of whole
   * sentences ({@link ScannedSentences}: the JDK's sentences, found once per text).
   */
  private static UnifiedHighlighter.Builder highlighter(IndexSearcher searcher) {
    return UnifiedHighlighter.builder(searcher, IndexSchema.queryAnalyzer())
        .withBreakIterator(ScannedSentences::new)
        .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true));
  }
}
