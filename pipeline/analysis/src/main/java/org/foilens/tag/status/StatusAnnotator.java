package org.foilens.tag.status;

import java.util.List;
import org.foilens.model.AnalyzedDocument;
import org.foilens.model.DocumentKind;
import org.foilens.model.RequestStatus;
import org.foilens.model.StructuredDocument;
import org.foilens.tag.AnnotatedText;
import org.foilens.tag.Annotator;

/**
 * A thread's request status: the one it states (WhatDoTheyKnow's label, a page's status block or
 * sentence), else what its messages say and the categorizer find together ({@link
 * ThreadStatusDecider}), else null.
 */
public final class StatusAnnotator implements Annotator {

  private final RequestStatusClassifier classifier;
  private final ThreadStatusReader reader;

  /**
   * @param classifier the request-status categorizer, or null to take only stated statuses
   */
  public StatusAnnotator(RequestStatusClassifier classifier) {
    this(classifier, null);
  }

  /**
   * @param classifier the request-status categorizer, or null
   * @param reader the reader of what a thread says, or null
   */
  public StatusAnnotator(RequestStatusClassifier classifier, ThreadStatusReader reader) {
    this.classifier = classifier;
    this.reader = reader;
  }

  @Override
  public void annotate(AnnotatedText text, AnalyzedDocument.Builder record) {
    StructuredDocument doc = text.document();
    if (doc.kind() != DocumentKind.FOI_THREAD) {
      return;
    }
    record.status(status(doc));
  }

  private RequestStatus status(StructuredDocument doc) {
    if (doc.statedStatus() != null) {
      return doc.statedStatus();
    }
    boolean wholeRecord =
        doc.extraction().properties().keySet().stream().anyMatch(k -> k.startsWith("wdtk."));
    return new ThreadStatusDecider(reader, classifier).status(doc.messages(), wholeRecord);
  }

  @Override
  public List<String> fields() {
    return List.of("status");
  }
}
