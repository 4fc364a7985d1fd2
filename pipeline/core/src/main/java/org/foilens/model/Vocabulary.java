package org.foilens.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * A closed vocabulary of the output contract, as an enum whose constants are written in JSON and in
 * the index by their {@link #label}: {@code decision_notice}, {@code partly_upheld}, {@code FOIA}.
 */
public interface Vocabulary {

  /** The constant's name as the contract writes it; by default the name in lower case. */
  @JsonValue
  default String label() {
    return ((Enum<?>) this).name().toLowerCase(Locale.ROOT);
  }

  /**
   * The constant a label names, or null for a null label.
   *
   * @throws IllegalArgumentException when the label is not one of the vocabulary's
   */
  static <E extends Enum<E> & Vocabulary> E parse(Class<E> type, String label) {
    if (label == null) {
      return null;
    }
    for (E e : type.getEnumConstants()) {
      if (e.label().equals(label)) {
        return e;
      }
    }
    throw new IllegalArgumentException("not a " + type.getSimpleName() + ": \"" + label + "\"");
  }

  /** The label of a constant, or null for null. */
  static String labelOf(Vocabulary value) {
    return value == null ? null : value.label();
  }
}
