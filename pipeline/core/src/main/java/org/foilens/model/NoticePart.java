package org.foilens.model;

import java.util.List;

/**
 * One part of a decision notice ("Reasons for decision") with its numbered paragraphs; offsets are
 * character positions in the document's body text.
 *
 * @param name the canonical part: decision, request, scope, reasons, steps, other_matters,
 *     right_of_appeal, legal_annex, role, background
 * @param heading the heading as written
 * @param start where the part's text begins (after its heading)
 * @param end where it ends
 * @param paragraphs its numbered paragraphs, in order
 */
public record NoticePart(
    String name, String heading, int start, int end, List<Paragraph> paragraphs) {

  public NoticePart {
    paragraphs = List.copyOf(paragraphs);
  }

  /**
   * A numbered paragraph: "23." and the text up to the next number, at offsets of the body.
   *
   * @param text its own words on one line, without its number or the running headers and page
   *     numbers that fell inside it
   */
  public record Paragraph(int number, int start, int end, String text) {}
}
