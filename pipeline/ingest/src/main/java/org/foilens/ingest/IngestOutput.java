package org.foilens.ingest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.foilens.index.DocumentRecord;
import org.foilens.index.IndexSink;
import org.foilens.index.LuceneIndexWriter;
import org.foilens.index.RunRecord;

/**
 * Where an ingest writes: the embedded index, which is also the ingest's catalogue (what is
 * indexed, with which hash, and the run record), and the mirrors that receive the same writes and
 * deletes (the records log, a SolrCloud collection). Mirrors commit before the catalogue, so the
 * catalogue never records as ingested what a mirror has not made durable; when a mirror fails, the
 * catalogue's uncommitted writes are rolled back, and the next run redoes them.
 */
final class IngestOutput implements AutoCloseable {

  private final LuceneIndexWriter catalogue;
  private final List<IndexSink> mirrors;
  private volatile boolean mirrorFailed;

  IngestOutput(LuceneIndexWriter catalogue, List<IndexSink> mirrors) {
    this.catalogue = catalogue;
    this.mirrors = List.copyOf(mirrors);
  }

  LuceneIndexWriter catalogue() {
    return catalogue;
  }

  /**
   * Writes a document into the index and then into the mirrors; the index refusing it (an
   * IllegalArgumentException) stops it before any mirror sees it.
   */
  void write(DocumentRecord record) throws IOException {
    catalogue.write(record);
    for (IndexSink mirror : mirrors) {
      guarded(() -> mirror.write(record));
    }
  }

  void delete(String source) throws IOException {
    catalogue.delete(source);
    for (IndexSink mirror : mirrors) {
      guarded(() -> mirror.delete(source));
    }
  }

  /** Commits the mirrors, then the index with the run record. */
  void commit(RunRecord run) throws IOException {
    for (IndexSink mirror : mirrors) {
      guarded(mirror::commit);
    }
    catalogue.commit(run);
  }

  private interface Step {
    void run() throws IOException;
  }

  private void guarded(Step step) throws IOException {
    try {
      step.run();
    } catch (IOException | RuntimeException e) {
      mirrorFailed = true;
      throw e;
    }
  }

  @Override
  public void close() throws IOException {
    List<Exception> failures = new ArrayList<>();
    if (mirrorFailed) {
      try {
        catalogue.rollback();
      } catch (IOException | RuntimeException e) {
        failures.add(e);
      }
    }
    for (IndexSink mirror : mirrors) {
      try {
        mirror.close();
      } catch (IOException | RuntimeException e) {
        if (!mirrorFailed) {
          failures.add(e);
        }
      }
    }
    try {
      catalogue.close();
    } catch (IOException | RuntimeException e) {
      failures.add(e);
    }
    if (!failures.isEmpty()) {
      IOException e =
          failures.get(0) instanceof IOException io ? io : new IOException(failures.get(0));
      failures.stream().skip(1).forEach(e::addSuppressed);
      throw e;
    }
  }
}
