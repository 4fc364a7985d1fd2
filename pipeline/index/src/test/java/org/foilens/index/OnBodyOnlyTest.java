package org.foilens.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Which queries can match only where the body has its words, and so need no filter to find only
 * documents once the children's text has a field of its own ({@link SearchSession#onBodyOnly}).
 */
class OnBodyOnlyTest {

  @Test
  void queriesThatNeedTheBodyToMatchAreTold() throws Exception {
    Map<String, Boolean> cases =
        Map.ofEntries(
            Map.entry("information", true),
            Map.entry("\"public interest\"", true),
            Map.entry("\"cost limit\"~5", true),
            Map.entry("disclosur~", true),
            Map.entry("environm*", true),
            Map.entry("council AND NOT police", true),
            Map.entry("\"section 12\" OR \"section 14\"", true),
            Map.entry("year:[2018 TO 2023] AND information", true),
            Map.entry("information OR authority:DWP", false),
            Map.entry("authority:DWP", false),
            Map.entry("provision:\"FOIA 40\"", false),
            Map.entry("kind:decision_notice", false),
            Map.entry("year:2021", false),
            Map.entry("NOT police", false),
            Map.entry("", false));
    cases.forEach(
        (q, expected) -> {
          try {
            assertEquals(expected, SearchSession.onBodyOnly(FoiQueryParser.parseQuery(q)), q);
          } catch (QueryException e) {
            throw new AssertionError(q, e);
          }
        });
  }
}
