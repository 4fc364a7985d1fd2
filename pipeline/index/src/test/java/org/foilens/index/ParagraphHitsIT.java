package org.foilens.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.FSDirectory;
import org.foilens.Analysis;
import org.foilens.TestData;
import org.foilens.TestPipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A hit's paragraphs are read from its own block with one weight for the page; on a real index of
 * corpus notices, for every kind of query (words, a phrase, a pattern, a fuzzy word, a date range,
 * a part), they are exactly the paragraphs that searching the whole index for that document's
 * paragraphs finds, in the same order with the same scores.
 */
class ParagraphHitsIT {

  private static final List<String> QUERIES =
      List.of(
          "information",
          "\"public interest\"",
          "exempt*",
          "comissioner~",
          "section AND date:[2000-01-01 TO 2030-12-31]",
          "part:reasons AND exemption",
          "\"section 40(2)\" OR complainant");

  @Test
  void theBlockGivesWhatTheWholeIndexGives(@TempDir Path index) throws Exception {
    try (LuceneIndexWriter writer = new LuceneIndexWriter(index);
        Stream<Path> notices = Files.list(TestData.root().resolve("corpus/notices"))) {
      for (Path f : notices.filter(p -> p.toString().endsWith(".pdf")).sorted().toList()) {
        Analysis a = TestPipeline.pipeline().analyze(f);
        writer.write(a.document(), a.body());
      }
      writer.commit();
    }
    int compared = 0;
    try (SearcherManager manager = new SearcherManager(FSDirectory.open(index), null)) {
      for (String query : QUERIES) {
        Query parsed = FoiQueryParser.parseQuery(query);
        try (SearchSession s = new SearchSession(manager, SearchRules.Limits.DEFAULT)) {
          Weight weight = s.paragraphWeight(parsed);
          TopDocs hits = s.searcher.search(s.documents(parsed, List.of()), 100);
          for (ScoreDoc hit : hits.scoreDocs) {
            String id = s.searcher.storedFields().document(hit.doc).get(IndexSchema.ID);
            Query whole =
                new BooleanQuery.Builder()
                    .add(parsed, BooleanClause.Occur.MUST)
                    .add(IndexSchema.paragraphsOnly(), BooleanClause.Occur.FILTER)
                    .add(new TermQuery(new Term(IndexSchema.ID, id)), BooleanClause.Occur.FILTER)
                    .build();
            TopDocs expected = s.searcher.search(whole, 6);
            TopDocs actual = s.childrenOf(hit.doc, weight, 6);
            assertEquals(render(expected), render(actual), query + " in " + id);
            compared += expected.scoreDocs.length;
          }
        }
      }
    }
    assertTrue(compared > 50, "too few paragraphs compared: " + compared);
  }

  private static String render(TopDocs top) {
    return Arrays.stream(top.scoreDocs).map(sd -> sd.doc + ":" + sd.score).toList().toString();
  }
}
