package org.foilens.corpus;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NoticePdfWriterTest {

  @TempDir Path dir;

  private static final String MODERN_HEAD =
      """
      template: modern            # post-2011 layout
      regime: FOIA
      reference: IC-123456-A1B2
      date: 2023-03-20
      authority: Department for Work and Pensions
      address: Caxton House | Tothill Street | London | SW1H 9NA
      ---
      ## Decision (including any steps ordered)
      1. The complainant asked for a briefing paper. The Commissioner’s decision is that the
      authority was entitled to rely on section 35(1)(a) – formulation of government policy.
      - a bullet inside the paragraph
      ## Request and response
      2. On 2 February 2022, the complainant wrote to the authority and asked:
      > “Please provide the paper.”
      """;

  @Test
  void modernHeaderExtractsLabelsThenValues() throws IOException {
    Path pdf = render("short", MODERN_HEAD);
    String text = text(pdf, 1, 1);
    assertTrue(
        text.contains(
            "Date:\nPublic Authority:\nAddress:\n20 March 2023\nDepartment for Work and Pensions\n"
                + "Caxton House\nTothill Street\nLondon\nSW1H 9NA\n"),
        text);
    assertTrue(text.startsWith("Reference: IC-123456-A1B2\n"), text);
    assertTrue(text.contains("Freedom of Information Act 2000 (FOIA)\nDecision notice\n"), text);
    assertTrue(text.contains("1. The complainant asked"), text);
    assertTrue(text.contains("section 35(1)(a) – formulation"), text);
    assertTrue(text.contains("“Please provide the paper.”"), text);
  }

  @Test
  void longNoticeRunsOverPagesWithTheReferenceOnEach() throws IOException {
    StringBuilder source = new StringBuilder(MODERN_HEAD).append("## Reasons for decision\n");
    for (int i = 3; i <= 40; i++) {
      source
          .append(i)
          .append(". The Commissioner has considered the arguments put forward by both parties")
          .append(
              " and the withheld information itself, which runs to several pages of notes.\n\n");
    }
    Path pdf = render("long", source.toString());
    try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
      int pages = document.getNumberOfPages();
      assertTrue(pages > 1, "pages: " + pages);
      for (int p = 1; p <= pages; p++) {
        String text = text(pdf, p, p);
        assertTrue(text.startsWith("Reference: IC-123456-A1B2\n"), "page " + p + ": " + text);
        assertTrue(text.strip().endsWith("\n" + p), "page number on page " + p);
      }
    }
  }

  @Test
  void section50HeaderExtractsRowByRow() throws IOException {
    String source =
        """
        template: section50
        regime: EIR
        reference: FER0212345
        date: 2009-05-12
        authority: Environment Agency
        address: Horizon House | Deanery Road | Bristol | BS1 5AH
        ---
        ## Summary
        1. The complainant asked for information held under regulation 12(5)(e).
        """;
    String text = text(render("old", source), 1, 1);
    assertTrue(
        text.contains("Environmental Information Regulations 2004\nDecision Notice\n"), text);
    assertTrue(
        text.contains(
            "Date: 12 May 2009\nPublic Authority: Environment Agency\nAddress: Horizon House\n"
                + "Deanery Road\nBristol\nBS1 5AH\n"),
        text);
  }

  @Test
  void renderingTwiceGivesTheSameBytes() throws IOException {
    Path src = dir.resolve("src");
    Files.createDirectories(src);
    Files.writeString(src.resolve("same.notice.txt"), MODERN_HEAD, StandardCharsets.UTF_8);
    List<Path> first = CorpusRenderer.renderAll(src, dir.resolve("a"));
    List<Path> second = CorpusRenderer.renderAll(src, dir.resolve("b"));
    assertEquals(1, first.size());
    assertArrayEquals(Files.readAllBytes(first.get(0)), Files.readAllBytes(second.get(0)));
  }

  @Test
  void charactersOutsideWinAnsiAreReplaced() {
    assertEquals("a - b ? £5 – “x”", WinAnsiText.clean("a \u2011 b \u03b1 £5 – “x”"));
  }

  private Path render(String name, String source) throws IOException {
    Path pdf = dir.resolve(name + ".pdf");
    new NoticePdfWriter().write(NoticeSource.parse(name, source), pdf);
    return pdf;
  }

  private static String text(Path pdf, int from, int to) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setLineSeparator("\n");
      stripper.setStartPage(from);
      stripper.setEndPage(to);
      return stripper.getText(document);
    }
  }
}
