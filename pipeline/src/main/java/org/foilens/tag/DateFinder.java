package org.foilens.tag;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import org.foilens.text.UkDates;

/** Finds the calendar dates a text states, as distinct ISO dates in order of first appearance. */
public final class DateFinder {

  public List<String> find(String text) {
    Set<String> dates = new LinkedHashSet<>();
    Matcher m = UkDates.DATE.matcher(text);
    while (m.find()) {
      String iso = UkDates.iso(m);
      if (iso != null) {
        dates.add(iso);
      }
    }
    return List.copyOf(dates);
  }
}
