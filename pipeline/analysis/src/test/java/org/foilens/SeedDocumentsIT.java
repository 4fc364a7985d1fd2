package org.foilens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.foilens.model.AnalyzedDocument;
import org.foilens.model.DocumentKind;
import org.foilens.model.Finding;
import org.foilens.model.NoticeOutline;
import org.foilens.model.Provision;
import org.foilens.model.ProvisionRole;
import org.foilens.model.RequestStatus;
import org.junit.jupiter.api.Test;

/** The real documents foilens was created from, through the whole pipeline. */
class SeedDocumentsIT {

  @Test
  void decisionNoticeGivesKindDateAuthorityAndProvisionsWithRoles() throws Exception {
    AnalyzedDocument d = TestPipeline.pipeline().analyze(TestData.seed("003_")).document();
    assertNull(d.error());
    assertEquals(DocumentKind.DECISION_NOTICE, d.kind());
    assertEquals(LocalDate.of(2023, 3, 20), d.date());
    assertEquals("Department for Work and Pensions", d.authority());
    Map<String, ProvisionRole> roles =
        d.provisions().stream().collect(Collectors.toMap(Provision::key, Provision::role));
    assertEquals(
        Map.of(
            "FOIA 35(1)(a)", ProvisionRole.EXEMPTION,
            "FOIA 1", ProvisionRole.PROCEDURAL,
            "FOIA 1(3)", ProvisionRole.PROCEDURAL,
            "FOIA 17", ProvisionRole.PROCEDURAL,
            "FOIA 8(1)", ProvisionRole.OTHER,
            "FOIA 54", ProvisionRole.OTHER,
            "FOIA 84", ProvisionRole.OTHER),
        roles);
    assertEquals(Finding.UPHELD, d.ruling().outcome());
    assertEquals(
        List.of("decision", "request", "scope", "reasons", "right_of_appeal"),
        d.notice().parts().stream().map(NoticeOutline.Part::name).toList());
    assertEquals(
        List.of(6, 11),
        d.provisions().stream()
            .filter(p -> p.ref().equals("35(1)(a)"))
            .findFirst()
            .orElseThrow()
            .paragraphs());
    assertEquals(Boolean.TRUE, d.ruling().stepsOrdered());
    assertEquals(35, d.ruling().stepsDeadlineDays());
    assertTrue(
        d.mentions()
            .dates()
            .containsAll(List.of(LocalDate.of(2022, 2, 2), LocalDate.of(2022, 2, 16))));
  }

  @Test
  void pastedRequestPagesAreThreadsWithAuthorityAndStatus() throws Exception {
    AnalyzedDocument dwp = TestPipeline.pipeline().analyze(TestData.seed("000_")).document();
    assertEquals(DocumentKind.FOI_THREAD, dwp.kind());
    assertEquals("Department for Work and Pensions", dwp.authority());
    assertEquals(RequestStatus.PARTIALLY_SUCCESSFUL, dwp.correspondence().status());

    assertEquals(
        List.of(
            "requester",
            "system",
            "authority",
            "annotation",
            "authority",
            "annotation",
            "annotation",
            "annotation",
            "annotation"),
        dwp.correspondence().messages().stream().map(m -> m.role().label()).toList(),
        "the request, the automated acknowledgement, two replies and the annotations, in page"
            + " order");
    assertTrue(
        dwp.correspondence()
            .messages()
            .get(0)
            .text()
            .startsWith("Dear Department for Work and Pensions,"));
    assertTrue(
        dwp.correspondence().messages().get(0).from() != null,
        "the requester's name is read from the sign-off");
    assertTrue(
        dwp.correspondence().messages().stream()
            .noneMatch(m -> m.text().contains("show quoted sections")));

    AnalyzedDocument phso = TestPipeline.pipeline().analyze(TestData.seed("001_")).document();
    List<String> roles =
        phso.correspondence().messages().stream().map(m -> m.role().label()).toList();
    assertEquals(List.of("requester", "authority"), roles.subList(0, 2));
    assertTrue(roles.stream().filter("annotation"::equals).count() >= 5, roles.toString());
    assertEquals(DocumentKind.FOI_THREAD, phso.kind());
    assertEquals("Parliamentary and Health Service Ombudsman", phso.authority());
    assertEquals(RequestStatus.PARTIALLY_SUCCESSFUL, phso.correspondence().status());
    assertTrue(phso.provisions().stream().anyMatch(p -> p.key().equals("FOIA 12(1)")));
    assertTrue(
        phso.provisions().stream().noneMatch(p -> p.ref().equals("3")),
        "section 3 of the fees regulations is not a FOIA provision");
  }

  @Test
  void newsAndDigestPagesAreOther() throws Exception {
    assertEquals(
        DocumentKind.OTHER,
        TestPipeline.pipeline().analyze(TestData.seed("002_")).document().kind());
    assertEquals(
        DocumentKind.OTHER,
        TestPipeline.pipeline().analyze(TestData.seed("004_")).document().kind());
  }
}
