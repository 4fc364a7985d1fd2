package org.foilens.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

/** A search's matches as a query: searching within them finds what the query itself finds. */
class MatchedDocsQueryTest {

  @Test
  void searchingWithinTheMatchesFindsWhatTheQueryFinds() throws IOException {
    try (Directory dir = new ByteBuffersDirectory()) {
      IndexWriterConfig config =
          new IndexWriterConfig(new StandardAnalyzer()).setMergePolicy(NoMergePolicy.INSTANCE);
      try (IndexWriter w = new IndexWriter(dir, config)) {
        for (int segment = 0;
            segment < 3;
            segment++) { // three segments, blocks of a parent and two children
          for (int i = 0; i < 40; i++) {
            int n = segment * 40 + i;
            List<Document> block = new ArrayList<>();
            for (int c = 0; c < 2; c++) {
              Document child = new Document();
              child.add(
                  new TextField(
                      "body",
                      "child text " + (n % 3 == 0 ? "refused" : "granted"),
                      Field.Store.NO));
              block.add(child);
            }
            Document parent = new Document();
            parent.add(new StringField("type", "parent", Field.Store.NO));
            parent.add(
                new TextField(
                    "body", n % 2 == 0 ? "refused under section 12" : "disclosed", Field.Store.NO));
            parent.add(new IntPoint("year", 2010 + n % 7));
            block.add(parent);
            w.addDocuments(block);
          }
          w.commit();
        }
      }
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        assertEquals(3, reader.leaves().size());
        IndexSearcher searcher = new IndexSearcher(reader);
        Query query = new TermQuery(new Term("body", "refused")); // parents and children alike
        FacetsCollectorManager.FacetsResult all =
            FacetsCollectorManager.search(searcher, query, 1, new FacetsCollectorManager());
        Query matches = MatchedDocsQuery.of(all.facetsCollector());
        assertEquals(searcher.count(query), searcher.count(matches));
        for (int year = 2010; year < 2017; year++) {
          Query inYear = IntPoint.newExactQuery("year", year);
          int expected = searcher.count(both(query, inYear));
          assertEquals(expected, searcher.count(both(matches, inYear)), "year " + year);
          assertTrue(expected > 0, "year " + year);
        }
      }
    }
  }

  private static Query both(Query a, Query b) {
    return new BooleanQuery.Builder()
        .add(a, BooleanClause.Occur.FILTER)
        .add(b, BooleanClause.Occur.FILTER)
        .build();
  }
}
