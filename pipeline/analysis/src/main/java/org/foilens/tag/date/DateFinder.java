package org.foilens.tag.date;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.foilens.text.StartScan;
import org.foilens.text.UkDates;

/**
 * Finds the calendar dates a text states, as distinct ISO dates in order of first appearance, and
 * the periods it names (financial and other split years such as "2018/19").
 *
 * <p>A date written without its year ("on 3 March") takes the year of the story around it: that of
 * the last full date before it, moved on a year when that would put it more than a month before
 * that date ("on 20 December 2022 … on 5 January" is January 2023); without a full date before it,
 * the document's own year, or the year before when that would put it more than two months after the
 * document, or the year after when that puts it within two months after the document instead of ten
 * months or more before it. The document's own date is no guide to the story's year (a notice opens
 * with the day it was signed), nor is the bound of a period ("since 1 January 2015", "between 1
 * April 2018 and …"), so neither is taken as an anchor. With neither, a partial date is left out
 * rather than guessed.
 */
public final class DateFinder {

  private static final String MONTH =
      "(January|February|March|April|May|June|July|August|September|October|November|December"
          + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?";

  /** "3 March", "3rd of March", "March 3" (full month names but May), not followed by a year. */
  static final Pattern PARTIAL =
      Pattern.compile(
          "(?=[\\dJFMASOND])(?<![\\w/.-])(?:(?<d1>[0-3]?\\d)(?:st|nd|rd|th)?(?:\\s+of)?\\s+(?<m1>"
              + MONTH
              + ")|(?<m2>January|February|March|April|June|July|August|September|October|November|December)"
              + "\\s+(?<d2>[0-3]?\\d)(?:st|nd|rd|th)?)"
              + "(?![\\w-])(?!,?\\s+(?:of\\s+)?(?:19|20)\\d\\d)(?!\\s*[/.-]\\d)");

  /** {@link #PARTIAL} tried only where it can start: a digit or a month's name but May's. */
  static final StartScan PARTIALS =
      new StartScan(
          PARTIAL,
          Stream.concat(
                  StartScan.eachOf("0123456789").stream(),
                  Stream.of(
                      "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"))
              .toList(),
          false,
          StartScan.WORD + "/.-");

  /** "2018/19", "2018-19", "2018/2019": two consecutive years written as one period. */
  private static final Pattern SPLIT_YEAR =
      Pattern.compile(
          "(?<![\\w/.-])(?<y1>(?:19|20)\\d\\d)\\s?[/–-]\\s?(?<y2>\\d\\d(?:\\d\\d)?)(?![\\w/-]|\\.\\d)");

  /**
   * A date after one of these words bounds a period rather than telling when something happened.
   */
  private static final Pattern PERIOD_BOUND =
      Pattern.compile(
          "(?i)\\b(?:since|between|from|until|till|to|and|through|covering)\\s+(?:the\\s+)?$");

  private static final int MONTHS_FORWARD_DAYS = 31;
  private static final int AFTER_DOCUMENT_DAYS = 62;
  private static final int BEFORE_DOCUMENT_DAYS = 303;

  /** Full dates only. */
  public List<LocalDate> find(String text) {
    return find(text, null);
  }

  /**
   * Full dates, and partial dates with their year worked out as the class comment says.
   *
   * @param document the document's own date, or null
   */
  public List<LocalDate> find(String text, LocalDate document) {
    record Found(int start, int end, LocalDate date, boolean partial, int month, int day) {}
    List<Found> all = new ArrayList<>();
    StartScan.Matches fulls = UkDates.DATES.in(text);
    while (fulls.find()) {
      Matcher full = fulls.matcher();
      LocalDate date = UkDates.date(full);
      if (date != null) {
        all.add(new Found(full.start(), full.end(), date, false, 0, 0));
      }
    }
    StartScan.Matches partials = PARTIALS.in(text);
    while (partials.find()) {
      Matcher partial = partials.matcher();
      int start = partial.start();
      if (all.stream().anyMatch(f -> !f.partial() && start >= f.start() && start < f.end())) {
        continue;
      }
      boolean dayFirst = partial.group("d1") != null;
      int day = Integer.parseInt(dayFirst ? partial.group("d1") : partial.group("d2"));
      int month = UkDates.month(dayFirst ? partial.group("m1") : partial.group("m2"));
      all.add(new Found(start, partial.end(), null, true, month, day));
    }
    all.sort(Comparator.comparingInt(Found::start));
    Set<LocalDate> dates = new LinkedHashSet<>();
    LocalDate anchor = null;
    for (Found f : all) {
      if (!f.partial()) {
        dates.add(f.date());
        LocalDate d = f.date();
        String before = text.substring(Math.max(0, f.start() - 20), f.start());
        if (!d.equals(document) && !PERIOD_BOUND.matcher(before).find()) {
          anchor = d;
        }
        continue;
      }
      LocalDate resolved = resolve(f.month(), f.day(), anchor, document);
      if (resolved != null) {
        dates.add(resolved);
      }
    }
    return List.copyOf(dates);
  }

  /** The year a day and month without one belong to, or null when nothing says. */
  static LocalDate resolve(int month, int day, LocalDate anchor, LocalDate document) {
    try {
      LocalDate d;
      if (anchor != null) {
        d = LocalDate.of(anchor.getYear(), month, day);
        if (d.isBefore(anchor.minusDays(MONTHS_FORWARD_DAYS))) {
          d = LocalDate.of(anchor.getYear() + 1, month, day);
        }
      } else if (document != null) {
        d = LocalDate.of(document.getYear(), month, day);
        if (d.isBefore(document.minusDays(BEFORE_DOCUMENT_DAYS))) {
          LocalDate next = LocalDate.of(document.getYear() + 1, month, day);
          d =
              next.isAfter(document.plusDays(AFTER_DOCUMENT_DAYS))
                  ? d
                  : next; // "by 24 January" in December
        }
      } else {
        return null;
      }
      if (document != null && d.isAfter(document.plusDays(AFTER_DOCUMENT_DAYS))) {
        d = LocalDate.of(d.getYear() - 1, month, day);
      }
      return d;
    } catch (DateTimeException e) {
      return null; // 29 February in a year without one, 31 April
    }
  }

  /**
   * The split years a text names, as ISO 8601 intervals of years ("2018/19" → "2018/2019"), in
   * order of first appearance. Only consecutive years count: "2018/20" is no period.
   */
  public List<String> periods(String text) {
    Set<String> periods = new LinkedHashSet<>();
    Matcher m = SPLIT_YEAR.matcher(text);
    while (m.find()) {
      int from = Integer.parseInt(m.group("y1"));
      String second = m.group("y2");
      int to =
          second.length() == 2
              ? from / 100 * 100 + Integer.parseInt(second)
              : Integer.parseInt(second);
      if (second.length() == 2 && to < from) {
        to += 100; // 1999/00
      }
      if (to == from + 1) {
        periods.add(from + "/" + to);
      }
    }
    return List.copyOf(periods);
  }
}
