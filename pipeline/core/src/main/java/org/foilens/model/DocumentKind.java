package org.foilens.model;

import java.util.Locale;

/** The {@code kind} vocabulary of the output contract. */
public enum DocumentKind {
  DECISION_NOTICE,
  TRIBUNAL_DECISION,
  FOI_THREAD,
  FOI_RESPONSE,
  OTHER;

  /** The name used in JSON and in the index, e.g. {@code decision_notice}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static DocumentKind fromLabel(String label) {
    return valueOf(label.toUpperCase(Locale.ROOT));
  }
}
