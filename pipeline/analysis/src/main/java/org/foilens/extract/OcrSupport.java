package org.foilens.extract;

import java.util.List;
import java.util.Locale;
import org.apache.tika.exception.TikaConfigException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.PDF;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.ocr.TesseractOCRParser;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How one run uses Tika's Tesseract support: which pages the PDF parser sends to OCR, whether
 * images are OCR'd, and, afterwards, how many pages of a document were OCR'd or, without Tesseract,
 * would have needed it.
 */
final class OcrSupport {

  private static final Logger LOG = LoggerFactory.getLogger(OcrSupport.class);

  /** A page with fewer characters than this in its text layer has no text layer to speak of. */
  static final int MIN_TEXT_CHARS = 10;

  private static final String TESSERACT = TesseractOCRParser.class.getName();

  private final OcrMode requested;
  private final boolean tesseractInstalled;

  OcrSupport(OcrMode requested, boolean tesseractInstalled) {
    this.requested = requested;
    this.tesseractInstalled = tesseractInstalled;
  }

  /** Checks for Tesseract when OCR is wanted, and says once when it is missing. */
  static OcrSupport detect(OcrMode requested, boolean quiet) {
    boolean installed = requested != OcrMode.OFF && tesseractFound();
    if (requested != OcrMode.OFF && !installed && !quiet) {
      LOG.warn(
          "tesseract is not installed: pages without a text layer will not be OCR'd, and the "
              + "documents that have such pages say so in their warnings (install Debian's "
              + "tesseract-ocr and tesseract-ocr-eng, or use --ocr off)");
    }
    return new OcrSupport(requested, installed);
  }

  private static boolean tesseractFound() {
    try {
      return new TesseractOCRParser().hasTesseract();
    } catch (TikaConfigException e) {
      return false;
    }
  }

  /** The mode asked for, whether or not Tesseract is installed. */
  OcrMode requested() {
    return requested;
  }

  /** The mode in effect: OFF when Tesseract is missing. */
  OcrMode effective() {
    return tesseractInstalled ? requested : OcrMode.OFF;
  }

  /** Puts this run's OCR choices in the context of one parse. */
  void configure(ParseContext context) {
    PDFParserConfig pdf = new PDFParserConfig();
    pdf.setOcrStrategy(
        switch (effective()) {
          case AUTO -> PDFParserConfig.OCR_STRATEGY.AUTO;
          case OFF -> PDFParserConfig.OCR_STRATEGY.NO_OCR;
          case FORCE -> PDFParserConfig.OCR_STRATEGY.OCR_ONLY;
        });
    context.set(PDFParserConfig.class, pdf);
    TesseractOCRConfig tesseract = new TesseractOCRConfig();
    tesseract.setSkipOcr(effective() == OcrMode.OFF);
    context.set(TesseractOCRConfig.class, tesseract);
  }

  /** Pages whose text came from OCR: PDF pages Tika OCR'd, and each image read by Tesseract. */
  static int ocrPages(List<Metadata> parts) {
    int pages = 0;
    for (Metadata m : parts) {
      pages += intValue(m.get(PDF.OCR_PAGE_COUNT));
      if (isImage(m) && parsedBy(m, TESSERACT) && hasText(m)) {
        pages++;
      }
    }
    return pages;
  }

  /**
   * The warning for a document with pages that needed OCR it did not get because Tesseract is
   * missing, or null.
   */
  String missedOcrWarning(List<Metadata> parts) {
    if (requested == OcrMode.OFF || tesseractInstalled) {
      return null;
    }
    int pages = 0;
    for (Metadata m : parts) {
      for (String chars : m.getValues(PDF.CHARACTERS_PER_PAGE)) {
        if (intValue(chars) < MIN_TEXT_CHARS) {
          pages++;
        }
      }
      if (isImage(m)) {
        pages++;
      }
    }
    return pages == 0
        ? null
        : String.format(
            Locale.ROOT,
            "not OCR'd: %d page%s or image%s without a text layer (tesseract is not installed)",
            pages,
            pages == 1 ? "" : "s",
            pages == 1 ? "" : "s");
  }

  private static boolean isImage(Metadata m) {
    String type = m.get(Metadata.CONTENT_TYPE);
    return type != null && type.startsWith("image/");
  }

  private static boolean parsedBy(Metadata m, String parser) {
    for (String p : m.getValues(TikaCoreProperties.TIKA_PARSED_BY)) {
      if (p.equals(parser)) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasText(Metadata m) {
    String text = m.get(TikaCoreProperties.TIKA_CONTENT);
    return text != null && !text.isBlank();
  }

  private static int intValue(String s) {
    try {
      return s == null ? 0 : Integer.parseInt(s.strip());
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
