package org.foilens.index;

import java.io.IOException;

/**
 * Where an ingest puts documents: the embedded Lucene index, a SolrCloud collection, the records
 * log. Writing a document again replaces it with its children; a delete removes them too.
 * Implementations are thread-safe: an ingest's periodic commit runs on a timer thread.
 */
public interface IndexSink extends AutoCloseable {

  /** Adds or replaces one document with its children (paragraphs, messages, attachments). */
  void write(DocumentRecord record) throws IOException;

  /** Removes the document of a source path, with its children, if there is one. */
  void delete(String source) throws IOException;

  /** Makes everything written so far durable and visible. */
  void commit() throws IOException;

  @Override
  void close() throws IOException;
}
