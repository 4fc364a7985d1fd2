package org.foilens.model;

/**
 * The access-to-information Acts and instruments whose provisions foilens reads: the Freedom of
 * Information Act 2000, the Environmental Information Regulations 2004, their Scottish twins, the
 * Data Protection Act 2018 and the UK GDPR. Written by name ({@code FOIA}).
 */
public enum Act implements Vocabulary {
  FOIA,
  EIR,
  FOISA,
  EISR,
  DPA2018,
  UKGDPR;

  @Override
  public String label() {
    return name();
  }

  /** The Act a label names ({@code FOIA}), or null for null. */
  public static Act fromLabel(String label) {
    return Vocabulary.parse(Act.class, label);
  }

  /** The label, as the contract writes it. */
  @Override
  public String toString() {
    return label();
  }
}
