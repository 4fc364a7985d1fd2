package org.foilens;

import java.util.List;
import org.foilens.model.AnalyzedDocument;
import org.foilens.model.FailureRecord;
import org.foilens.model.Message;
import org.foilens.model.Origin;

/**
 * What the pipeline makes of one file: the contract record, the full text that the index searches
 * (which the contract does not carry), a thread's messages with their attachments, and, when a
 * stage gave up, the typed failure behind the record's {@code error}.
 *
 * @param messages a thread's messages with their attachments' text, which the index keeps as child
 *     documents of the thread; empty for other kinds
 * @param failure null when the document was analyzed
 */
public record Analysis(
    AnalyzedDocument document, String body, List<Message> messages, FailureRecord failure) {

  public Analysis {
    messages = List.copyOf(messages);
  }

  /** A successful analysis. */
  public Analysis(AnalyzedDocument document, String body, List<Message> messages) {
    this(document, body, messages, null);
  }

  /** A successful analysis of a document without messages. */
  public Analysis(AnalyzedDocument document, String body) {
    this(document, body, List.of(), null);
  }

  /** The record for an input a stage gave up on. */
  public static Analysis failed(FailureRecord failure) {
    return failed(failure, Origin.of(failure.source(), failure.sha256()));
  }

  /** The record for an input a stage gave up on, with what is known of its origin. */
  public static Analysis failed(FailureRecord failure, Origin origin) {
    return new Analysis(AnalyzedDocument.failed(failure, origin), "", List.of(), failure);
  }
}
