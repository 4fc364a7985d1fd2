package org.foilens.corpus;

import java.io.Closeable;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Puts text on A4 pages top to bottom, starting a new page when the next piece does not fit. Each
 * page's content stream begins with the running header (top right) and ends with the page number
 * (bottom centre), as a word processor writes them.
 */
final class PageWriter implements Closeable {

  static final PDRectangle SIZE = PDRectangle.A4;
  static final float MARGIN = 72f;
  private static final float HEADER_SIZE = 9f;

  private final PDDocument document;
  private final Fonts fonts;
  private final String runningHeader;
  private PDPageContentStream stream;
  private int pageNumber;
  private float y;

  PageWriter(PDDocument document, Fonts fonts, String runningHeader) throws IOException {
    this.document = document;
    this.fonts = fonts;
    this.runningHeader = WinAnsiText.clean(runningHeader);
    newPage();
  }

  float left() {
    return MARGIN;
  }

  float right() {
    return SIZE.getWidth() - MARGIN;
  }

  float width() {
    return right() - left();
  }

  /** The baseline-free cursor: the top of the space still free on this page. */
  float y() {
    return y;
  }

  void down(float dy) {
    y -= dy;
  }

  /** Starts a new page unless {@code height} points are still free on this one. */
  void room(float height) throws IOException {
    if (y - height < MARGIN) {
      newPage();
    }
  }

  /** Whether the cursor is at the very top of a page (no space before a heading is needed). */
  boolean atTop() {
    return y >= SIZE.getHeight() - MARGIN;
  }

  void text(PDFont font, float size, float x, float baseline, String text) throws IOException {
    stream.beginText();
    stream.setFont(font, size);
    stream.newLineAtOffset(x, baseline);
    stream.showText(WinAnsiText.clean(text));
    stream.endText();
  }

  void line(float x1, float y1, float x2, float y2) throws IOException {
    stream.setLineWidth(0.6f);
    stream.moveTo(x1, y1);
    stream.lineTo(x2, y2);
    stream.stroke();
  }

  void newPage() throws IOException {
    finishPage();
    PDPage page = new PDPage(SIZE);
    document.addPage(page);
    stream = new PDPageContentStream(document, page);
    pageNumber++;
    if (!runningHeader.isBlank()) {
      float headerWidth = LineWrapper.width(fonts.regular(), HEADER_SIZE, runningHeader);
      text(
          fonts.regular(),
          HEADER_SIZE,
          right() - headerWidth,
          SIZE.getHeight() - 40f,
          runningHeader);
    }
    y = SIZE.getHeight() - MARGIN;
  }

  private void finishPage() throws IOException {
    if (stream == null) {
      return;
    }
    String number = Integer.toString(pageNumber);
    float w = LineWrapper.width(fonts.regular(), HEADER_SIZE, number);
    text(fonts.regular(), HEADER_SIZE, (SIZE.getWidth() - w) / 2f, 36f, number);
    stream.close();
    stream = null;
  }

  @Override
  public void close() throws IOException {
    finishPage();
  }
}
