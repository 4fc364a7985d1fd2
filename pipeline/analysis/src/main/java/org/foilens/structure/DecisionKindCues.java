package org.foilens.structure;

import java.util.regex.Pattern;
import org.foilens.model.DocumentKind;

/**
 * Tells a regulator's or tribunal's decision from other text, in every form it reaches us: a
 * notice's PDF, the ICO's and BAILII's pages of it (their per-section tag lines), copies run
 * together on one line, a Scottish Commissioner's decision, a tribunal's decision. A tribunal
 * decision names its appellant and respondents with a tribunal's reference or name, or opens with
 * its result; a notice states the Commissioner's ruling on a complaint under an access Act, prints
 * the ICO's tag lines, is titled a decision notice, or is a numbered Scottish decision. Anything
 * else is left to the other rules.
 */
public final class DecisionKindCues {

  private static final int HEAD = 4000;
  private static final int TOP = 800;
  private static final int OPENING = 600;

  private static final Pattern APPELLANT = Pattern.compile("(?i)\\bappellants?\\b");
  private static final Pattern RESPONDENT = Pattern.compile("(?i)\\brespondents?\\b");
  private static final Pattern TRIBUNAL_MARK =
      Pattern.compile(
          "(?i)(?<![\\w/])(?:FT[/.])?(?:EA|GIA|GI)[/.-](?:19|20)\\d\\d[/.-]\\d{3,5}\\b|\\bUA-(?:19|20)\\d\\d-\\d+|first-tier"
              + " tribunal|upper tribunal|information tribunal|information"
              + " rights|\\[(?:19|20)\\d\\d\\]\\s+(?:UKFTT|UKUT|UKIT)\\b");
  private static final Pattern RESULT_FIRST =
      Pattern.compile(
          "(?i)\\bappeal is (?:allowed|dismissed|upheld|struck out|refused)|\\btribunal"
              + " (?:dismisses|allows)\\b");
  private static final Pattern COMMISSIONER = Pattern.compile("(?i)\\bcommissioner\\b");
  private static final Pattern NOTICE_TITLE = Pattern.compile("(?i)decision\\s+notice");
  private static final Pattern SCOTTISH_NUMBER =
      Pattern.compile("(?m)^\\s*Decision(?:\\s+Notice)?\\s+\\d{1,4}/(?:19|20)\\d\\d\\b");
  private static final Pattern RULING =
      Pattern.compile(
          "(?i)\\bcommissioner\\W{0,3}s\\s+decision\\b|\\bcommissioner\\s+(?:has\\s+|have\\s+)?"
              + "(?:investigated\\s+and\\s+(?:has\\s+)?)?(?:found|finds|concluded|concludes|decided"
              + "|decides|determined|is satisfied|was satisfied|agreed|accepted|requires|considers"
              + "|does not require)\\b");
  private static final Pattern COMPLAINT =
      Pattern.compile("(?i)\\b(?:complainant|applicant|request(?:ed|s)?)\\b");
  private static final Pattern ACCESS_LAW =
      Pattern.compile(
          "(?i)\\b(?:FOIA|FOISA|EIRs?|freedom of information|environmental information"
              + "|section\\s+\\d|regulation\\s+\\d|s\\.?\\s?\\d{1,2}\\b)");
  private static final Pattern LETTER = Pattern.compile("(?m)^\\s*Dear\\s");

  private DecisionKindCues() {}

  /** {@code decision_notice}, {@code tribunal_decision}, or null when the text is neither. */
  public static DocumentKind kindOf(String text) {
    String head = text.substring(0, Math.min(text.length(), HEAD));
    String top = head.substring(0, Math.min(head.length(), TOP));
    String opening = head.substring(0, Math.min(head.length(), OPENING));
    if (APPELLANT.matcher(head).find()
        && RESPONDENT.matcher(head).find()
        && TRIBUNAL_MARK.matcher(head).find()) {
      return DocumentKind.TRIBUNAL_DECISION;
    }
    if (RESULT_FIRST.matcher(opening).find() && COMMISSIONER.matcher(head).find()) {
      return DocumentKind.TRIBUNAL_DECISION;
    }
    if (!IcoTagLines.find(text).isEmpty()) {
      return DocumentKind.DECISION_NOTICE;
    }
    if (NOTICE_TITLE.matcher(top).find()
        && (head.toLowerCase(java.util.Locale.ROOT).contains("public authority")
            || COMMISSIONER.matcher(head).find())) {
      return DocumentKind.DECISION_NOTICE;
    }
    if (SCOTTISH_NUMBER.matcher(top).find() && COMMISSIONER.matcher(head).find()) {
      return DocumentKind.DECISION_NOTICE;
    }
    if (RULING.matcher(head).find()
        && COMPLAINT.matcher(head).find()
        && ACCESS_LAW.matcher(head).find()
        && !LETTER.matcher(head).find()) {
      return DocumentKind.DECISION_NOTICE;
    }
    return null;
  }
}
