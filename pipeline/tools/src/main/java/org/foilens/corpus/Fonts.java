package org.foilens.corpus;

import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** The two faces a notice or letter uses: Helvetica and Helvetica Bold, not embedded. */
record Fonts(PDFont regular, PDFont bold) {

  static Fonts helvetica() {
    return new Fonts(
        new PDType1Font(Standard14Fonts.FontName.HELVETICA),
        new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD));
  }
}
