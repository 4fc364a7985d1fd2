package org.foilens.tag.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.foilens.FoilensConfig;
import org.foilens.TestData;
import org.foilens.model.Message;
import org.foilens.model.MessageRole;
import org.foilens.model.RequestStatus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Threads written for the tests: the signals the status model reads of them, and how the decider
 * weighs a plain reading against the model.
 */
class ThreadSignalsTest {

  private static ThreadSignals signals;

  @BeforeAll
  static void load() throws Exception {
    signals = ThreadSignals.load(FoilensConfig.of(TestData.root().resolve("config")));
  }

  private static Message requester(String text) {
    return new Message("B Holt", MessageRole.REQUESTER, null, text, List.of());
  }

  private static Message authority(String text) {
    return new Message("Information Team", MessageRole.AUTHORITY, null, text, List.of());
  }

  private static final Message REQUEST =
      requester(
          "Dear Council,\n\nPlease tell me how many grit bins you refilled in each ward in 2023,"
              + " and what the refills cost.");

  private static final Message FULL_ANSWER =
      authority(
          "Dear Mr Holt,\n\nPlease find our response to your request below.\n\nIn 2023 we refilled"
              + " 412 grit bins: 96 in Central, 143 in East, 88 in North and 85 in West. The"
              + " refills cost £18,240 in all.\n\nYours sincerely,\nInformation Team");

  private static final Message PART_ANSWER =
      authority(
          "Dear Mr Holt,\n\nPlease find our response to your request below.\n\nIn 2023 we refilled"
              + " 412 grit bins. We cannot break the total down by ward, as refills are logged by"
              + " route.\n\nYours sincerely,\nInformation Team");

  private static Set<String> of(Message... messages) {
    return Set.of(signals.of(List.of(messages)));
  }

  @Test
  void aFullAnswerKeepsNothingBackAndGivesFigures() {
    Set<String> s = of(REQUEST, FULL_ANSWER);
    assertTrue(s.contains("answer_last"), s.toString());
    assertTrue(s.contains("kept_back=0"), s.toString());
    assertTrue(s.contains("last:figures=4+"), s.toString());
    assertFalse(ThreadSignals.keptBack(s.toArray(String[]::new)));
  }

  @Test
  void aPartThatCannotBeAnsweredIsKeptBack() {
    Set<String> s = of(REQUEST, PART_ANSWER);
    assertTrue(s.contains("last:cue:part_unanswered"), s.toString());
    assertTrue(ThreadSignals.keptBack(s.toArray(String[]::new)), s.toString());
  }

  @Test
  void whatTheRequesterSaysAfterTheAnswerIsRead() {
    Set<String> s =
        of(
            REQUEST,
            PART_ANSWER,
            requester("Dear Council,\n\nYou have not answered the second question."));
    assertTrue(s.contains("requester_after_answer"), s.toString());
    assertTrue(s.contains("requester:incomplete"), s.toString());
  }

  @Test
  void theDeciderTakesAReadingOfSuccessOnlyWhereTheModelIsSureAndNothingIsKeptBack() {
    String[] full = signals.of(List.of(REQUEST, FULL_ANSWER));
    String[] part = signals.of(List.of(REQUEST, PART_ANSWER));
    var sure = new RequestStatusClassifier.Prediction(RequestStatus.SUCCESSFUL, 0.8);
    var unsure = new RequestStatusClassifier.Prediction(RequestStatus.SUCCESSFUL, 0.4);
    var other = new RequestStatusClassifier.Prediction(RequestStatus.NOT_HELD, 0.9);
    assertEquals(
        RequestStatus.SUCCESSFUL, ThreadStatusDecider.decide(RequestStatus.SUCCESSFUL, sure, full));
    assertNull(ThreadStatusDecider.decide(RequestStatus.SUCCESSFUL, unsure, full));
    assertNull(ThreadStatusDecider.decide(RequestStatus.SUCCESSFUL, other, full));
    assertNull(ThreadStatusDecider.decide(RequestStatus.SUCCESSFUL, sure, part));
  }

  @Test
  void aStatedDecisionNeedsOnlyTheModelsAgreementAndASettledStateNone() {
    String[] none = new String[0];
    var agrees = new RequestStatusClassifier.Prediction(RequestStatus.NOT_HELD, 0.3);
    var differs = new RequestStatusClassifier.Prediction(RequestStatus.SUCCESSFUL, 0.9);
    assertEquals(
        RequestStatus.NOT_HELD, ThreadStatusDecider.decide(RequestStatus.NOT_HELD, agrees, none));
    assertNull(ThreadStatusDecider.decide(RequestStatus.NOT_HELD, differs, none));
    assertEquals(
        RequestStatus.AWAITING_RESPONSE,
        ThreadStatusDecider.decide(RequestStatus.AWAITING_RESPONSE, differs, none));
    assertNull(ThreadStatusDecider.decide(null, differs, none));
  }
}
