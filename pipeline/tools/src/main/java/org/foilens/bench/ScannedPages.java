package org.foilens.bench;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.List;
import java.util.random.RandomGenerator;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Adds pages that have no text layer, as a scanner makes them: the lines are drawn into a greyscale
 * 150 dpi image with a little speckle, and the page holds only that image. Text extraction finds
 * nothing on such a page; only OCR reads it.
 */
final class ScannedPages {

  private static final int DPI = 150;

  private ScannedPages() {}

  static void append(PDDocument document, List<String> lines, RandomGenerator random)
      throws IOException {
    PDRectangle a4 = PDRectangle.A4;
    int width = Math.round(a4.getWidth() / 72f * DPI);
    int height = Math.round(a4.getHeight() / 72f * DPI);
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = image.createGraphics();
    try {
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, width, height);
      g.setRenderingHint(
          RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setColor(new Color(30, 30, 30));
      g.setFont(new Font(Font.SERIF, Font.PLAIN, 25));
      int y = 180;
      for (String line : lines) {
        g.drawString(line, 150, y);
        y += 38;
      }
      g.setColor(new Color(120, 120, 120));
      for (int i = 0; i < 400; i++) { // scanner speckle
        g.fillRect(random.nextInt(width), random.nextInt(height), 2, 2);
      }
    } finally {
      g.dispose();
    }
    PDPage page = new PDPage(a4);
    document.addPage(page);
    PDImageXObject xobject = LosslessFactory.createFromImage(document, image);
    try (PDPageContentStream content = new PDPageContentStream(document, page)) {
      content.drawImage(xobject, 0, 0, a4.getWidth(), a4.getHeight());
    }
  }
}
