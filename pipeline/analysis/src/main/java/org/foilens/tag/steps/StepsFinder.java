package org.foilens.tag.steps;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.foilens.text.UkDates;

/**
 * Reads whether a decision notice orders the authority to take steps, and within how many days:
 * "The Commissioner requires DWP to take the following steps … within 35 calendar days", "The
 * Commissioner does not require the public authority to take any steps".
 */
public final class StepsFinder {

  /** Whether steps were ordered (null when the notice does not say) and the deadline in days. */
  public record Steps(Boolean ordered, Integer deadlineDays) {}

  private static final Pattern ORDERED =
      Pattern.compile(
          "(?<!not\\s)requires?\\s+(?:the\\s+)?[\\w"
              + " ,’'()-]{1,80}?\\s+to\\s+(?:take\\s+(?:the\\s+following|these|"
              + "the\\s+steps|steps)|disclose|release|provide|issue|confirm)\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern NOT_ORDERED =
      Pattern.compile(
          "(?:does\\s+not|doesn[’']t)\\s+require\\s+(?:the\\s+)?[\\w"
              + " ,’'()-]{0,80}?(?:to\\s+take\\s+any"
              + "|any)\\s+(?:further\\s+)?(?:remedial\\s+)?steps|no\\s+steps\\s+are\\s+required",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern DEADLINE =
      Pattern.compile("within\\s+(\\d{1,3})\\s+(?:calendar\\s+)?days", Pattern.CASE_INSENSITIVE);

  /**
   * The Scottish Commissioner's order: "The Commissioner requires the Authority to … by 18 April
   * 2024."
   */
  private static final Pattern SCOTTISH_ORDER =
      Pattern.compile(
          "Commissioner\\s+requires\\s+the\\s+Authority\\s+to\\s+[^.]{1,300}?\\bby\\s+(?<date>\\d{1,2}\\s+[A-Z][a-z]+\\s+\\d{4})");

  /**
   * Steps in a Scottish Information Commissioner decision, which orders them by a date: the
   * deadline in days is counted from the decision's date. A decision that orders nothing says so by
   * not ordering: its Decision section has no requirement.
   */
  public Steps findScottish(String text, LocalDate decisionDate) {
    Matcher m = SCOTTISH_ORDER.matcher(text);
    if (!m.find()) {
      return new Steps(false, null);
    }
    LocalDate by = UkDates.firstIn(m.group("date"));
    Integer days = null;
    if (by != null && decisionDate != null) {
      days = (int) ChronoUnit.DAYS.between(decisionDate, by);
    }
    return new Steps(true, days);
  }

  public Steps find(String text) {
    Matcher ordered = ORDERED.matcher(text);
    if (ordered.find()) {
      Matcher deadline = DEADLINE.matcher(text);
      Integer days = deadline.find(ordered.end()) ? Integer.valueOf(deadline.group(1)) : null;
      return new Steps(true, days);
    }
    if (NOT_ORDERED.matcher(text).find()) {
      return new Steps(false, null);
    }
    return new Steps(null, null);
  }
}
