package org.foilens.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.foilens.TestPipeline;
import org.junit.jupiter.api.Test;

/** The conventions by which a real decision's gold answer is compared, on values made up here. */
class DecisionComparisonTest {

  private static DecisionGold gold(String name, String source, String kind, LocalDate date) {
    return new DecisionGold(
        Path.of(name), name, source, kind, List.of(), date, null, List.of(), null, true);
  }

  @Test
  void aMoreSpecificProvisionIsTheSameProvision() {
    assertTrue(DecisionComparison.isBelow("FOIA 36(2)(b)(i)", "FOIA 36(2)(b)"));
    assertTrue(DecisionComparison.isBelow("FOIA 10(1)", "FOIA 10"));
    assertFalse(DecisionComparison.isBelow("FOIA 100", "FOIA 10"));
    assertFalse(DecisionComparison.isBelow("EIR 10(1)", "FOIA 10"));
    assertFalse(DecisionComparison.isBelow("FOIA 10", "FOIA 10"));
  }

  @Test
  void goldFindingsInTheContractsVocabulary() {
    assertEquals("upheld", DecisionComparison.ruling("not_engaged"));
    assertEquals("upheld", DecisionComparison.ruling("breach"));
    assertEquals("not_upheld", DecisionComparison.ruling("complied"));
    assertNull(DecisionComparison.ruling("engaged"));
    assertNull(DecisionComparison.ruling(null));
    assertEquals("decision_notice", DecisionComparison.goldKind("sic_decision"));
  }

  @Test
  void namesAndReferencesAreComparedAsWritten() {
    assertEquals(
        DecisionComparison.normalName("The Queen’s University & Hospital"),
        DecisionComparison.normalName("Queens University and Hospital"));
    assertEquals(
        DecisionComparison.caseRef("IC – 266013 – L5P2"),
        DecisionComparison.caseRef("IC-266013-L5P2"));
    assertEquals(
        DecisionComparison.caseRef("EA-2022-0129"), DecisionComparison.caseRef("EA/2022/0129"));
    DecisionComparison c = new DecisionComparison(TestPipeline.gazetteer());
    assertTrue(c.sameAuthority("MOD", "Ministry of Defence"));
    assertTrue(c.sameAuthority(null, null));
    assertFalse(c.sameAuthority(null, "Home Office"));
  }

  @Test
  void formatAndEraComeFromTheGold() {
    assertEquals(
        DecisionFormat.WHOLE_NOTICE,
        DecisionFormat.of(
            gold("full/ic-1.txt", "https://ico.org.uk/x", "ico_decision_notice", null)));
    assertEquals(
        DecisionFormat.BAILII_PAGE,
        DecisionFormat.of(
            gold("e/1.txt", "https://www.bailii.org/uk/cases/UKICO/2011/FS1.html", "x", null)));
    assertEquals(
        DecisionFormat.TRIBUNAL,
        DecisionFormat.of(
            gold(
                "e/2.txt", "https://caselaw.nationalarchives.gov.uk/ukftt/grc/2024/1", "x", null)));
    assertEquals(
        DecisionFormat.TRANSCRIPTION,
        DecisionFormat.of(gold("e/3.txt", "https://example.org/x", "ico_decision_notice", null)));
    assertEquals(
        DecisionEra.BEFORE_2011,
        DecisionEra.of(
            gold("e/4.txt", "https://www.bailii.org/uk/cases/UKICO/2009/F.html", "x", null)));
    assertEquals(
        DecisionEra.FROM_2020, DecisionEra.of(gold("e/5.txt", "x", "x", LocalDate.of(2021, 1, 1))));
  }
}
