package org.foilens.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class QuotedTextFolderTest {

  private final QuotedTextFolder folder = new QuotedTextFolder();

  @Test
  void foldsOutlookHistoryWithAndWithoutTheMarker() {
    assertEquals(
        "Dear Mr Smith\n\nThe figures are attached.\n\nYours sincerely",
        folder.fold(
            """
            RE: Request
            Dear Mr Smith

            The figures are attached.

            Yours sincerely

            From: FOI Officer
            [mailto:foi@example.gov.uk] On Behalf Of FOI
            Sent: 19 May 2008 12:24
            To: Bob Smith
            Subject: RE: Request

            Earlier reply.
            -----Original Message-----
            From: Bob Smith
            """,
            "RE: Request"));
    assertEquals(
        "Thanks.", folder.fold("Thanks.\n-----Original Message-----\nFrom: x\nold text", null));
  }

  @Test
  void keepsWhatIsWrittenBetweenAndBelowQuotes() {
    assertEquals(
        "See my answers below.\n\nYes, we hold it.\n\nNo, it is withheld under section 43(2).",
        folder.fold(
            """
            See my answers below.

            On Wed, 24 Oct 2007 at 11:30, Bob Smith wrote:
            > 1. Do you hold the contract?

            Yes, we hold it.

            > 2. Will you publish it?

            No, it is withheld under section 43(2).
            """,
            null));
  }

  @Test
  void foldsLotusNotesHeaderBlocks() {
    assertEquals(
        "Dear Requester,\n\nSome text.\n\nFOI Team",
        folder.fold(
            """
            Dear Requester,

            Some text.

            FOI Team

                Bob Smith <request-1-abc@whatdotheyknow.com>
            06/03/08 10:00
            To
                FOI requests <foi@example.com>
            cc
            Subject
                Freedom of Information request

            Original text
            """,
            null));
  }

  @Test
  void dropsDisclaimersVirusNoticesAndTheWhatDoTheyKnowFooter() {
    assertEquals(
        "Please find the answer attached.",
        folder.fold(
            """
            Please find the answer attached.

            *****************************************
            This email and any attachments are confidential and intended solely for the
            intended recipient. If you have received this email in error, tell us.
            *****************************************

            This email has been scanned by the Example virus service.

            -------------------------------------------------------------------
            Please use this email address for all replies to this request:
            request-123-abc@whatdotheyknow.com
            """,
            null));
  }

  @Test
  void keepsASignatureBetweenRules() {
    String signed = "Regards,\n*****\nCoordination Office\nTel: 0113 000 0000\n*****";
    assertEquals(signed, folder.fold(signed, null));
  }
}
