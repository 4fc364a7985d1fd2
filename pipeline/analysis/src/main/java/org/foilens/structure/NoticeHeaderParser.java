package org.foilens.structure;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.foilens.model.NoticeHeader;
import org.foilens.text.UkDates;

/**
 * Reads the header block of an ICO decision notice in both layouts text extraction gives: label and
 * value on one line ("Date: 20 March 2023"), and the two-column table that extracts as all labels
 * first, then all values ("Date:\nPublic Authority:\nAddress:\n20 March 2023\nHome Office\n2
 * Marsham Street…").
 */
public final class NoticeHeaderParser {

  private static final Pattern LABEL =
      Pattern.compile(
          "^\\s*(?:[-•·*]\\s*)?(Case\\s+)?(Reference|Ref\\.?|Date|Date of decision|Decision"
              + " date|Public\\s+Authority"
              + "|Public\\s+body|Authority|Address|Complainant|Applicant)\\s*:\\s*(.*)$",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern POSTCODE =
      Pattern.compile("\\b[A-Z]{1,2}\\d[A-Z\\d]?\\s*\\d[A-Z]{2}\\b");

  /** The first heading of a notice's body ends the header. */
  private static final Pattern BODY_START =
      Pattern.compile(
          "^\\s*(Decision \\(including|Summary|The Request|Decision\\s*$|Background|1\\.\\s)",
          Pattern.CASE_INSENSITIVE);

  /** The Scottish Information Commissioner's title line: "Decision Notice 041/2024". */
  private static final Pattern SCOTTISH_DECISION =
      Pattern.compile(
          "^\\s*Decision(?:\\s+Notice)?\\s+(\\d{1,4})/((?:19|20)\\d\\d)\\b", Pattern.MULTILINE);

  /** A label inside a line: "Public Authority: Borough of Waltham Forest Address: Town Hall". */
  private static final Pattern EMBEDDED_LABEL =
      Pattern.compile(
          "(?<=\\S)(?<!\\bDecision)[ \\t]+(?=(?:Address|Complainant|Public"
              + " Authority|Date)\\s*:\\s)");

  private static final Pattern LINE_BREAK = Pattern.compile("\\R");

  private static final int MAX_LINES = 80;
  private static final int MAX_ADDRESS_LINES = 6;

  public NoticeHeader parse(String text) {
    List<String> lines = headerLines(text);
    Map<String, String> fields = new LinkedHashMap<>();
    Deque<String> pending = new ArrayDeque<>();
    List<String> address = new ArrayList<>();
    boolean inAddress = false;
    for (String line : lines) {
      Matcher m = LABEL.matcher(line);
      if (m.matches()) {
        String label = normalise(m.group(2));
        String value = m.group(3).strip();
        inAddress = false;
        if (fields.containsKey(label)) {
          continue; // a running page header repeats "Reference:"; keep the first
        }
        if (value.isEmpty()) {
          pending.addLast(label);
        } else if (label.equals("address")) {
          address.add(value);
          fields.put(label, "");
          inAddress = !POSTCODE.matcher(value).find();
        } else {
          fields.put(label, value);
        }
        continue;
      }
      if (line.isBlank()) {
        continue;
      }
      if (inAddress) {
        address.add(line.strip());
        inAddress = !POSTCODE.matcher(line).find() && address.size() < MAX_ADDRESS_LINES;
        continue;
      }
      if (!pending.isEmpty()) {
        String label = pending.peekFirst();
        if (label.equals("address")) {
          address.add(line.strip());
          fields.putIfAbsent("address", "");
          boolean ends = POSTCODE.matcher(line).find() || address.size() >= MAX_ADDRESS_LINES;
          if (ends) {
            pending.removeFirst();
          }
        } else {
          fields.put(label, line.strip());
          pending.removeFirst();
        }
      }
    }
    LocalDate date = UkDates.firstIn(fields.get("date"));
    String reference = fields.get("reference");
    Matcher scottish = SCOTTISH_DECISION.matcher(String.join("\n", lines));
    if (scottish.find()) {
      reference =
          "Decision "
              + scottish.group(1)
              + "/"
              + scottish.group(2); // cited by number, not case ref
    } else if (reference != null) {
      reference = reference.split("\\s+")[0];
    }
    return new NoticeHeader(
        reference,
        date,
        fields.get("public authority"),
        address.isEmpty() ? null : String.join(", ", address),
        fields.get("complainant"));
  }

  /**
   * The text up to and with the line break that ends its {@code n}th line (all of a shorter one).
   */
  static String firstLines(String text, int n) {
    Matcher m = LINE_BREAK.matcher(text);
    for (int i = 0; i < n; i++) {
      if (!m.find()) {
        return text;
      }
    }
    return text.substring(0, m.end());
  }

  private static List<String> headerLines(String text) {
    List<String> lines = new ArrayList<>();
    int seen = 0;
    boolean sawLabel = false;
    String head = firstLines(text, MAX_LINES + 1); // labels split lines: never fewer than these
    for (String line : EMBEDDED_LABEL.matcher(head).replaceAll("\n").split("\\R")) {
      if (++seen > MAX_LINES) {
        break;
      }
      if (sawLabel && BODY_START.matcher(line).find()) {
        break;
      }
      sawLabel |= LABEL.matcher(line).matches();
      lines.add(line);
    }
    return lines;
  }

  private static String normalise(String label) {
    String l = label.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").replace(".", "");
    return switch (l) {
      case "ref" -> "reference";
      case "date of decision" -> "date";
      case "public body", "authority" -> "public authority"; // "Authority:" in Scottish decisions
      case "applicant" -> "complainant";
      case "decision date" -> "date";
      default -> l;
    };
  }
}
