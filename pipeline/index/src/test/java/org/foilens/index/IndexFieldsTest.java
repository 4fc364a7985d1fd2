package org.foilens.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.foilens.model.AnalyzedDocument;
import org.foilens.model.Origin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The facet values of a document as the index builds them. */
class IndexFieldsTest {

  /**
   * A blank name or authority is no facet value: Lucene refuses an empty facet label, and with it
   * the whole document.
   */
  @Test
  void aBlankValueIsNoFacetValueAndTheDocumentIsStillIndexed(@TempDir Path dir) throws IOException {
    AnalyzedDocument doc =
        AnalyzedDocument.builder(new Origin("n.txt", "00", null, List.of()))
            .authority(" ")
            .persons(List.of("", "Ada Okafor"))
            .organisations(List.of("", "  ", "Leeds City Council"))
            .build();
    DocumentRecord record = new DocumentRecord(doc, "body", List.of(), null, null, Instant.EPOCH);
    List<List<String>> organisations =
        IndexFields.facets(record).stream()
            .filter(f -> f.dimension().name().equals(IndexSchema.ORGANISATION))
            .map(IndexFields.FacetValue::path)
            .toList();
    assertEquals(List.of(List.of("Leeds City Council")), organisations);
    assertEquals(
        0,
        IndexFields.facets(record).stream()
            .filter(f -> f.dimension().name().equals(IndexSchema.AUTHORITY))
            .count());
    try (LuceneIndexWriter writer = new LuceneIndexWriter(dir)) {
      writer.write(record);
      writer.commit();
    }
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(dir))) {
      assertEquals(
          1, new IndexSearcher(reader).count(new TermQuery(new Term(IndexSchema.ID, record.id()))));
    }
  }
}
