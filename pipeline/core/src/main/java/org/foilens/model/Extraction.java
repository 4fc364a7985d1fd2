package org.foilens.model;

import java.util.List;
import java.util.Map;

/**
 * The output of the extract stage: the text of a file and of everything embedded in it.
 *
 * @param source the input
 * @param mediaType the detected media type of the file itself
 * @param parts the file (first) and its embedded documents in document order
 * @param title a title from the file's metadata, or null
 * @param pages page count where the format has pages, else null
 * @param ocrPages pages whose text came from OCR
 * @param properties what the source itself states about the document, e.g. {@code wdtk.status}
 * @param warnings what went less than fully right without failing, for people, e.g. pages not OCR'd
 *     because Tesseract is missing
 */
public record Extraction(
    SourceDocument source,
    String mediaType,
    List<ExtractedPart> parts,
    String title,
    Integer pages,
    int ocrPages,
    Map<String, String> properties,
    List<String> warnings) {

  public Extraction {
    parts = List.copyOf(parts);
    properties = Map.copyOf(properties);
    warnings = List.copyOf(warnings);
  }

  /** An extraction that went without warnings. */
  public Extraction(
      SourceDocument source,
      String mediaType,
      List<ExtractedPart> parts,
      String title,
      Integer pages,
      int ocrPages,
      Map<String, String> properties) {
    this(source, mediaType, parts, title, pages, ocrPages, properties, List.of());
  }

  /** The text of the file itself, without its embedded documents. */
  public String mainText() {
    return parts.isEmpty() ? "" : parts.get(0).text();
  }

  /** Characters of text over all parts. */
  public int chars() {
    return parts.stream().mapToInt(p -> p.text().length()).sum();
  }
}
