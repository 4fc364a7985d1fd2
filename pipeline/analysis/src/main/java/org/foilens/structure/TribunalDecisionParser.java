package org.foilens.structure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.foilens.model.Appeal;
import org.foilens.text.TitleCase;
import org.foilens.text.UkDates;

/**
 * Reads the front sheet of a First-tier Tribunal, Upper Tribunal or Information Tribunal decision:
 * the tribunal, appeal number and neutral citation, the parties between "Between" and the next
 * heading (each name followed by its role line, "Appellant", "First Respondent", "Respondents"),
 * the date the decision was given and the result of the appeal.
 */
public final class TribunalDecisionParser {

  private static final Pattern TRIBUNAL =
      Pattern.compile("(?i)\\b(upper tribunal|first-tier tribunal|information tribunal)\\b");
  private static final Pattern REFERENCE =
      Pattern.compile(
          "(?<![\\w/-])((?:EA|GIA|GI)/\\d{4}/\\d{3,5}(?:/[A-Z]+)?|UA-(?:19|20)\\d\\d-\\d{4,7}-[A-Z]{2,4})(?![\\w-])");
  private static final Pattern CITATION =
      Pattern.compile(
          "\\[(?:19|20)\\d\\d\\]\\s+(?:UKFTT|UKUT)\\s+\\d{1,5}(?:\\s+\\((?:GRC|AAC|IAC)\\))?");
  private static final Pattern BETWEEN = Pattern.compile("(?i)^\\s*between\\s*:?\\s*$");

  /** Where the parties end: the panel, the hearing, representation, or the decision itself. */
  private static final Pattern PARTIES_END =
      Pattern.compile(
          "(?i)^\\s*(before\\b|decision\\b|representation|heard\\b|hearing\\b|decided\\b|date"
              + " of|promulgated|on appeal from|reasons\\b|judgment\\b)");

  private static final Pattern ROLE =
      Pattern.compile(
          "(?i)^(?<name>.*?)\\s*\\b(?:(first|second|third|fourth)\\s+)?(?<role>appellant|respondent)(?<plural>s)?\\s*$");
  private static final Pattern SEPARATOR =
      Pattern.compile("(?i)^[-–\\s]*(and|v\\.?|vs\\.?)[-–\\s]*$");
  private static final Pattern NUMBERED = Pattern.compile("^\\(\\d+\\)\\s*");
  private static final Pattern GIVEN_ON =
      Pattern.compile(
          "(?im)^\\s*(?:decision given on|decision promulgated|date of decision|decision date|date"
              + " promulgated|promulgated on|promulgated|authorised for issue on|date of"
              + " promulgation)\\s*:?\\s*(.+)$");
  private static final Pattern DECISION_HEADING =
      Pattern.compile("(?m)^\\s*(DECISION|Decision|DECISION AND REASONS)\\s*$");
  private static final Pattern REASONS_HEADING =
      Pattern.compile("(?m)^\\s*(REASONS|Reasons)\\b.*$");
  private static final Pattern IN_PART =
      Pattern.compile(
          "(?i)\\b(appeal is (?:allowed|upheld) in part|appeal is partly allowed|allow the appeal"
              + " in part|appeal succeeds in part|appeal is allowed to the extent)");
  private static final Pattern ALLOWED =
      Pattern.compile(
          "(?i)\\b(appeal is allowed|appeals are allowed|appeal is upheld|to allow the"
              + " appeal|appeal succeeds|we allow the appeal|I allow the appeal|tribunal allows"
              + " the(?: appellant's)? appeal)");
  private static final Pattern DISMISSED =
      Pattern.compile(
          "(?i)\\b(appeal is dismissed|appeals are dismissed|to dismiss the appeal|appeal fails|we"
              + " dismiss the appeal|I dismiss the appeal|appeal is refused|tribunal dismisses"
              + " the(?: appellant['’]s)? appeal)");

  /** "The Appeal relating to questions 2-5 is Dismissed … relating to question 1 is allowed". */
  private static final Pattern PART_ALLOWED =
      Pattern.compile("(?i)\\bappeal\\b[^.\\n]{1,80}\\bis allowed");

  private static final Pattern PART_DISMISSED =
      Pattern.compile("(?i)\\bappeal\\b[^.\\n]{1,80}\\bis dismissed");
  private static final Pattern STRUCK_OUT =
      Pattern.compile("(?i)\\b(appeal is struck out|strike out the appeal)");

