package org.foilens.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * A provision of an access-to-information Act found in a document, as in {@code provisions[]} of
 * the output contract.
 *
 * @param act the Act
 * @param ref the canonical path, e.g. {@code 35(1)(a)}
 * @param role exemption, procedural or other
 * @param finding the Commissioner's finding on it, or null
 * @param mentions how many times the document cites it
 * @param paragraphs the numbered paragraphs of a notice that cite it, in order; else empty
 */
@JsonPropertyOrder({"act", "ref", "role", "finding", "mentions", "paragraphs"})
public record Provision(
    Act act,
    String ref,
    ProvisionRole role,
    Finding finding,
    int mentions,
    List<Integer> paragraphs) {

  public Provision {
    paragraphs = paragraphs == null ? List.of() : List.copyOf(paragraphs);
  }

  /** The same provision with a finding. */
  public Provision withFinding(Finding newFinding) {
    return new Provision(act, ref, role, newFinding, mentions, paragraphs);
  }

  /** {@code FOIA 35(1)(a)}: the key that identifies the provision within a document. */
  @JsonIgnore
  public String key() {
    return key(act, ref);
  }

  /** The key of an Act's provision: {@code FOIA 35(1)(a)}. */
  public static String key(Act act, String ref) {
    return act.label() + " " + ref;
  }
}
