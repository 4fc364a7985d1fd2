package org.foilens.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.foilens.model.NoticePart;
import org.junit.jupiter.api.Test;

class NoticePartsParserTest {

  private static final String NOTICE =
      """
      Reference: IC-1-A
      Decision notice
      Decision (including any steps ordered)
      1. The complainant asked for papers.
      - 2. The Commissioner's decision is that the Council was not entitled to rely on
      section 12(1).
      Request and response
      3. On 2 May 2023 the complainant wrote.
      2
      Reference: IC-1-A
      4. The Council replied, and a list followed:
      5 apples
      Reasons for decision
      5. Section 12(1) provides a limit.
      Legal annex
      Section 12
      """;

  @Test
  void findsPartsAndNumberedParagraphsPastPageFurniture() {
    List<NoticePart> parts = new NoticePartsParser().parse(NOTICE);
    assertEquals(
        List.of("decision", "request", "reasons", "legal_annex"),
        parts.stream().map(NoticePart::name).toList());
    assertEquals(List.of(1, 2), numbers(parts.get(0)));
    assertEquals(
        List.of(3, 4),
        numbers(parts.get(1)),
        "the page number 2 and the '5 apples' line are no paragraphs");
    assertEquals(List.of(5), numbers(parts.get(2)));
    NoticePart.Paragraph four = parts.get(1).paragraphs().get(1);
    assertEquals(
        "4. The Council replied, and a list followed:\n5 apples\n",
        NOTICE.substring(four.start(), four.end()));
    NoticePart.Paragraph three = parts.get(1).paragraphs().get(0);
    assertEquals(
        "On 2 May 2023 the complainant wrote.",
        three.text(),
        "the page number and running header inside it are left out");
    String lastOnPage = "7. It ends here.\n3";
    assertEquals(
        "It ends here.",
        NoticePartsParser.paragraphText(lastOnPage, 0, lastOnPage.length()),
        "so is a page number on its last line");
  }

  private static List<Integer> numbers(NoticePart part) {
    return part.paragraphs().stream().map(NoticePart.Paragraph::number).toList();
  }

  @Test
  void readsTheShortTemplatesNumberedHeadings() {
    List<NoticePart> parts =
        new NoticePartsParser()
            .parse(
                "Date: 1 May 2026\n1. Request:\nThe complainant asked for rotas.\n2. Commissioner’s"
                    + " Decision:\nThe Trust breached section 10.\n3. Steps:\nRespond.\n");
    assertEquals(
        List.of("request", "decision", "steps"), parts.stream().map(NoticePart::name).toList());
  }
}
