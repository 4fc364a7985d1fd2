package org.foilens.tag.finding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.HashMap;
import java.util.Map;
import org.foilens.TestData;
import org.foilens.model.AnalyzedDocument;
import org.foilens.model.Finding;
import org.foilens.model.Provision;
import org.foilens.tag.Annotated;
import org.foilens.tag.provision.LegislationTable;
import org.foilens.tag.provision.ProvisionAnnotator;
import org.foilens.tag.steps.StepsAnnotator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class FindingAnnotatorTest {

  private static ProvisionAnnotator provisions;
  private static FindingAnnotator findings;

  @BeforeAll
  static void load() throws Exception {
    LegislationTable legislation =
        LegislationTable.load(TestData.root().resolve("config/legislation"));
    provisions = new ProvisionAnnotator(legislation);
    findings =
        new FindingAnnotator(
            FindingClassifier.load(
                TestData.root().resolve("config/finding-cues.tsv"), legislation));
  }

  private static AnalyzedDocument notice(String body) {
    return Annotated.annotate(
        "Decision notice\nDate: 3 October 2023\nPublic Authority: Borsetshire County Council\n\n"
            + body,
        provisions,
        new StepsAnnotator(),
        findings);
  }

  private static Map<String, Finding> byKey(AnalyzedDocument d) {
    Map<String, Finding> out = new HashMap<>();
    for (Provision p : d.provisions()) {
      out.put(p.key(), p.finding());
    }
    return out;
  }

  @Test
  void theOutcomeCombinesTheFindings() {
    AnalyzedDocument d =
        notice(
            """
            Decision (including any steps ordered)

            1. The Commissioner's decision is that the Council was entitled to rely on section
            40(2) of FOIA, but that it breached section 10(1) of FOIA.
            """);
    assertEquals(Finding.NOT_UPHELD, byKey(d).get("FOIA 40(2)"));
    assertEquals(Finding.UPHELD, byKey(d).get("FOIA 10(1)"));
    assertEquals(Finding.PARTLY_UPHELD, d.ruling().outcome());
  }

  @Test
  void stepsOrderedWithoutARulingReadMeanTheComplaintSucceeded() {
    AnalyzedDocument d =
        notice(
            """
            Decision (including any steps ordered)

            1. The Commissioner requires the Council to disclose the gritting routes within 35
            calendar days of the date of this decision notice.
            """);
    assertEquals(Boolean.TRUE, d.ruling().stepsOrdered());
    assertEquals(Finding.UPHELD, d.ruling().outcome());
  }

  @Test
  void aScottishDecisionStatesItsOutcomeInOneSentence() {
    assertEquals(
        Finding.PARTLY_UPHELD,
        FindingAnnotator.scottishOutcome(
            "The Commissioner finds that the Authority partially failed to comply with Part 1."));
    assertEquals(
        Finding.NOT_UPHELD,
        FindingAnnotator.scottishOutcome(
            "The Commissioner finds that the Authority complied with Part 1."));
    assertNull(FindingAnnotator.scottishOutcome("The Authority replied late."));
  }

  @Test
  void onlyDecisionsAreRuledOn() {
    AnalyzedDocument d =
        Annotated.annotate(
            "Minutes. The Council was entitled to rely on section 40(2) of FOIA.",
            provisions,
            findings);
    assertNull(d.provisions().get(0).finding());
    assertNull(d.ruling().outcome());
  }
}
