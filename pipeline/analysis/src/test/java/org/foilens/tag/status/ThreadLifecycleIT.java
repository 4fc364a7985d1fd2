package org.foilens.tag.status;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.foilens.TestData;
import org.foilens.TestPipeline;
import org.foilens.model.AnalyzedDocument;
import org.foilens.model.Lifecycle;
import org.junit.jupiter.api.Test;

/** The lifecycle of the corpus threads, from mail and from WhatDoTheyKnow's JSON. */
class ThreadLifecycleIT {

  private static AnalyzedDocument analyze(String path) {
    return TestPipeline.pipeline().analyze(TestData.root().resolve(path)).document();
  }

  @Test
  void anAcknowledgementDoesNotStopTheClock() {
    // request Monday 6 March 2023, acknowledged the next day, answered on the 20th working day
    assertEquals(
        new Lifecycle(
            LocalDate.parse("2023-03-06"), LocalDate.parse("2023-04-03"), 20, false, false),
        analyze("corpus/threads/dft-stopped-vehicle-detection.mbox").correspondence().lifecycle());
  }

  @Test
  void aRequestedReviewIsSeen() {
    assertEquals(
        new Lifecycle(
            LocalDate.parse("2023-05-15"), LocalDate.parse("2023-06-12"), 19, false, true),
        analyze("corpus/threads/mod-reserve-nationality.mbox").correspondence().lifecycle());
    assertEquals(
        true,
        analyze("corpus/wdtk/kent_school_transport_appeals.json")
            .correspondence()
            .lifecycle()
            .internalReview());
  }

  @Test
  void anUnansweredRequestHasNoReply() {
    assertEquals(
        new Lifecycle(LocalDate.parse("2024-09-03"), null, null, null, false),
        analyze("corpus/wdtk/national_highways_a14_noise.json").correspondence().lifecycle());
  }

  @Test
  void anNhsNetSenderIsTheAuthority() {
    assertEquals(
        "authority",
        analyze("corpus/threads/royal-free-agency-nursing.eml")
            .correspondence()
            .messages()
            .get(0)
            .role()
            .label());
  }
}
