package org.foilens.text;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.TreeSet;

/**
 * Working days as FOIA section 10 counts them: Monday to Friday, less the bank holidays of a
 * calendar ({@code config/bank-holidays-england-wales.txt}). The day a request arrives is day zero;
 * the next working day is day one.
 */
public final class WorkingDays {

  private final Set<LocalDate> holidays;
  private final LocalDate first;
  private final LocalDate last;

  public WorkingDays(Set<LocalDate> holidays) {
    this.holidays = Set.copyOf(holidays);
    TreeSet<LocalDate> sorted = new TreeSet<>(holidays);
    this.first = sorted.isEmpty() ? null : sorted.first().withDayOfYear(1);
    this.last = sorted.isEmpty() ? null : sorted.last().withMonth(12).withDayOfMonth(31);
  }

  /** Reads a calendar: one ISO date a line, {@code #} comments. */
  public static WorkingDays load(Path file) throws IOException {
    Set<LocalDate> days = new TreeSet<>();
    int n = 0;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      n++;
      String s = line.strip();
      if (s.isEmpty() || s.startsWith("#")) {
        continue;
      }
      try {
        days.add(LocalDate.parse(s));
      } catch (DateTimeParseException e) {
        throw new IOException(file + " line " + n + ": not a date (YYYY-MM-DD): " + s, e);
      }
    }
    return new WorkingDays(days);
  }

  public boolean isWorkingDay(LocalDate day) {
    DayOfWeek d = day.getDayOfWeek();
    return d != DayOfWeek.SATURDAY && d != DayOfWeek.SUNDAY && !holidays.contains(day);
  }

  /** Whether the calendar lists the holidays of the day's year. */
  public boolean covers(LocalDate day) {
    return first != null && !day.isBefore(first) && !day.isAfter(last);
  }

  /**
   * Working days after {@code from} up to and including {@code to}; 0 when {@code to} is not after
   * {@code from}.
   */
  public int between(LocalDate from, LocalDate to) {
    int n = 0;
    for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
      if (isWorkingDay(d)) {
        n++;
      }
    }
    return n;
  }

  /** The day on which the given number of working days after {@code from} have passed. */
  public LocalDate plus(LocalDate from, int workingDays) {
    LocalDate d = from;
    for (int n = 0; n < workingDays; ) {
      d = d.plusDays(1);
      if (isWorkingDay(d)) {
        n++;
      }
    }
    return d;
  }
}
