package org.foilens;

import org.foilens.model.AnalyzedDocument;
import org.foilens.model.FailureRecord;

/**
 * What the pipeline makes of one file: the contract record, the full text that the index searches
 * (which the contract does not carry), and, when a stage gave up, the typed failure behind the
 * record's {@code error}.
 *
 * @param failure null when the document was analyzed
 */
public record Analysis(AnalyzedDocument document, String body, FailureRecord failure) {

  /** A successful analysis. */
  public Analysis(AnalyzedDocument document, String body) {
    this(document, body, null);
  }

  /** The record for an input a stage gave up on. */
  public static Analysis failed(FailureRecord failure) {
    return new Analysis(AnalyzedDocument.failed(failure), "", failure);
  }
}
