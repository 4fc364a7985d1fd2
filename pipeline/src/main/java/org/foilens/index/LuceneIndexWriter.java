package org.foilens.index;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.FSDirectory;
import org.foilens.model.AnalyzedDocument;

/**
 * Writes analyzed documents into an embedded Lucene index in a folder. Documents are keyed by
 * {@link IndexSchema#idFor their source}, so writing a document again replaces it.
 */
public final class LuceneIndexWriter implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final IndexWriter writer;
  private final FacetsConfig facets = IndexSchema.facetsConfig();

  public LuceneIndexWriter(Path folder) throws IOException {
    IndexWriterConfig config = new IndexWriterConfig(IndexSchema.indexAnalyzer());
    config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    config.setRAMBufferSizeMB(64);
    this.writer = new IndexWriter(FSDirectory.open(folder), config);
  }

  /** Adds or replaces one document with its paragraphs, as one block. */
  public void write(AnalyzedDocument doc, String body) throws IOException {
    String json = JSON.writeValueAsString(doc);
    List<Document> block = new ArrayList<>(IndexSchema.toBlock(doc, body, json));
    block.set(block.size() - 1, facets.build(block.get(block.size() - 1)));
    writer.updateDocuments(new Term(IndexSchema.ID, IndexSchema.idFor(doc.source())), block);
  }

  public void commit() throws IOException {
    writer.commit();
  }

  /** Documents in the index, as of what this writer has added (paragraphs not counted). */
  public long documents() throws IOException {
    try (DirectoryReader reader = DirectoryReader.open(writer)) {
      return new IndexSearcher(reader).count(IndexSchema.documentsOnly());
    }
  }

  @Override
  public void close() throws IOException {
    writer.close();
  }
}
