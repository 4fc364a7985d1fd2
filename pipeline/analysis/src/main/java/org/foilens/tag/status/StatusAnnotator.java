package org.foilens.tag.status;

import java.util.List;
import org.foilens.model.AnalyzedDocument;
import org.foilens.model.DocumentKind;
import org.foilens.model.StructuredDocument;
import org.foilens.tag.AnnotatedText;
import org.foilens.tag.Annotator;

/**
 * A thread's request status: the one it states (WhatDoTheyKnow's label), else the categorizer's
 * when it is sure enough, else null.
 */
public final class StatusAnnotator implements Annotator {

  private final RequestStatusClassifier classifier;

  /**
   * @param classifier the request-status categorizer, or null to take only stated statuses
   */
  public StatusAnnotator(RequestStatusClassifier classifier) {
    this.classifier = classifier;
  }

  @Override
  public void annotate(AnnotatedText text, AnalyzedDocument.Builder record) {
    StructuredDocument doc = text.document();
    if (doc.kind() != DocumentKind.FOI_THREAD) {
      return;
    }
    record.status(
        doc.statedStatus() != null || classifier == null
            ? doc.statedStatus()
            : classifier.status(doc.messages()));
  }

  @Override
  public List<String> fields() {
    return List.of("status");
  }
}
