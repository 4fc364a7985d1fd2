package org.foilens.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class StartScanTest {

  @Test
  void findsTheDatesFindFinds() {
    List<String> texts = new ArrayList<>(ScanCheck.realTexts());
    texts.add(
        "on 3 March 2021, x3 March 2021, /4 May 2020, é5 June 2019 and 6 july 2018; 2020-01-02;"
            + " 1/2/2003.4 June 2004 -7 August 2005 march 8, 2006 and 09.10.2011");
    int dates = ScanCheck.sameAsFind(UkDates.DATE, UkDates.DATES, texts);
    assertTrue(dates > 1000, dates + " dates");
  }

  @Test
  void triesOnlyWhereAMatchCanStart() {
    StartScan scan =
        new StartScan(Pattern.compile("(?<!\\w)ab"), List.of("ab"), false, StartScan.WORD);
    StartScan.Matches m = scan.in("ab xab ab éab");
    List<Integer> starts = new ArrayList<>();
    while (m.find()) {
      starts.add(m.matcher().start());
    }
    assertEquals(List.of(0, 7, 11), starts); // not after x; after é, which is no \w
    assertFalse(scan.in("").find());
    assertFalse(scan.in("a").find()); // an opening longer than what is left
  }

  @Test
  void comparesOpeningsIgnoringAsciiCaseWhenAsked() {
    Pattern month = Pattern.compile("(?<!\\w)march", Pattern.CASE_INSENSITIVE);
    List<Integer> starts = new ArrayList<>();
    StartScan.Matches m =
        new StartScan(month, List.of("Mar"), true, StartScan.WORD).in("MARCH march xmarch Mär");
    while (m.find()) {
      starts.add(m.matcher().start());
    }
    assertEquals(List.of(0, 6), starts);
  }

  @Test
  void refusesSetsOutsideAscii() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new StartScan(Pattern.compile("é"), List.of("é"), false, ""));
  }
}
