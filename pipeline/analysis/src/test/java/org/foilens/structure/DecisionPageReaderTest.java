package org.foilens.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** What pages reproducing a decision state above it, in layouts written for this test. */
class DecisionPageReaderTest {

  @Test
  void anIcoPageHasItsTitleThenDateSectorAndDecisions() {
    DecisionPageReader.DecisionPage p =
        DecisionPageReader.read(
            """
            Skip to main content
            Borsetshire Hospitals NHS Trust
              • Date 4 March 2025
              • Sector Health
              • Decision(s) FOI 10: Upheld
            The complainant asked the Trust for its rotas.
            """);
    assertEquals("Borsetshire Hospitals NHS Trust", p.authority());
    assertEquals(LocalDate.of(2025, 3, 4), p.date());
    assertEquals("Health", p.sector());
  }

  @Test
  void aBailiiPageOpensWithDateAndSector() {
    DecisionPageReader.DecisionPage p =
        DecisionPageReader.read(
            "2 May 2016, Local government (Parish council)\nThe complainant asked for a survey.");
    assertEquals(LocalDate.of(2016, 5, 2), p.date());
    assertEquals("Local government (Parish council)", p.sector());
    assertNull(p.authority());
  }

  @Test
  void aCopyTitlesTheAuthorityAndTheDate() {
    assertEquals(
        "Borsetshire County Council",
        DecisionPageReader.read(
                "Borsetshire County Council (Decision Notice): ICO 3 Feb 2012\n\nThe complainant")
            .authority());
    DecisionPageReader.DecisionPage p =
        DecisionPageReader.read(
            "Felpersham Police (Police and Criminal Justice) FS50999999: ICO 9 Nov 2014\n\nThe");
    assertEquals("Felpersham Police", p.authority());
    assertEquals(LocalDate.of(2014, 11, 9), p.date());
  }

  @Test
  void aTableOfFactsGivesTheDateAndRespondent() {
    DecisionPageReader.DecisionPage p =
        DecisionPageReader.read(
            "Decision Notice IC-1-A\nDate | 12 June 2024 |\nRespondent | Home Office |\n");
    assertEquals(LocalDate.of(2024, 6, 12), p.date());
    assertEquals("Home Office", p.authority());
  }

  @Test
  void aScottishTitleNamesApplicantAndAuthority() {
    assertEquals(
        "Chief Constable of Borsetshire Police",
        DecisionPageReader.read(
                "Decision 123/2009 Mr A and the Chief Constable of Borsetshire Police\n\nSummary")
            .authority());
    assertEquals(
        "Borsetshire Council",
        DecisionPageReader.read("Decision 004/2015 Mr and Mrs B and Borsetshire Council\n")
            .authority());
  }

  @Test
  void anOrdinaryTextStatesNothing() {
    assertEquals(
        DecisionPageReader.DecisionPage.NONE,
        DecisionPageReader.read("Minutes of the meeting held on 3 May 2021.\nPresent: all."));
  }
}
