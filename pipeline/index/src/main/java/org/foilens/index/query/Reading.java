package org.foilens.index.query;

/**
 * A stretch of a query read as a citation or a reference, and what it is searched as.
 *
 * @param start where it begins in the query, from 0
 * @param end where it ends (exclusive)
 * @param replacement the query syntax it stands for: {@code provision:"FOIA 40(2)"}, {@code "FOI
 *     1147/23"}
 * @param priority which reading wins where two overlap at the same place: the lower
 */
record Reading(int start, int end, String replacement, int priority) {

  boolean overlaps(Reading other) {
    return start < other.end && other.start < end;
  }
}
