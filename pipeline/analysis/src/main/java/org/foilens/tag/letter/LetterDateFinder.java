package org.foilens.tag.letter;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.foilens.text.UkDates;

/**
 * The date a response letter was written, where it prints one: after a "Date:" label ("Date: 19th
 * March 2021", "DATE: 06/04/2021", "Date: 09/03/21"), or alone on a line of the letterhead ("17
 * March 2021", "Monday, 4 April 2022", "April 20, 2021"), or, in a letter that prints it below the
 * signature, there. Dates inside sentences ("your request of 4 March 2021", "received on …") are
 * what the letter talks about, not its date, and a "Date received:" is not the letter's either.
 * Null when the letter prints no date of its own.
 */
public final class LetterDateFinder {

  /** Non-empty lines of the letterhead read for the date. */
  static final int HEAD_LINES = 40;

  private static final Pattern LABEL =
      Pattern.compile(
          "(?i)(?:^\\s*|\\s{2,}|\\t)(?:date|dated)\\s*[:.]?\\s+(?!received|of\\b|request)");
  private static final Pattern WEEKDAY =
      Pattern.compile("(?i)^(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\\s+");
  private static final Pattern SHORT_YEAR =
      Pattern.compile("^(?<d>[0-3]?\\d)[/.](?<m>[01]?\\d)[/.](?<y>\\d\\d)(?!\\d)");
  private static final Pattern SIGN_OFF =
      Pattern.compile("(?i)^\\s*yours\\s+(?:sincerely|faithfully|truly)");

  /** The letter's date, or null. */
  public LocalDate find(String text) {
    String[] lines = text.split("\\R");
    int nonEmpty = 0;
    int signOff = -1;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.isBlank()) {
        continue;
      }
      nonEmpty++;
      if (SIGN_OFF.matcher(line).find() && signOff < 0) {
        signOff = i;
      }
      if (nonEmpty <= HEAD_LINES) {
        LocalDate d = dateOf(line);
        if (d != null) {
          return d;
        }
      }
    }
    for (int i = Math.max(signOff, 0); signOff >= 0 && i < lines.length; i++) {
      LocalDate d = dateOf(lines[i]);
      if (d != null) {
        return d;
      }
    }
    return null;
  }

  /** The date a line gives as a letter's date: after a label, or as the whole line. */
  static LocalDate dateOf(String written) {
    String line = written.replace('\u00a0', ' ').replace('\u2007', ' ').replace('\u202f', ' ');
    Matcher label = LABEL.matcher(line);
    if (label.find()) {
      LocalDate d = leading(line.substring(label.end()));
      if (d != null) {
        return d;
      }
    }
    String bare = WEEKDAY.matcher(line.strip()).replaceFirst("").replaceAll("[\\s.,]+$", "");
    Matcher m = UkDates.DATE.matcher(bare);
    if (m.matches()) {
      return UkDates.date(m);
    }
    return null;
  }

  /** A date at the start of a text, the rest of the line being of no account. */
  private static LocalDate leading(String text) {
    String t = WEEKDAY.matcher(text.strip()).replaceFirst("");
    Matcher m = UkDates.DATE.matcher(t);
    if (m.lookingAt()) {
      return UkDates.date(m);
    }
    Matcher s = SHORT_YEAR.matcher(t);
    if (s.lookingAt()) {
      try {
        return LocalDate.of(
            2000 + Integer.parseInt(s.group("y")),
            Integer.parseInt(s.group("m")),
            Integer.parseInt(s.group("d")));
      } catch (DateTimeException e) {
        return null;
      }
    }
    return null;
  }
}
