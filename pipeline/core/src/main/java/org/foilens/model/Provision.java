package org.foilens.model;

import java.util.List;

/**
 * A provision of an access-to-information Act found in a document, as in {@code provisions[]} of
 * the output contract.
 *
 * @param act FOIA, EIR, FOISA, EISR, DPA2018 or UKGDPR
 * @param ref the canonical path, e.g. {@code 35(1)(a)}
 * @param role exemption, procedural or other
 * @param finding upheld, partly_upheld, not_upheld, or null
 * @param mentions how many times the document cites it
 * @param paragraphs the numbered paragraphs of a notice that cite it, in order; else empty
 */
@com.fasterxml.jackson.annotation.JsonPropertyOrder({
  "act",
  "ref",
  "role",
  "finding",
  "mentions",
  "paragraphs"
})
public record Provision(
    String act, String ref, String role, String finding, int mentions, List<Integer> paragraphs) {

  public Provision {
    paragraphs = paragraphs == null ? List.of() : List.copyOf(paragraphs);
  }

  /** The same provision with a finding. */
  public Provision withFinding(String newFinding) {
    return new Provision(act, ref, role, newFinding, mentions, paragraphs);
  }

  /** {@code FOIA 35(1)(a)}: the key that identifies the provision within a document. */
  @com.fasterxml.jackson.annotation.JsonIgnore
  public String key() {
    return act + " " + ref;
  }
}
