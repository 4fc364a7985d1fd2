package org.foilens.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.foilens.FoilensConfig;
import org.foilens.Pipeline;
import org.foilens.TestData;
import org.foilens.model.AnalyzedDocument;
import org.foilens.model.DocumentKind;
import org.foilens.source.SourceWalker;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A response letter whose letterhead is a picture, as many NHS letters' are: its text layer names
 * no body, and the real pipeline with the real Tesseract reads the writer from the logo. With OCR
 * off, the letter has no authority rather than a guess. Its template's title in the file's metadata
 * is no date of the letter's.
 */
class LetterheadImagesIT {

  private static final String BODY = "Oxleas NHS Foundation Trust";

  private static final String[] LETTER = {
    "Information Governance",
    "Pinewood House, Pinewood Place, Dartford DA2 7WG",
    "Our ref: FOI 4411",
    "12 May 2021",
    "Dear Requester,",
    "Freedom of Information Request",
    "Thank you for your request for information received on 14 April 2021.",
    "We can confirm that we do not hold the information you requested.",
    "If you are unhappy with this response you may ask for an internal review.",
    "Yours sincerely,",
    "Information Governance Team"
  };

  @TempDir static Path tmp;
  private static Path letter;

  @BeforeAll
  static void writeLetter() throws Exception {
    assumeTrue(
        OcrSupport.detect(OcrMode.AUTO, true).effective() == OcrMode.AUTO,
        "tesseract is not installed (.ci/run installs tesseract-ocr and tesseract-ocr-eng)");
    letter = tmp.resolve("foi-4411-response.pdf");
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      PDImageXObject logo = LosslessFactory.createFromImage(doc, logo(BODY));
      try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
        out.drawImage(logo, 330, 720, 240, 40);
        out.beginText();
        out.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
        out.setLeading(16);
        out.newLineAtOffset(72, 660);
        for (String line : LETTER) {
          out.showText(line);
          out.newLine();
        }
        out.endText();
      }
      // a template's title, kept in the file's metadata: not the letter's date
      doc.getDocumentInformation().setTitle("5 December 2000");
      doc.save(letter.toFile());
    }
  }

  /** A logo: the body's name in dark blue on white, as a picture. */
  private static BufferedImage logo(String name) {
    BufferedImage image = new BufferedImage(600, 100, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, 600, 100);
    g.setColor(new Color(0, 48, 135));
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 34));
    g.drawString(name, 10, 65);
    g.dispose();
    return image;
  }

  private static AnalyzedDocument analyze(OcrMode ocr) throws Exception {
    try (Pipeline pipeline =
        new Pipeline(
            FoilensConfig.of(TestData.root().resolve("config")),
            ExtractSettings.defaults().withOcr(ocr))) {
      return pipeline.analyze(letter).document();
    }
  }

  @Test
  void theLogoReadsAsTheBodyTheGazetteerKnows() throws Exception {
    String words = LetterheadImages.forMode(OcrMode.AUTO).read(SourceWalker.describe(letter));
    assertTrue(words.toLowerCase(Locale.ROOT).contains("oxleas"), "the logo read as: " + words);
    AnalyzedDocument d = analyze(OcrMode.AUTO);
    assertEquals(DocumentKind.FOI_RESPONSE, d.kind());
    assertEquals(BODY, d.authority());
    assertEquals("NHS", d.sector());
  }

  @Test
  void withOcrOffTheLetterHasNoAuthority() throws Exception {
    assertEquals("", LetterheadImages.forMode(OcrMode.OFF).read(SourceWalker.describe(letter)));
    AnalyzedDocument d = analyze(OcrMode.OFF);
    assertEquals(DocumentKind.FOI_RESPONSE, d.kind());
    assertNull(d.authority());
  }

  @Test
  void theDateIsThePrintedOneNotTheMetadataTitle() throws Exception {
    assertEquals(LocalDate.of(2021, 5, 12), analyze(OcrMode.OFF).date());
  }

  @Test
  void filesThatAreNoPdfGiveNoWords() throws Exception {
    LetterheadImages reader = LetterheadImages.forMode(OcrMode.AUTO);
    Path text = Files.writeString(tmp.resolve("letter.txt"), "Oxleas NHS Foundation Trust");
    assertEquals("", reader.read(SourceWalker.describe(text)));
    Path broken = Files.writeString(tmp.resolve("broken.pdf"), "%PDF-1.4 and nothing else");
    assertEquals("", reader.read(SourceWalker.describe(broken)));
  }
}
