package org.foilens.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class UkDatesTest {

  @Test
  void readsEveryMonthInFullAndShort() {
    for (Month m : Month.values()) {
      LocalDate iso = LocalDate.of(2022, m, 8);
      String full = m.getDisplayName(TextStyle.FULL, Locale.UK);
      String shortName = full.substring(0, 3);
      assertEquals(iso, UkDates.firstIn("8 " + full + " 2022"), full);
      assertEquals(iso, UkDates.firstIn("8 " + shortName + " 2022"), shortName);
      assertEquals(iso, UkDates.firstIn(full + " 8, 2022"), full);
    }
    assertEquals(LocalDate.of(2022, 9, 8), UkDates.firstIn("8 Sept 2022"));
  }

  @Test
  void rejectsWhatIsNoCalendarDate() {
    assertNull(UkDates.firstIn("30 February 2022"));
    assertNull(UkDates.firstIn("the 2022/23 financial year"));
    assertNull(UkDates.firstIn("Junes 2022"));
  }
}
