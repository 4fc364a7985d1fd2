package org.foilens.model;

import java.util.List;

/**
 * The output of the structure stage: what kind of document this is and its parts.
 *
 * @param extraction the extracted text it was built from
 * @param kind the document kind
 * @param header the notice header (empty for other kinds)
 * @param parts a notice's parts and numbered paragraphs, offsets into {@code body}; else empty
 * @param body the text that tagging reads: the whole text for notices, the messages' text for
 *     threads
 * @param messages the messages of a correspondence, in order; empty for other kinds
 * @param statedStatus a request status the document states itself (a WhatDoTheyKnow label), or null
 * @param statedAuthority an authority the document's metadata names (e.g. WhatDoTheyKnow's public
 *     body), or null
 * @param appeal a tribunal decision's front sheet and result; null for other kinds
 */
public record StructuredDocument(
    Extraction extraction,
    DocumentKind kind,
    NoticeHeader header,
    List<NoticePart> parts,
    String body,
    List<Message> messages,
    RequestStatus statedStatus,
    String statedAuthority,
    Appeal appeal) {

  public StructuredDocument {
    messages = List.copyOf(messages);
  }

  /**
   * Whether it is a decision of the Scottish Information Commissioner, whose header cites it as
   * "Decision 041/2024".
   */
  public boolean isScottishDecision() {
    return header.reference() != null && header.reference().startsWith("Decision ");
  }
}