  public Appeal parse(String text) {
    int decisionAt = find(DECISION_HEADING, text, 0);
    String front = text.substring(0, decisionAt < 0 ? Math.min(text.length(), 3000) : decisionAt);
    List<String> appellants = new ArrayList<>();
    List<String> respondents = new ArrayList<>();
    parties(front, appellants, respondents);
    Matcher ref = REFERENCE.matcher(front);
    Matcher citation = CITATION.matcher(front);
    Matcher given = GIVEN_ON.matcher(front);
    LocalDate date = null;
    while (date == null && given.find()) {
      date = UkDates.firstIn(given.group(1));
    }
    if (date == null) {
      Matcher authorised = GIVEN_ON.matcher(text); // "Authorised for issue on" closes a UT decision
      while (date == null && authorised.find()) {
        date = UkDates.firstIn(authorised.group(1));
      }
    }
    return new Appeal(
        tribunal(front),
        ref.find() ? ref.group(1) : null,
        citation.find() ? citation.group().replaceAll("\\s+", " ") : null,
        appellants.isEmpty() ? null : String.join(" and ", appellants),
        respondents,
        result(text, decisionAt),
        date);
  }

  private static String tribunal(String front) {
    Matcher m = TRIBUNAL.matcher(front);
    if (!m.find()) {
      return null;
    }
    return switch (m.group(1).toLowerCase(Locale.ROOT)) {
      case "upper tribunal" -> "Upper Tribunal (Administrative Appeals Chamber)";
      case "first-tier tribunal" -> "First-tier Tribunal (General Regulatory Chamber)";
      default -> "Information Tribunal";
    };
  }

  /** The parties: name lines, each group closed by its role line. */
  private static void parties(String front, List<String> appellants, List<String> respondents) {
    boolean inParties = false;
    List<String> names = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String raw : front.split("\\R")) {
      String line = raw.strip();
      if (!inParties) {
        inParties = BETWEEN.matcher(line).matches();
        continue;
      }
      if (line.isEmpty() || SEPARATOR.matcher(line).matches()) {
        continue;
      }
      if (PARTIES_END.matcher(line).find() && ROLE.matcher(line).results().findAny().isEmpty()) {
        break;
      }
      Matcher role = ROLE.matcher(line);
      if (role.matches()) {
        String inline = role.group("name").strip();
        if (!inline.isEmpty()) {
          addName(inline, names, current);
        }
        flush(names, current);
        (role.group("role").equalsIgnoreCase("appellant") ? appellants : respondents).addAll(names);
        names.clear();
        continue;
      }
      addName(line, names, current);
    }
  }

  /** A "(1)" line starts a new party; other lines continue the current name. */
  private static void addName(String line, List<String> names, StringBuilder current) {
    Matcher numbered = NUMBERED.matcher(line);
    if (numbered.find()) {
      flush(names, current);
      line = line.substring(numbered.end());
    }
    if (current.length() > 0) {
      current.append(' ');
    }
    current.append(line);
  }

  private static void flush(List<String> names, StringBuilder current) {
    if (current.length() > 0) {
      names.add(TitleCase.of(current.toString()));
      current.setLength(0);
    }
  }

  /** The result, read from the decision section when there is one, else from the whole text. */
  private static String result(String text, int decisionAt) {
    if (decisionAt >= 0) {
      int reasons = find(REASONS_HEADING, text, decisionAt + 1);
      String decision = text.substring(decisionAt, reasons < 0 ? text.length() : reasons);
      String r = resultIn(decision);
      if (r != null) {
        return r;
      }
    }
    return resultIn(text);
  }

  private static String resultIn(String text) {
    if (IN_PART.matcher(text).find()) {
      return "allowed_in_part";
    }
    if (PART_ALLOWED.matcher(text).find() && PART_DISMISSED.matcher(text).find()) {
      return "allowed_in_part"; // some parts of the appeal allowed, the others dismissed
    }
    if (STRUCK_OUT.matcher(text).find()) {
      return "struck_out";
    }
    Matcher allowed = ALLOWED.matcher(text);
    Matcher dismissed = DISMISSED.matcher(text);
    int a = allowed.find() ? allowed.start() : Integer.MAX_VALUE;
    int d = dismissed.find() ? dismissed.start() : Integer.MAX_VALUE;
    if (a == d) {
      return null;
    }
    return a < d ? "allowed" : "dismissed";
  }

  private static int find(Pattern p, String text, int from) {
    Matcher m = p.matcher(text);
    return m.find(from) ? m.start() : -1;
  }
}
