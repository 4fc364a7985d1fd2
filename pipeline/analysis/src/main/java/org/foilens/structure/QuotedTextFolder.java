package org.foilens.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Folds away what a message repeats rather than says: the quoted history below a reply (Outlook's
 * "-----Original Message-----" and its "From: / Sent: / To: / Subject:" blocks, Lotus Notes' header
 * blocks, "On … wrote:"), {@code >}-quoted lines (while keeping anything written between or below
 * them), legal-disclaimer and virus-scan paragraphs, and WhatDoTheyKnow's own footer. Nothing the
 * sender wrote above the history, or between quoted lines, is lost.
 */
public final class QuotedTextFolder {

  private static final Pattern ORIGINAL_MESSAGE =
      Pattern.compile(
          "^\\s*(-{2,}\\s*Original\\s+Message\\s*-{2,}|-{3,}\\s*Forwarded message\\s*-{3,}|Begin"
              + " forwarded message:|-{2,}\\s*Forwarded by .*)\\s*$",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern HEADER_FROM =
      Pattern.compile("^\\s*From:\\s*\\S.*", Pattern.CASE_INSENSITIVE);
  private static final Pattern HEADER_SENT =
      Pattern.compile("^\\s*(Sent|Date):\\s*\\S.*", Pattern.CASE_INSENSITIVE);
  private static final Pattern HEADER_TO_OR_SUBJECT =
      Pattern.compile("^\\s*(To|Subject):?\\s*.*", Pattern.CASE_INSENSITIVE);
  private static final Pattern ADDRESS_LINE =
      Pattern.compile("^\\s*[^<>\\s][^<>]*<[^<>@\\s]+@[^<>\\s]+>\\s*$");
  private static final Pattern LOTUS_TO =
      Pattern.compile("^\\s*To:?\\s*$", Pattern.CASE_INSENSITIVE);
  private static final Pattern LOTUS_SUBJECT =
      Pattern.compile("^\\s*Subject:?\\s*$", Pattern.CASE_INSENSITIVE);
  private static final Pattern WROTE =
      Pattern.compile(
          "^\\s*On\\s.{4,200}\\swrote:\\s*$", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
  private static final Pattern QUOTED = Pattern.compile("^\\s*>.*");
  private static final Pattern WDTK_FOOTER =
      Pattern.compile(
          "^\\s*(Please use this email address for all replies to this request:"
              + "|Is this the wrong address for Freedom of Information"
              + "|Disclaimer: This message and any reply that you make will be published"
              + "|Is [^\\s]+@whatdotheyknow\\.com the wrong address)",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern RULE = Pattern.compile("^\\s*([-=*_])\\1{4,}\\s*$");
  private static final Pattern BOILERPLATE =
      Pattern.compile(
          "(intended recipient|received this (e-?mail|message) in error|this (e-?mail|message) (and"
              + " any attachments? )?(is|are|may be) confidential|scanned (for|by)"
              + " .{0,40}virus|virus[- ]checked|disclaimer|legally privileged|monitored and"
              + " recorded|no virus found|has been scanned)",
          Pattern.CASE_INSENSITIVE);

  /**
   * Sentences of the footers organisations add to every mail: confidentiality, liability,
   * views-not-ours, virus, monitoring, company registration and mail-filter notices.
   */
  private static final Pattern FOOTER_SENTENCE =
      Pattern.compile(
          "(confidential|privileged|intended (only )?for the (named|addressee)|intended"
              + " recipient|not the (intended )?(addressee|recipient)|in error|virus|no"
              + " (responsibility|liability) (is|can be) accepted|accepts? no"
              + " (responsibility|liability)|views (or|and) opinions|do not necessarily"
              + " (reflect|represent)|intercept|monitor|recorded for|registered"
              + " (in|office)|registered (charity|company)|company number|must not be"
              + " (read|copied|disclosed|used)|unauthori[sz]ed|copyright and other rights|all"
              + " property|legal rights|mimecast|messagelabs|symantec|email security|managed"
              + " email|for more information,? please visit|consider the environment|before"
              + " printing|this (e-?mail|message|document) (and any attachments?"
              + " )?(is|are|may)|sender and the views|notify the sender|delete (it|this|the"
              + " message))",
          Pattern.CASE_INSENSITIVE);

  /** A signature separator: "-- " alone on a line. */
  private static final Pattern SIGNATURE = Pattern.compile("^--\\s?$");

  /** A footer holds at most this many characters: more is the sender's own writing. */
  private static final int FOOTER_MAX = 3000;

  private static final int HEADER_WINDOW = 12;

  public String fold(String text, String subject) {
    List<String> lines = new ArrayList<>(List.of(text.split("\\R", -1)));
    dropLeadingSubject(lines, subject);
    int cut = historyStart(lines);
    List<String> kept = new ArrayList<>(lines.subList(0, cut));
    kept = dropQuotedLines(kept);
    String folded = String.join("\n", kept);
    folded = dropBoilerplateParagraphs(folded);
    folded = dropTrailingFooter(folded);
    return folded.replaceAll("[ \\t\\u00a0]+\\n", "\n").replaceAll("\\n{3,}", "\n\n").strip();
  }

  /** Tika puts a mail's subject before its body; the message's own words start after it. */
  private static void dropLeadingSubject(List<String> lines, String subject) {
    if (subject == null) {
      return;
    }
    for (int i = 0; i < lines.size(); i++) {
      if (!lines.get(i).isBlank()) {
        if (lines.get(i).strip().equalsIgnoreCase(subject.strip())) {
          lines.set(i, "");
        }
        return;
      }
    }
  }

  /** Where the quoted history below a reply begins: the first marker of an earlier message. */
  private static int historyStart(List<String> lines) {
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (ORIGINAL_MESSAGE.matcher(line).matches() || WDTK_FOOTER.matcher(line).find()) {
        return ruleAbove(lines, i);
      }
      if (HEADER_FROM.matcher(line).matches() && headerBlockFollows(lines, i)) {
        return i;
      }
      if (ADDRESS_LINE.matcher(line).matches() && lotusBlockFollows(lines, i)) {
        return i;
      }
      String twoLines = i + 1 < lines.size() ? line + " " + lines.get(i + 1) : line;
      if (WROTE.matcher(line).matches()
          || (line.strip().startsWith("On ") && WROTE.matcher(twoLines).matches())) {
        if (!nextNonBlankIsQuoted(lines, i + (WROTE.matcher(line).matches() ? 1 : 2))) {
          return i; // an unquoted history: all of it goes
        }
        lines.set(i, ""); // the ">" lines below are dropped one by one
        if (!WROTE.matcher(line).matches()) {
          lines.set(i + 1, "");
        }
      }
    }
    return lines.size();
  }

  /** A dashed rule just above a footer belongs to it. */
  private static int ruleAbove(List<String> lines, int i) {
    int j = i - 1;
    while (j >= 0 && lines.get(j).isBlank()) {
      j--;
    }
    return j >= 0 && RULE.matcher(lines.get(j)).matches() ? j : i;
  }

  /** Outlook: "From:" then, within a few lines, "Sent:"/"Date:" and "To:"/"Subject:". */
  private static boolean headerBlockFollows(List<String> lines, int from) {
    boolean sent = false;
    boolean toOrSubject = false;
    int seen = 0;
    for (int j = from + 1; j < lines.size() && seen < HEADER_WINDOW; j++) {
      if (lines.get(j).isBlank()) {
        continue;
      }
      seen++;
      sent |= HEADER_SENT.matcher(lines.get(j)).matches();
      toOrSubject |= sent && HEADER_TO_OR_SUBJECT.matcher(lines.get(j)).matches();
    }
    return sent && toOrSubject;
  }

  /** Lotus Notes: "Name <address>", then a "To" line and a "Subject" line standing alone. */
  private static boolean lotusBlockFollows(List<String> lines, int from) {
    boolean to = false;
    int seen = 0;
    for (int j = from + 1; j < lines.size() && seen < HEADER_WINDOW * 2; j++) {
      if (lines.get(j).isBlank()) {
        continue;
      }
      seen++;
      to |= LOTUS_TO.matcher(lines.get(j)).matches();
      if (to && LOTUS_SUBJECT.matcher(lines.get(j)).matches()) {
        return true;
      }
    }
    return false;
  }

  private static boolean nextNonBlankIsQuoted(List<String> lines, int from) {
    for (int j = from; j < lines.size(); j++) {
      if (!lines.get(j).isBlank()) {
        return QUOTED.matcher(lines.get(j)).matches();
      }
    }
    return true;
  }

  private static List<String> dropQuotedLines(List<String> lines) {
    List<String> out = new ArrayList<>();
    for (String line : lines) {
      if (!QUOTED.matcher(line).matches()) {
        out.add(line);
      }
    }
    return out;
  }

  /**
   * The footer at the end of a message: from a banner of asterisks, dashes or equals signs, a
   * signature separator, or a footer sentence, to the end, where most of what follows (banners
   * aside) is footer sentences. Lines may be double-spaced or wrapped; what is read is the tail's
   * sentences. The earliest such start wins; the sender's words above it stay.
   */
  static String dropTrailingFooter(String text) {
    List<String> lines = List.of(text.split("\n", -1));
    for (int i = 1; i < lines.size(); i++) {
      String line = lines.get(i);
      boolean banner = RULE.matcher(line).matches();
      if (!banner && !SIGNATURE.matcher(line).matches() && !FOOTER_SENTENCE.matcher(line).find()) {
        continue;
      }
      if (String.join("", lines.subList(0, i)).isBlank()) {
        continue; // nothing of the sender's above: not a footer
      }
      String tail = String.join("\n", lines.subList(i, lines.size()));
      if (banner && closesRuledBlock(lines, i) && tail.strip().lines().count() == 1) {
        continue; // the rule under a signature set between rules: it stays with it
      }
      if (tail.length() <= FOOTER_MAX
          && (SIGNATURE.matcher(line).matches() && tail.lines().count() <= 12
              || mostlyFooter(tail))) {
        return String.join("\n", lines.subList(0, i));
      }
    }
    return text;
  }

  /** Whether a rule closes a block a rule opened a few lines above it. */
  private static boolean closesRuledBlock(List<String> lines, int i) {
    for (int j = i - 1; j >= Math.max(0, i - HEADER_WINDOW); j--) {
      if (RULE.matcher(lines.get(j)).matches()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the footer sentences make up most of a text, banners left out (or it is all banner).
   */
  private static boolean mostlyFooter(String tail) {
    String words =
        tail.lines()
            .filter(l -> !RULE.matcher(l).matches())
            .map(String::strip)
            .filter(l -> !l.isEmpty())
            .reduce("", (a, b) -> a + " " + b)
            .strip();
    if (words.isEmpty()) {
      return true; // banners only
    }
    int footer = 0;
    for (String sentence : words.split("(?<=[.!?])\\s+")) {
      if (FOOTER_SENTENCE.matcher(sentence).find()) {
        footer += sentence.length();
      }
    }
    return footer * 2 >= words.length();
  }

  /** Paragraphs (or ruled-off blocks) that are legal disclaimers or virus-scan notices. */
  private static String dropBoilerplateParagraphs(String text) {
    StringBuilder out = new StringBuilder();
    for (String paragraph : text.split("\\n\\s*\\n")) {
      String p = paragraph.strip();
      boolean ruledBlock = p.lines().anyMatch(l -> RULE.matcher(l).matches());
      if (BOILERPLATE.matcher(p).find() && (ruledBlock || p.length() < 1200)) {
        continue;
      }
      out.append(paragraph).append("\n\n");
    }
    return out.toString();
  }
}
