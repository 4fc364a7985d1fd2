package org.foilens.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.foilens.TestData;
import org.foilens.TestPipeline;
import org.foilens.model.AnalyzedDocument;
import org.foilens.model.Correspondence;
import org.foilens.model.DocumentKind;
import org.foilens.model.Lifecycle;
import org.foilens.model.RequestStatus;
import org.junit.jupiter.api.Test;

/** A WhatDoTheyKnow request page saved as HTML (the corpus's own page in the site's shape). */
class WdtkPageIT {

  private static AnalyzedDocument page() {
    return TestPipeline.pipeline()
        .analyze(TestData.root().resolve("corpus/wdtk/leeds_bus_lane_penalty_income.html"))
        .document();
  }

  @Test
  void theBannerAuthorityAndTitleAreRead() {
    AnalyzedDocument d = page();
    assertEquals(DocumentKind.FOI_THREAD, d.kind());
    assertEquals(RequestStatus.PARTIALLY_SUCCESSFUL, d.correspondence().status());
    assertEquals("Leeds City Council", d.authority());
    assertEquals("Bus lane penalty charge income", d.title());
    assertEquals(LocalDate.of(2024, 3, 11), d.date());
  }

  @Test
  void correspondenceAndAnnotationsComeInPageOrderWithRoles() {
    AnalyzedDocument d = page();
    assertEquals(
        List.of("requester", "authority", "authority", "annotation", "requester"),
        d.correspondence().messages().stream().map(m -> m.role().label()).toList());
    assertEquals(
        List.of("2024-03-11", "2024-03-12", "2024-04-02", "2024-04-03", "2024-04-04"),
        d.correspondence().messages().stream().map(e -> e.date().toString()).toList());
    Correspondence.Entry response = d.correspondence().messages().get(2);
    assertEquals(List.of("FOI 61432 response.pdf"), response.attachments());
    assertFalse(
        response.text().contains("Download"), "attachment furniture left out: " + response.text());
    assertFalse(response.text().contains("show quoted sections"), response.text());
    assertEquals("Dev Sandhu", d.correspondence().messages().get(3).from());
    assertTrue(
        d.correspondence().messages().stream()
            .noneMatch(m -> m.text().contains("Similar requests")),
        "sidebar left out");
  }

  @Test
  void theLifecycleSkipsTheAcknowledgement() {
    assertEquals(
        new Lifecycle(
            LocalDate.parse("2024-03-11"), LocalDate.parse("2024-04-02"), 14, false, true),
        page().correspondence().lifecycle());
  }
}
