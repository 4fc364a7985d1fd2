package org.foilens.tag.steps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.foilens.model.AnalyzedDocument;
import org.foilens.tag.Annotated;
import org.junit.jupiter.api.Test;

class StepsAnnotatorTest {

  private static final String HEAD =
      "Decision notice\nDate: 3 October 2023\nPublic Authority: Borsetshire County Council\n\n";

  @Test
  void stepsWithADeadline() {
    AnalyzedDocument d =
        Annotated.annotate(
            HEAD
                + "The Commissioner requires the Council to take the following steps: issue a"
                + " fresh response. The Council must take these steps within 35 calendar days.",
            new StepsAnnotator());
    assertEquals(Boolean.TRUE, d.ruling().stepsOrdered());
    assertEquals(35, d.ruling().stepsDeadlineDays());
  }

  @Test
  void noStepsWhereTheNoticeSaysSo() {
    AnalyzedDocument d =
        Annotated.annotate(
            HEAD + "The Commissioner does not require the Council to take any steps.",
            new StepsAnnotator());
    assertEquals(Boolean.FALSE, d.ruling().stepsOrdered());
    assertNull(d.ruling().stepsDeadlineDays());
  }

  @Test
  void nothingForOtherDocuments() {
    AnalyzedDocument d =
        Annotated.annotate(
            "The Commissioner requires the Council to disclose the routes.", new StepsAnnotator());
    assertNull(d.ruling().stepsOrdered());
  }
}
