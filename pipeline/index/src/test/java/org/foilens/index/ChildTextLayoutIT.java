package org.foilens.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.store.FSDirectory;
import org.foilens.Analysis;
import org.foilens.TestData;
import org.foilens.TestPipeline;
import org.foilens.model.Json;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The children's text has a field of its own ({@link IndexSchema#CHILD_TEXT}), so that the
 * documents' body holds only the documents' words. An index written before, with the children's
 * text in the body, and an index holding blocks of both layouts (an old index a newer ingest added
 * to) answer as the new layout does: the same documents for words, phrases, patterns, parts and
 * provisions, with paragraphs for the same hits.
 */
class ChildTextLayoutIT {

  private static final List<String> QUERIES =
      List.of(
          "information",
          "\"public interest\"",
          "exempt*",
          "comissioner~",
          "part:reasons AND exemption",
          "part:decision",
          "provision:\"FOIA 40\"",
          "s.12",
          "\"section 40(2)\" OR complainant",
          "council AND NOT police",
          "authority:council OR information");

  private static final List<List<Document>> BLOCKS = new ArrayList<>();

  @BeforeAll
  static void analyze() throws Exception {
    FacetsConfig facets = LuceneDocuments.facetsConfig();
    try (Stream<Path> notices = Files.list(TestData.root().resolve("corpus/notices"))) {
      for (Path f : notices.filter(p -> p.toString().endsWith(".pdf")).sorted().toList()) {
        Analysis a = TestPipeline.pipeline().analyze(f);
        DocumentRecord record =
            new DocumentRecord(a.document(), a.body(), List.of(), null, null, Instant.EPOCH);
        BLOCKS.add(
            LuceneDocuments.block(record, Json.MAPPER.writeValueAsString(a.document()), facets));
      }
    }
    assertTrue(BLOCKS.size() >= 6, "the corpus has notices: " + BLOCKS.size());
  }

  @Test
  void oldAndMixedIndexesAnswerAsTheNewLayoutDoes(@TempDir Path root) throws Exception {
    Path current = write(root.resolve("current"), BLOCKS.size());
    Path old = write(root.resolve("old"), 0);
    Path mixed = write(root.resolve("mixed"), BLOCKS.size() / 2);

    try (DirectoryReader r = DirectoryReader.open(FSDirectory.open(current))) {
      assertEquals(
          BLOCKS.size(),
          MultiTerms.getTerms(r, IndexSchema.BODY).getDocCount(),
          "only the documents have a body");
    }

    int withParagraphs = 0;
    try (FoiSearcher expected = new FoiSearcher(current);
        FoiSearcher fromOld = new FoiSearcher(old);
        FoiSearcher fromMixed = new FoiSearcher(mixed)) {
      for (String q : QUERIES) {
        Map<String, Boolean> want = answer(expected, q);
        assertFalse(want.isEmpty(), q + " finds something in the corpus");
        assertEquals(want, answer(fromOld, q), q + " on the old layout");
        assertEquals(want, answer(fromMixed, q), q + " on both layouts");
        withParagraphs += (int) want.values().stream().filter(b -> b).count();
      }
    }
    assertTrue(withParagraphs > 20, "hits with paragraphs: " + withParagraphs);
    assertEquals(List.of(IndexSchema.CHILD_TEXT), childFields(current));
    assertEquals(List.of(IndexSchema.BODY), childFields(old));
    assertEquals(List.of(IndexSchema.CHILD_TEXT, IndexSchema.BODY), childFields(mixed));
  }

  /**
   * How many documents a query finds, each hit's id, and whether it shows paragraphs with the
   * query's words marked.
   */
  private static Map<String, Boolean> answer(FoiSearcher searcher, String q) throws Exception {
    Map<String, Boolean> out = new TreeMap<>();
    SearchResults results = searcher.search(q, 100, 0);
    out.put("total " + results.total(), true);
    for (SearchResults.Hit hit : results.hits()) {
      boolean marked =
          !hit.paragraphs().isEmpty()
              && hit.paragraphs().stream().allMatch(p -> p.snippet().contains("<mark>"));
      out.put(hit.id(), marked);
    }
    return out;
  }

  private static List<String> childFields(Path index) throws Exception {
    try (DirectoryReader r = DirectoryReader.open(FSDirectory.open(index))) {
      return SearchSession.childFields(r);
    }
  }

  /**
   * An index of every block: the first {@code asNow} as written today, committed, then the rest
   * with their children's text in the body, as an index written before the child text field.
   */
  private static Path write(Path index, int asNow) throws Exception {
    try (IndexWriter writer =
        new IndexWriter(
            FSDirectory.open(index), new IndexWriterConfig(IndexSchema.indexAnalyzer()))) {
      for (int i = 0; i < BLOCKS.size(); i++) {
        if (i == asNow) {
          writer.commit(); // the two layouts in segments of their own, as two ingests leave them
        }
        writer.addDocuments(i < asNow ? BLOCKS.get(i) : oldLayout(BLOCKS.get(i)));
      }
      writer.commit();
    }
    return index;
  }

  private static List<Document> oldLayout(List<Document> block) {
    List<Document> out = new ArrayList<>();
    for (Document d : block) {
      IndexableField text = d.getField(IndexSchema.CHILD_TEXT);
      if (text == null) {
        out.add(d);
        continue;
      }
      Document old = new Document();
      for (IndexableField f : d.getFields()) {
        old.add(
            f == text ? new Field(IndexSchema.BODY, f.stringValue(), ((Field) f).fieldType()) : f);
      }
      out.add(old);
    }
    return out;
  }
}
