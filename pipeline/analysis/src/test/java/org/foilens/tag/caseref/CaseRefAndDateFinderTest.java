package org.foilens.tag.caseref;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.foilens.tag.date.DateFinder;
import org.foilens.text.ScanCheck;
import org.junit.jupiter.api.Test;

class CaseRefAndDateFinderTest {

  @Test
  void findsTheReferencesThePatternFinds() {
    List<String> texts = new ArrayList<>(ScanCheck.realTexts());
    texts.add(
        "xFS50123456 /EA/2019/0123 éFS50123456 fs50123456 [2024] UKFTT 1 -IC-155171-G3W9"
            + " case ref: 202100123 decision notice 12/2020 ua-2020-001234-GIA gi/2019/0001");
    int refs = ScanCheck.sameAsFind(CaseRefFinder.CASE_REF, CaseRefFinder.CASE_REFS, texts);
    assertTrue(refs > 100, refs + " references");
  }

  @Test
  void findsCaseReferencesOfEveryEra() {
    String text =
        "See FS50123456 and FER0456789, the new IC-155171-G3W9, the appeal EA/2019/0123 and"
            + " [2024] UKFTT 110 (GRC); not XFS501234567 or IC-1-2.";
    assertEquals(
        List.of(
            "FS50123456", "FER0456789", "IC-155171-G3W9", "EA/2019/0123", "[2024] UKFTT 110 (GRC)"),
        new CaseRefFinder().find(text));
  }

  @Test
  void findsDatesInUkFormsAsIso() {
    String text =
        "On 2 February 2022 they wrote; on 16th February, 2022 DWP replied; the review of"
            + " March 3, 2022 and 04/04/2022 followed, then 2022-05-01. Not 31 February 2022,"
            + " not 12/13/2022, and 2 February 2022 again.";
    assertEquals(
        List.of("2022-02-02", "2022-02-16", "2022-03-03", "2022-04-04", "2022-05-01"),
        new DateFinder().find(text).stream().map(LocalDate::toString).toList());
  }

  @Test
  void findsUpperTribunalNumbersAndScottishDecisions() {
    CaseRefFinder finder = new CaseRefFinder();
    assertEquals(
        List.of("UA-2023-001762-GIA", "Decision 041/2024", "Decision 112/2023", "GIA/3037/2011"),
        finder.find(
            "Appeal No. UA-2023-001762-GIA; see Decision Notice 041/2024 and Decision 112/2023,"
                + " and GIA/3037/2011. Not references: decision 2024, UA-20-1."));
    assertEquals("Decision 041/2024", finder.canonical("Decision Notice 041/2024"));
  }

  @Test
  void readsReferencesPrintedWithOtherSeparators() {
    assertEquals(
        List.of("IC-266013-L5P2", "IC-295317-K2B2", "EA/2022/0129", "FT/EA/2024/0407", "202400273"),
        new CaseRefFinder()
            .find(
                "notice IC – 266013 – L5P2 and IC 295317-K2B2; appeals EA-2022-0129 and"
                    + " FT.EA.2024.0407; Case Ref: 202400273. Not 2024-01-01 or Ref: 12345."));
  }
}
