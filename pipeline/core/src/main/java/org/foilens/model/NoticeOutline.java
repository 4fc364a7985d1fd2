package org.foilens.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * A decision notice's header and its parts with their numbered paragraphs.
 *
 * @param header the header; null for documents that are not decision notices
 * @param parts the parts in order; empty when there are none
 */
public record NoticeOutline(NoticeHeader header, List<Part> parts) {

  public static final NoticeOutline NONE = new NoticeOutline(null, null);

  public NoticeOutline {
    parts = parts == null ? List.of() : List.copyOf(parts);
  }

  /** A part of a decision notice with its numbered paragraphs' text. */
  @JsonPropertyOrder({"name", "heading", "paragraphs"})
  public record Part(String name, String heading, List<Paragraph> paragraphs) {

    public Part {
      paragraphs = paragraphs == null ? List.of() : List.copyOf(paragraphs);
    }
  }

  /** A numbered paragraph of a notice. */
  @JsonPropertyOrder({"number", "text"})
  public record Paragraph(int number, String text) {}
}
