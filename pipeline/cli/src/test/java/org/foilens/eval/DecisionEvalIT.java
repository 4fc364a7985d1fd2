package org.foilens.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.foilens.FoilensConfig;
import org.foilens.TestData;
import org.foilens.TestPipeline;
import org.foilens.extract.ExtractSettings;
import org.foilens.extract.OcrMode;
import org.foilens.tag.finding.FindingCrossValidator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The pipeline on the real decisions of {@code ../shared/data/decisions}, with the finding model
 * cross-validated in five folds (folds by decision), and floors a little under the figures reached
 * (README, "Evaluation"): a change that reads real decisions worse fails here.
 */
class DecisionEvalIT {

  private static FindingCrossValidator.Result cv;

  @BeforeAll
  static void evaluate() throws Exception {
    Path decisions = TestData.shared().resolve("decisions");
    cv =
        FindingCrossValidator.run(
            decisions,
            FoilensConfig.of(TestData.root().resolve("config")),
            ExtractSettings.defaults().withOcr(OcrMode.OFF),
            5,
            TestPipeline.gazetteer());
    System.out.print(DecisionReportFormat.format(cv.decisions()));
    System.out.print(cv.model().format());
    cv.decisions().disagreements().forEach(d -> System.out.println("  " + d));
  }

  @Test
  void everyDecisionIsScored() {
    assertEquals(98, cv.decisions().all().documents());
    assertEquals(6, cv.decisions().byFormat().size());
  }

  @Test
  void findingsAndOutcomesStayAboveTheirFloors() {
    DecisionScores all = cv.decisions().all();
    floor("finding", all.finding().accuracy(), 0.89);
    floor("outcome", all.outcome().accuracy(), 0.95);
    floor("model per provision", cv.model().accuracy(), 0.88);
  }

  @Test
  void headerFieldsStayAboveTheirFloors() {
    DecisionScores all = cv.decisions().all();
    floor("kind", all.kind().accuracy(), 0.97);
    floor("date", all.date().accuracy(), 0.97);
    floor("no date where none is printed", all.unprintedDate().accuracy(), 0.97);
    floor("authority", all.authority().accuracy(), 0.97);
    floor("no authority where none is named", all.unnamedAuthority().accuracy(), 0.95);
  }

  @Test
  void provisionsStayAboveTheirFloors() {
    DecisionScores all = cv.decisions().all();
    floor("provisions precision", all.provisions().precision(), 0.95);
    floor("provisions recall", all.provisions().recall(), 0.97);
  }

  @Test
  void everyFormatReadsItsFindings() {
    cv.decisions()
        .byFormat()
        .forEach((format, s) -> floor(format.label() + " outcome", s.outcome().accuracy(), 0.80));
  }

  private static void floor(String field, double value, double floor) {
    assertTrue(value >= floor, field + " is " + value + ", below its floor " + floor);
  }
}
