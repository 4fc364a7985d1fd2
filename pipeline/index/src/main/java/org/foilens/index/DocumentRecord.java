package org.foilens.index;

import java.time.Instant;
import java.util.List;
import org.foilens.model.AnalyzedDocument;
import org.foilens.model.Message;

/**
 * One analyzed document as every index receives it, and as the records log keeps it so that an
 * index can be rebuilt without parsing again.
 *
 * @param body the full text the index searches
 * @param messages a thread's messages with their attachments' text; empty for other kinds
 * @param mailSet with {@code ingest --join-threads}: the folder whose mail files the thread was
 *     joined from, else null
 * @param mailSetSha the hash of that folder's set of mail files, else null
 * @param ingested when the document was first written by an ingest
 */
public record DocumentRecord(
    AnalyzedDocument document,
    String body,
    List<Message> messages,
    String mailSet,
    String mailSetSha,
    Instant ingested) {

  public DocumentRecord {
    messages = messages == null ? List.of() : List.copyOf(messages);
  }

  /** The stable id of the document, from its source path. */
  public String id() {
    return IndexSchema.idFor(document.source());
  }
}
