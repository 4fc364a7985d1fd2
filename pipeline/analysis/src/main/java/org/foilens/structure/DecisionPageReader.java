package org.foilens.structure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.foilens.text.UkDates;

/**
 * Reads what a web page reproducing a decision states about it above (or around) the decision's own
 * words, where a PDF has its header table: the ICO's decision pages ("Plymouth NHS Hospitals Trust
 * / - Date 5 February 2018 / - Sector Health / - Decision(s) FOI 10: Upheld"), BAILII's copies ("1
 * December 2015, Local government (City council)"), copies titled "Bury Council (Decision Notice):
 * ICO 19 Aug 2013", tables of "Date | 11 September 2024 |", and the title of a Scottish decision
 * ("Decision 142/2009 Mr X and the Chief Constable of Central Scotland Police").
 */
public final class DecisionPageReader {

  /**
   * What the page states; any field may be null.
   *
   * @param date the decision's date
   * @param authority the public authority as the page names it
   * @param sector the sector the page gives
   */
  public record DecisionPage(LocalDate date, String authority, String sector) {

    public static final DecisionPage NONE = new DecisionPage(null, null, null);
  }

  private static final int HEAD_LINES = 25;

  private static final Pattern META =
      Pattern.compile("^\\s*(?:[-•·*]\\s*)?(Date|Sector|Decision\\(s\\))\\s+(?!\\|)(.+?)\\s*$");
  private static final Pattern LEAD =
      Pattern.compile(
          "^\\s*(\\d{1,2}\\s+[A-Z][a-z]+\\s+(?:19|20)\\d\\d),\\s+([A-Z][^,]{2,80}?)\\s*$");

  /**
   * A copy's title, "Bury Council (Decision Notice): ICO 19 Aug 2013", "Home Office (Central
   * Government) FS50563631: ICO 7 May 2015": the authority, a label in brackets, the date.
   */
  private static final Pattern TITLED =
      Pattern.compile(
          "^\\s*(.{3,150}?)\\s+\\([A-Z][A-Za-z"
              + " ,&]{2,60}\\)\\s*(?:[A-Z]{2,3}\\d{5,8}\\s*)?:\\s*ICO\\s+"
              + "(\\d{1,2}\\s+\\w{3,9}\\.?\\s+(?:19|20)\\d\\d)\\b");

  private static final Pattern TABLE_ROW =
      Pattern.compile("^\\s*(Date|Respondent)\\s*\\|\\s*(.+?)\\s*\\|?\\s*$");
  private static final Pattern SCOTTISH_TITLE =
      Pattern.compile(
          "^\\s*Decision\\s+\\d{1,4}/(?:19|20)\\d\\d\\s*[:?–-]?\\s+(.+\\s+and\\s+.+?)\\s*$");
  private static final Pattern PERSON = Pattern.compile("^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Messrs)\\b\\.?");
  private static final Pattern FURNITURE =
      Pattern.compile(
          "^\\s*(?:Skip to main content|Home Decisions|From FOIwiki|Jump to.*|PDF version of"
              + " decision.*)\\s*$",
          Pattern.CASE_INSENSITIVE);

  private DecisionPageReader() {}

  public static DecisionPage read(String text) {
    List<String> lines = headLines(text);
    LocalDate date = null;
    String authority = null;
    String sector = null;
    String previous = null; // the last line of text before the current one: a page's title
    boolean titleTaken = false;
    for (String line : lines) {
      Matcher meta = META.matcher(line);
      Matcher lead = LEAD.matcher(line);
      Matcher titled = TITLED.matcher(line);
      Matcher row = TABLE_ROW.matcher(line);
      if (meta.matches()) {
        switch (meta.group(1)) {
          case "Date" -> date = date != null ? date : UkDates.firstIn(meta.group(2));
          case "Sector" -> sector = sector != null ? sector : meta.group(2);
          default -> {}
        }
        if (!titleTaken && previous != null) {
          authority = previous;
        }
        titleTaken = true;
      } else if (lead.matches()) {
        date = date != null ? date : UkDates.firstIn(lead.group(1));
        sector = sector != null ? sector : lead.group(2);
        if (!titleTaken && previous != null) {
          authority = previous;
        }
        titleTaken = true;
      } else if (titled.find()) {
        authority = titled.group(1).strip();
        date = UkDates.firstIn(titled.group(2));
        titleTaken = true;
      } else if (row.matches()) {
        if (row.group(1).equals("Date")) {
          date = date != null ? date : UkDates.firstIn(row.group(2));
        } else if (authority == null) {
          authority = row.group(2);
        }
      } else if (authority == null && SCOTTISH_TITLE.matcher(line).matches()) {
        authority = scottishAuthority(SCOTTISH_TITLE.matcher(line));
      }
      previous = isTitle(line) ? line.strip() : null;
    }
    if (date == null && authority == null && sector == null) {
      return DecisionPage.NONE;
    }
    return new DecisionPage(date, authority, sector);
  }

  /**
   * The authority in a Scottish decision's title, "APPLICANT and AUTHORITY": the part after the
   * first " and " that does not start a person's name, without a leading "the".
   */
  private static String scottishAuthority(Matcher title) {
    if (!title.matches()) {
      return null;
    }
    String names = title.group(1);
    Matcher and = Pattern.compile("\\s+and\\s+").matcher(names);
    while (and.find()) {
      String rest = names.substring(and.end()).strip();
      if (!PERSON.matcher(rest).find()) {
        return rest.replaceFirst("^(?i)the\\s+", "");
      }
    }
    return null;
  }

  /** A line that can be a page's title: short, no label, no bullet. */
  private static boolean isTitle(String line) {
    String l = line.strip();
    return l.length() <= 150 && !l.contains(":") && !l.contains("|") && !l.matches("^[-•·*].*");
  }

  /** The first lines with text, page furniture left out. */
  private static List<String> headLines(String text) {
    List<String> out = new ArrayList<>();
    for (String line : text.split("\\R", HEAD_LINES * 4)) {
      if (line.isBlank() || FURNITURE.matcher(line).matches()) {
        continue;
      }
      out.add(line);
      if (out.size() >= HEAD_LINES) {
        break;
      }
    }
    return out;
  }
}
