package org.foilens.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.FSDirectory;
import org.foilens.Analysis;
import org.foilens.TestData;
import org.foilens.TestPipeline;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Threads with attached response letters (a PDF and a Word file) written into a real index: a
 * phrase found only in an attachment finds the thread, and the attachment is a child document of
 * the thread that names its file and its message.
 */
class AttachmentIndexIT {

  @TempDir static Path index;

  private static final List<String> THREADS =
      List.of(
          "hmrc-umbrella-company-checks.eml",
          "royal-free-agency-nursing.eml",
          "manchester-escooter-claims.mbox");

  @BeforeAll
  static void ingest() throws Exception {
    try (LuceneIndexWriter writer = new LuceneIndexWriter(index)) {
      for (String name : THREADS) {
        Analysis a =
            TestPipeline.pipeline()
                .analyze(TestData.root().resolve("corpus/threads").resolve(name));
        writer.write(a.document(), a.body(), a.messages());
      }
      writer.commit();
      assertEquals(3, writer.documents(), "children are not documents");
    }
  }

  @Test
  void aPhraseOnlyInAnAttachmentFindsTheThread() throws Exception {
    try (FoiSearcher searcher = new FoiSearcher(index)) {
      SearchResults pdf = searcher.search("\"tackling tax avoidance\"", 10, 0);
      assertEquals(1, pdf.total());
      assertTrue(pdf.hits().get(0).source().endsWith("hmrc-umbrella-company-checks.eml"));
      SearchResults docx = searcher.search("\"national framework agreements\"", 10, 0);
      assertEquals(1, docx.total());
      assertTrue(docx.hits().get(0).source().endsWith("royal-free-agency-nursing.eml"));
    }
  }

  @Test
  void theAttachmentIsAChildNamingItsFileAndMessage() throws Exception {
    try (FSDirectory dir = FSDirectory.open(index);
        DirectoryReader reader = DirectoryReader.open(dir)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      Query query =
          new BooleanQuery.Builder()
              .add(
                  new FoiQueryParser().parse("\"tackling tax avoidance\""),
                  BooleanClause.Occur.MUST)
              .add(
                  IndexSchema.childrenOfType(IndexSchema.ATTACHMENT_TYPE),
                  BooleanClause.Occur.FILTER)
              .build();
      ScoreDoc[] hits = searcher.search(query, 10).scoreDocs;
      assertEquals(1, hits.length);
      Document child = searcher.storedFields().document(hits[0].doc);
      assertEquals("FOI2024-01987 response.pdf", child.get(IndexSchema.ATTACHMENT));
      assertEquals(
          IndexSchema.idFor(
              TestData.root()
                  .resolve("corpus/threads/hmrc-umbrella-company-checks.eml")
                  .toString()),
          child.get(IndexSchema.ID));
      int message = child.getField(IndexSchema.MESSAGE).numericValue().intValue();
      assertEquals(1, message, "the reply that carries the letter is the file's one message");
      assertTrue(
          searcher.count(IndexSchema.childrenOfType(IndexSchema.MESSAGE_TYPE)) >= 6,
          "each message is a child");
    }
  }
}
