package org.foilens.tag.date;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.foilens.text.ScanCheck;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateFinderTest {

  private final DateFinder finder = new DateFinder();

  @Test
  void findsThePartialDatesThePatternFinds() {
    List<String> texts = new ArrayList<>(ScanCheck.realTexts());
    texts.add("on 3 March, x3 March, /4 May, é5 June, 6 july, March 8th and -9 April; 10 May.");
    int dates = ScanCheck.sameAsFind(DateFinder.PARTIAL, DateFinder.PARTIALS, texts);
    assertTrue(dates > 100, dates + " partial dates");
  }

  @Test
  void aPartialDateTakesTheYearOfTheFullDateBeforeIt() {
    assertEquals(
        List.of("2023-03-20", "2022-04-08", "2022-05-03"),
        iso(
            finder.find(
                "Date: 20 March 2023\nOn 8 April 2022 she asked. The Council replied on 3 May.",
                LocalDate.parse("2023-03-20"))));
  }

  @Test
  void theStoryCrossesTheYearEnd() {
    assertEquals(
        List.of("2022-12-20", "2023-01-05"),
        iso(
            finder.find(
                "The request was made on 20 December 2022 and chased on 5 January.",
                LocalDate.parse("2023-06-01"))));
  }

  @Test
  void withoutAFullDateBeforeItThePartialDateTakesTheDocumentsYear() {
    assertEquals(
        List.of("2024-03-03"),
        iso(finder.find("She wrote on 3 March.", LocalDate.parse("2024-09-17"))));
  }

  @Test
  void aPartialDateFarAfterTheDocumentBelongsToTheYearBefore() {
    // a letter of 10 January 2024 speaking of a request of 15 December
    assertEquals(
        List.of("2023-12-15"),
        iso(
            finder.find(
                "Thank you for your request of 15 December.", LocalDate.parse("2024-01-10"))));
  }

  @Test
  void aDeadlineShortlyAfterTheDocumentStaysInItsYear() {
    assertEquals(
        List.of("2023-12-20", "2024-01-24"),
        iso(
            finder.find(
                "Date: 20 December 2023. Respond by 24 January.", LocalDate.parse("2023-12-20"))));
  }

  @Test
  void theBoundOfAPeriodIsNoAnchor() {
    assertEquals(
        List.of("2023-07-04", "2015-01-01", "2023-07-06"),
        iso(
            finder.find(
                "On 4 July 2023 he asked for e-mails since 1 January 2015. It was acknowledged on 6"
                    + " July.",
                LocalDate.parse("2024-10-21"))));
  }

  @Test
  void withNothingToGoOnAPartialDateIsLeftOut() {
    assertEquals(List.of(), iso(finder.find("The meeting is on 3 March.", null)));
    assertEquals(List.of(), iso(finder.find("The meeting is on 3 March.")));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "on the 3rd of March | 2024-03-03",
        "on March 3rd | 2024-03-03",
        "on 29 Feb | 2024-02-29",
      })
  void readsThePartialForms(String text, String expected) {
    assertEquals(List.of(expected), iso(finder.find(text, LocalDate.parse("2024-06-01"))));
  }

  @Test
  void monthsAndYearsAloneAndOtherNumbersAreNoPartialDates() {
    assertEquals(
        List.of(),
        iso(
            finder.find(
                "in March 2023, since January, 12 months, May 4 officers, 3 Mar-24, 3 March/2023",
                LocalDate.parse("2024-06-01"))));
    assertEquals(
        List.of(),
        iso(finder.find("29 February", LocalDate.parse("2023-06-01")))); // no such day that year
  }

  @Test
  void keepsSplitYearsAsPeriods() {
    assertEquals(
        List.of("2018/2019", "2019/2020", "1999/2000", "2021/2022"),
        finder.periods("In 2018/19 and 2019-20, in 1999/00, and the 2021/2022 season."));
  }

  @Test
  void otherYearPairsAreNoPeriods() {
    assertEquals(
        List.of(),
        finder.periods(
            "EA/2018/19, 2018/20, 2018-2020, 2023-03-20, IC-2019-20X, FOI2024/01987, 2018-19.5"));
  }

  private static List<String> iso(List<LocalDate> dates) {
    return dates.stream().map(LocalDate::toString).toList();
  }
}
