package org.foilens.tag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.foilens.model.AnalyzedDocument;
import org.foilens.model.DocumentKind;
import org.foilens.model.NoticeOutline;
import org.junit.jupiter.api.Test;

class StructureAndTitleAnnotatorTest {

  static final String NOTICE =
      """
      Freedom of Information Act 2000 (FOIA)
      Decision notice

      Date: 14 June 2024
      Public Authority: Borsetshire County Council
      Address: County Hall, Felpersham FE1 2AB

      Decision (including any steps ordered)

      1. The complainant asked the Council for its gritting routes.

      Reasons for decision

      2. The Commissioner has considered the Council's reliance on section 12(1) of FOIA.
      """;

  @Test
  void aNoticeKeepsItsHeaderAndItsPartsWithTheirParagraphs() {
    AnalyzedDocument d = Annotated.annotate(NOTICE, new StructureAnnotator());
    assertEquals(DocumentKind.DECISION_NOTICE, d.kind());
    assertEquals("Borsetshire County Council", d.notice().header().authority());
    assertEquals(
        List.of("decision", "reasons"),
        d.notice().parts().stream().map(NoticeOutline.Part::name).toList());
    assertEquals(
        "The complainant asked the Council for its gritting routes.",
        d.notice().parts().get(0).paragraphs().get(0).text());
    assertEquals(NOTICE.length(), d.extraction().chars());
  }

  @Test
  void otherDocumentsHaveNoHeader() {
    AnalyzedDocument d = Annotated.annotate("A note about the weather.", new StructureAnnotator());
    assertEquals(DocumentKind.OTHER, d.kind());
    assertNull(d.notice().header());
    assertEquals(List.of(), d.notice().parts());
  }

  @Test
  void aNoticeIsTitledByItsHeaderOtherTextsByTheirFirstLine() {
    assertEquals(
        "Decision notice: Borsetshire County Council",
        Annotated.annotate(NOTICE, new TitleAnnotator()).title());
    assertEquals(
        "Minutes of the parish meeting",
        Annotated.annotate("\n\n  Minutes of the parish meeting  \nItem 1", new TitleAnnotator())
            .title());
    assertEquals(200, Annotated.annotate("x".repeat(500), new TitleAnnotator()).title().length());
  }
}
