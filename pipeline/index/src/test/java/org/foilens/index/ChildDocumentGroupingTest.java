package org.foilens.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.foilens.model.AnalyzedDocument;
import org.foilens.model.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A block may hold children other than a notice's paragraphs (a thread's attachments, say): a match
 * in them counts for their document, and a document is one hit however many of its children match.
 */
class ChildDocumentGroupingTest {

  @TempDir Path index;

  private static AnalyzedDocument thread(String source) {
    var json = Json.MAPPER;
    var node =
        json.createObjectNode()
            .put("source", source)
            .put("kind", "foi_thread")
            .put("title", "Request about parking")
            .put("date", "2024-02-01")
            .put("authority", "Leeds City Council")
            .put("status", "successful")
            .put("sector", "local government");
    try {
      return json.treeToValue(
          node, AnalyzedDocument.class); // from JSON: new contract fields do not break it
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void matchesInOtherChildrenGroupUnderTheirDocument() throws Exception {
    try (IndexWriter writer =
        new IndexWriter(
            FSDirectory.open(index), new IndexWriterConfig(IndexSchema.indexAnalyzer()))) {
      for (String source : List.of("threads/a.eml", "threads/b.eml")) {
        AnalyzedDocument doc = thread(source);
        List<Document> block = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
          Document attachment = new Document();
          attachment.add(
              new StringField(IndexSchema.ID, IndexSchema.idFor(source), Field.Store.YES));
          attachment.add(new StringField(IndexSchema.DOC_TYPE, "attachment", Field.Store.NO));
          attachment.add(
              LuceneDocuments.body(
                  source.equals("threads/a.eml")
                      ? "spreadsheet of penalty charge notices " + i
                      : "minutes " + i));
          block.add(attachment);
        }
        block.add(
            LuceneDocuments.parent(
                new DocumentRecord(
                    doc,
                    "Dear Council, please send the parking figures.",
                    List.of(),
                    null,
                    null,
                    Instant.now()),
                "{}",
                LuceneDocuments.facetsConfig()));
        writer.addDocuments(block);
      }
      writer.commit();
    }
    try (FoiSearcher searcher = new FoiSearcher(index)) {
      SearchResults r = searcher.search("\"penalty charge\"", 10, 0);
      assertEquals(1, r.total(), "three matching attachments, one thread");
      assertEquals(IndexSchema.idFor("threads/a.eml"), r.hits().get(0).id());
      assertEquals(
          1, r.facets().get("kind").get(0).count(), "facets count threads, not attachments");
      assertEquals(2, searcher.search("parking OR minutes", 10, 0).total());
      assertEquals(2, searcher.search("", 10, 0).total());
      assertEquals(
          0,
          searcher.search("minutes AND kind:foi_thread", 10, 0).total(),
          "one query is matched within one child: children need the filter fields, as paragraphs"
              + " have them");
      assertEquals(
          1,
          searcher
              .search(new SearchRequest("minutes", List.of("kind:foi_thread"), null, 0, 10, null))
              .total(),
          "a filter applies to the document");
      assertEquals("local government", r.hits().get(0).sector());
      assertEquals(2, searcher.search("sector:\"local government\"", 10, 0).total());
    }
  }
}
