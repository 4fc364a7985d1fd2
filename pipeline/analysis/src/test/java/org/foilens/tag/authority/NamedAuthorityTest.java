package org.foilens.tag.authority;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.foilens.TestPipeline;
import org.foilens.text.AuthorityGazetteer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Bodies named by a decision's own sentences, in sentences written for this test. */
class NamedAuthorityTest {

  private static AuthorityGazetteer gazetteer;

  @BeforeAll
  static void load() {
    gazetteer = TestPipeline.gazetteer();
  }

  @Test
  void theBodyASummaryDefinesAShortNameFor() {
    NamedAuthority.Named n =
        NamedAuthority.defined(
            "The complainant asked the Information Commissioner (“the Commissioner”) about"
                + " Felpersham University Hospitals NHS Trust’s (“the Trust”) rotas.",
            gazetteer);
    assertEquals("Felpersham University Hospitals NHS Trust", n.name());
    assertNull(
        NamedAuthority.defined(
            "under the Freedom of Information Act 2000 (“the Act”) and a Widget Company Ltd"
                + " (“the Company”) contract",
            gazetteer));
  }

  @Test
  void theBodyASubstitutedNoticeOrdersToAct() {
    assertEquals(
        "Borsetshire County Council",
        NamedAuthority.ordered(
            "Substituted Decision Notice: Borsetshire County Council (\"the Council\") shall"
                + " within 35 days disclose the report.",
            gazetteer));
  }

  @Test
  void aTribunalMayNameTheCommissionerAsThePublicAuthority() {
    assertEquals(
        "The Information Commissioner",
        NamedAuthority.stated("Decision: allowed\nOrganisation: The Information Commissioner\n"));
    assertEquals(
        "Information Commissioner",
        NamedAuthority.stated(
            "The public authority in this appeal is the Information Commissioner."));
  }
}
