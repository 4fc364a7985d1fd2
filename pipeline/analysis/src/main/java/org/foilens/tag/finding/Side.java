package org.foilens.tag.finding;

import org.foilens.model.Finding;

/** Whom a ruling favours: the complainant (the complaint succeeds) or the authority. */
enum Side {
  COMPLAINANT,
  AUTHORITY;

  Side other() {
    return this == COMPLAINANT ? AUTHORITY : COMPLAINANT;
  }

  /** The finding of rulings for these sides: one way, or partly; null for none. */
  static Finding finding(boolean complainant, boolean authority) {
    if (complainant && authority) {
      return Finding.PARTLY_UPHELD;
    }
    return complainant ? Finding.UPHELD : authority ? Finding.NOT_UPHELD : null;
  }
}
