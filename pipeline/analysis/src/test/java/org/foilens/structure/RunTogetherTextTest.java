package org.foilens.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A notice a copying site ran together on one line gets its line breaks back, offsets kept. */
class RunTogetherTextTest {

  private static final String RUN_TOGETHER =
      "Reference: FS50999999 Freedom of Information Act 2000 (FOIA) Decision notice Date: 5 May"
          + " 2015 Public Authority: Borsetshire County Council Address: County Hall Felpersham BS1"
          + " 1AA Decision (including any steps ordered) 1. The complainant asked for the gritting"
          + " routes. 2. The Commissioner’s decision is that the Council was entitled to rely on"
          + " section 31 to withhold them. 3. The Commissioner requires no steps to be taken."
          + " Background 4. The Council grits the roads in winter and publishes some routes.";

  @Test
  void labelsHeadingsAndParagraphNumbersStartLines() {
    String unfolded = RunTogetherText.unfold(RUN_TOGETHER);
    assertEquals(RUN_TOGETHER.length(), unfolded.length());
    assertTrue(unfolded.contains("\nDate: 5 May 2015"));
    assertTrue(unfolded.contains("\nPublic Authority: Borsetshire County Council"));
    assertTrue(unfolded.contains("\nDecision (including any steps ordered)"));
    assertTrue(unfolded.contains("\n2. The Commissioner"));
    assertTrue(unfolded.contains("\nBackground\n4. The Council"));
  }

  @Test
  void aLongParagraphThatIsNoNoticeIsLeftAlone() {
    String paragraph = "The Council met. ".repeat(40) + "Date: 5 May 2015.";
    assertEquals(paragraph, RunTogetherText.unfold(paragraph));
  }
}
