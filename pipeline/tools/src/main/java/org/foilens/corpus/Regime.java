package org.foilens.corpus;

/** The access regime a notice decides under; it sets the notice's title lines. */
public enum Regime {
  FOIA,
  EIR;

  static Regime of(String value) {
    return switch (value.strip().toUpperCase(java.util.Locale.ROOT)) {
      case "FOIA" -> FOIA;
      case "EIR" -> EIR;
      default -> throw new IllegalArgumentException("unknown regime: " + value);
    };
  }
}
