package org.foilens.corpus;

import java.util.Locale;

/** The access regime a notice decides under; it sets the notice's title lines. */
public enum Regime {
  FOIA,
  EIR;

  static Regime of(String value) {
    return switch (value.strip().toUpperCase(Locale.ROOT)) {
      case "FOIA" -> FOIA;
      case "EIR" -> EIR;
      default -> throw new IllegalArgumentException("unknown regime: " + value);
    };
  }
}
