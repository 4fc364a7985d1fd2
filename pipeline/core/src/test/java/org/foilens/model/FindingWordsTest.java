package org.foilens.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A finding reads the right way round beside an exemption, a duty and a whole notice. */
class FindingWordsTest {

  @Test
  void anExemptionTheCommissionerAcceptedReadsAsTheAuthoritysWin() {
    assertEquals(
        "exemption upheld — the authority was entitled to withhold",
        Finding.NOT_UPHELD.plainWords(ProvisionRole.EXEMPTION));
    assertEquals("authority", Finding.NOT_UPHELD.side());
    assertEquals("complaint not upheld", Finding.NOT_UPHELD.icoWords());
  }

  @Test
  void anExemptionTheCommissionerRejectedReadsAsTheAuthorityWrong() {
    assertEquals(
        "complaint upheld — the authority was wrong to withhold",
        Finding.UPHELD.plainWords(ProvisionRole.EXEMPTION));
    assertEquals("complainant", Finding.UPHELD.side());
  }

  @Test
  void everyFindingSaysWhoWonForEveryRole() {
    for (Finding f : Finding.values()) {
      for (ProvisionRole r :
          new ProvisionRole[] {
            null, ProvisionRole.EXEMPTION, ProvisionRole.PROCEDURAL, ProvisionRole.OTHER
          }) {
        String words = f.plainWords(r);
        assertTrue(words.contains("authority") || words.contains("complainant"), words);
        assertTrue(words.contains(" — "), words);
      }
    }
  }
}
