package org.foilens.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads the ways UK documents write a calendar date: "20 March 2023", "20th March, 2023", "March
 * 20, 2023", "20 Mar 2023", "20/03/2023", "20.03.2023", "2023-03-20".
 */
public final class UkDates {

  private static final Map<String, Integer> MONTHS =
      Map.ofEntries(
          Map.entry("jan", 1),
          Map.entry("feb", 2),
          Map.entry("mar", 3),
          Map.entry("apr", 4),
          Map.entry("may", 5),
          Map.entry("jun", 6),
          Map.entry("jul", 7),
          Map.entry("aug", 8),
          Map.entry("sep", 9),
          Map.entry("sept", 9),
          Map.entry("oct", 10),
          Map.entry("nov", 11),
          Map.entry("dec", 12));

  private static final String MONTH =
      "(January|February|March|April|May|June|July|August|September|October|November|December"
          + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?";

  /** Every date form this class reads; group names tell which part is which. */
  public static final Pattern DATE =
      Pattern.compile(
          "(?=[\\dJFMASOND])(?<![\\w/.-])(?:" // a date starts with a digit or a month's initial
              + "(?<d1>[0-3]?\\d)(?:st|nd|rd|th)?(?:\\s+of)?\\s+(?<m1>"
              + MONTH
              + ")(?:,)?\\s+(?<y1>(?:19|20)\\d\\d)"
              + "|(?<m2>"
              + MONTH
              + ")\\s+(?<d2>[0-3]?\\d)(?:st|nd|rd|th)?,?\\s+(?<y2>(?:19|20)\\d\\d)"
              + "|(?<d3>[0-3]?\\d)[/.](?<m3>[01]?\\d)[/.](?<y3>(?:19|20)\\d\\d)"
              + "|(?<y4>(?:19|20)\\d\\d)-(?<m4>[01]\\d)-(?<d4>[0-3]\\d)"
              + ")(?![\\w/-])",
          Pattern.CASE_INSENSITIVE);

  /** The first three letters of every month's name. */
  private static final List<String> MONTH_OPENINGS =
      List.of("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec");

  /**
   * {@link #DATE} tried only where a date can start: a digit or a month's name, in either case,
   * after no word character, slash, dot or hyphen.
   */
  public static final StartScan DATES =
      new StartScan(
          DATE,
          Stream.concat(StartScan.eachOf("0123456789").stream(), MONTH_OPENINGS.stream()).toList(),
          true,
          StartScan.WORD + "/.-");

  private UkDates() {}

  /** The date of a match of {@link #DATE}, or null when it is no real calendar date. */
  public static LocalDate date(Matcher m) {
    try {
      if (m.group("d1") != null) {
        return of(m.group("y1"), month(m.group("m1")), m.group("d1"));
      }
      if (m.group("d2") != null) {
        return of(m.group("y2"), month(m.group("m2")), m.group("d2"));
      }
      if (m.group("d3") != null) {
        return of(m.group("y3"), Integer.parseInt(m.group("m3")), m.group("d3"));
      }
      return of(m.group("y4"), Integer.parseInt(m.group("m4")), m.group("d4"));
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** The first date in a piece of text, or null. */
  public static LocalDate firstIn(String text) {
    if (text == null) {
      return null;
    }
    Matcher m = DATE.matcher(text);
    while (m.find()) {
      LocalDate date = date(m);
      if (date != null) {
        return date;
      }
    }
    return null;
  }

  /** The number of a month's name or abbreviation ("March", "Mar.", "Sept"). */
  public static int month(String name) {
    String key = name.toLowerCase(Locale.ROOT).replace(".", "");
    Integer n = MONTHS.get(key.equals("sept") || key.length() <= 3 ? key : key.substring(0, 3));
    if (n == null) {
      throw new DateTimeException("not a month: " + name);
    }
    return n;
  }

  private static LocalDate of(String year, int month, String day) {
    return LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day));
  }
}
