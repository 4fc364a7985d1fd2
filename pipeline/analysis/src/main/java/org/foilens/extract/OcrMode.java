package org.foilens.extract;

import java.util.Locale;

/** When pages are read with Tesseract OCR instead of (or where there is no) text layer. */
public enum OcrMode {
  /** Only pages without a text layer, and images. */
  AUTO,
  /** Never. */
  OFF,
  /** Every page, ignoring the text layer (for PDFs whose text layer is garbage). */
  FORCE;

  /** The name as written on the command line. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
