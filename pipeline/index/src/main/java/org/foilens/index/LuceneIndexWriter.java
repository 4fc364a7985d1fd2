package org.foilens.index;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.foilens.StageClock;
import org.foilens.model.AnalyzedDocument;
import org.foilens.model.Json;
import org.foilens.model.Message;

/**
 * Writes analyzed documents into an embedded Lucene index in a folder. Documents are keyed by
 * {@link IndexSchema#idFor their source}, so writing a document again replaces it. A new index is
 * committed empty at once, so that a process killed at any moment leaves an index that opens.
 */
public final class LuceneIndexWriter implements IndexSink {

  private static final ObjectMapper JSON = Json.MAPPER;

  private final Directory directory;
  private final IndexWriter writer;
  private final FacetsConfig facets = LuceneDocuments.facetsConfig();

  public LuceneIndexWriter(Path folder) throws IOException {
    IndexWriterConfig config = new IndexWriterConfig(IndexSchema.indexAnalyzer());
    config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    config.setRAMBufferSizeMB(64);
    this.directory = FSDirectory.open(folder);
    try {
      this.writer = new IndexWriter(directory, config);
    } catch (LockObtainFailedException e) {
      directory.close();
      throw new IOException("another process is writing to the index at " + folder, e);
    }
    if (!DirectoryReader.indexExists(directory)) {
      writer.commit();
    }
  }

  /**
   * Adds or replaces one document with its paragraphs, as one block, marked with the time it was
   * written (for the saved-search feeds).
   */
  public void write(AnalyzedDocument doc, String body) throws IOException {
    write(doc, body, List.of());
  }

  /**
   * Adds or replaces one document with its children (paragraphs, messages, attachments), as one
   * block.
   */
  public void write(AnalyzedDocument doc, String body, List<Message> messages) throws IOException {
    write(doc, body, messages, null, null);
  }

  /**
   * Adds or replaces one document joined from a folder's mail files ({@code ingest
   * --join-threads}), marked with the folder and the hash of its set of files.
   */
  public void write(
      AnalyzedDocument doc, String body, List<Message> messages, String mailSet, String mailSetSha)
      throws IOException {
    write(new DocumentRecord(doc, body, messages, mailSet, mailSetSha, Instant.now()));
  }

  /** Adds or replaces one document with its children, as one block. */
  @Override
  public void write(DocumentRecord record) throws IOException {
    long start = System.nanoTime();
    try {
      String json = JSON.writeValueAsString(record.document());
      writer.updateDocuments(
          new Term(IndexSchema.ID, record.id()), LuceneDocuments.block(record, json, facets));
    } finally {
      StageClock.record("index", start);
    }
  }

  /** Deletes the document of a source path, with its children, if there is one. */
  @Override
  public void delete(String source) throws IOException {
    writer.deleteDocuments(new Term(IndexSchema.ID, IndexSchema.idFor(source)));
  }

  /** A point-in-time view of what is indexed, including what is written but not yet committed. */
  public IndexedDocuments indexedDocuments() throws IOException {
    return new IndexedDocuments(DirectoryReader.open(writer));
  }

  /** What the last commit said about ingest runs. */
  public RunRecord runRecord() {
    Map<String, String> data = new HashMap<>();
    Iterable<Map.Entry<String, String>> live = writer.getLiveCommitData();
    if (live != null) {
      live.forEach(e -> data.put(e.getKey(), e.getValue()));
    }
    return RunRecord.fromCommitData(data);
  }

  @Override
  public void commit() throws IOException {
    writer.commit();
  }

  /**
   * Drops everything written since the last commit and closes the writer: used when a document
   * could not reach another index, so that this index does not record it as ingested.
   */
  public void rollback() throws IOException {
    writer.rollback();
  }

  /** Commits what is written, and the run record with it, in one atomic step. */
  public void commit(RunRecord run) throws IOException {
    long start = System.nanoTime();
    writer.setLiveCommitData(run.toCommitData().entrySet());
    writer.commit();
    StageClock.record("commit", start);
  }

  /** Documents in the index, as of what this writer has added (paragraphs not counted). */
  public long documents() throws IOException {
    try (DirectoryReader reader = DirectoryReader.open(writer)) {
      return new IndexSearcher(reader).count(IndexSchema.documentsOnly());
    }
  }

  @Override
  public void close() throws IOException {
    try {
      if (writer.isOpen()) {
        writer.close();
      }
    } finally {
      directory.close();
    }
  }
}
