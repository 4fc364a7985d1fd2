package org.foilens.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.foilens.TestData;
import org.foilens.model.Extraction;
import org.foilens.source.SourceWalker;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * OCR with the real Tesseract on the image-only PDFs of Tika's test suite (no text layer, one
 * scanned page each): what it reads, and that {@code --ocr off} reads nothing.
 */
class OcrIT {

  /** The image-only PDFs in ../shared/data/robustness/tika-pdf, and a word each must yield. */
  private static final List<String[]> IMAGE_ONLY =
      List.of(
          new String[] {"testOCR.pdf", "happy new year 2003"},
          new String[] {"testFlashInPDF.pdf", "testing"});

  private static Path config;

  @BeforeAll
  static void tesseractIsInstalled() {
    assumeTrue(
        OcrSupport.detect(OcrMode.AUTO, true).effective() == OcrMode.AUTO,
        "tesseract is not installed (.ci/run installs tesseract-ocr and tesseract-ocr-eng)");
    config = TestData.root().resolve("config/tika-config.xml");
  }

  private static Extraction extract(String name, OcrSupport ocr) throws Exception {
    Path file = TestData.shared().resolve("robustness/tika-pdf").resolve(name);
    return new TikaExtractor(config, 120_000, ocr).apply(SourceWalker.describe(file));
  }

  private static String words(Extraction e) {
    return e.mainText().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
  }

  @Test
  void autoReadsPagesWithoutTextLayer() throws Exception {
    int pages = 0;
    int words = 0;
    long start = System.nanoTime();
    for (String[] pdf : IMAGE_ONLY) {
      Extraction e = extract(pdf[0], new OcrSupport(OcrMode.AUTO, true));
      assertEquals(1, e.ocrPages(), pdf[0]);
      assertTrue(words(e).contains(pdf[1]), pdf[0] + " read as: " + e.mainText());
      assertTrue(e.warnings().isEmpty(), e.warnings().toString());
      pages += e.ocrPages();
      words +=
          Arrays.stream(e.mainText().split("\\s+")).filter(w -> w.matches(".*\\p{L}.*")).count();
    }
    System.out.printf(
        Locale.ROOT,
        "OCR auto: %d image-only PDFs, %d pages OCR'd, %d words of text in all (titles included),"
            + " %.1f s%n",
        IMAGE_ONLY.size(),
        pages,
        words,
        (System.nanoTime() - start) / 1e9);
  }

  @Test
  void autoLeavesPagesWithTextAlone() throws Exception {
    Extraction e = extract("testPDF.pdf", new OcrSupport(OcrMode.AUTO, true));
    assertEquals(0, e.ocrPages());
    assertTrue(e.mainText().contains("Apache Tika"));
  }

  @Test
  void offReadsNoPage() throws Exception {
    for (String[] pdf : IMAGE_ONLY) {
      Extraction e = extract(pdf[0], new OcrSupport(OcrMode.OFF, true));
      assertEquals(0, e.ocrPages(), pdf[0]);
      assertFalse(words(e).contains(pdf[1]), pdf[0] + " read as: " + e.mainText());
      assertTrue(e.warnings().isEmpty(), "--ocr off is a choice, not a problem: " + e.warnings());
    }
  }

  @Test
  void forceReadsEveryPage() throws Exception {
    Extraction e = extract("testPDF.pdf", new OcrSupport(OcrMode.FORCE, true));
    assertEquals(1, e.ocrPages());
    assertTrue(words(e).contains("tika"), e.mainText());
  }

  @Test
  void withoutTesseractTheDocumentIsFlaggedNotFailed() throws Exception {
    Extraction e = extract("testOCR.pdf", new OcrSupport(OcrMode.AUTO, false));
    assertEquals(0, e.ocrPages());
    assertEquals(
        List.of("not OCR'd: 1 page or image without a text layer (tesseract is not installed)"),
        e.warnings());
    Extraction withText = extract("testPDF.pdf", new OcrSupport(OcrMode.AUTO, false));
    assertTrue(withText.warnings().isEmpty(), withText.warnings().toString());
  }

  @Test
  void aRunWithoutTesseractSaysSoOnceAndFlagsTheDocuments() throws Exception {
    Path pdfs = TestData.shared().resolve("robustness/tika-pdf");
    ProcessBuilder analyze =
        new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "--enable-native-access=ALL-UNNAMED",
            "-cp",
            System.getProperty("java.class.path"),
            "-Dfoilens.config=" + TestData.root().resolve("config"),
            "org.foilens.cli.Main",
            "analyze",
            "--json",
            "--threads",
            "1",
            pdfs.resolve("testOCR.pdf").toString(),
            pdfs.resolve("testFlashInPDF.pdf").toString());
    analyze.environment().put("PATH", "/nonexistent"); // no tesseract to be found
    Process p = analyze.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, p.waitFor(), err);
    assertEquals(1, err.split("tesseract is not installed", -1).length - 1, err);
    List<String> records = out.lines().toList();
    assertEquals(2, records.size(), out);
    for (String record : records) {
      assertTrue(record.contains("\"error\":null"), record);
      assertTrue(record.contains("\"ocr_pages\":0"), record);
      assertTrue(record.contains("(tesseract is not installed)"), record);
    }
  }
}
