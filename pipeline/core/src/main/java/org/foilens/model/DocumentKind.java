package org.foilens.model;

/** The {@code kind} vocabulary of the output contract. */
public enum DocumentKind implements Vocabulary {
  DECISION_NOTICE,
  TRIBUNAL_DECISION,
  FOI_THREAD,
  FOI_RESPONSE,
  OTHER;

  /** The kind a label names ({@code decision_notice}). */
  public static DocumentKind fromLabel(String label) {
    return Vocabulary.parse(DocumentKind.class, label);
  }

  /** The label, as the contract writes it. */
  @Override
  public String toString() {
    return label();
  }
}
