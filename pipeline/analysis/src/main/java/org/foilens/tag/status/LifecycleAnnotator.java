package org.foilens.tag.status;

import java.util.List;
import org.foilens.model.AnalyzedDocument;
import org.foilens.model.DocumentKind;
import org.foilens.tag.AnnotatedText;
import org.foilens.tag.Annotator;

/** A thread's lifecycle: when the request was made and answered, how late, whether reviewed. */
public final class LifecycleAnnotator implements Annotator {

  private final LifecycleFinder finder;

  public LifecycleAnnotator(LifecycleFinder finder) {
    this.finder = finder;
  }

  @Override
  public void annotate(AnnotatedText text, AnalyzedDocument.Builder record) {
    if (text.kind() == DocumentKind.FOI_THREAD) {
      record.lifecycle(finder.find(text.document().messages()));
    }
  }

  @Override
  public List<String> fields() {
    return List.of("lifecycle");
  }
}
