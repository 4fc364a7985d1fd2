package org.foilens.model;

/**
 * A provision of an access-to-information Act found in a document, as in {@code provisions[]} of
 * the output contract.
 *
 * @param act FOIA, EIR, FOISA, EISR, DPA2018 or UKGDPR
 * @param ref the canonical path, e.g. {@code 35(1)(a)}
 * @param role exemption, procedural or other
 * @param finding upheld, partly_upheld, not_upheld, or null
 * @param mentions how many times the document cites it
 */
public record Provision(String act, String ref, String role, String finding, int mentions) {

  /** {@code FOIA 35(1)(a)}: the key that identifies the provision within a document. */
  public String key() {
    return act + " " + ref;
  }
}
