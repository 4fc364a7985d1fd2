package org.foilens.corpus;

import java.util.Locale;

/** The two layouts the ICO has used for its decision notices. */
public enum Template {
  /** The layout in use since about 2011: title, a two-column header table, numbered parts. */
  MODERN,
  /** The earlier "Freedom of Information Act 2000 (Section 50) Decision Notice" layout. */
  SECTION50;

  static Template of(String value) {
    return switch (value.strip().toLowerCase(Locale.ROOT)) {
      case "modern" -> MODERN;
      case "section50", "section 50" -> SECTION50;
      default -> throw new IllegalArgumentException("unknown template: " + value);
    };
  }
}
