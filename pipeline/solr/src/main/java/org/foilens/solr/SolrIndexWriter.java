package org.foilens.solr;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.failsafe.Failsafe;
import dev.failsafe.FailsafeException;
import dev.failsafe.RetryPolicy;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.request.AbstractUpdateRequest;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.SolrInputDocument;
import org.foilens.index.DocumentRecord;
import org.foilens.index.IndexSchema;
import org.foilens.index.IndexSink;
import org.foilens.model.AnalyzedDocument;
import org.foilens.model.Json;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes documents into a SolrCloud collection: idempotent upserts of whole blocks keyed by the
 * document's id, sent in batches (so many blocks or so many characters of text, whichever comes
 * first), retried with growing pauses while Solr cannot be reached or answers with a server error,
 * and hard-committed at {@link #commit}. Deletes go in their own batches, in order with the writes.
 */
public final class SolrIndexWriter implements IndexSink {

  /** How the writer batches and retries. */
  public record Settings(int batchDocuments, long batchChars, Duration retryFor) {
    public static final Settings DEFAULT = new Settings(100, 8_000_000, Duration.ofMinutes(2));
  }

  private static final ObjectMapper JSON = Json.MAPPER;
  private static final Logger LOG = LoggerFactory.getLogger(SolrIndexWriter.class);

  private final SolrNodes nodes;
  private final String collection;
  private final Settings settings;
  private final List<SolrInputDocument> adds = new ArrayList<>();
  private final List<String> deletes = new ArrayList<>();
  private long addChars;

  public SolrIndexWriter(SolrNodes nodes, String collection, Settings settings) {
    this.nodes = nodes;
    this.collection = collection;
    this.settings = settings;
  }

  /**
   * A writer into an existing collection; fails with a one-line message when Solr cannot be reached
   * or has no such collection.
   */
  public static SolrIndexWriter open(SolrNodes nodes, String collection, Settings settings)
      throws IOException {
    try {
      new SolrCollections(nodes).requireCollection(collection);
    } catch (SolrServerException e) {
      throw new IOException(e.getMessage(), e);
    }
    return new SolrIndexWriter(nodes, collection, settings);
  }

  @Override
  public synchronized void write(DocumentRecord record) throws IOException {
    if (!deletes.isEmpty()) {
      flush();
    }
    AnalyzedDocument doc = record.document();
    adds.add(SolrDocuments.toBlock(record, JSON.writeValueAsString(doc)));
    addChars +=
        record.body().length()
            + record.messages().stream()
                .mapToLong(
                    m -> m.chars() + m.files().stream().mapToLong(f -> f.text().length()).sum())
                .sum();
    if (adds.size() >= settings.batchDocuments() || addChars >= settings.batchChars()) {
      flush();
    }
  }

  @Override
  public synchronized void delete(String source) throws IOException {
    if (!adds.isEmpty()) {
      flush();
    }
    deletes.add(IndexSchema.idFor(source));
    if (deletes.size() >= settings.batchDocuments()) {
      flush();
    }
  }

  /** Sends what is batched, then hard-commits the collection. */
  @Override
  public synchronized void commit() throws IOException {
    flush();
    UpdateRequest commit = new UpdateRequest();
    commit.setAction(AbstractUpdateRequest.ACTION.COMMIT, true, true);
    send(commit, "commit");
  }

  private void flush() throws IOException {
    if (!adds.isEmpty()) {
      UpdateRequest update = new UpdateRequest();
      update.add(adds);
      send(update, adds.size() + " documents");
      adds.clear();
      addChars = 0;
    }
    if (!deletes.isEmpty()) {
      // a parent's id deletes its whole block: the schema has _root_, so Solr deletes by it
      UpdateRequest delete = new UpdateRequest();
      delete.deleteById(new ArrayList<>(deletes));
      send(delete, "deletes of " + deletes.size() + " documents");
      deletes.clear();
    }
  }

  /**
   * Sends a request, retrying with pauses from half a second to 15 s while Solr is unavailable; a
   * request Solr refuses (4xx) is not retried.
   */
  private void send(UpdateRequest request, String what) throws IOException {
    RetryPolicy<Object> policy =
        RetryPolicy.builder()
            .handle(SolrServerException.class, IOException.class, SolrException.class)
            .abortIf(
                (result, e) -> e instanceof SolrException s && s.code() >= 400 && s.code() < 500)
            .withBackoff(Duration.ofMillis(500), Duration.ofSeconds(15))
            .withMaxRetries(-1)
            .withMaxDuration(settings.retryFor())
            .onRetry(
                e ->
                    LOG.warn(
                        "Solr did not take {} (attempt {}): {}; retrying",
                        what,
                        e.getAttemptCount(),
                        e.getLastException().getMessage()))
            .build();
    try {
      Failsafe.with(policy).run(() -> nodes.process(request, collection));
    } catch (SolrException e) {
      if (e.code() >= 400 && e.code() < 500) {
        throw new IOException(
            "Solr refused " + what + " for collection " + collection + ": " + e.getMessage(), e);
      }
      throw failed(what, e);
    } catch (FailsafeException e) {
      if (e.getCause() instanceof InterruptedException) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while waiting to retry " + what, e.getCause());
      }
      throw failed(what, e.getCause() == null ? e : e.getCause());
    }
  }

  private IOException failed(String what, Throwable last) {
    return new IOException(
        String.format(
            Locale.ROOT,
            "Solr did not take %s within %d s: %s",
            what,
            settings.retryFor().toSeconds(),
            last.getMessage()),
        last);
  }

  /**
   * Drops what is batched and not sent: everything is sent at {@link #commit}, which an ingest
   * calls at its commit points and at its end; a run that ends without it (a failure) is redone by
   * the next run. The nodes stay open: they belong to the caller.
   */
  @Override
  public synchronized void close() {
    adds.clear();
    deletes.clear();
  }
}
