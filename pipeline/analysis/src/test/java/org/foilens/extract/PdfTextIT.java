package org.foilens.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.foilens.TestData;
import org.foilens.model.Extraction;
import org.foilens.model.SourceDocument;
import org.foilens.source.SourceWalker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PDFBox read directly gives the text Tika gives, for the ordinary PDFs it takes (the corpus's
 * notices and the real response letters), and leaves the rest to Tika.
 */
class PdfTextIT {

  @TempDir Path tmp;

  private static List<Path> pdfs() throws IOException {
    List<Path> out = new ArrayList<>();
    for (Path dir :
        List.of(
            TestData.root().resolve("corpus/notices"),
            TestData.shared().resolve("letters/files"))) {
      try (Stream<Path> s = Files.list(dir)) {
        s.filter(p -> p.toString().endsWith(".pdf")).sorted().forEach(out::add);
      }
    }
    return out;
  }

  @Test
  void ordinaryPdfsReadAsTikaReadsThem() throws Exception {
    TikaExtractor tika =
        new TikaExtractor(
            TestData.root().resolve("config/tika-config.xml"),
            60_000,
            new OcrSupport(OcrMode.OFF, false));
    int read = 0;
    int sameHead = 0;
    for (Path pdf : pdfs()) {
      SourceDocument source = SourceWalker.describe(pdf);
      Extraction plain = PdfText.read(source, OcrMode.AUTO);
      if (plain == null) {
        System.out.println("PdfTextIT: left to Tika: " + pdf.getFileName());
        continue;
      }
      read++;
      Extraction byTika = tika.parsedByTika(source);
      String words = byTika.mainText().replaceAll("\\s+", " ");
      assertEquals(words, plain.mainText().replaceAll("\\s+", " "), pdf.toString());
      assertEquals(byTika.pages(), plain.pages(), pdf + ": pages");
      assertEquals(byTika.title(), plain.title(), pdf + ": title");
      if (byTika.mainText().equals(plain.mainText())) {
        sameHead++;
      }
    }
    assertTrue(
        read >= pdfs().size() * 9 / 10, "most notices and letters are ordinary PDFs: " + read);
    System.out.printf(
        Locale.ROOT, "PdfTextIT: %d of %d texts identical to Tika's%n", sameHead, read);
  }

  @Test
  void encryptedPdfsAndOtherFilesAreTikas() throws Exception {
    assertNull(
        PdfText.read(
            SourceWalker.describe(
                TestData.shared().resolve("robustness/tika-pdf/testPDF_protected.pdf")),
            OcrMode.AUTO));
    Path text = Files.writeString(tmp.resolve("not.pdf"), "%PD but no PDF");
    assertNull(PdfText.read(SourceWalker.describe(text), OcrMode.AUTO));
  }

  @Test
  void aPageWithoutTextGoesToTikaForOcrUnlessOcrIsOff() throws Exception {
    Path pdf = tmp.resolve("annex.pdf");
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
        out.beginText();
        out.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
        out.newLineAtOffset(72, 700);
        out.showText("The Council responded on 2 May 2024.");
        out.endText();
      }
      doc.addPage(new PDPage()); // a scanned page would have an image and no text
      doc.save(pdf.toFile());
    }
    SourceDocument source = SourceWalker.describe(pdf);
    assertNull(PdfText.read(source, OcrMode.AUTO));
    Extraction off = PdfText.read(source, OcrMode.OFF);
    assertNotNull(off);
    assertEquals("The Council responded on 2 May 2024.", off.mainText());
    assertEquals(2, off.pages());
    assertNull(PdfText.read(source, OcrMode.FORCE));
  }
}
