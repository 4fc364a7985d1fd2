package org.foilens.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.foilens.model.DocumentKind;
import org.junit.jupiter.api.Test;

/** Decisions told from other text in the forms they reach us, written for this test. */
class DecisionKindCuesTest {

  @Test
  void aPageWithTheIcosTagLinesIsANotice() {
    assertEquals(
        DocumentKind.DECISION_NOTICE,
        DecisionKindCues.kindOf(
            "Borsetshire Council\n- Date 1 May 2020\n- Decision(s) FOI 10: Upheld"));
  }

  @Test
  void aSummaryStatingTheCommissionersRulingIsANotice() {
    assertEquals(
        DocumentKind.DECISION_NOTICE,
        DecisionKindCues.kindOf(
            "2 May 2016, Local government\nThe complainant asked for a report. The Commissioner's"
                + " decision is that the Council correctly applied section 43(2)."));
  }

  @Test
  void aNumberedScottishDecisionIsANotice() {
    assertEquals(
        DocumentKind.DECISION_NOTICE,
        DecisionKindCues.kindOf(
            "Decision 123/2024: Bin collections\nAuthority: Borsetshire Council\nSummary\nThe"
                + " Commissioner found that the Authority complied with FOISA."));
  }

  @Test
  void anAppealWithItsPartiesIsATribunalDecision() {
    assertEquals(
        DocumentKind.TRIBUNAL_DECISION,
        DecisionKindCues.kindOf(
            "Case Reference: EA/2024/0999\nInformation Rights\nBetween\nA PERSON\nAppellant\nand\n"
                + "THE INFORMATION COMMISSIONER\nRespondent\nDecision: The appeal is dismissed."));
    assertEquals(
        DocumentKind.TRIBUNAL_DECISION,
        DecisionKindCues.kindOf(
            "Decision: The appeal is Dismissed.\nREASONS\nThis is an appeal against the Decision"
                + " Notice of the Information Commissioner."));
  }

  @Test
  void aNewsStoryALetterAndAForeignJudgmentAreNoDecisions() {
    assertNull(
        DecisionKindCues.kindOf(
            "Ombudsman slams departments\nThe Ombudsman today upheld complaints against three"
                + " departments."));
    assertNull(
        DecisionKindCues.kindOf(
            "Dear Ms A\nYou asked for our records. The Commissioner's decision is that we were"
                + " right to refuse your request under section 14(1).\nYours sincerely"));
    assertNull(
        DecisionKindCues.kindOf(
            "BETWEEN A SOCIETY Appellant AND A TRANSPORT AGENCY Respondent\nJUDGMENT\nThe"
                + " appellants appeal under section 149V of the Resource Management Act 1991."));
  }
}
