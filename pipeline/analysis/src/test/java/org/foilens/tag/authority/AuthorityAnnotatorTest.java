package org.foilens.tag.authority;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.foilens.TestPipeline;
import org.foilens.model.AnalyzedDocument;
import org.foilens.tag.Annotated;
import org.foilens.tag.StructureAnnotator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AuthorityAnnotatorTest {

  private static AuthorityAnnotator authority;

  @BeforeAll
  static void load() {
    authority = new AuthorityAnnotator(TestPipeline.gazetteer());
  }

  @Test
  void aNoticesAuthorityIsNamedAsTheGazetteerNamesIt() {
    AnalyzedDocument d =
        Annotated.annotate(
            """
            Decision notice
            Date: 3 October 2023
            Public Authority: HM Treasury
            Address: 1 Horse Guards Road, London SW1A 2HQ
            """,
            new StructureAnnotator(),
            authority);
    assertEquals("Her Majesty's Treasury", d.authority());
    assertEquals("central government", d.sector());
  }

  @Test
  void anAuthorityTheGazetteerDoesNotKnowIsKeptAsPrinted() {
    AnalyzedDocument d =
        Annotated.annotate(
            """
            Decision notice
            Date: 3 October 2023
            Public Authority:   Borsetshire Parish Council of Ambridge
            """,
            authority);
    assertEquals("Borsetshire Parish Council of Ambridge", d.authority());
    assertNull(d.sector());
  }

  @Test
  void aPastedRequestIsAddressedByItsSalutationNeverByAPersonsName() {
    AnalyzedDocument d =
        Annotated.annotate(
            """
            Freedom of Information request: gritting routes

            Dear Mr Smith,

            Dear Sheffield City Council,

            Please send me the gritting routes for this winter.

            Yours faithfully,
            A Requester
            """,
            authority);
    assertEquals("Sheffield City Council", d.authority());
  }
}
