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

/**
 * WhatDoTheyKnow request pages saved as HTML, written for the corpus: one in the markup of the
 * site's current templates (status block named by its class, headers with author and {@code
 * <time>}, attachments with their names), one in the markup of about 2015 (status line with an
 * {@code icon_} class, headings in {@code <h2>}), and the corpus's first page.
 */
class WdtkPageIT {

  private static AnalyzedDocument page() {
    return page("leeds_bus_lane_penalty_income.html");
  }

  private static AnalyzedDocument page(String name) {
    return TestPipeline.pipeline()
        .analyze(TestData.root().resolve("corpus/wdtk/" + name))
        .document();
  }

  private static List<String> column(
      AnalyzedDocument d, java.util.function.Function<Correspondence.Entry, Object> field) {
    return d.correspondence().messages().stream().map(e -> String.valueOf(field.apply(e))).toList();
  }

  @Test
  void theCurrentTemplatesStatusClassSendersDatesAndAttachmentsAreRead() {
    AnalyzedDocument d = page("cornwall_grit_bin_refills.html");
    assertEquals(DocumentKind.FOI_THREAD, d.kind());
    assertEquals(RequestStatus.NOT_HELD, d.correspondence().status());
    assertEquals("Cornwall Council", d.authority());
    assertEquals("Grit bin refills in Truro", d.title());
    assertEquals(
        List.of("requester", "authority", "authority", "annotation", "requester"),
        column(d, e -> e.role().label()));
    assertEquals(
        List.of("2024-01-05", "2024-01-08", "2024-01-31", "2024-02-02", "2024-02-03"),
        column(d, Correspondence.Entry::date));
    assertEquals(
        List.of(
            "Morwenna Trelease",
            "Information Rights Team, Cornwall Council",
            "Information Rights Team, Cornwall Council",
            "Jago Pascoe",
            "Morwenna Trelease"),
        column(d, Correspondence.Entry::from));
    Correspondence.Entry response = d.correspondence().messages().get(2);
    assertEquals(
        List.of("FOI 24 0113 response.pdf", "Winter service plan 2023.pdf"),
        response.attachments());
    for (Correspondence.Entry e : d.correspondence().messages()) {
      for (String furniture :
          List.of(
              "Link to this",
              "Report",
              "show quoted sections",
              "Download",
              "Delivered",
              "2 Attachments",
              "left an annotation",
              "couldn’t load")) {
        assertFalse(e.text().contains(furniture), furniture + " in: " + e.text());
      }
    }
    assertTrue(response.text().startsWith("Dear Ms Trelease,"), response.text());
    assertEquals(
        new Lifecycle(
            LocalDate.parse("2024-01-05"), LocalDate.parse("2024-01-31"), 18, false, false),
        d.correspondence().lifecycle());
  }

  @Test
  void anOlderPageWithItsStatusIconAndHeadingsIsReadToo() {
    AnalyzedDocument d = page("dyfed_powys_speed_van_sites.html");
    assertEquals(RequestStatus.REFUSED, d.correspondence().status());
    assertEquals(List.of("requester", "authority", "annotation"), column(d, e -> e.role().label()));
    assertEquals(
        List.of("2015-03-12", "2015-04-09", "2015-04-14"), column(d, Correspondence.Entry::date));
    assertEquals(
        List.of("Rhodri Bevan", "Freedom of Information Unit", "Carys Lloyd"),
        column(d, Correspondence.Entry::from));
    assertEquals(List.of("FOI DPP 312 15.pdf"), d.correspondence().messages().get(1).attachments());
    assertFalse(d.correspondence().messages().get(1).text().contains("show quoted sections"));
    assertFalse(d.correspondence().messages().get(2).text().contains("left an annotation"));
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
