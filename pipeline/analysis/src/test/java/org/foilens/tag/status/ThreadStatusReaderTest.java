package org.foilens.tag.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.foilens.FoilensConfig;
import org.foilens.TestData;
import org.foilens.model.Attachment;
import org.foilens.model.Message;
import org.foilens.model.MessageRole;
import org.foilens.model.RequestStatus;
import org.foilens.tag.letter.LetterCues;
import org.foilens.tag.letter.LetterDecisionReader;
import org.foilens.tag.letter.LetterSentences;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Threads written for the tests: what their words say of the request's state, and no more. */
class ThreadStatusReaderTest {

  private static ThreadStatusReader reader;

  @BeforeAll
  static void load() throws Exception {
    FoilensConfig config = FoilensConfig.of(TestData.root().resolve("config"));
    LetterSentences sentences =
        new LetterSentences(LetterCues.read(config.file("letter-voices.tsv"), "voice"));
    reader =
        ThreadStatusReader.load(
            config,
            new LetterDecisionReader(
                LetterCues.read(config.file("letter-decision-cues.tsv"), "reading"), sentences));
  }

  private static Message requester(String text) {
    return new Message("A Walker", MessageRole.REQUESTER, null, text, List.of());
  }

  private static Message authority(String text, Attachment... files) {
    return new Message("FOI Team", MessageRole.AUTHORITY, null, text, List.of(files));
  }

  private static final Message REQUEST =
      requester("Dear Council,\n\nPlease tell me how many bridges you inspected in 2022.");
  private static final Message ACK =
      authority(
          "Dear Ms Walker,\n\nWe have received your request and will respond within 20 working"
              + " days. Our reference is FOI 5120.");

  @Test
  void aRequestAloneInAMailFileGetsNoStatus() {
    assertNull(reader.status(List.of(REQUEST), false));
    assertNull(new ThreadStatusDecider(reader, null).status(List.of(REQUEST), false));
  }

  @Test
  void aWholeRecordWithOnlyAnAcknowledgementAwaitsItsAnswer() {
    assertEquals(RequestStatus.AWAITING_RESPONSE, reader.status(List.of(REQUEST, ACK), false));
    assertEquals(RequestStatus.AWAITING_RESPONSE, reader.status(List.of(REQUEST), true));
  }

  @Test
  void theLastAnswersDecisionIncludingItsAttachedLetter() {
    Message covering =
        authority(
            "Dear Ms Walker,\n\nPlease find our response attached.",
            new Attachment(
                "FOI 5120 response.pdf",
                "The Council does not hold a list of inspections by year. Inspections are logged"
                    + " per bridge."));
    assertEquals(RequestStatus.NOT_HELD, reader.status(List.of(REQUEST, ACK, covering), true));
  }

  @Test
  void aWithdrawalAndAReviewAskedAreRead() {
    Message answer =
        authority(
            "Dear Ms Walker,\n\nThe inspection reports are exempt under section 31(1)(a) and have"
                + " been withheld.");
    assertEquals(
        RequestStatus.INTERNAL_REVIEW,
        reader.status(
            List.of(
                REQUEST,
                answer,
                requester("Dear Council,\n\nI would like to request an internal review of this.")),
            true));
    assertEquals(
        RequestStatus.WITHDRAWN,
        reader.status(
            List.of(
                REQUEST,
                ACK,
                requester("Dear Council,\n\nI no longer need this; please close the request.")),
            true));
  }

  @Test
  void aReviewAskedWithNothingAnsweredIsAnInternalReview() {
    Message chase =
        requester(
            "Dear Council,\n\nYou have not answered in 20 working days. I am requesting an"
                + " internal review of your handling of my request.");
    assertEquals(RequestStatus.INTERNAL_REVIEW, reader.status(List.of(REQUEST, ACK, chase), true));
  }
}
