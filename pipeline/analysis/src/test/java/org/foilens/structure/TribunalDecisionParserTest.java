package org.foilens.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.foilens.model.Appeal;
import org.foilens.text.TitleCase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TribunalDecisionParserTest {

  private final TribunalDecisionParser parser = new TribunalDecisionParser();

  @Test
  void readsAFirstTierFrontSheetWithRoleLinesUnderNames() {
    Appeal a =
        parser.parse(
            """
            First-tier Tribunal
            (General Regulatory Chamber)
            Information Rights

            Neutral citation number: [2024] UKFTT 412 (GRC)

            Case Reference: EA/2023/0288

            Decided without a hearing
            On 14 March 2024

            Decision given on: 2 May 2024

            Before
            JUDGE ALEXANDRA MARWICK

            Between

            GARETH LLEWELYN
            Appellant

            and

            THE INFORMATION COMMISSIONER
            First Respondent

            and

            CARDIFF COUNCIL
            Second Respondent

            DECISION

            1. The appeal is allowed in part.

            REASONS

            11. We were referred to a decision in which the appeal is dismissed.
            """);
    assertEquals("First-tier Tribunal (General Regulatory Chamber)", a.tribunal());
    assertEquals("EA/2023/0288", a.reference());
    assertEquals("[2024] UKFTT 412 (GRC)", a.citation());
    assertEquals("Gareth Llewelyn", a.appellant());
    assertEquals(List.of("The Information Commissioner", "Cardiff Council"), a.respondents());
    assertEquals("allowed_in_part", a.result());
    assertEquals(LocalDate.parse("2024-05-02"), a.date());
  }

  @Test
  void readsAnUpperTribunalFrontSheetWithNumberedRespondents() {
    Appeal a =
        parser.parse(
            """
            IN THE UPPER TRIBUNAL
            ADMINISTRATIVE APPEALS CHAMBER
            Appeal No. UA-2023-001762-GIA
            Neutral citation number: [2024] UKUT 133 (AAC)
            On appeal from the First-tier Tribunal (General Regulatory Chamber)
            Between:
            Home Office
            Appellant
            - v -
            (1) The Information Commissioner
            (2) Rebecca Tomlinson
            Respondents
            Before: Upper Tribunal Judge Catriona Wexford
            Decision date: 22 May 2024
            DECISION
            The decision of the Upper Tribunal is to allow the appeal. The decision of the First-tier
            Tribunal under number EA/2022/0193 is set aside.
            """);
    assertEquals("Upper Tribunal (Administrative Appeals Chamber)", a.tribunal());
    assertEquals("UA-2023-001762-GIA", a.reference());
    assertEquals("[2024] UKUT 133 (AAC)", a.citation());
    assertEquals("Home Office", a.appellant());
    assertEquals(List.of("The Information Commissioner", "Rebecca Tomlinson"), a.respondents());
    assertEquals("allowed", a.result());
    assertEquals(LocalDate.parse("2024-05-22"), a.date());
  }

  @Test
  void readsPartiesWrittenWithTheRoleOnTheSameLine() {
    Appeal a =
        parser.parse(
            """
            FIRST-TIER TRIBUNAL
            Appeal Reference: EA/2019/0101
            Between
            JANE ROE                         Appellant
            and
            THE INFORMATION COMMISSIONER     Respondent
            DECISION
            The appeal is dismissed.
            """);
    assertEquals("Jane Roe", a.appellant());
    assertEquals(List.of("The Information Commissioner"), a.respondents());
    assertEquals("dismissed", a.result());
    assertNull(a.date());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "The appeal is allowed. | allowed",
        "For these reasons the appeal is allowed in part. | allowed_in_part",
        "The appeal is dismissed. | dismissed",
        "The decision of the Upper Tribunal is to dismiss the appeal. | dismissed",
        "The appeal is struck out. | struck_out",
      })
  void readsTheResult(String decision, String expected) {
    assertEquals(
        expected, parser.parse("FIRST-TIER TRIBUNAL\nDECISION\n" + decision + "\n").result());
  }

  @Test
  void aResultNotStatedIsNull() {
    assertNull(parser.parse("FIRST-TIER TRIBUNAL\nDECISION\nThe hearing is adjourned.\n").result());
  }

  @Test
  void capitalsBecomeTitleCaseButMixedCaseIsKept() {
    assertEquals(
        "North Yorkshire Against Incineration Limited",
        TitleCase.of("NORTH YORKSHIRE AGAINST INCINERATION LIMITED"));
    assertEquals(
        "Secretary of State for the Home Department",
        TitleCase.of("SECRETARY OF STATE FOR THE HOME DEPARTMENT"));
    assertEquals("McAlpine plc", TitleCase.of("McAlpine plc"));
  }

  @Test
  void readsAResultGivenPartByPart() {
    Appeal a =
        parser.parse(
            """
            Case Reference: EA/2024/0999
            Decision:
            1 The Appeal relating to questions 2-4 of the Request is Dismissed
            2 The Appeal relating to question 1 of the Request is allowed
            REASONS
            """);
    assertEquals("allowed_in_part", a.result());
    assertEquals(
        "dismissed",
        parser
            .parse(
                "Information Tribunal Appeal Number: EA/2007/0999\nDecision promulgated: 2/3/2007\n"
                    + "The Tribunal dismisses the Appellant’s appeal.")
            .result());
  }
}
