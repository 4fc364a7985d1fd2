package org.foilens.tag.steps;

import java.util.List;
import org.foilens.model.AnalyzedDocument;
import org.foilens.model.DocumentKind;
import org.foilens.model.StructuredDocument;
import org.foilens.tag.AnnotatedText;
import org.foilens.tag.Annotator;

/**
 * Whether a decision notice orders the authority to take steps, and within how many days; a
 * Scottish decision orders them by a date, counted from the decision's.
 */
public final class StepsAnnotator implements Annotator {

  private final StepsFinder finder = new StepsFinder();

  @Override
  public void annotate(AnnotatedText text, AnalyzedDocument.Builder record) {
    StructuredDocument doc = text.document();
    if (doc.kind() != DocumentKind.DECISION_NOTICE) {
      return;
    }
    StepsFinder.Steps steps =
        doc.isScottishDecision()
            ? finder.findScottish(text.body(), doc.header().date())
            : finder.find(text.body());
    record.steps(steps.ordered(), steps.deadlineDays());
  }

  @Override
  public List<String> fields() {
    return List.of("steps_ordered", "steps_deadline_days");
  }
}
