package org.foilens.tag.finding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.foilens.text.ScanCheck;
import org.junit.jupiter.api.Test;

class DecisionClausesTest {

  /**
   * The clause breaks as first written, with a lookahead for one character only: the pattern's
   * sharper lookahead (spaces only before b, h, a, w or a bullet) must find the same breaks.
   */
  private static final Pattern FIRST_WRITTEN =
      Pattern.compile(
          "(?=[;:,\\s•])(?:;|:\\s|,?\\s+but\\s+(?!not\\s+(?:in|for|to|all|others|the"
              + " rest)\\b)|,?\\s+however,?\\s+|\\s+and"
              + " that\\s+|\\s+whereas\\s+|\\s+although\\s+|\\s+whilst\\s+|\\s*•\\s*|,\\s+(?=unlike\\s|such"
              + " as\\s|other than\\s|in contrast\\s))");

  @Test
  void breaksWhereThePatternFirstWrittenBreaks() {
    List<String> texts = new ArrayList<>(ScanCheck.realTexts());
    texts.add(
        "It applied; but it erred:  however, the council ,  but not all \n• item • and  whereas"
            + " x, although y,\twhilst z, unlike w, such as v and that u, in contrast t");
    int breaks = 0;
    for (String text : texts) {
      assertEquals(breaks(FIRST_WRITTEN, text), breaks(DecisionClauses.CLAUSE_BREAK, text));
      breaks += breaks(FIRST_WRITTEN, text).size();
    }
    assertTrue(breaks > 10_000, breaks + " breaks");
  }

  private static List<String> breaks(Pattern pattern, String text) {
    List<String> out = new ArrayList<>();
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      out.add(m.start() + "-" + m.end());
    }
    return out;
  }
}
