package org.foilens.structure;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Texts written for the tests: answers read as response letters, requests and others do not. */
class ResponseLetterSignalsTest {

  @Test
  void aDisclosureSheetWithoutSalutationIsALetter() {
    assertTrue(
        ResponseLetterSignals.isResponseLetter(
            """
            Ref: FOI_0912_23
            Freedom of Information request concerning park wardens
            1. How many wardens do you employ?
            We employ four wardens across the borough parks.
            """));
  }

  @Test
  void aRequestToAnAuthorityIsNoResponse() {
    assertFalse(
        ResponseLetterSignals.isResponseLetter(
            """
            Reference: BR-FOI-17
            Dear Sir or Madam,
            I am writing to request, under the Freedom of Information Act 2000, the number of
            parking permits the Council issued in 2023.
            Yours faithfully,
            B Reyes
            """));
  }

  @Test
  void pastedEmailsAreACorrespondenceButACopiedPageIsAPage() {
    String emails =
        """
        Dear Ms Reyes
        Further to your Freedom of Information request, the information you asked for is not held by
        the Council, which has no record of permits issued before 2020.

        Hello,
        Thank you for your email. Could you say where the figures for 2021 are kept then? They were
        quoted at the last full council meeting, so someone must have them.
        """;
    assertTrue(ResponseLetterSignals.isPastedCorrespondence(emails));
    assertFalse(ResponseLetterSignals.isRequestPage(emails));
    assertTrue(
        ResponseLetterSignals.isRequestPage(
            "Parking permits\n\nThe request was successful.\n\nDear Council,\n..."));
  }
}
