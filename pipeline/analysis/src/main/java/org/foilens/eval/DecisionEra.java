package org.foilens.eval;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When a decision was made, in the three eras of the ICO's templates: before 2011 (Summary and tag
 * lines), 2011–2019, 2020 on (IC- references, "Decision (including any steps ordered)"). Read from
 * the gold: its date, else a year in its address, else in a case reference.
 */
public enum DecisionEra {
  BEFORE_2011("before 2011"),
  FROM_2011_TO_2019("2011-2019"),
  FROM_2020("2020 on"),
  UNKNOWN("year unknown");

  private static final Pattern URL_YEAR = Pattern.compile("/((?:19|20)\\d\\d)/");
  private static final Pattern REF_YEAR = Pattern.compile("(?<!\\d)((?:19|20)\\d\\d)(?!\\d)");

  private final String label;

  DecisionEra(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public static DecisionEra of(DecisionGold gold) {
    Integer year = gold.date() == null ? null : gold.date().getYear();
    if (year == null && gold.source() != null) {
      Matcher m = URL_YEAR.matcher(gold.source());
      year = m.find() ? Integer.valueOf(m.group(1)) : null;
    }
    for (int i = 0; year == null && i < gold.caseRefs().size(); i++) {
      Matcher m = REF_YEAR.matcher(gold.caseRefs().get(i));
      year = m.find() ? Integer.valueOf(m.group(1)) : null;
    }
    if (year == null) {
      return UNKNOWN;
    }
    return year < 2011 ? BEFORE_2011 : year < 2020 ? FROM_2011_TO_2019 : FROM_2020;
  }
}
