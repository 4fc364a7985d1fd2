package org.foilens.tag.finding;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.foilens.text.ScanCheck;
import org.junit.jupiter.api.Test;

/** The words tested before the patterns that point back never hide a phrase the patterns find. */
class ClauseTargetsTest {

  @Test
  void everyPhraseThatPointsBackHasOneOfTheWords() {
    List<String> clauses = new ArrayList<>();
    for (String text : ScanCheck.realTexts()) {
      for (String clause : text.toLowerCase(Locale.ROOT).split("[.;:\\n]")) {
        clauses.add(clause);
      }
    }
    clauses.addAll(
        List.of(
            "it does not apply",
            "both exceptions were engaged",
            "neither exemption",
            "the said exclusion",
            "it was not engaged"));
    int pointing = 0;
    for (String clause : clauses) {
      if (ClauseTargets.pointsBack(clause)) {
        pointing++;
        assertTrue(ClauseTargets.mayPointBack(clause), clause);
      }
    }
    assertTrue(pointing >= 100, pointing + " clauses point back");
    assertFalse(ClauseTargets.mayPointBack("the council refused the request"));
  }
}
