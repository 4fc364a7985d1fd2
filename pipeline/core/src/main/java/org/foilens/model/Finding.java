package org.foilens.model;

/**
 * The Commissioner's finding on a complaint, in the ICO's words: on one provision ({@code
 * provisions[].finding}) or on the whole notice ({@code outcome}). {@code upheld}: the complaint
 * succeeded, the authority was wrong or in breach; {@code not_upheld}: the authority was right.
 * Read backwards beside an exemption, so what people read also says who won ({@link #plainWords}).
 */
public enum Finding implements Vocabulary {
  UPHELD,
  PARTLY_UPHELD,
  NOT_UPHELD;

  /** Whether the complainant won on it, wholly or in part. */
  public boolean forComplainant() {
    return this != NOT_UPHELD;
  }

  /** Whether the authority won on it, wholly or in part. */
  public boolean forAuthority() {
    return this != UPHELD;
  }

  /**
   * The finding of a whole from the findings of its parts: all one way, or partly; null when there
   * are none.
   */
  public static Finding combine(Iterable<Finding> findings) {
    boolean complainant = false;
    boolean authority = false;
    for (Finding f : findings) {
      complainant |= f.forComplainant();
      authority |= f.forAuthority();
    }
    if (complainant && authority) {
      return PARTLY_UPHELD;
    }
    return complainant ? UPHELD : authority ? NOT_UPHELD : null;
  }

  public static Finding fromLabel(String label) {
    return Vocabulary.parse(Finding.class, label);
  }

  /** The label, as the contract writes it. */
  @Override
  public String toString() {
    return label();
  }
}
