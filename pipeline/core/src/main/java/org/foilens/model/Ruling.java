package org.foilens.model;

import java.util.List;

/**
 * The provisions a document cites and, for a decision, how it ruled: each provision's finding, the
 * outcome, and whether it orders the authority to act.
 *
 * @param provisions the provisions cited, in order of first mention
 * @param outcome the decision's outcome, or null
 * @param stepsOrdered whether steps were ordered; null when the decision does not say
 * @param stepsDeadlineDays the days given to take them, or null
 */
public record Ruling(
    List<Provision> provisions, Finding outcome, Boolean stepsOrdered, Integer stepsDeadlineDays) {

  public static final Ruling NONE = new Ruling(null, null, null, null);

  public Ruling {
    provisions = provisions == null ? List.of() : List.copyOf(provisions);
  }
}
