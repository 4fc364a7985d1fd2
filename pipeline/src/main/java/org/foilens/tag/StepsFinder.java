package org.foilens.tag;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
          "requires?\\s+(?:the\\s+)?[\\w ,’'()-]{1,80}?\\s+to\\s+take\\s+(?:the\\s+following|these|"
              + "the\\s+steps|steps)",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern NOT_ORDERED =
      Pattern.compile(
          "(?:does\\s+not|doesn[’']t)\\s+require\\s+(?:the\\s+)?[\\w ,’'()-]{0,80}?(?:to\\s+take\\s+any"
              + "|any)\\s+(?:further\\s+)?(?:remedial\\s+)?steps|no\\s+steps\\s+are\\s+required",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern DEADLINE =
      Pattern.compile("within\\s+(\\d{1,3})\\s+(?:calendar\\s+)?days", Pattern.CASE_INSENSITIVE);

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
