package org.foilens.structure;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a text that is neither a decision nor a tribunal's reads as an authority's answer to an
 * information request, or as a correspondence pasted into one file. A response letter names the
 * access law (the Freedom of Information Act, the EIR, FOISA) and shows at least two marks of an
 * answer in its first part: a reference label, a "your request" or "you asked", "please find", an
 * answer's heading, "the Trust/Council/Department", a "Dear …" or "Yours sincerely". Many letters
 * have no salutation (a disclosure sheet, a request-and-response table), so none is required. A
 * pasted correspondence holds two or more letters, each opened by its own salutation, and no
 * letterhead reference: a letter that quotes the request it answers keeps its reference at the top.
 */
public final class ResponseLetterSignals {

  private static final int HEAD = 4000;

  private static final Pattern ACCESS_LAW =
      Pattern.compile(
          "freedom of information|\\bFOI(?:A|SA)?\\b|environmental information"
              + " (?:\\(scotland\\) )?regulations|\\bEIRs?\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern[] MARKS = {
    Pattern.compile("(?im)\\b(?:our\\s+)?ref(?:erence)?(?:\\s+(?:no|number))?\\.?\\s*[:.]"),
    Pattern.compile("(?i)\\byour (?:request|e-?mail|letter|enquiry|questions?)\\b"),
    Pattern.compile("(?i)\\byou (?:requested|asked|submitted|wrote)\\b"),
    Pattern.compile("(?i)\\bplease (?:find|see|refer)\\b|\\bsee attached\\b"),
    Pattern.compile("(?im)^\\s*(?:our |trust |council )?(?:response|answer|reply)s?\\b"),
    Pattern.compile("(?i)\\bthe (?:trust|council|department|authority|force|board|agency)\\b"),
    Pattern.compile("(?m)^\\s*Dear\\s"),
    Pattern.compile("(?i)\\byours (?:sincerely|faithfully)\\b"),
    Pattern.compile("(?i)\\brequest for information\\b|\\binformation request\\b"),
    Pattern.compile("(?i)(?<!your )(?<!a )\\bresponse\\b"),
    Pattern.compile("(?i)\\b(?:we|i) (?:can|are able to|am able to) (?:confirm|advise)\\b"),
    Pattern.compile("(?i)\\bwe (?:do not|don't) (?:hold|have|record|employ|provide)\\b"),
  };
  private static final Pattern SALUTATION =
      Pattern.compile(
          "(?m)^\\s*(?:Dear\\s+[^\\n]{2,60}|Hello|Hi|Good (?:morning|afternoon))[,!]?\\s*$");
  private static final Pattern REFERENCE_LABEL =
      Pattern.compile("(?im)\\b(?:our\\s+)?ref(?:erence)?(?:\\s+(?:no|number))?\\.?\\s*[:.]");
  private static final int MIN_LETTER = 80;

  /** A requester's words opening a request. */
  private static final Pattern REQUEST_MARK =
      Pattern.compile(
          "(?i)\\bI (?:am writing to (?:request|ask)|would like to request|request the following|am"
              + " requesting)\\b|\\bunder the freedom of information act 2000,? (?:I|please)\\b");

  /** An authority's words answering one. */
  private static final Pattern ANSWER_MARK =
      Pattern.compile(
          String.join(
              "|",
              "(?im)\\byour (?:request|e-?mail|letter|enquiry)\\b",
              "\\byou (?:requested|asked|submitted)\\b",
              "\\bplease (?:find|see) (?:below|attached|our|the)\\b",
              "\\bsee (?:the )?attached\\b",
              "\\b(?:our|trust|council|department) (?:response|answer|reply)\\b",
              "\\bour ref",
              "\\b(?:we|i) (?:can|are able to|am able to) confirm\\b",
              "\\bwe (?:do not|don't) hold\\b",
              "^\\s*(?:\\w+ )?(?:response|answer)s?\\s*:?\\s*$",
              "\\bthe (?:trust|council|department|authority) (?:does|has|holds|can|is able)\\b"));

  private static final Pattern REQUEST_PAGE =
      Pattern.compile(
          "(?im)^\\s*(?:.{1,120} left an annotation \\(|show quoted sections\\s*$|Visible"
              + " links\\s*$)");
  private static final int HEAD_LINES = 15;
  private static final Pattern DATE_LINE =
      Pattern.compile(
          "(?:date:?\\s*)?(?:" + org.foilens.text.UkDates.DATE.pattern() + ")[.,]?",
          Pattern.CASE_INSENSITIVE);

  private ResponseLetterSignals() {}

  /** Whether a text reads as an authority's answer to an information request. */
  public static boolean isResponseLetter(String text) {
    String head = text.substring(0, Math.min(text.length(), HEAD));
    if (!ACCESS_LAW.matcher(head).find()) {
      return false;
    }
    int marks = 0;
    for (Pattern p : MARKS) {
      if (p.matcher(head).find()) {
        marks++;
      }
    }
    // a request written to an authority has a reference, a "Dear …" and the Act too, but nothing
    // of an answer
    boolean answers = ANSWER_MARK.matcher(head).find();
    return marks >= 2 && (answers || !REQUEST_MARK.matcher(head).find());
  }

  /**
   * Whether a text opens as a letter does: a reference label, or a date alone on a line, within its
   * first lines. A request page copied from WhatDoTheyKnow opens with its title and status.
   */
  public static boolean hasLetterhead(String text) {
    String[] lines = text.split("\\R", 40);
    int seen = 0;
    for (String line : lines) {
      if (line.isBlank()) {
        continue;
      }
      if (++seen > HEAD_LINES) {
        break;
      }
      if (REFERENCE_LABEL.matcher(line).find() || DATE_LINE.matcher(line.strip()).matches()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a text is a WhatDoTheyKnow request page copied as text: its status sentence, its
   * annotations or its furniture ("show quoted sections", "Visible links").
   */
  public static boolean isRequestPage(String text) {
    return REQUEST_PAGE.matcher(text).find() || RequestStatusLabels.fromBanner(text) != null;
  }

  /** Whether a text holds two or more letters pasted one after another, and no letterhead. */
  public static boolean isPastedCorrespondence(String text) {
    Matcher m = SALUTATION.matcher(text);
    int letters = 0;
    int last = -1;
    while (m.find()) {
      if (last < 0 || m.start() - last >= MIN_LETTER) {
        letters++;
      }
      last = m.end();
    }
    if (letters < 2 || !ACCESS_LAW.matcher(text).find()) {
      return false;
    }
    String head = text.substring(0, Math.min(text.length(), 600));
    return !REFERENCE_LABEL.matcher(head).find();
  }
}
