package org.foilens.model;

/**
 * What a provision is for: a ground for withholding ({@code exemption}), a duty of procedure
 * ({@code procedural}: sections 1, 10, 11, 16, 17 and their EIR twins), or anything else.
 */
public enum ProvisionRole implements Vocabulary {
  EXEMPTION,
  PROCEDURAL,
  OTHER;

  /** Whether a decision rules on provisions of this role: exemptions and procedural duties. */
  public boolean isRuledOn() {
    return this != OTHER;
  }

  public static ProvisionRole fromLabel(String label) {
    return Vocabulary.parse(ProvisionRole.class, label);
  }

  /** The label, as the contract writes it. */
  @Override
  public String toString() {
    return label();
  }
}
