package org.foilens.corpus;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;

/** Renders a {@link LetterSource} as a plain one- or two-page letter in Helvetica 11pt. */
public final class LetterPdfWriter {

  private static final float SIZE = 11f;
  private static final float LEADING = 14.5f;
  private static final float PARAGRAPH_GAP = 6f;

  private final Fonts fonts = Fonts.helvetica();

  public void write(LetterSource letter, Path pdf) throws IOException {
    try (PDDocument document = new PDDocument()) {
      try (PageWriter page = new PageWriter(document, fonts, letter.header())) {
        for (String line : letter.lines()) {
          if (line.isBlank()) {
            page.down(PARAGRAPH_GAP);
            continue;
          }
          boolean bold = line.startsWith("## ");
          PDFont font = bold ? fonts.bold() : fonts.regular();
          String text = bold ? line.substring(3) : line;
          for (String wrapped : LineWrapper.wrap(text, font, SIZE, page.width())) {
            page.room(LEADING);
            page.text(font, SIZE, page.left(), page.y() - SIZE, wrapped);
            page.down(LEADING);
          }
        }
      }
      DeterministicPdf.save(
          document, pdf, letter.title(), letter.date(), letter.name() + "|" + letter.date());
    }
  }
}
