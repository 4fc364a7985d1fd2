package org.foilens.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.foilens.TestData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** FOIA's working days over the real England and Wales calendar in config/. */
class WorkingDaysTest {

  private static WorkingDays calendar;

  @BeforeAll
  static void load() throws Exception {
    calendar = WorkingDays.load(TestData.root().resolve("config/bank-holidays-england-wales.txt"));
  }

  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  @Test
  void theDayOfReceiptIsDayZero() {
    assertEquals(0, calendar.between(d("2024-03-04"), d("2024-03-04")));
    assertEquals(1, calendar.between(d("2024-03-04"), d("2024-03-05")));
    assertEquals(5, calendar.between(d("2024-03-04"), d("2024-03-11")), "a weekend does not count");
  }

  @Test
  void aRequestOnAFridayCountsFromMonday() {
    assertEquals(1, calendar.between(d("2024-03-01"), d("2024-03-04")));
    assertEquals(0, calendar.between(d("2024-03-01"), d("2024-03-03")));
  }

  @Test
  void easterTakesTwoDays() {
    // Good Friday 29 March and Easter Monday 1 April 2024
    assertFalse(calendar.isWorkingDay(d("2024-03-29")));
    assertFalse(calendar.isWorkingDay(d("2024-04-01")));
    assertEquals(3, calendar.between(d("2024-03-27"), d("2024-04-03")));
  }

  @Test
  void christmasSubstituteDaysAreHolidays() {
    // 25 and 26 December 2021 fell on a weekend: 27 and 28 December were the holidays
    assertFalse(calendar.isWorkingDay(d("2021-12-27")));
    assertFalse(calendar.isWorkingDay(d("2021-12-28")));
    assertTrue(calendar.isWorkingDay(d("2021-12-29")));
    assertEquals(1, calendar.between(d("2021-12-24"), d("2021-12-29")));
  }

  @Test
  void oneOffHolidaysAreInTheCalendar() {
    assertFalse(calendar.isWorkingDay(d("2022-09-19")), "the State Funeral of Queen Elizabeth II");
    assertFalse(calendar.isWorkingDay(d("2023-05-08")), "the Coronation of King Charles III");
    assertFalse(
        calendar.isWorkingDay(d("2020-05-08")), "VE Day: the early May holiday moved to a Friday");
    assertTrue(calendar.isWorkingDay(d("2020-05-04")));
  }

  @Test
  void twentyWorkingDaysOverChristmasAndNewYear() {
    // received Friday 1 December 2023; holidays 25, 26 December and 1 January 2024
    LocalDate due = calendar.plus(d("2023-12-01"), 20);
    assertEquals(d("2024-01-03"), due);
    assertEquals(20, calendar.between(d("2023-12-01"), due));
    assertEquals(21, calendar.between(d("2023-12-01"), d("2024-01-04")));
  }

  @Test
  void aCalendarKnowsWhichYearsItCovers() {
    assertTrue(calendar.covers(d("2000-06-01")));
    assertTrue(calendar.covers(d("2027-12-31")));
    assertFalse(calendar.covers(d("1999-12-31")));
    assertFalse(calendar.covers(d("2028-01-03")));
  }
}
