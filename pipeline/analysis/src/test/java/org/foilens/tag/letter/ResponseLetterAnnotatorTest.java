package org.foilens.tag.letter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.foilens.FoilensConfig;
import org.foilens.TestData;
import org.foilens.model.AnalyzedDocument;
import org.foilens.model.DocumentKind;
import org.foilens.model.Provision;
import org.foilens.model.RequestStatus;
import org.foilens.model.ResponseTo;
import org.foilens.tag.Annotated;
import org.foilens.tag.StructureAnnotator;
import org.foilens.tag.caseref.CaseRefAnnotator;
import org.foilens.tag.provision.LegislationTable;
import org.foilens.tag.provision.ProvisionAnnotator;
import org.foilens.text.AuthorityGazetteer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Response letters written for the tests, in the shapes real ones take, read as letters. */
class ResponseLetterAnnotatorTest {

  private static ProvisionAnnotator provisions;
  private static ResponseLetterAnnotator letters;

  @BeforeAll
  static void load() throws Exception {
    FoilensConfig config = FoilensConfig.of(TestData.root().resolve("config"));
    LegislationTable legislation = LegislationTable.load(config.file("legislation"));
    AuthorityGazetteer gazetteer = AuthorityGazetteer.load(config.file("authorities.tsv"));
    provisions = new ProvisionAnnotator(legislation);
    letters = ResponseLetterAnnotator.load(config, gazetteer, legislation, source -> "");
  }

  private static AnalyzedDocument read(String text) {
    return Annotated.annotate(
        text, new StructureAnnotator(), new CaseRefAnnotator(), provisions, letters);
  }

  @Test
  void aPartialDisclosureWithItsReferenceDateAndExemption() {
    AnalyzedDocument d =
        read(
            """
            Information Governance
            Riverside House, Dorchester Road, Weymouth DT4 7TJ

            Our ref: IG/FOI/2023/0412
            14 June 2023

            Dear Mr Pell,

            Freedom of Information Request

            Thank you for your request of 17 May 2023. You asked:

            1. Please provide the number of wheelchair repairs for each year since 2019.
            2. If answering exceeds the cost limit in section 12, please provide advice under
            section 16.

            Please find the figures for question 1 in the attached spreadsheet. The names of the
            repair contractors' staff have been redacted under section 40(2) of the Freedom of
            Information Act 2000.

            If you are unhappy with this response you may ask for an internal review, and then
            apply to the Information Commissioner under section 50.

            Yours sincerely,

            Information Governance Team
            Dorset County Hospital NHS Foundation Trust
            """);
    assertEquals(DocumentKind.FOI_RESPONSE, d.kind());
    assertEquals(LocalDate.of(2023, 6, 14), d.date());
    assertEquals(List.of("IG/FOI/2023/0412"), d.mentions().caseRefs());
    assertEquals("Dorset County Hospital NHS Foundation Trust", d.authority());
    assertEquals(
        List.of("FOIA 40(2)", "FOIA 50"), d.provisions().stream().map(Provision::key).toList());
    assertEquals(RequestStatus.PARTIALLY_SUCCESSFUL, d.correspondence().status());
    assertEquals(ResponseTo.REQUEST, d.correspondence().responseTo());
  }

  @Test
  void aNotHeldAnswerWithoutSalutationOrDate() {
    AnalyzedDocument d =
        read(
            """
            FREEDOM OF INFORMATION REQUEST RESPONSE
            Reference Number: FOI 2024 118

            Request: the register of tree preservation orders served on schools.

            Response: The Council does not hold a register of that kind. Orders are recorded
            against the land, not the owner.
            """);
    assertEquals(DocumentKind.FOI_RESPONSE, d.kind());
    assertNull(d.date());
    assertEquals(List.of("FOI 2024 118"), d.mentions().caseRefs());
    assertEquals(RequestStatus.NOT_HELD, d.correspondence().status());
  }

  @Test
  void anInternalReviewThatReleasesEverything() {
    AnalyzedDocument d =
        read(
            """
            Internal review reference: 1-400512233
            Original request reference: 1-399817002

            3 March 2022

            Freedom of Information: Internal Review

            Dear Ms Okonjo

            Thank you for your request for an internal review of our reply of 2 February. Our
            reply refused your request under section 14(1) as vexatious. I have reviewed the
            request and the handling of it, and I do not agree: the request was a fair one. The
            Office has now provided all the information you asked for, attached to this letter.

            Yours sincerely,

            Secretariat
            """);
    assertEquals(ResponseTo.INTERNAL_REVIEW, d.correspondence().responseTo());
    assertEquals(RequestStatus.SUCCESSFUL, d.correspondence().status());
    assertEquals(List.of("1-400512233", "1-399817002"), d.mentions().caseRefs());
  }

  @Test
  void otherActsAndRequestNumbersAreNoAccessActProvisions() {
    AnalyzedDocument d =
        read(
            """
            Our Ref: FOI 22-031
            2 May 2022

            Dear Ms Hale,

            Thank you for your request under the Freedom of Information Act 2000. You asked how
            many patients receive Section 117 aftercare. Please see the attached table.

            The Trust keeps the register under section 117 of the Mental Health Act 1983 jointly
            with the council under a Section 75 agreement. The material supplied remains protected
            by section 16 of the Copyright, Designs and Patents Act 1988.

            Yours sincerely,
            Information Rights Office
            """);
    assertEquals(List.of(), d.provisions().stream().map(Provision::key).toList());
    assertEquals(RequestStatus.SUCCESSFUL, d.correspondence().status());
  }

  @Test
  void aLetterheadThatIsALogoLeavesTheWriterToItsOwnDomain() {
    AnalyzedDocument d =
        read(
            """
            Freedom of Information Office
            350 Euston Road, London NW1 3AX
            Email: foi.requests@cnwl.nhs.uk
            Website: www.cnwl.nhs.uk

            7 June 2021

            Dear Mr Amis,

            Thank you for your request. We do not hold the information you asked for.

            Yours sincerely,
            FOI Team
            """);
    assertEquals("Central and North West London NHS Foundation Trust", d.authority());
    assertEquals("NHS", d.sector());
  }

  @Test
  void aDomainCountsForTheBodyTheLetterNamesNotAFormerName() {
    // dorsethealthcare.nhs.uk could be cut from the trust's former name, which skips fewer words
    AnalyzedDocument d =
        read(
            """
            Sentinel House, Poole BH17 0RB
            foi@dorsethealthcare.nhs.uk

            2 April 2021

            Dear Ms Cole,

            Thank you for your request, which Dorset HealthCare University NHS Foundation Trust
            has handled under the Freedom of Information Act 2000. Please find the figures in the
            attached table.

            Yours sincerely,
            Information Governance
            """);
    assertEquals("Dorset HealthCare University NHS Foundation Trust", d.authority());
  }

  @Test
  void aLabelledReferenceIsTheFormOfOneTakenByItsShape() {
    AnalyzedDocument d =
        read(
            """
            FOI 7720 Parking permits issued in 2020

            Reference: 7720
            9 February 2021

            Dear Mr Varga,

            Thank you for your request. Please find the figures attached.

            Yours sincerely,
            Information Requests Team
            """);
    assertEquals(List.of("7720"), d.mentions().caseRefs());
  }
}
