package org.foilens.tag.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.foilens.TestData;
import org.foilens.model.Attachment;
import org.foilens.model.Lifecycle;
import org.foilens.model.Message;
import org.foilens.model.MessageRole;
import org.foilens.text.WorkingDays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LifecycleFinderTest {

  private static LifecycleFinder finder;

  @BeforeAll
  static void load() throws Exception {
    finder =
        new LifecycleFinder(
            WorkingDays.load(TestData.root().resolve("config/bank-holidays-england-wales.txt")));
  }

  private static Message m(String role, String date, String text) {
    return new Message(
        null,
        MessageRole.fromLabel(role),
        date == null ? null : LocalDate.parse(date),
        text,
        List.of());
  }

  @Test
  void acknowledgementsAndAutoRepliesAreNotTheReply() {
    Lifecycle l =
        finder.find(
            List.of(
                m("requester", "2023-12-01", "Dear Council, please send me the figures."),
                m("system", "2023-12-01", "I am out of the office until Monday."),
                m(
                    "authority",
                    "2023-12-04",
                    "We acknowledge receipt of your request and will respond within 20 working"
                        + " days."),
                m("authority", "2024-01-03", "Please find attached our response.")));
    assertEquals(
        new Lifecycle(
            LocalDate.parse("2023-12-01"), LocalDate.parse("2024-01-03"), 20, false, false),
        l);
  }

  @Test
  void oneDayPastTheLimitOverChristmasIsLate() {
    Lifecycle l =
        finder.find(
            List.of(
                m("requester", "2023-12-01", "Please send me the figures."),
                m("authority", "2024-01-04", "I can confirm that we hold the information.")));
    assertEquals(21, l.workingDays());
    assertEquals(true, l.late());
  }

  @Test
  void anAttachmentMakesAShortReplySubstantive() {
    Message reply =
        new Message(
            null,
            MessageRole.AUTHORITY,
            LocalDate.parse("2024-03-05"),
            "Thank you, we will respond shortly.",
            List.of(new Attachment("response.pdf", "")));
    Lifecycle l = finder.find(List.of(m("requester", "2024-03-04", "Request"), reply));
    assertEquals(LocalDate.parse("2024-03-05"), l.firstReply());
    assertEquals(1, l.workingDays());
  }

  @Test
  void noReplyYetLeavesTheReplyOpen() {
    Lifecycle l =
        finder.find(
            List.of(
                m("requester", "2024-03-27", "Request"),
                m(
                    "authority",
                    "2024-03-28",
                    "Your request has been logged; your reference number is FOI 123.")));
    assertEquals(new Lifecycle(LocalDate.parse("2024-03-27"), null, null, null, false), l);
  }

  @Test
  void internalReviewAskedForByTheRequesterCounts() {
    Lifecycle l =
        finder.find(
            List.of(
                m("requester", "2024-02-05", "Request"),
                m(
                    "authority",
                    "2024-02-07",
                    "The information is exempt under section 22. If you are unhappy you may ask for"
                        + " an internal review."),
                m(
                    "requester",
                    "2024-02-10",
                    "Please pass this on to the person who conducts Freedom of Information reviews."
                        + " I am writing to request an internal review.")));
    assertEquals(true, l.internalReview());
    assertEquals(2, l.workingDays());
  }

  @Test
  void theOfferOfAReviewInAResponseIsNotOne() {
    Lifecycle l =
        finder.find(
            List.of(
                m("requester", "2024-02-05", "Request"),
                m(
                    "authority",
                    "2024-02-07",
                    "If you are not satisfied you can ask for an internal review.")));
    assertEquals(false, l.internalReview());
  }

  @Test
  void undatedThreadsHaveNoDates() {
    Lifecycle l =
        finder.find(
            List.of(
                m("requester", null, "Dear DWP"), m("authority", null, "Please find attached")));
    assertNull(l.requested());
    assertNull(l.workingDays());
    assertNull(finder.find(List.of()));
  }
}
