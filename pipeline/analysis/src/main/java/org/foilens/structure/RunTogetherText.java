package org.foilens.structure;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Restores the line breaks of a notice whose text a copying site ran together on one line ("…
 * Decision notice Date: 5 March 2018 Public Authority: … Address: … Decision (including any steps
 * ordered) 1. The complainant …"): the space before a header label, a part heading followed by its
 * first paragraph, or the next number of the paragraph sequence becomes a line break. Only a space
 * is ever replaced, so the text keeps its length and every offset into it.
 */
public final class RunTogetherText {

  /** A line this long that holds notice labels was run together. */
  private static final int LONG_LINE = 400;

  private static final Pattern LABEL =
      Pattern.compile(
          " (?=(?:Reference|Date|Public Authority|Address|Complainant)\\s*:"
              + "|Decision \\(including any steps ordered\\))");
  private static final Pattern HEADING_THEN_PARAGRAPH =
      Pattern.compile(
          " (?=(?:Request and response|Background|Scope of the case|Reasons for decision|The"
              + " Request|Analysis|Chronology|Other matters|Right of appeal|Steps required"
              + "|Conclusion|The Decision|Legal Annex|Summary|Investigation) \\d{1,3}\\. )");
  private static final Pattern PARAGRAPH = Pattern.compile(" (\\d{1,3})\\. (?=[A-Z“\"‘'(])");

  private RunTogetherText() {}

  /** The text with its long run-together lines broken again; other text is returned as is. */
  public static String unfold(String text) {
    if (!hasLongLine(text)) {
      return text;
    }
    char[] chars = text.toCharArray();
    int breaks = 0;
    int lineStart = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || text.charAt(i) == '\n') {
        if (i - lineStart >= LONG_LINE) {
          breaks += unfoldLine(text, lineStart, i, chars);
        }
        lineStart = i + 1;
      }
    }
    return breaks == 0 ? text : new String(chars);
  }

  private static boolean hasLongLine(String text) {
    int lineStart = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || text.charAt(i) == '\n') {
        if (i - lineStart >= LONG_LINE) {
          return true;
        }
        lineStart = i + 1;
      }
    }
    return false;
  }

  /** Breaks one long line if it reads as a notice's text; returns how many breaks it made. */
  private static int unfoldLine(String text, int from, int to, char[] out) {
    Matcher labels = LABEL.matcher(text).region(from, to);
    int found = 0;
    int[] at = new int[to - from];
    while (labels.find()) {
      at[found++] = labels.start();
    }
    if (found < 2) {
      return 0; // no header here: a long paragraph, not a notice run together
    }
    Matcher headings = HEADING_THEN_PARAGRAPH.matcher(text).region(from, to);
    while (headings.find()) {
      at[found++] = headings.start();
    }
    Matcher paragraph = PARAGRAPH.matcher(text).region(from, to);
    int expected = 1;
    while (paragraph.find()) {
      int n = Integer.parseInt(paragraph.group(1));
      if (n == expected || n == expected + 1) {
        at[found++] = paragraph.start();
        expected = n + 1;
      }
    }
    for (int i = 0; i < found; i++) {
      out[at[i]] = '\n';
    }
    return found;
  }
}
