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

  /** Who the ruling went for: {@code authority}, {@code complainant} or {@code partly} (each). */
  public String side() {
    return switch (this) {
      case NOT_UPHELD -> "authority";
      case UPHELD -> "complainant";
      case PARTLY_UPHELD -> "partly";
    };
  }

  /** The ICO's own words, which are about the complaint: "complaint not upheld". */
  public String icoWords() {
    return switch (this) {
      case UPHELD -> "complaint upheld";
      case PARTLY_UPHELD -> "complaint partly upheld";
      case NOT_UPHELD -> "complaint not upheld";
    };
  }

  /**
   * What the finding means for a provision of a role, in words that say who won and cannot be read
   * backwards: on an exemption, {@code not_upheld} is "exemption upheld — the authority was
   * entitled to withhold". A null role reads as a whole notice's outcome.
   */
  public String plainWords(ProvisionRole role) {
    if (role == ProvisionRole.EXEMPTION) {
      return switch (this) {
        case NOT_UPHELD -> "exemption upheld — the authority was entitled to withhold";
        case UPHELD -> "complaint upheld — the authority was wrong to withhold";
        case PARTLY_UPHELD ->
            "partly upheld — the authority was entitled to withhold some of it, not all";
      };
    }
    if (role == ProvisionRole.PROCEDURAL) {
      return switch (this) {
        case NOT_UPHELD -> "no breach — the authority met this duty";
        case UPHELD -> "complaint upheld — the authority breached this duty";
        case PARTLY_UPHELD -> "partly upheld — the authority breached this duty in part";
      };
    }
    return switch (this) {
      case NOT_UPHELD -> "complaint not upheld — the Commissioner sided with the authority";
      case UPHELD -> "complaint upheld — the Commissioner sided with the complainant";
      case PARTLY_UPHELD ->
          "complaint partly upheld — the Commissioner sided partly with the authority, partly with"
              + " the complainant";
    };
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
