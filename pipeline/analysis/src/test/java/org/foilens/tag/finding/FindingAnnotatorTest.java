package org.foilens.tag.finding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.foilens.TestData;
import org.foilens.model.Act;
import org.foilens.model.AnalyzedDocument;
import org.foilens.model.Finding;
import org.foilens.model.Provision;
import org.foilens.model.ProvisionRole;
import org.foilens.tag.Annotated;
import org.foilens.tag.provision.LegislationTable;
import org.foilens.tag.provision.ProvisionAnnotator;
import org.foilens.tag.steps.StepsAnnotator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Findings and outcomes read with the fixed rules from short decisions written for this test, in
 * the forms real ones take: a modern notice, a web page with the ICO's tag lines, an old summary, a
 * Scottish decision, a tribunal decision.
 */
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
            DecisionReading.Reader.load(
                TestData.root().resolve("config/finding-cues.tsv"),
                TestData.root().resolve("config/ruling-concepts.tsv"),
                legislation),
            FindingModel.RULES);
  }

  private static AnalyzedDocument read(String text) {
    return Annotated.annotate(text, provisions, new StepsAnnotator(), findings);
  }

  private static AnalyzedDocument notice(String body) {
    return read(
        "Decision notice\nDate: 3 October 2023\nPublic Authority: Borsetshire County Council\n\n"
            + body);
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
  void theDecisionPartRulesAndTheReasonsOnlyDiscuss() {
    AnalyzedDocument d =
        notice(
            """
            Decision (including any steps ordered)

            1. The Commissioner's decision is that the Department was entitled to withhold the
            forecasts under section 35(1)(a) of FOIA.

            Reasons for decision

            2. The Commissioner accepts that there is a public interest in disclosure. Some
            arguments favour disclosure of the forecasts.
            """);
    assertEquals(Finding.NOT_UPHELD, byKey(d).get("FOIA 35(1)(a)"));
    assertEquals(Finding.NOT_UPHELD, d.ruling().outcome());
  }

  @Test
  void anExceptionCorrectlyAppliedLosesOnThePublicInterest() {
    AnalyzedDocument d =
        read(
            """
            2 May 2016, Local government (Parish council)
            The complainant asked for a survey of the village green. The Commissioner's decision is
            that the Parish Council has correctly applied the exception at regulation 12(4)(d).
            However, in all the circumstances the public interest in maintaining the exception does
            not outweigh the public interest in disclosing the survey.
            EIR 12(4)(d): Upheld
            """);
    assertEquals(Finding.UPHELD, byKey(d).get("EIR 12(4)(d)"));
    assertEquals(Finding.UPHELD, d.ruling().outcome());
  }

  @Test
  void aPageTagLineRulesWhereTheTextIsSilentAndNeverOverTheText() {
    AnalyzedDocument d =
        read(
            """
            Summary: The complainant asked the council for its consultants' fees. The council
            refused the request under section 12 because of the cost. The Commissioner's decision
            is that the council was correct to refuse the request under section 12.
            Section of Act/EIR & Finding: FOI 12 - Complaint Upheld, FOI 16 - Complaint Upheld
            """);
    assertEquals(Finding.NOT_UPHELD, byKey(d).get("FOIA 12")); // the text, not the tag line
    assertEquals(Finding.UPHELD, byKey(d).get("FOIA 16")); // only the tag line rules on it
    assertEquals(Finding.PARTLY_UPHELD, d.ruling().outcome());
    assertEquals(2, d.origin().listing().decisions().size());
  }

  @Test
  void aLateResponseIsABreachOfTheTimeForCompliance() {
    AnalyzedDocument d =
        read(
            """
            Borsetshire Hospitals NHS Trust
            - Date 4 March 2025
            - Sector Health
            - Decision(s) FOI 10: Upheld
            The Trust has failed to respond to this request within 20 working days. The
            Commissioner requires it to provide a response within 30 calendar days.
            """);
    assertEquals(Finding.UPHELD, byKey(d).get("FOIA 10"));
    assertEquals(Finding.UPHELD, d.ruling().outcome());
  }

  @Test
  void aRulingSharedByAListOfProvisionsRulesOnEach() {
    AnalyzedDocument d =
        notice(
            """
            Decision (including any steps ordered)

            1. The Commissioner's decision is that the Trust was not entitled to rely on sections
            36(2)(b)(ii) and 36(2)(c) of FOIA.
            """);
    assertEquals(Finding.UPHELD, byKey(d).get("FOIA 36(2)(b)(ii)"));
    assertEquals(Finding.UPHELD, byKey(d).get("FOIA 36(2)(c)"));
  }

  @Test
  void aScottishDecisionStatesItsOutcomeInOneSentence() {
    assertEquals(
        Finding.PARTLY_UPHELD,
        DecisionReading.scottishOutcome(
            "The Commissioner finds that the Authority partially failed to comply with Part 1."));
    assertEquals(
        Finding.NOT_UPHELD,
        DecisionReading.scottishOutcome(
            "The Commissioner finds that the Authority complied with Part 1."));
    assertNull(DecisionReading.scottishOutcome("The Authority replied late."));
  }

  @Test
  void aTribunalsOutcomeIsItsResultAndAnAllowedAppealTurnsTheNoticeRound() {
    AnalyzedDocument d =
        read(
            """
            Case Reference: EA/2024/0999
            First-tier Tribunal
            General Regulatory Chamber
            Information Rights
            Between
            ALEX EXAMPLE
            Appellant
            and
            THE INFORMATION COMMISSIONER
            Respondent
            Decision: The appeal is allowed.
            Substituted Decision Notice: Borsetshire County Council must disclose the report.
            REASONS
            1. By his Decision, the Commissioner decided that the Council was entitled to rely on
            section 43(2) of the Freedom of Information Act 2000.
            """);
    assertEquals(Finding.UPHELD, d.ruling().outcome());
    assertEquals(Finding.UPHELD, byKey(d).get("FOIA 43(2)"));
  }

  @Test
  void stepsOrderedWithoutARulingReadMeanTheComplaintSucceeded() {
    AnalyzedDocument d =
        notice(
            """
            Decision (including any steps ordered)

            1. The Commissioner requires the Council to take the following steps within 35
            calendar days of the date of this decision notice: publish the gritting routes.
            """);
    assertEquals(Boolean.TRUE, d.ruling().stepsOrdered());
    assertEquals(Finding.UPHELD, d.ruling().outcome());
  }

  @Test
  void aTextWithNoDecisionInItGetsNoFindings() {
    AnalyzedDocument d =
        read("Minutes of the meeting. The Council was entitled to rely on section 40(2) of FOIA.");
    assertNull(d.provisions().get(0).finding());
    assertNull(d.ruling().outcome());
  }

  @Test
  void unruledProvisionsInheritFromTheirRelatives() {
    Map<String, Finding> ruled =
        Map.of(
            "FOIA 41",
            Finding.NOT_UPHELD,
            "FOIA 36(2)(b)(i)",
            Finding.UPHELD,
            "FOIA 36(2)(b)(ii)",
            Finding.UPHELD);
    List<Provision> cited =
        Stream.of("41", "41(1)", "36(2)(b)", "50")
            .map(
                ref ->
                    new Provision(
                        Act.FOIA,
                        ref,
                        ref.equals("50") ? ProvisionRole.OTHER : ProvisionRole.EXEMPTION,
                        null,
                        1,
                        List.of()))
            .toList();
    Map<String, Finding> all = FindingAnnotator.inherit(ruled, cited);
    assertEquals(Finding.NOT_UPHELD, all.get("FOIA 41(1)"));
    assertEquals(Finding.UPHELD, all.get("FOIA 36(2)(b)"));
    assertTrue(!all.containsKey("FOIA 50"));
  }
}
