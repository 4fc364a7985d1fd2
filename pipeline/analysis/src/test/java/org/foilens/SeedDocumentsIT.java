package org.foilens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.foilens.model.AnalyzedDocument;
import org.foilens.model.Provision;
import org.junit.jupiter.api.Test;

/** The real documents foilens was created from, through the whole pipeline. */
class SeedDocumentsIT {

  @Test
  void decisionNoticeGivesKindDateAuthorityAndProvisionsWithRoles() throws Exception {
    AnalyzedDocument d = TestPipeline.pipeline().analyze(TestData.seed("003_")).document();
    assertNull(d.error());
    assertEquals("decision_notice", d.kind());
    assertEquals("2023-03-20", d.date());
    assertEquals("Department for Work and Pensions", d.authority());
    Map<String, String> roles =
        d.provisions().stream().collect(Collectors.toMap(Provision::key, Provision::role));
    assertEquals(
        Map.of(
            "FOIA 35(1)(a)", "exemption",
            "FOIA 1", "procedural",
            "FOIA 1(3)", "procedural",
            "FOIA 17", "procedural",
            "FOIA 8(1)", "other",
            "FOIA 54", "other",
            "FOIA 84", "other"),
        roles);
    assertEquals("upheld", d.outcome());
    assertEquals(
        List.of("decision", "request", "scope", "reasons", "right_of_appeal"),
        d.parts().stream().map(AnalyzedDocument.ContractPart::name).toList());
    assertEquals(
        List.of(6, 11),
        d.provisions().stream()
            .filter(p -> p.ref().equals("35(1)(a)"))
            .findFirst()
            .orElseThrow()
            .paragraphs());
    assertEquals(Boolean.TRUE, d.stepsOrdered());
    assertEquals(35, d.stepsDeadlineDays());
    assertTrue(d.dates().containsAll(List.of("2022-02-02", "2022-02-16")));
  }

  @Test
  void pastedRequestPagesAreThreadsWithAuthorityAndStatus() throws Exception {
    AnalyzedDocument dwp = TestPipeline.pipeline().analyze(TestData.seed("000_")).document();
    assertEquals("foi_thread", dwp.kind());
    assertEquals("Department for Work and Pensions", dwp.authority());
    assertEquals("partially_successful", dwp.status());

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
        dwp.messages().stream().map(AnalyzedDocument.ContractMessage::role).toList(),
        "the request, the automated acknowledgement, two replies and the annotations, in page"
            + " order");
    assertTrue(dwp.messages().get(0).text().startsWith("Dear Department for Work and Pensions,"));
    assertTrue(
        dwp.messages().get(0).from() != null, "the requester's name is read from the sign-off");
    assertTrue(dwp.messages().stream().noneMatch(m -> m.text().contains("show quoted sections")));

    AnalyzedDocument phso = TestPipeline.pipeline().analyze(TestData.seed("001_")).document();
    List<String> roles =
        phso.messages().stream().map(AnalyzedDocument.ContractMessage::role).toList();
    assertEquals(List.of("requester", "authority"), roles.subList(0, 2));
    assertTrue(roles.stream().filter("annotation"::equals).count() >= 5, roles.toString());
    assertEquals("foi_thread", phso.kind());
    assertEquals("Parliamentary and Health Service Ombudsman", phso.authority());
    assertEquals("partially_successful", phso.status());
    assertTrue(phso.provisions().stream().anyMatch(p -> p.key().equals("FOIA 12(1)")));
    assertTrue(
        phso.provisions().stream().noneMatch(p -> p.ref().equals("3")),
        "section 3 of the fees regulations is not a FOIA provision");
  }

  @Test
  void newsAndDigestPagesAreOther() throws Exception {
    assertEquals("other", TestPipeline.pipeline().analyze(TestData.seed("002_")).document().kind());
    assertEquals("other", TestPipeline.pipeline().analyze(TestData.seed("004_")).document().kind());
  }
}
