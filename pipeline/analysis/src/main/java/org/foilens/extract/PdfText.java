package org.foilens.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.foilens.model.ExtractedPart;
import org.foilens.model.Extraction;
import org.foilens.model.SourceDocument;

/**
 * The text of an ordinary PDF read with PDFBox directly, as Tika's PDF parser would give it with
 * foilens's settings (content-stream order, overlapping text kept, a blank line after each
 * paragraph, the links of each page after its text, the document's title first), without Tika's
 * detection and XHTML layers, which cost as much again. A PDF that is not ordinary — encrypted,
 * damaged, with attachments, form fields, bookmarks, comments or XFA, or with a page without text
 * while OCR is asked for — is left to Tika ({@link #read} gives null), which reads those and OCRs.
 */
final class PdfText {

  private static final byte[] MAGIC = {'%', 'P', 'D', 'F', '-'};

  private PdfText() {}

  /** Whether a file starts as a PDF does. */
  static boolean isPdf(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return Arrays.equals(in.readNBytes(MAGIC.length), MAGIC);
    }
  }

  /**
   * The extraction of an ordinary PDF, or null to leave the file to Tika.
   *
   * @param ocr the run's OCR choices: a page without text is Tika's unless OCR is off
   */
  static Extraction read(SourceDocument source, OcrMode ocr) {
    if (ocr == OcrMode.FORCE) {
      return null;
    }
    try {
      if (!isPdf(source.path())) {
        return null;
      }
      try (PDDocument document = Loader.loadPDF(source.path().toFile())) {
        if (!isOrdinary(document)) {
          return null;
        }
        Stripper stripper = new Stripper(document.getNumberOfPages());
        String text = stripper.getText(document);
        if (stripper.textlessPages() > 0 && ocr != OcrMode.OFF) {
          return null; // OCR, or the warning that it is missing, is Tika's
        }
        String title = document.getDocumentInformation().getTitle();
        title = title == null || title.isBlank() ? null : title.strip();
        if (title != null) {
          text = title + "\n\n\n" + text.strip(); // Tika's text opens with the head's title
        }
        return new Extraction(
            source,
            "application/pdf",
            List.of(
                new ExtractedPart(
                    "",
                    0,
                    "application/pdf",
                    source.path().getFileName().toString(),
                    text.strip(),
                    null)),
            title,
            document.getNumberOfPages(),
            0,
            Map.of());
      }
    } catch (IOException | RuntimeException e) {
      return null; // Tika says what is wrong with it, in its words
    }
  }

  /** No encryption, attachments, form, bookmarks, XFA, or annotations other than links. */
  private static boolean isOrdinary(PDDocument document) throws IOException {
    if (document.isEncrypted()) {
      return false;
    }
    PDDocumentCatalog catalog = document.getDocumentCatalog();
    PDDocumentNameDictionary names = catalog.getNames();
    if (names != null && names.getEmbeddedFiles() != null) {
      return false;
    }
    PDAcroForm form = catalog.getAcroForm(null);
    if (form != null && (!form.getFields().isEmpty() || form.xfaIsDynamic() || form.hasXFA())) {
      return false;
    }
    if (catalog.getDocumentOutline() != null && catalog.getDocumentOutline().hasChildren()) {
      return false;
    }
    for (PDPage page : document.getPages()) {
      for (PDAnnotation a : page.getAnnotations()) {
        if (!(a instanceof PDAnnotationLink) && !(a instanceof PDAnnotationWidget)) {
          return false;
        }
      }
    }
    return true;
  }

  /** PDFBox's stripper, laid out as Tika's PDF parser lays its text out. */
  private static final class Stripper extends PDFTextStripper {

    private final int[] pageChars;
    private PDPage current;

    Stripper(int pages) {
      pageChars = new int[pages];
      setSortByPosition(false);
      setSuppressDuplicateOverlappingText(false);
      setLineSeparator("\n");
      setParagraphEnd("\n");
      setPageStart("\n");
      setPageEnd("\n\n");
    }

    @Override
    protected void startPage(PDPage page) throws IOException {
      current = page;
      super.startPage(page);
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) throws IOException {
      pageChars[getCurrentPageNo() - 1] += text.strip().length();
      super.writeString(text, positions);
    }

    /** Pages with fewer characters than a text layer has. */
    int textlessPages() {
      int n = 0;
      for (int chars : pageChars) {
        if (chars < OcrSupport.MIN_TEXT_CHARS) {
          n++;
        }
      }
      return n;
    }

    /** The page's links after its text, and then the page's end, as Tika writes them. */
    @Override
    protected void writePageEnd() throws IOException {
      boolean links = false;
      for (PDAnnotation a : current.getAnnotations()) {
        if (a instanceof PDAnnotationLink link
            && link.getAction() instanceof PDActionURI uri
            && uri.getURI() != null) {
          output.write(links ? "" : "\n");
          output.write(uri.getURI());
          output.write("\n");
          links = true;
        }
      }
      if (links) {
        output.write("\n");
      } else {
        super.writePageEnd();
      }
    }
  }
}
