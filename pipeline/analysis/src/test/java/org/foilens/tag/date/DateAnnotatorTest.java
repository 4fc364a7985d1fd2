package org.foilens.tag.date;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.foilens.model.AnalyzedDocument;
import org.foilens.tag.Annotated;
import org.junit.jupiter.api.Test;

class DateAnnotatorTest {

  @Test
  void aNoticeIsDatedByItsHeaderNotByTheDatesItTellsOf() {
    AnalyzedDocument d =
        Annotated.annotate(
            """
            Decision notice
            Date: 3 October 2023
            Public Authority: Borsetshire County Council

            1. On 5 May 2023 the complainant wrote to the Council; it replied on 2 June.
            """,
            new DateAnnotator());
    assertEquals(LocalDate.of(2023, 10, 3), d.date());
    assertEquals(
        List.of(LocalDate.of(2023, 10, 3), LocalDate.of(2023, 5, 5), LocalDate.of(2023, 6, 2)),
        d.mentions().dates(),
        "the partial date takes the year of the story before it");
  }

  @Test
  void aTextOfNoKnownKindHasNoDateOfItsOwn() {
    AnalyzedDocument d =
        Annotated.annotate("The fete is on 4 July 2024, weather permitting.", new DateAnnotator());
    assertNull(d.date());
    assertEquals(List.of(LocalDate.of(2024, 7, 4)), d.mentions().dates());
  }

  @Test
  void periodsAreNamedAsIntervals() {
    AnalyzedDocument d =
        Annotated.annotate("Spending in 2021/22 and 2022-23 rose.", new DateAnnotator());
    assertEquals(List.of("2021/2022", "2022/2023"), d.mentions().periods());
  }
}
