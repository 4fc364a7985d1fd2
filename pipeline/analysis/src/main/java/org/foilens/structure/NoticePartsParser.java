package org.foilens.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.foilens.model.NoticePart;

/**
 * Splits a decision notice into its parts by the headings both ICO templates use ("Decision
 * (including any steps ordered)", "Request and response", "Reasons for decision", "Summary", "The
 * Request", "Analysis", "The Decision", "Steps Required", "Right of Appeal", "Legal Annex" …), and
 * each part into numbered paragraphs. Running page headers ("Reference: …") and page numbers
 * between paragraphs are passed over.
 */
public final class NoticePartsParser {

  /** Headings as written (lower case, no trailing colon) → canonical part names. */
  private static final Map<String, String> HEADINGS =
      Map.ofEntries(
          Map.entry("decision (including any steps ordered)", "decision"),
          Map.entry("summary", "decision"),
          Map.entry("summary of decision", "decision"),
          Map.entry("the decision", "decision"),
          Map.entry("decision", "decision"),
          Map.entry("conclusion", "decision"),
          Map.entry("conclusions", "decision"),
          Map.entry("request and response", "request"),
          Map.entry("the request", "request"),
          Map.entry("background", "background"),
          Map.entry("background to the case", "background"),
          Map.entry("scope of the case", "scope"),
          Map.entry("scope of the investigation", "scope"),
          Map.entry("the investigation", "scope"),
          Map.entry("chronology", "scope"),
          Map.entry("the complaint", "scope"),
          Map.entry("reasons for decision", "reasons"),
          Map.entry("analysis", "reasons"),
          Map.entry("findings of fact", "reasons"),
          Map.entry("steps required", "steps"),
          Map.entry("failure to comply", "steps"),
          Map.entry("other matters", "other_matters"),
          Map.entry("right of appeal", "right_of_appeal"),
          Map.entry("legal annex", "legal_annex"),
          Map.entry("annex", "legal_annex"),
          Map.entry("the commissioner's role", "role"),
          Map.entry("the commissioner’s role", "role"),
          // the Scottish Information Commissioner's decisions
          Map.entry("commissioner's analysis and findings", "reasons"),
          Map.entry("commissioner’s analysis and findings", "reasons"),
          Map.entry("investigation", "scope"),
          Map.entry("relevant statutory provisions", "legal_annex"),
          Map.entry("relevant statutory provisions and other sources", "legal_annex"),
          Map.entry("facts", "decision"),
          Map.entry("outcome", "decision"),
          Map.entry("request", "request"),
          Map.entry("commissioner's decision", "decision"),
          Map.entry("commissioner’s decision", "decision"),
          Map.entry("steps", "steps"),
          Map.entry("appeal", "right_of_appeal"),
          Map.entry("enforcement", "other_matters"));

  /** "1. Request:", "2. Commissioner's Decision:": the short template numbers its headings. */
  private static final Pattern NUMBERED_HEADING =
      Pattern.compile("^\\d{1,2}\\.\\s+(?=[A-Z][^.]{2,60}:\\s*$)");

  /** Compiled once: {@code String.replaceAll} compiles its pattern on every line of a notice. */
  private static final Pattern TRAILING_COLON = Pattern.compile(":$");

  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern LINE = Pattern.compile("[^\\n]*(?:\\n|$)");
  private static final Pattern PARAGRAPH_START =
      Pattern.compile("^\\s*(?:[-•–]\\s*)?(\\d{1,3})\\.\\s+\\S");
  private static final Pattern PAGE_FURNITURE =
      Pattern.compile("^\\s*(?:Reference:\\s*\\S+|\\d{1,3}|Page \\d+( of \\d+)?)\\s*$");

  private static final Pattern NUMBER = Pattern.compile("^\\s*(?:[-•–]\\s*)?\\d{1,3}\\.\\s+");

  /**
   * A paragraph's own words on one line: its number, line breaks and the page headers and page
   * numbers that fell inside it left out.
   */
  static String paragraphText(String body, int start, int end) {
    List<String> kept = new ArrayList<>();
    for (String line : body.substring(start, end).split("\\R")) {
      String l = (kept.isEmpty() ? NUMBER.matcher(line).replaceFirst("") : line).strip();
      if (!l.isEmpty() && !PAGE_FURNITURE.matcher(line).matches()) {
        kept.add(l);
      }
    }
    return String.join(" ", kept);
  }

  public List<NoticePart> parse(String text) {
    List<int[]> partStarts = new ArrayList<>(); // {headingStart, textStart}
    List<String[]> partNames = new ArrayList<>(); // {name, heading}
    List<int[]> paragraphStarts = new ArrayList<>(); // {number, offset}
    Matcher line = LINE.matcher(text);
    int expected = 1;
    while (line.find() && line.start() < text.length()) {
      String l = line.group();
      String key =
          NUMBERED_HEADING
              .matcher(l.strip())
              .replaceFirst("")
              .transform(k -> TRAILING_COLON.matcher(k).replaceAll(""))
              .transform(k -> SPACES.matcher(k).replaceAll(" "))
              .toLowerCase(Locale.ROOT)
              .strip();
      String part = HEADINGS.get(key);
      if (part != null) {
        partStarts.add(new int[] {line.start(), line.end()});
        partNames.add(new String[] {part, l.strip()});
        continue;
      }
      if (PAGE_FURNITURE.matcher(l).matches()) {
        continue;
      }
      Matcher p = PARAGRAPH_START.matcher(l);
      if (p.find()) {
        int n = Integer.parseInt(p.group(1));
        if (n == expected
            || (n > expected && n <= expected + 2)) { // a skipped number is a lost line
          paragraphStarts.add(new int[] {n, line.start()});
          expected = n + 1;
        }
      }
    }
    List<NoticePart> parts = new ArrayList<>();
    for (int i = 0; i < partStarts.size(); i++) {
      int start = partStarts.get(i)[1];
      int end = i + 1 < partStarts.size() ? partStarts.get(i + 1)[0] : text.length();
      List<NoticePart.Paragraph> paragraphs = new ArrayList<>();
      for (int j = 0; j < paragraphStarts.size(); j++) {
        int offset = paragraphStarts.get(j)[1];
        if (offset >= start && offset < end) {
          int next = j + 1 < paragraphStarts.size() ? paragraphStarts.get(j + 1)[1] : text.length();
          int to = Math.min(next, end);
          paragraphs.add(
              new NoticePart.Paragraph(
                  paragraphStarts.get(j)[0], offset, to, paragraphText(text, offset, to)));
        }
      }
      parts.add(new NoticePart(partNames.get(i)[0], partNames.get(i)[1], start, end, paragraphs));
    }
    return parts;
  }
}
