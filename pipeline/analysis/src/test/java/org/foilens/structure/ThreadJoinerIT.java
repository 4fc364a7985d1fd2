package org.foilens.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.foilens.Analysis;
import org.foilens.TestData;
import org.foilens.TestPipeline;
import org.foilens.model.AnalyzedDocument;
import org.foilens.model.DocumentKind;
import org.foilens.model.Lifecycle;
import org.foilens.model.SourceDocument;
import org.foilens.source.SourceWalker;
import org.junit.jupiter.api.Test;

/**
 * Seven mail files in one folder: four of one request (linked by Message-ID, References and the
 * WhatDoTheyKnow address), two internal e-mails linked only by their subject, and another request
 * whose subject is the generic one.
 */
class ThreadJoinerIT {

  private static List<Analysis> joined() throws Exception {
    Path folder = TestData.root().resolve("pipeline/analysis/src/test/resources/split-thread");
    List<SourceDocument> files = new ArrayList<>();
    for (Path f : new SourceWalker().list(List.of(folder))) {
      files.add(SourceWalker.describe(f));
    }
    return TestPipeline.pipeline().analyzeJoined(files);
  }

  @Test
  void theFilesOfOneRequestBecomeOneThread() throws Exception {
    List<Analysis> threads = joined();
    assertEquals(3, threads.size());
    AnalyzedDocument request = threads.get(0).document();
    assertTrue(request.source().endsWith("split-thread/01-request.eml#thread"), request.source());
    assertEquals(DocumentKind.FOI_THREAD, request.kind());
    assertEquals("Leeds City Council", request.authority());
    assertEquals(
        List.of("2024-01-08", "2024-01-09", "2024-02-07", "2024-02-09"),
        request.correspondence().messages().stream().map(e -> e.date().toString()).toList());
    assertEquals(
        List.of("requester", "authority", "authority", "requester"),
        request.correspondence().messages().stream().map(m -> m.role().label()).toList());
    assertEquals(
        new Lifecycle(LocalDate.parse("2024-01-08"), LocalDate.parse("2024-02-07"), 22, true, true),
        request.correspondence().lifecycle());
  }

  @Test
  void aSubjectJoinsOnlyFilesNothingElseLinksAndAGenericSubjectNone() throws Exception {
    List<Analysis> threads = joined();
    AnalyzedDocument other = threads.get(1).document();
    assertTrue(other.source().endsWith("07-other-request.eml"), "left alone: " + other.source());
    assertEquals(1, other.correspondence().messages().size());
    AnalyzedDocument internal = threads.get(2).document();
    assertTrue(internal.source().endsWith("05-forwarded-copy.eml#thread"), internal.source());
    assertEquals(2, internal.correspondence().messages().size());
  }

  @Test
  void aThreadIsHashedOverItsFiles() throws Exception {
    assertEquals(
        joined().get(0).document().origin().sha256(), joined().get(0).document().origin().sha256());
    assertEquals(64, joined().get(0).document().origin().sha256().length());
  }

  @Test
  void subjectsAreNormalised() {
    assertEquals(
        "pothole claims", ThreadJoiner.normalise("Re: FW: [EXTERNAL] RE:  Pothole   Claims"));
    assertEquals("foi 55121 - response", ThreadJoiner.normalise("Fwd: FOI 55121 - response"));
  }
}
