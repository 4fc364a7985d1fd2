package org.foilens.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.foilens.model.NoticeHeader;
import org.junit.jupiter.api.Test;

class NoticeHeaderParserTest {

  private final NoticeHeaderParser parser = new NoticeHeaderParser();

  /** The header is read from the notice's first lines only, not from a pass over its whole text. */
  @Test
  void firstLinesEndWithTheirLineBreak() {
    assertEquals("a\nb\r\n", NoticeHeaderParser.firstLines("a\nb\r\nc\nd", 2));
    assertEquals("a\nb", NoticeHeaderParser.firstLines("a\nb", 5));
    assertEquals("one line", NoticeHeaderParser.firstLines("one line", 1));
  }

  @Test
  void readsLabelAndValueOnOneLine() {
    NoticeHeader h =
        parser.parse(
            """
            Freedom of Information Act 2000 (FOIA)
            Decision notice

            Date: 20 March 2023

            Public Authority: Department for Work and Pensions

            Address: Caxton House

            Tothill Street London

            SW1H 9NA

            Decision (including any steps ordered)
            1. The complainant has requested information.
            """);
    assertEquals(LocalDate.parse("2023-03-20"), h.date());
    assertEquals("Department for Work and Pensions", h.authority());
    assertEquals("Caxton House, Tothill Street London, SW1H 9NA", h.address());
  }

  @Test
  void readsTheTwoColumnTableThatExtractsLabelsFirst() {
    NoticeHeader h =
        parser.parse(
            """
            Reference: IC-212345-K8L2
            Freedom of Information Act 2000 (FOIA)
            Decision notice
            Date:
            Public Authority:
            Address:
            4 May 2023
            Home Office
            2 Marsham Street
            London
            SW1P 4DF
            Decision (including any steps ordered)
            1. The complainant requested information.
            Reference: IC-212345-K8L2
            """);
    assertEquals("IC-212345-K8L2", h.reference());
    assertEquals(LocalDate.parse("2023-05-04"), h.date());
    assertEquals("Home Office", h.authority());
    assertEquals("2 Marsham Street, London, SW1P 4DF", h.address());
  }

  @Test
  void readsTheSection50TemplateWithComplainant() {
    NoticeHeader h =
        parser.parse(
            """
            Freedom of Information Act 2000 (Section 50)
            Decision Notice
            Reference: FS50187321
            Date: 12 May 2009
            Public Authority: Ministry of Defence
            Address: Main Building, Whitehall, London SW1A 2HB
            Summary
            The complainant asked for records.
            """);
    assertEquals("FS50187321", h.reference());
    assertEquals(LocalDate.parse("2009-05-12"), h.date());
    assertEquals("Ministry of Defence", h.authority());
    assertEquals("Main Building, Whitehall, London SW1A 2HB", h.address());
  }

  @Test
  void readsAScottishDecisionByItsNumber() {
    NoticeHeader h =
        parser.parse(
            """
            Scottish Information Commissioner
            Decision Notice 112/2023
            Water quality sampling at bathing waters
            Applicant: Mr Calum Maclean
            Authority: Scottish Environment Protection Agency
            Case Ref: 202200934
            Decision date: 19 September 2023
            Summary
            The Applicant asked the Authority for results.
            """);
    assertEquals("Decision 112/2023", h.reference());
    assertEquals(LocalDate.parse("2023-09-19"), h.date());
    assertEquals("Scottish Environment Protection Agency", h.authority());
    assertEquals("Mr Calum Maclean", h.complainant());
  }

  @Test
  void readsLabelsRunTogetherOnOneLineAndBulleted() {
    NoticeHeader h =
        parser.parse(
            """
            Decision notice
            Date: 27 June 2014
            Public Authority: Borough of Felpersham Address: Town Hall High Street BS1 1AA
            Decision (including any steps ordered)
            1. The complainant asked for a report.
            """);
    assertEquals("Borough of Felpersham", h.authority());
    assertEquals(LocalDate.parse("2014-06-27"), h.date());
    NoticeHeader bulleted =
        parser.parse(
            """
            Decision Summary
              • Case Ref: FS50999999
              • Date: 8 June 2006
              • Public Authority: Felpersham Hospitals NHS Trust
              • Summary: A request was made for a report.
            """);
    assertEquals("FS50999999", bulleted.reference());
    assertEquals(LocalDate.parse("2006-06-08"), bulleted.date());
    assertEquals("Felpersham Hospitals NHS Trust", bulleted.authority());
  }
}
