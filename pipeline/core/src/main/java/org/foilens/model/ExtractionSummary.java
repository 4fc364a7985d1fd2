package org.foilens.model;

import java.util.List;

/**
 * How much text extraction got out of a file, and what went less than fully right.
 *
 * @param pages pages where the format has pages, else null
 * @param ocrPages pages whose text came from OCR, or null
 * @param chars characters of text, or null
 * @param warnings what went less than fully right without failing, for people
 */
public record ExtractionSummary(
    Integer pages, Integer ocrPages, Integer chars, List<String> warnings) {

  public static final ExtractionSummary NONE = new ExtractionSummary(null, null, null, null);

  public ExtractionSummary {
    warnings = warnings == null ? List.of() : List.copyOf(warnings);
  }

  public static ExtractionSummary of(Extraction extraction) {
    return new ExtractionSummary(
        extraction.pages(), extraction.ocrPages(), extraction.chars(), extraction.warnings());
  }
}
