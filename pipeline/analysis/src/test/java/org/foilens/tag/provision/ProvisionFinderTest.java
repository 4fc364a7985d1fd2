package org.foilens.tag.provision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.foilens.TestData;
import org.foilens.model.Act;
import org.foilens.text.ScanCheck;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ProvisionFinderTest {

  private static LegislationTable legislation;
  private static ProvisionFinder finder;
  private static final ActContext FOIA_DOC = new ActContext(Act.FOIA, Act.EIR, null, Act.FOIA);

  @BeforeAll
  static void load() throws IOException {
    legislation = LegislationTable.load(TestData.root().resolve("config/legislation"));
    finder = new ProvisionFinder(legislation);
  }

  @Test
  void findsTheCitationsThePatternFinds() {
    List<String> texts = new ArrayList<>(ScanCheck.realTexts());
    texts.add(
        "xsection 12 /s.35 .regulation 12(4)(b) ésection 40(2) Section 1 FOI 17 eir 12.4.b"
            + " relied on 30(b)(i) exemptions in 31(1)(a) Art. 6 arts. 5 ss.2 s40 reg 13");
    int citations =
        ScanCheck.sameAsFind(ProvisionFinder.CITATION, ProvisionFinder.CITATIONS, texts);
    assertTrue(citations > 1000, citations + " citations");
  }

  private static List<String> found(String text) {
    return found(text, FOIA_DOC);
  }

  private static List<String> found(String text, ActContext context) {
    return finder.find(text, context).stream().map(m -> m.act() + " " + m.ref()).toList();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "The council relied on section 12(1) to refuse. | FOIA 12(1)",
        "It withheld the file under s.35(1)(a). | FOIA 35(1)(a)",
        "Names were redacted under s 40(2). | FOIA 40(2)",
        "It cited S.43(2) of FOIA. | FOIA 43(2)",
        "The exception at regulation 12(4)(b) applies. | EIR 12(4)(b)",
        "It relied on reg. 12(5)(e). | EIR 12(5)(e)",
        "The ICO coded the case EIR 12.5.b in its register. | EIR 12(5)(b)",
        "The old code FOI 10 marks a late reply. | FOIA 10",
        "Under section 77 it is an offence. | FOIA 77",
        "It breached section 10(1) of the Freedom of Information Act 2000. | FOIA 10(1)",
        "It applied section 14(1) of the Act. | FOIA 14(1)",
      })
  void findsEachWrittenForm(String text, String expected) {
    assertEquals(List.of(expected), found(text));
  }

  @Test
  void expandsListsRangesAndContinuations() {
    assertEquals(List.of("FOIA 40(2)", "FOIA 41"), found("It relied on sections 40(2) and 41."));
    assertEquals(
        List.of("FOIA 21", "FOIA 22", "FOIA 23"), found("Sections 21 to 23 are absolute."));
    assertEquals(
        List.of("FOIA 36(2)(b)(i)", "FOIA 36(2)(b)(ii)"),
        found("The opinion covered section 36(2)(b)(i) and (ii)."));
    assertEquals(
        List.of("EIR 12(4)(e)", "EIR 12(5)(b)"),
        found("It relied on regulations 12(4)(e) and 12(5)(b)."));
    assertEquals(
        List.of("FOIA 27(1)(a)", "FOIA 27(1)(c)", "FOIA 31(1)(a)"),
        found("It cited sections 27(1)(a), 27(1)(c) and 31(1)(a)."));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "This is protected by section 29 of the Copyright, Designs and Patents Act 1988.",
        "The council acted under section 5 of the Local Government Act 2000.",
        "The limit is set out at section 3 of the Freedom of Information and Data Protection"
            + " (Appropriate Limit and Fees) Regulations 2004.",
        "Article 8 of the European Convention on Human Rights protects privacy.",
        "It replied within 20 working days, 12 months after the request.",
        "The Fees Regulations are the Freedom of Information and Data Protection (Appropriate Limit"
            + " and Fees) Regulations 2004, which under regulation 4(3) allow some activities.",
        "Section 23 of CRCA provides that such information is exempt.",
        "Section 23 of CRCA provides that information whose disclosure is prohibited by section"
            + " 18(1) is exempt.",
        "Disclosure is prohibited by section 18(1) of the 2005 Act.",
        "It had to answer under section 7 of the DPA 1998.",
      })
  void leavesOtherActsAndNumbersAlone(String text) {
    assertEquals(List.of(), found(text));
  }

  @Test
  void resolvesArticlesAndTheActFromTheDocument() {
    ActContext gdprDoc = ActContext.of("personal data under the UK GDPR", legislation);
    assertEquals(List.of("UKGDPR 6(1)(f)"), found("Article 6(1)(f) is the lawful basis.", gdprDoc));
    ActContext scottish =
        ActContext.of(
            "the Freedom of Information (Scotland) Act 2002 (FOISA) applies", legislation);
    assertEquals(List.of("FOISA 30(b)(i)"), found("It relied on section 30(b)(i).", scottish));
    assertEquals(List.of("EIR 12(4)(b)"), found("It relied on regulation 12(4)(b) of the EIR."));
    assertEquals(
        List.of("FOIA 44(1)(a)"),
        found("It cited section 44(1)(a) of FOIA with section 18(1) of CRCA."));
    String twoSentences =
        "It relied on section 5 of the Local Government Act 2000. It then cited section 12.";
    int[] ends = {twoSentences.indexOf(". ") + 1, twoSentences.length()};
    assertEquals(
        List.of("FOIA 12"),
        finder.find(twoSentences, FOIA_DOC, ends).stream()
            .map(m -> m.act() + " " + m.ref())
            .toList());
    assertEquals(
        List.of("EIR 12(4)(b)"),
        found(
            "It applied the Environmental Information Regulations 2004, which under regulation"
                + " 12(4)(b) allow refusal."));
  }

  @Test
  void readsTheActOnlyWithinTheSentence() {
    String text = "It relied on section 40(2). The Data Protection Act 2018 also applies.";
    int[] sentenceEnds = {text.indexOf('.') + 1, text.length()};
    assertEquals(
        List.of("FOIA 40(2)"),
        finder.find(text, FOIA_DOC, sentenceEnds).stream()
            .map(m -> m.act() + " " + m.ref())
            .toList());
  }

  @Test
  void readsAStatutoryProvisionsListWithTitlesBetweenItems() {
    ActContext scottish = new ActContext(Act.FOISA, Act.EISR, null, Act.FOISA);
    assertEquals(
        List.of(
            "FOISA 1(1)",
            "FOISA 1(2)",
            "FOISA 1(6)",
            "FOISA 2(1)(b)",
            "FOISA 47(1)",
            "FOISA 47(2)"),
        found(
            "FOISA sections 1(1), (2) and (6) (General entitlement); 2(1)(b) (Effect of"
                + " exemptions); 47(1) and (2) (Application for decision by Commissioner)",
            scottish));
  }

  @Test
  void aContinuationOfTwoLevelsAfterARefOfOneReplacesTheOneThereIs() {
    ActContext scottish = new ActContext(Act.FOISA, Act.EISR, null, Act.FOISA);
    assertEquals(
        List.of("EISR 10(1)", "EISR 10(2)", "EISR 10(4)(a)", "EISR 10(4)(b)"),
        found("regulations 10(1), (2) and (4)(a) and (b) (Exceptions)", scottish));
    assertEquals(List.of("FOIA 12(1)(a)", "FOIA 12(2)(b)"), found("sections 12(1)(a) and (2)(b)"));
  }

  @Test
  void theEirsOfAScottishDecisionAreTheEisr() {
    String text =
        "Environmental Information (Scotland) Regulations 2004 (the EIRs). The Authority relied on "
            + "regulation 10(4)(b) of the EIRs and EIR 10(5)(f).";
    ActContext context = ActContext.of(text, legislation);
    assertEquals(Act.EISR, context.regulationAct());
    assertEquals(List.of("EISR 10(4)(b)", "EISR 10(5)(f)"), found(text, context));
    String uk =
        "Environmental Information Regulations 2004 (EIR). It relied on regulation 12(4)(b) of the"
            + " EIR.";
    assertEquals(List.of("EIR 12(4)(b)"), found(uk, ActContext.of(uk, legislation)));
  }

  @Test
  void readsListsWhoseItemsCarryTheirTitles() {
    assertEquals(
        List.of("FOIA 24(1)", "FOIA 26(1)"),
        found("It withheld it under sections 24(1) (national security) and 26(1) (defence)."));
    assertEquals(
        List.of("FOIA 23(1)", "FOIA 24(1)", "FOIA 26(1)(a)", "FOIA 26(1)(b)"),
        found(
            "It cited sections 23(1) (security bodies) and 24(1) (national security) (in the"
                + " alternative), 26(1)(a) and (b) (defence)."));
  }

  @Test
  void aContinuationReplacesTheLevelLabelledLikeIt() {
    ActContext scottish = new ActContext(Act.FOISA, Act.EISR, null, Act.FOISA);
    assertEquals(
        List.of("FOISA 34(1)(a)(i)", "FOISA 34(1)(b)"),
        found("FOISA sections 34(1)(a)(i) and (b) (Investigations)", scottish));
    assertEquals(
        List.of("FOIA 36(2)(b)(i)", "FOIA 36(2)(b)(ii)"),
        found("It relied on section 36(2)(b)(i) and (ii)."));
  }

  @Test
  void readsABarePathAfterWordsThatNameAProvision() {
    ActContext scottish = new ActContext(Act.FOISA, Act.EISR, null, Act.FOISA);
    assertEquals(
        List.of("FOISA 30(b)(i)", "FOISA 30(b)(ii)"),
        found("It was not entitled to apply the exemptions in 30(b)(i) and (ii).", scottish));
    assertEquals(
        List.of("EIR 12(5)(b)", "EIR 12(5)(b)"),
        found("It relied on regulation 12(5)(b) of the EIR. It has correctly relied on 12(5)(b)."));
  }
}
